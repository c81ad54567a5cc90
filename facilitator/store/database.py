"""Opening and closing the records database, with the checks that keep it safe.

On open: the file is inspected read-only first (a newer schema is refused untouched; a
damaged file is moved aside, never deleted, and the newest good backup restored), then
connected in WAL mode with full sync and `secure_delete`, migrated, and backed up once a
day. Every user action is one `transaction`. Records protected by a passphrase are opened
with the key derived from it (see `cipher`); a wrong passphrase touches nothing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from facilitator.store import clean_close, conversion, recovery
from facilitator.store.backup import (
    BackupError,
    backup_time,
    list_backups,
    make_backup,
    newest_good_backup,
)
from facilitator.store.cipher import (
    DB_ERRORS,
    Key,
    PassphraseNeeded,
    derive_key,
    file_salt,
)
from facilitator.store.cipher import connect as cipher_connect
from facilitator.store.migrations import migrate
from facilitator.store.paths import (
    PRIVATE_FILE_MODE,
    backups_dir,
    chmod_private,
    ensure_data_dir,
    records_path,
)

log = logging.getLogger(__name__)

BACKUP_INTERVAL = 24 * 3600.0
BUSY_TIMEOUT_MS = 5000
CIPHER_CACHE_KIB = 32 * 1024  # the page cache of protected records (plain ones use the OS's)


@dataclass
class OpenedRecords:
    conn: sqlite3.Connection
    path: Path
    notices: list[str] = field(default_factory=list)  # messages for the user
    key: Key | None = field(default=None, repr=False)  # None: the records are not protected

    @property
    def data_dir(self) -> Path:
        return self.path.parent


def records_protected(data_dir: Path) -> bool:
    """True if opening the records in `data_dir` needs a passphrase."""
    return records_salt(Path(data_dir)) is not None


def records_salt(data_dir: Path) -> bytes | None:
    """The salt of the protected records (or, if the file is missing, of the newest backup).

    Records count as protected when the folder's marker says so, or when neither the file
    and the newest backup are SQLCipher files with the same salt (a folder copied without
    its marker); any other unreadable file is damage, handled by `recovery`.
    """
    path = records_path(data_dir)
    conversion.finish_interrupted(path)
    backups = list_backups(backups_dir(data_dir))
    candidates = ([path] if path.exists() and path.stat().st_size > 0 else []) + backups[:1]
    salts = [file_salt(p) for p in candidates]
    if conversion.marked_protected(data_dir):
        return next((s for s in salts if s is not None), None)
    if len(salts) == 2 and salts[0] is not None and salts[0] == salts[1]:
        return salts[0]  # our protected files share one salt; garbage does not
    return None


def key_for(data_dir: Path, passphrase: str | None) -> Key | None:
    """The key that opens the records in `data_dir` (None if they are not protected).

    Raises `PassphraseNeeded` if they are protected and no passphrase was given. Whether
    the key is right is found out when the records are opened (`WrongPassphrase`).
    """
    salt = records_salt(Path(data_dir))
    if salt is None:
        return None
    if not passphrase:
        raise PassphraseNeeded()
    return derive_key(passphrase, salt)


def open_records(
    data_dir: Path, *, backup_keep: int = 10, now: float | None = None,
    passphrase: str | None = None, key: Key | None = None,
) -> OpenedRecords:  # fmt: skip
    """Open (creating, repairing or migrating as needed) the records in `data_dir`.

    Raises `NewerSchemaError` if the file comes from a newer Facilitator; it is not touched.
    Protected records need `passphrase` (or its `key`): `PassphraseNeeded` without,
    `WrongPassphrase` if it opens neither the file nor a backup (nothing is touched).
    """
    data_dir = ensure_data_dir(Path(data_dir))
    path = records_path(data_dir)
    now = time.time() if now is None else now
    if key is None:
        key = key_for(data_dir, passphrase)
    else:
        conversion.finish_interrupted(path)
    notices: list[str] = []
    recovery.remove_restore_leftovers(data_dir)
    notices.extend(filter(None, [recovery.settle_stray_journal(path, now, key)]))
    if path.exists():
        # A file byte for byte as a clean close left it needs no full check (clean_close).
        thorough = not clean_close.unchanged_since_clean_close(path)
        problem = recovery.inspect_records(path, key, thorough=thorough)  # may raise
        if problem is not None:
            notices.append(recovery.recover(path, backups_dir(data_dir), problem, now, key))
    else:
        orphans = recovery.set_aside_orphans(path, now)
        restored = recovery.restore_missing(path, backups_dir(data_dir), now, key)
        notices.extend(filter(None, [restored or orphans]))
    clean_close.forget(path)  # from here on the file may change: nothing vouches for it
    conn = connect(path, key)
    try:
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    opened = OpenedRecords(conn, path, notices, key)
    _finish_erases(opened)
    _backup_if_due(opened, backup_keep, now)
    return opened


def connect(path: Path, key: Key | None = None) -> sqlite3.Connection:
    """An autocommit connection in WAL mode, full sync, foreign keys and secure_delete on;
    the file kept 0o600. With `key`, a SQLCipher connection under that key."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    conn = cipher_connect(path, key, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        chmod_private(path, PRIVATE_FILE_MODE)  # before WAL, whose files copy these modes
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("records are in %s journal mode, not WAL", mode)
        conn.execute("PRAGMA synchronous = FULL")  # WAL + NORMAL survives kill -9, not power loss
        conn.execute("PRAGMA foreign_keys = ON")
        if key is not None:  # SQLCipher decrypts each page read: keep read pages in memory
            conn.execute(f"PRAGMA cache_size = {-CIPHER_CACHE_KIB:d}")
    except BaseException:
        conn.close()
        raise
    return conn


