"""The facilitation window on the laptop: the controller, the timeline, roles, notes, countdown."""
