"""The coach's log window: clients, engagements, sessions, the ICF log."""
