"""Past sessions: the history list and one session read-only."""
