"""Method formats: the format files, their checks, and the catalog a user chooses from."""
