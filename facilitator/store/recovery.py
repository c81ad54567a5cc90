"""Checking the records file before it is used, and recovering when it is damaged.

The check opens the file read-only, so a file from a newer Facilitator is refused
without a byte of it changed. A damaged file is moved aside with its journal files
(never deleted) and the newest backup that verifies is restored with the backup API.
Each recovery returns a sentence for the user saying what happened. Protected records
are checked, and restored, under their key; a file the key does not open counts as
damaged only if the key opens one of the backups (else the passphrase is wrong and
nothing is touched).
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from facilitator.store.backup import (
    backup_time,
    list_backups,
    read_only_uri,
    verify_backup,
)
from facilitator.store.cipher import (
    DATABASE_ERRORS,
    DB_ERRORS,
    SQLITE_MAGIC,
    Key,
    WrongPassphrase,
    connect,
)
from facilitator.store.migrations import NewerSchemaError, known_version, schema_version
from facilitator.store.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm", "-journal")
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_IOERR_SHORT_READ = 522


def inspect_records(path: Path, key: Key | None = None) -> str | None:
    """None if the file is sound, else a short reason why it is damaged.

    Raises `NewerSchemaError` for a newer schema and re-raises errors that do not mean
    damage (locked, unreadable), so a healthy file is never moved aside by mistake. With
    a `key` that opens neither the file nor any backup, raises `WrongPassphrase`.
    """
    with open(path, "rb") as f:
        header = f.read(100)
    if not header:
        return "the file is empty"
    if key is None and not header.startswith(SQLITE_MAGIC):
        return "it is not a SQLite database"
    if key is None and len(header) >= 64:  # user_version is bytes 60..63, big-endian
        _refuse_if_newer(int.from_bytes(header[60:64], "big"))
    try:
        conn = connect(read_only_uri(path), key, uri=True)
        try:
            _refuse_if_newer(schema_version(conn))  # may differ if the WAL holds page 1
            rows = _check(conn, key)
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code == _SQLITE_IOERR_SHORT_READ or (
            code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        ):
            # A wrong key fails on page 1 (NOTADB); a right key on a damaged file fails
            # later (CORRUPT). A backup the key opens settles the first case too.
            wrong = code is not None and (code & 0xFF) == _SQLITE_NOTADB
            if key is not None and wrong and not _key_opens_a_backup(path, key):
                raise WrongPassphrase() from None
            return f"SQLite reported: {exc}"
        raise
    if rows != [("ok",)]:
        return "the integrity check found: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def _check(conn, key: Key | None) -> list[tuple]:
    """`quick_check` for plain files. For protected ones, SQLCipher's check of every page's
    HMAC: any damaged byte breaks its page's HMAC, and it costs about what `quick_check`
    costs on a plain file, where `quick_check` under SQLCipher costs four times that.
    (Backups still get a full `quick_check` when they are written.)"""
    if key is None:
        conn.execute("PRAGMA cache_size = -16384")  # pages visited twice are not read twice
        return conn.execute("PRAGMA quick_check").fetchall()
    problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return problems or [("ok",)]


def _key_opens_a_backup(path: Path, key: Key) -> bool:
    return any(verify_backup(b, key) for b in list_backups(path.parent / "backups"))


def recover(
    path: Path, backups_dir: Path, reason: str, now: float, key: Key | None = None
) -> str:
    """Move the damaged file aside, restore the newest good backup; return the notice."""
    aside = set_aside(path, now)
    log.warning("records damaged (%s); moved to %s", reason, aside)
    start = f"The records file was damaged ({reason}). It was kept as {aside.name}"
    for candidate in list_backups(backups_dir):
        if not verify_backup(candidate, key):
            continue
        try:
            restore_backup(candidate, path, key)
        except DB_ERRORS + (OSError,) as exc:
            log.warning("could not restore %s: %s", candidate.name, exc)
            for leftover in (path, *(_with_suffix(path, s) for s in SIDECARS)):
                leftover.unlink(missing_ok=True)  # our partial copy, not the user's data
            continue
        made = backup_time(candidate)
        when = made.strftime("%Y-%m-%d %H:%M UTC") if made else candidate.name
        return f"{start} and the backup of {when} was restored; changes after that backup are lost."
    return f"{start}; no good backup was found, so a new, empty records file was started."


def restore_backup(backup: Path, path: Path, key: Key | None = None) -> None:
    """Write `backup` into a new file at `path` with the SQLite backup API (under `key`)."""
    source = connect(read_only_uri(backup), key, uri=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        target = connect(path, key, isolation_level=None)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def set_aside(path: Path, now: float) -> Path:
    """Rename `path` (and its -wal/-shm/-journal) to `<name>.damaged-YYYYmmdd-HHMMSS`."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while any(p.exists() for p in (target, *(_with_suffix(target, s) for s in SIDECARS))):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.rename(path, target)
    for suffix in SIDECARS:  # a stale journal must never meet the restored file
        sidecar = _with_suffix(path, suffix)
        if sidecar.exists():
            os.rename(sidecar, _with_suffix(target, suffix))
    return target


def set_aside_orphans(path: Path, now: float) -> str | None:
    """Move away journal files whose database is missing, so a new file cannot adopt them."""
    if not any(_with_suffix(path, s).exists() for s in ("-wal", "-journal")):
        return None
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    kept = []
    for suffix in SIDECARS:
        sidecar = _with_suffix(path, suffix)
        if sidecar.exists():
            target = sidecar.with_name(f"{sidecar.name}.orphaned-{stamp}")
            os.rename(sidecar, target)
            kept.append(target.name)
    return (
        f"The records file was missing but its journal files were found; they were kept "
        f"as {', '.join(kept)} and a new, empty records file was started."
    )


def _refuse_if_newer(version: int) -> None:
    if version > known_version():
        raise NewerSchemaError(version, known_version())


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