def reopen_records(opened: OpenedRecords) -> sqlite3.Connection:
    """A new connection to the same records, used from now on (after writes failed, e.g.
    because the files were read-only when the old one was opened). The old one is kept
    open for the readers that hold it."""
    opened.conn = connect(opened.path, opened.key)
    return opened.conn


def close_records(
    opened: OpenedRecords, *, backup_keep: int = 10, now: float | None = None
) -> None:
    """Back up (if there are sessions and anything changed since the last backup), close."""
    conn = opened.conn
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        folder = backups_dir(opened.path.parent)
        changed = (
            conn.total_changes > 0
            or newest_good_backup(folder, opened.key, thorough=False) is None
        )
        if changed and has_sessions(conn):
            make_backup(conn, folder, keep=backup_keep, now=now, key=opened.key)
    except DB_ERRORS + (BackupError, OSError) as exc:
        log.warning("no backup on close: %s", exc)
    finally:
        conn.close()
    clean_close.mark_clean(opened.path)  # only if no other connection left a WAL behind


_RECORD_TABLES = ("sessions", "coach_clients", "groups")  # anything worth a backup


def has_sessions(conn: sqlite3.Connection) -> bool:
    """True if there is anything worth backing up: facilitation sessions, the coach's
    clients or saved groups (a coach who only keeps the coaching log gets backups too)."""
    present = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return any(
        conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
        for table in _RECORD_TABLES
        if table in present
    )


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy what the -wal holds into the records file itself (PASSIVE: never waits), so
    the main file alone holds the session if the -wal is lost or only it is copied."""
    if not conn.in_transaction:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


_savepoints = count(1)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One committed unit of work: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error.

    Nested use becomes a SAVEPOINT, so several store calls can form one user action.
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _finish_erases(opened: OpenedRecords) -> None:
    from facilitator.store.erasure import PENDING, Eraser

    if not (opened.data_dir / PENDING).exists():
        return
    try:
        done = Eraser(opened.conn, opened.data_dir, opened.key).finish_pending()
    except DB_ERRORS + (OSError,) as exc:
        log.warning("an unfinished erase could not be finished: %s", exc)
        opened.notices.append(f"An erase that was cut short could not be finished ({exc}).")
        return
    if done:
        opened.notices.append(
            "An erase that was cut short last time has now been finished, backups included."
        )


def _backup_if_due(opened: OpenedRecords, keep: int, now: float) -> None:
    if not has_sessions(opened.conn):
        return  # no empty backups piling up
    folder = backups_dir(opened.path.parent)
    newest = newest_good_backup(folder, opened.key, thorough=False)
    made = backup_time(newest) if newest is not None else None
    if made is not None and abs(now - made.timestamp()) < BACKUP_INTERVAL:
        return
    try:
        make_backup(opened.conn, folder, keep=keep, now=now, key=opened.key)
    except DB_ERRORS + (BackupError, OSError) as exc:
        log.warning("daily backup failed: %s", exc)
        opened.notices.append(f"A backup of the records could not be made ({exc}).")
