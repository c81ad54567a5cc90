"""Setting up a new session: the format, the people, the settings, the plan, the agreements."""
