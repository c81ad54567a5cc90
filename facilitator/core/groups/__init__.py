"""Groups that meet again and again: series of meetings, memory across them, calendar files."""
