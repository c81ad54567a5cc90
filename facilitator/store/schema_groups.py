"""Schema step for groups, their planned meetings and the sessions they held.

A group has members and a method; a meeting is a planned date of a group (kept as a local
wall time in the group's time zone); `group_sessions` links a session to its group and,
when it was opened from one, to its meeting. Appended to ``MIGRATIONS`` in one line.
"""

from __future__ import annotations

GROUPS_STEP = """
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    format_id TEXT NOT NULL,
    params_json TEXT NOT NULL DEFAULT '{}',
    members_json TEXT NOT NULL DEFAULT '[]',
    facilitator TEXT,
    rota_role TEXT,
    time_zone TEXT NOT NULL,
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    starts_local TEXT NOT NULL, -- 'YYYY-MM-DDTHH:MM', wall time in the group's zone
    minutes REAL NOT NULL CHECK (minutes > 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    sequence INTEGER NOT NULL DEFAULT 0,
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX meetings_by_group ON meetings(group_id, starts_local);

CREATE TABLE group_sessions (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    meeting_id INTEGER UNIQUE REFERENCES meetings(id) ON DELETE SET NULL
);
CREATE INDEX group_sessions_by_group ON group_sessions(group_id);
"""
