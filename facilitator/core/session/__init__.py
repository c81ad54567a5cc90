"""A running session: its events, the runner that decides every step, cues, time balance, and
what the room may see."""
