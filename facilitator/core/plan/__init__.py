"""The plan of one meeting: round plans, the planned timeline, a session being set up."""
