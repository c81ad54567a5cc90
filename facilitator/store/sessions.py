"""The session repository: sessions, their event log, notes and the people met so far.

Every method that writes is one transaction, committed before it returns, so whatever a
caller has been told is saved survives a crash. Wrap several calls in
`database.transaction(conn)` to make them one user action.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.core.session.events import Event, EventKind
from facilitator.store.backup import BackupError, make_backup
from facilitator.store.cipher import DB_ERRORS, Key
from facilitator.store.database import checkpoint, connect, transaction
from facilitator.store.paths import backups_dir
from facilitator.store.records import (
    NOTE_COLUMNS,
    SESSION_COLUMNS,
    UNCHANGED,
    NoteRecord,
    SessionRecord,
    Unchanged,
    dumps,
)

log = logging.getLogger(__name__)

_STATE_AFTER = {
    EventKind.START: "running",
    EventKind.RESUME: "running",
    EventKind.REOPEN: "running",
    EventKind.PAUSE: "paused",
    EventKind.FINISH: "finished",
}


class SessionStore:
    """Reads and writes sessions, events, notes and people on one connection."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        reopen: Callable[[], sqlite3.Connection] | None = None,
        key: Key | None = None,
    ) -> None:
        self._conn = conn
        self._reopen = reopen
        self._key = key  # the records' key: backups are written under it, never in clear

    def reopen(self) -> bool:
        """Write through a new connection to the same file (one opened while the files were
        read-only stays read-only). The old connection is left open for readers; True if
        a new one could be opened."""
        folder = self.folder
        try:
            if self._reopen is not None:
                conn = self._reopen()
            elif folder is not None:
                conn = connect(Path(self._main_file()), self._key)
            else:
                return False
        except DB_ERRORS + (OSError,):
            return False
        self._conn = conn
        return True

    def checkpoint(self) -> bool:
        """Move what the -wal holds into the records file; False if that failed (it is
        tried again at the next occasion, nothing is lost)."""
        try:
            checkpoint(self._conn)
        except DB_ERRORS as exc:
            log.warning("checkpoint failed: %s", exc)
            return False
        return True

    def backup(self, *, now: float | None = None, keep: int = 10) -> Path | None:
        """A verified backup now (at a session's start and end); None if it failed."""
        folder = self.folder
        if folder is None:
            return None
        try:
            return make_backup(
                self._conn, backups_dir(folder), keep=keep, now=now, key=self._key
            )
        except DB_ERRORS + (BackupError, OSError) as exc:
            log.warning("backup failed: %s", exc)
            return None

    def _main_file(self) -> str:
        for _, name, file in self._conn.execute("PRAGMA database_list"):
            if name == "main":
                return str(file)
        return ""

    @property
    def folder(self) -> Path | None:
        """The folder of the records file (None for an in-memory database, or once the
        connection is closed)."""
        try:
            listed = self._conn.execute("PRAGMA database_list").fetchall()
        except DB_ERRORS:
            return None
        for _, name, file in listed:
            if name == "main" and file:
                return Path(file).parent
        return None

    @property
    def key(self) -> Key | None:
        """The records' key (None for plain records): copies are rewritten under it."""
        return self._key

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, for the other repositories of the same records (groups)."""
        return self._conn

    # sessions

    def create_session(
        self,
        *,
        format_id: str,
        title: str,
        format_source: str,
        params: dict[str, Any],
        participants: list[str],
        plan: dict[str, Any],
        agreements: list[Any] | None = None,
        now: float,
    ) -> int:
        title = title.strip()
        if not title:
            raise ValueError("A session needs a title.")
        if not format_id.strip():
            raise ValueError("A session needs a format id.")
        names = _clean_names(participants)
        with transaction(self._conn) as conn:
            cur = conn.execute(
                "INSERT INTO sessions (format_id, title, format_source, params_json, "
                "participants_json, plan_json, agreements_json, created_wall, updated_wall) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (format_id, title, format_source, dumps(params), dumps(names),
                 dumps(plan), dumps(agreements or []), now, now),
            )  # fmt: skip
            _touch_people(conn, names, now)
            return int(cur.lastrowid or 0)

    def update_plan(
        self,
        session_id: int,
        plan: dict[str, Any],
        participants: list[str],
        now: float,
    ) -> None:
        names = _clean_names(participants)
        with transaction(self._conn) as conn:
            cur = conn.execute(
                "UPDATE sessions SET plan_json = ?, participants_json = ?, updated_wall = ? "
                "WHERE id = ?",
                (dumps(plan), dumps(names), now, session_id),
            )
            if cur.rowcount == 0:
                raise LookupError(f"no session {session_id}")
            _touch_people(conn, names, now)

    def get_session(self, session_id: int) -> SessionRecord | None:
        row = self._conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else SessionRecord.from_row(row)

    def list_sessions(self, limit: int = 50) -> list[SessionRecord]:
        """Most recently active first; sessions in the bin are left out."""
        rows = self._conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE +discarded_wall IS NULL "
            "ORDER BY updated_wall DESC, id DESC LIMIT ?",  # + keeps sessions_by_updated
            (limit,),
        )
        return [SessionRecord.from_row(row) for row in rows]

    def unfinished_sessions(self) -> list[SessionRecord]:
        """Sessions not finished (not started, running or paused) and not in the bin, most
        recent first: the ones the start screen offers to resume."""
        rows = self._conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE state != 'finished' "
            "AND +discarded_wall IS NULL ORDER BY updated_wall DESC, id DESC"
        )
        return [SessionRecord.from_row(row) for row in rows]

    def last_session_id(self) -> int | None:
        """The most recently active session that is not in the bin."""
        row = self._conn.execute(
            "SELECT id FROM sessions WHERE +discarded_wall IS NULL "
            "ORDER BY updated_wall DESC, id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else int(row[0])

    # the bin

    def discard(self, session_id: int, now: float) -> bool:
        """Put the session in the bin (hidden everywhere, kept until the bin is emptied);
        False if it was there already, LookupError if there is no such session."""
        with transaction(self._conn) as conn:
            _require_session(conn, session_id)
            cur = conn.execute(
                "UPDATE sessions SET discarded_wall = ? WHERE id = ? AND discarded_wall IS NULL",
                (float(now), session_id),
            )
            return cur.rowcount > 0

    def restore(self, session_id: int) -> bool:
        """Take the session out of the bin; False if it was not in it, LookupError if there
        is no such session."""
        with transaction(self._conn) as conn:
            _require_session(conn, session_id)
            cur = conn.execute(
                "UPDATE sessions SET discarded_wall = NULL "
                "WHERE id = ? AND discarded_wall IS NOT NULL",
                (session_id,),
            )
            return cur.rowcount > 0

    def discarded_wall(self, session_id: int) -> float | None:
        """When the session was put in the bin (None: not in the bin, or no such session)."""
        row = self._conn.execute(
            "SELECT discarded_wall FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def binned(self) -> list[tuple[int, float]]:
        """(id, created_wall) of every session in the bin: what emptying it erases (the
        creation time tells the session apart from a later one given the same id)."""
        rows = self._conn.execute(
            "SELECT id, created_wall FROM sessions WHERE discarded_wall IS NOT NULL ORDER BY id"
        )
        return [(int(id_), float(created)) for id_, created in rows]

    # events

    def append_event(self, session_id: int, event: Event) -> int:
        """Store `event` as the session's next one (its own `seq` is ignored); return seq."""
        kind = EventKind(event.kind)
        data = dumps(event.data)
        with transaction(self._conn) as conn:
            state = _require_session(conn, session_id)
            seq = int(conn.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE session_id = ?",
                (session_id,),
            ).fetchone()[0])  # fmt: skip
            conn.execute(
                "INSERT INTO events (session_id, seq, kind, wall, elapsed, data_json) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, seq, kind.value, event.wall, event.elapsed, data),
            )
            conn.execute(
                "UPDATE sessions SET state = ?, updated_wall = ? WHERE id = ?",
                (_STATE_AFTER.get(kind, state), event.wall, session_id),
            )
            return seq

    def events(self, session_id: int) -> list[Event]:
        rows = self._conn.execute(
            "SELECT seq, kind, wall, elapsed, data_json FROM events "
            "WHERE session_id = ? ORDER BY seq",
            (session_id,),
        )
        return [
            Event(EventKind(kind), wall, elapsed, json.loads(data), seq=seq)
            for seq, kind, wall, elapsed, data in rows
        ]

    # people

    def known_people(self, limit: int = 200) -> list[str]:
        """Names of participants, most recently used first."""
        rows = self._conn.execute(
            "SELECT name FROM people ORDER BY last_used DESC, name COLLATE NOCASE LIMIT ?",
            (limit,),
        )
        return [name for (name,) in rows]

    # notes

    def add_note(
        self,
        session_id: int,
        text: str,
        *,
        round_index: int | None,
        phase_index: int | None,
        action_owner: str | None = None,
        now: float,
    ) -> int:
        with transaction(self._conn) as conn:
            _require_session(conn, session_id)
            cur = conn.execute(
                "INSERT INTO notes (session_id, round_index, phase_index, text, action_owner, "
                "created_wall, updated_wall) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, round_index, phase_index, str(text), _owner(action_owner), now, now),
            )
            return int(cur.lastrowid or 0)

    def update_note(
        self,
        note_id: int,
        text: str,
        *,
        action_owner: str | Unchanged | None = UNCHANGED,
        now: float,
    ) -> None:
        """Replace the note's text; the action owner too unless left `UNCHANGED`."""
        with transaction(self._conn) as conn:
            if action_owner is UNCHANGED:
                cur = conn.execute(
                    "UPDATE notes SET text = ?, updated_wall = ? WHERE id = ?",
                    (str(text), now, note_id),
                )
            else:
                cur = conn.execute(
                    "UPDATE notes SET text = ?, action_owner = ?, updated_wall = ? WHERE id = ?",
                    (str(text), _owner(action_owner), now, note_id),
                )
            if cur.rowcount == 0:
                raise LookupError(f"no note {note_id}")

    def delete_note(self, note_id: int) -> bool:
        """Delete the note; False if there was none."""
        with transaction(self._conn) as conn:
            return conn.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount > 0

    def note(self, note_id: int) -> NoteRecord | None:
        row = self._conn.execute(
            f"SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        return NoteRecord.from_row(row) if row else None

    def recent_notes(self, session_id: int, limit: int) -> tuple[list[NoteRecord], int]:
        """The session's last `limit` notes, oldest first, and how many it has in all: a
        session with hundreds of thousands of notes opens without reading them all."""
        rows = self._conn.execute(  # the newest ids, straight from notes_by_session
            f"SELECT {NOTE_COLUMNS} FROM notes WHERE session_id = ? ORDER BY id DESC LIMIT ?",
            (session_id, max(0, int(limit))),
        ).fetchall()
        (total,) = self._conn.execute(
            "SELECT COUNT(*) FROM notes WHERE session_id = ?", (session_id,)
        ).fetchone()
        notes = sorted((NoteRecord.from_row(row) for row in rows), key=lambda n: (n.created_wall, n.id))
        return notes, int(total)

    def notes(self, session_id: int) -> list[NoteRecord]:
        rows = self._conn.execute(
            f"SELECT {NOTE_COLUMNS} FROM notes WHERE session_id = ? ORDER BY created_wall, id",
            (session_id,),
        )
        return [NoteRecord.from_row(row) for row in rows]


def _clean_names(names: list[str]) -> list[str]:
    cleaned = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"Participant names must be non-empty text, not {name!r}.")
        cleaned.append(name.strip())
    return cleaned


def _touch_people(conn: sqlite3.Connection, names: list[str], now: float) -> None:
    """Remember each name as used now, keeping the latest spelling (names match NOCASE)."""
    conn.executemany(
        "INSERT INTO people (name, last_used) VALUES (?, ?) ON CONFLICT (name) "
        "DO UPDATE SET name = excluded.name, last_used = MAX(last_used, excluded.last_used)",
        [(name, now) for name in names],
    )


def _owner(owner: str | None) -> str | None:
    if owner is None:
        return None
    return owner.strip() or None


def _require_session(conn: sqlite3.Connection, session_id: int) -> str:
    """The session's state; LookupError if there is no such session."""
    row = conn.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise LookupError(f"no session {session_id}")
    return str(row[0])
