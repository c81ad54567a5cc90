"""The coach's log as plain values: clients, sessions, the ICF log, CSV import, talk time."""
