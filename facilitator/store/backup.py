"""Rotating, verified backups of the records database.

A backup is written with SQLite's online backup API (never a file copy of a live
database) into a temporary file, checked with `PRAGMA quick_check`, and only then renamed
to `records-YYYYmmdd-HHMMSS-ffffff.sqlite3` (UTC). Backups are stand-alone files in
rollback-journal mode, private to the user (0o600). With a passphrase set they are
SQLCipher files under the records' key (`key=`), like the records themselves.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from facilitator.core.files import fsync_folder
from facilitator.store.cipher import DB_ERRORS, SQLITE_MAGIC, Key, connect, is_encrypted
from facilitator.store.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, chmod_private

log = logging.getLogger(__name__)

BACKUP_PATTERN = re.compile(r"^records-(\d{8}-\d{6}-\d{6})\.sqlite3$")
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_TEMP_PREFIX = ".records-"
_TEMP_SUFFIX = ".sqlite3.tmp"
_STALE_TEMP_SECONDS = 3600.0


class BackupError(Exception):
    """A backup could not be written or did not verify; nothing was kept."""


def backup_name(now: float) -> str:
    return f"records-{datetime.fromtimestamp(now, UTC).strftime(_STAMP_FORMAT)}.sqlite3"


def backup_time(path: Path) -> datetime | None:
    """When the backup was made (UTC), read from its name; None for other files."""
    match = BACKUP_PATTERN.match(Path(path).name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def list_backups(backups_dir: Path) -> list[Path]:
    """Files named like backups, newest first (verified or not)."""
    try:
        names = [p for p in Path(backups_dir).iterdir() if BACKUP_PATTERN.match(p.name)]
    except FileNotFoundError:
        return []
    return sorted((p for p in names if p.is_file()), key=lambda p: p.name, reverse=True)


def make_backup(
    conn: sqlite3.Connection, backups_dir: Path, *, keep: int = 10, now: float | None = None,
    key: Key | None = None,
) -> Path:
    """Back up `conn`'s main database, verify it, then rotate to the newest `keep`.

    `key` is the records' key (None for plain records): the backup is written under it."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    if conn.in_transaction:
        raise BackupError("cannot back up in the middle of a transaction")
    backups_dir = Path(backups_dir)
    backups_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    final = backups_dir / backup_name(time.time() if now is None else now)
    fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=backups_dir)
    os.close(fd)  # mkstemp made it 0o600; SQLite writes into the empty file
    temp = Path(temp_name)
    try:
        expected_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        target = connect(temp, key, isolation_level=None)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        found_version = _checked_version(temp, key, structure=True)
        if found_version is None:
            raise BackupError(f"the backup written to {temp.name} failed its integrity check")
        if found_version != expected_version:
            raise BackupError(
                f"the backup has schema {found_version}, the records {expected_version}"
            )
        chmod_private(temp, PRIVATE_FILE_MODE)
        os.replace(temp, final)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        for sidecar in ("-journal", "-wal", "-shm"):
            Path(temp_name + sidecar).unlink(missing_ok=True)
        if isinstance(exc, (*DB_ERRORS, OSError)):
            raise BackupError(f"could not write a backup: {exc}") from exc
        raise
    fsync_folder(backups_dir)
    rotate_backups(backups_dir, keep, key=key)
    return final


def rotate_backups(backups_dir: Path, keep: int, *, key: Key | None = None) -> list[Path]:
    """Keep the newest `keep` verified backups, delete older backups; return the deleted.

    Unverifiable backups newer than the last kept one stay until they age out, so nothing
    but a backup-named file older than `keep` good ones is ever removed. Temporary files
    left by a backup that was interrupted more than an hour ago are removed too.
    """
    deleted: list[Path] = []
    good = 0
    for path in list_backups(backups_dir):
        if good >= keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
        elif verify_backup(path, key):
            good += 1
    remove_temporary_files(backups_dir, older_than=_STALE_TEMP_SECONDS)
    return deleted


def remove_temporary_files(backups_dir: Path, *, older_than: float = 0.0) -> list[Path]:
    """Remove what interrupted backups left (temporary copies and their -journal, -wal,
    -shm files) older than `older_than` seconds; at start, with the records locked, all."""
    cutoff = time.time() - older_than
    removed: list[Path] = []
    for temp in Path(backups_dir).glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime <= cutoff:
                temp.unlink()
                removed.append(temp)
    return removed


def verify_backup(path: Path, key: Key | None = None, *, thorough: bool = True) -> bool:
    """True if `path` is a database readable with `key` that passes its integrity check
    (`thorough=False`: that opens under `key` and has a schema version, page 1 only)."""
    return _checked_version(Path(path), key, thorough=thorough) is not None


def newest_good_backup(
    backups_dir: Path, key: Key | None = None, *, thorough: bool = True
) -> Path | None:
    """The newest backup that verifies. Every backup was checked in full when it was
    written, so deciding whether a new one is due needs only `thorough=False`; restoring
    one checks it in full."""
    for path in list_backups(backups_dir):
        if verify_backup(path, key, thorough=thorough):
            return path
        log.warning("skipping backup %s: it does not verify", path.name)
    return None


def integrity_problems(conn: sqlite3.Connection, key: Key | None) -> list[tuple]:
    """[("ok",)] if the file behind `conn` is sound, else what is wrong (first rows).

    `quick_check` for plain files. For protected ones, SQLCipher's check of every page's
    HMAC: any damaged byte breaks its page's HMAC, and it costs about what `quick_check`
    costs on a plain file, where `quick_check` under SQLCipher costs four times that.
    Every file we write under a key (records and backups) passed a `quick_check` when its
    structure was made, so an intact HMAC on every page means it still does."""
    if key is None:
        conn.execute("PRAGMA cache_size = -16384")  # pages visited twice are not read twice
        return conn.execute("PRAGMA quick_check").fetchall()
    problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return problems or [("ok",)]


def read_only_uri(path: Path) -> str:
    return Path(path).absolute().as_uri() + "?mode=ro"


def _checked_version(
    path: Path, key: Key | None = None, *, thorough: bool = True, structure: bool = False
) -> int | None:
    """The file's user_version if it is a sound database under `key`, else None.

    Never raises. A plain file does not verify under a key, nor an encrypted one without.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
        if (head == SQLITE_MAGIC) != (key is None) or is_encrypted(path) != (key is not None):
            return None
        conn = connect(read_only_uri(path), key, uri=True)
    except DB_ERRORS + (OSError, ValueError):
        return None
    try:
        if structure:  # a new file: its b-trees are checked, under a key too
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return None
        elif thorough and integrity_problems(conn, key) != [("ok",)]:
            return None
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DB_ERRORS:
        return None
    finally:
        conn.close()


