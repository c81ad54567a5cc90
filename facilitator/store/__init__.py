"""SQLite records in the user data folder: connection, migrations, backups, repositories."""
