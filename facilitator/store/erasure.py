"""Erasing for real: a client, a coaching session or the sessions in the bin gone from
every file in the folder.

Deleting the rows is not enough. SQLite keeps deleted text in free pages and in the WAL,
FTS5 keeps every indexed word in its segments (`coach_fts_data`) until they are merged,
and the backups keep everything. So an erase, in order:

1. deletes the rows and rebuilds the full-text index in one transaction, with
   `secure_delete` on (set on every connection, see `cipher.connect`);
2. vacuums the records file and checkpoints the WAL with TRUNCATE;
3. rewrites every backup without the rows (`conversion.rewrite_file`: new copy, edited,
   vacuumed, verified, put in place, the old file overwritten with zeros);
4. rewrites the damaged copies set aside by earlier repairs the same way, and deletes
   (overwriting first) those that cannot be read, along with orphaned journals and the
   leftovers of interrupted backups: they may hold the text and cannot be cleaned.

Rows are matched in the copies by id *and* creation time, so an id reused later for
someone else is never erased from an older backup by mistake. Before anything is deleted
those two numbers (never a name) go into `erase-pending.json` in the data folder; an
erase cut short by a crash or a kill is finished the next time the records are opened
(`finish_pending`), so no backup keeps what the user asked to erase. Erasing facilitation
sessions (emptying the bin) also shreds their recovery files (`unsaved-session-<id>.json`),
which hold notes as typed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.core.files import write_atomically
from facilitator.store import conversion
from facilitator.store.backup import list_backups
from facilitator.store.cipher import DB_ERRORS, Key, is_encrypted
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import transaction
from facilitator.store.paths import backups_dir, records_path
from facilitator.store.unsaved import unsaved_path

PENDING = "erase-pending.json"
_SQL = {
    "coach_clients": "DELETE FROM coach_clients WHERE id = ? AND created_wall = ?",
    "coach_sessions": "DELETE FROM coach_sessions WHERE id = ? AND created_wall = ?",
    "sessions": "DELETE FROM sessions WHERE id = ? AND created_wall = ?",  # events, notes…
}


@dataclass(frozen=True)
class ErasePlan:
    """What an erase will touch besides the records file, for the dialog to say."""

    backups: int
    damaged: int  # damaged copies and stray journals, rewritten or (if unreadable) deleted


@dataclass
class EraseResult:
    rewritten: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left as they were


class Eraser:
    """Erases on the open records `conn` and in every copy in `data_dir` (under `key`)."""

    def __init__(
        self, conn: sqlite3.Connection, data_dir: Path | None = None, key: Key | None = None
    ) -> None:
        self.conn = conn
        self.data_dir = Path(data_dir) if data_dir is not None else _folder_of(conn)
        self.key = key

    def plan(self) -> ErasePlan:
        if self.data_dir is None:
            return ErasePlan(0, 0)
        return ErasePlan(len(list_backups(backups_dir(self.data_dir))), len(self._strays()))

    def erase_client(self, client_id: int) -> EraseResult | None:
        """Erase the client everywhere; None if there is no such client."""
        row = self.conn.execute(
            "SELECT created_wall FROM coach_clients WHERE id = ?", (client_id,)
        ).fetchone()
        if row is None:
            return None
        return self._erase(lambda: CoachingStore(self.conn).erase_client(client_id),
                           [_entry("coach_clients", client_id, row[0])])  # fmt: skip

    def delete_session(self, session_id: int) -> EraseResult | None:
        """Delete a coaching session (and its actions) everywhere; None if there is none."""
        row = self.conn.execute(
            "SELECT created_wall FROM coach_sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            return None
        return self._erase(lambda: CoachingStore(self.conn).delete_session(session_id),
                           [_entry("coach_sessions", session_id, row[0])])  # fmt: skip

    def erase_sessions(self, sessions: Sequence[tuple[int, float]]) -> EraseResult:
        """Delete facilitation sessions, each given as (id, created_wall), with their
        events, notes and links, everywhere: the records, every copy, their recovery files.
        All of them in one pass over the copies."""
        entries = [_entry("sessions", sid, created) for sid, created in sessions]
        if not entries:
            return EraseResult()

        def delete() -> None:
            self.conn.executemany(_SQL["sessions"], [_params(e) for e in entries])

        return self._erase(delete, entries)

    # the steps

    def _erase(self, delete: Callable[[], object], entries: list[dict]) -> EraseResult:
        if self.data_dir is not None:
            _set_pending(self.data_dir, [*_pending(self.data_dir), *entries])
        with transaction(self.conn):
            delete()
            rebuild_index(self.conn)
        return self._finish(entries)

    def finish_pending(self) -> int:
        """Finish erases a crash cut short (rows, index, WAL, copies); how many there were."""
        if self.data_dir is None:
            return 0
        entries = _pending(self.data_dir)
        if entries:
            with transaction(self.conn):
                for entry in entries:
                    self.conn.execute(_SQL[entry["table"]], _params(entry))
                rebuild_index(self.conn)
            self._finish(entries)
        return len(entries)

    def _finish(self, entries: list[dict]) -> EraseResult:
        """After the rows are gone: the file and WAL scrubbed, recovery files shredded,
        every copy rewritten; the entries leave the pending list once nothing failed."""
        scrub(self.conn)
        result = EraseResult()
        if self.data_dir is None:
            return result
        for entry in entries:
            if entry["table"] == "sessions":
                conversion.shred(unsaved_path(self.data_dir, int(entry["id"])))
        self._purge_copies(entries, result)
        if not result.failed:
            _set_pending(self.data_dir, [e for e in _pending(self.data_dir) if e not in entries])
        return result

    def _purge_copies(self, entries: list[dict], result: EraseResult) -> None:
        assert self.data_dir is not None

        def edit(conn) -> None:
            for entry in entries:
                if _has_table(conn, entry["table"]):
                    conn.execute(_SQL[entry["table"]], _params(entry))
            rebuild_index(conn)

        for backup in list_backups(backups_dir(self.data_dir)):
            self._rewrite(backup, edit, result, delete_if_unreadable=not self._foreign(backup))
        for stray in self._strays():
            self._rewrite(stray, edit, result, delete_if_unreadable=True)

    def _rewrite(self, path: Path, edit, result: EraseResult, *, delete_if_unreadable: bool):
        if _is_database(path):
            try:
                conversion.rewrite_file(path, self.key, edit)
                result.rewritten.append(path)
                return
            except conversion.ConversionError as exc:
                reason = str(exc)
        else:
            reason = "not a database file"
        if delete_if_unreadable:
            conversion.shred(path)
            for suffix in ("-wal", "-shm", "-journal"):
                conversion.shred(path.with_name(path.name + suffix))
            result.deleted.append(path)
        else:
            result.failed.append((path, reason))

    def _foreign(self, path: Path) -> bool:
        """A backup under other protection than ours (a passphrase change cut short)."""
        return is_encrypted(path) != (self.key is not None)

    def _strays(self) -> list[Path]:
        """Damaged copies, orphaned journals, leftovers of interrupted backups."""
        if self.data_dir is None:
            return []
        records = records_path(self.data_dir)
        found = conversion.damaged_copies(records)
        found += sorted(self.data_dir.glob(records.name + "-*.orphaned-*"))
        found += sorted(backups_dir(self.data_dir).glob(".records-*.sqlite3.tmp"))
        return found


def _entry(table: str, id_: int, created_wall: float) -> dict:
    return {"table": table, "id": int(id_), "created_wall": created_wall}


def _params(entry: dict) -> tuple:
    return entry["id"], entry["created_wall"]


def _pending(data_dir: Path) -> list[dict]:
    try:
        entries = json.loads((Path(data_dir) / PENDING).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and e.get("table") in _SQL]


def _set_pending(data_dir: Path, entries: list[dict]) -> None:
    path = Path(data_dir) / PENDING
    if entries:
        write_atomically(path, json.dumps(entries) + "\n")
    else:
        path.unlink(missing_ok=True)


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Rebuild `coach_fts` from its content, so no segment keeps a deleted word."""
    if _has_table(conn, "coach_fts"):
        conn.execute("INSERT INTO coach_fts (coach_fts) VALUES ('rebuild')")


def scrub(conn: sqlite3.Connection) -> None:
    """Vacuum (no free page keeps old bytes) and empty the WAL into the file."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _has_table(conn, name: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'", (name,)
    ).fetchone() is not None


def _is_database(path: Path) -> bool:
    name = path.name
    return not (".orphaned-" in name or name.endswith(".sqlite3.tmp"))


def _folder_of(conn: sqlite3.Connection) -> Path | None:
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    except DB_ERRORS:
        return None
    for _, name, file in rows:
        if name == "main" and file:
            return Path(file).parent
    return None
