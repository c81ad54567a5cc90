"""The Groups window: members, method, planned meetings, charts across meetings."""
