"""Schema migrations for the records database, tracked by `PRAGMA user_version`.

`MIGRATIONS[i]` brings a file from version i to i + 1. A step is SQL text (one or more
statements) or a function taking the connection. Each step runs in its own transaction
together with the new `user_version`, so a crash leaves the file at a whole version.
Steps are append-only: never edit one that has shipped, add a new one.

A file written by a newer Facilitator (user_version above what we know) is refused
before anything is written to it.

Note for future steps: `PRAGMA foreign_keys` cannot be changed inside a transaction, so a
step that rebuilds a table must keep references valid at COMMIT (or use
`PRAGMA defer_foreign_keys = ON` within the step).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence

from facilitator.store.paths import RECORDS_FILE
from facilitator.store.schema_coaching import COACHING_SCHEMA, COACHING_STEP_2
from facilitator.store.schema_groups import GROUPS_STEP
from facilitator.store.schema_history import HISTORY_STEP
from facilitator.store.schema_step6 import STEP_6

Step = str | Callable[[sqlite3.Connection], None]

_V1 = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    last_used REAL NOT NULL
);
CREATE INDEX people_by_last_used ON people(last_used);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    format_id TEXT NOT NULL,
    title TEXT NOT NULL,
    format_source TEXT NOT NULL, -- the format's TOML, so the session can be rebuilt later
    params_json TEXT NOT NULL,
    participants_json TEXT NOT NULL,
    plan_json TEXT NOT NULL,
    agreements_json TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'not_started'
        CHECK (state IN ('not_started', 'running', 'paused', 'finished')),
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX sessions_by_state ON sessions(state, updated_wall);
CREATE INDEX sessions_by_updated ON sessions(updated_wall);

-- The primary key (session_id, seq) already serves "events of a session, in order".
CREATE TABLE events (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    wall REAL NOT NULL,
    elapsed REAL NOT NULL,
    data_json TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    round_index INTEGER,
    phase_index INTEGER,
    text TEXT NOT NULL,
    action_owner TEXT,
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX notes_by_session ON notes(session_id, id);
"""

MIGRATIONS: list[Step] = [_V1]
MIGRATIONS.append(COACHING_SCHEMA)  # the coach's log
MIGRATIONS.append(HISTORY_STEP)  # who took part in which session; history indexes
MIGRATIONS.append(GROUPS_STEP)  # groups, meetings, group_sessions
MIGRATIONS.append(COACHING_STEP_2)  # goals, indicators, CCE, mentoring, sponsors (issue 17)
MIGRATIONS.append(STEP_6)  # the bin for discarded sessions; dated consents (issues 13, 16)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The records file comes from a newer Facilitator; it is refused, never overwritten."""

    def __init__(
        self, found: int, known: int = SCHEMA_VERSION, filename: str = RECORDS_FILE
    ) -> None:
        self.found = found
        self.known = known
        self.filename = filename
        super().__init__(
            f"{filename} was written by a newer version of Facilitator (schema {found}; "
            f"this version knows up to {known}). It has been left untouched; "
            "please update Facilitator."
        )


def known_version() -> int:
    """The newest schema this program knows (`SCHEMA_VERSION`, unless tests swap steps)."""
    return len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, steps: Sequence[Step] | None = None) -> int:
    """Apply the missing steps in order; return how many were applied.

    `conn` must be in autocommit mode (`isolation_level=None`) and not in a transaction.
    `steps` defaults to `MIGRATIONS` (looked up at call time, so tests can swap it).
    """
    steps = MIGRATIONS if steps is None else steps
    target = len(steps)
    if conn.in_transaction:
        raise RuntimeError("migrate() needs a connection outside any transaction")
    found = schema_version(conn)
    if found > target:
        raise NewerSchemaError(found, target)
    applied = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = schema_version(conn)
            if version > target:
                raise NewerSchemaError(version, target)
            if version == target:
                conn.execute("COMMIT")
                return applied
            _run_step(conn, steps[version])
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied += 1


def _run_step(conn: sqlite3.Connection, step: Step) -> None:
    if callable(step):
        step(conn)
        return
    # Not executescript(): it would COMMIT the surrounding transaction first.
    for statement in split_statements(step):
        conn.execute(statement)


def split_statements(script: str) -> Iterator[str]:
    """Split SQL text into complete statements (semicolons in strings and triggers kept)."""
    start = 0
    for i, ch in enumerate(script):
        if ch == ";" and sqlite3.complete_statement(script[start : i + 1]):
            statement = script[start : i + 1]
            start = i + 1
            if statement.strip(" \t\r\n;"):
                yield statement
    rest = script[start:]
    if rest.strip():
        yield rest
