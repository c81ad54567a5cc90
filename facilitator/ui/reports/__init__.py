"""A session's report from the windows and the command line: PDF, and the export button."""
