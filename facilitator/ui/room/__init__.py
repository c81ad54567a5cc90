"""The room view for the projector, and which screen it goes on. Never notes, never the store."""
