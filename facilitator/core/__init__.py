"""Pure-Python session engine: formats, round plans, the session clock and time balance."""
