"""The end-of-session review for the facilitator."""
