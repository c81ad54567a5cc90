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
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from facilitator.core.files import fsync_folder
from facilitator.store.backup import (
    backup_time,
    integrity_problems,
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
from facilitator.store.migrations import (
    NewerSchemaError,
    known_version,
    migrate,
    schema_version,
)
from facilitator.store.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm", "-journal")
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_IOERR_SHORT_READ = 522
_RESTORE_PREFIX = ".restoring-"


def inspect_records(path: Path, key: Key | None = None, *, thorough: bool = True) -> str | None:
    """None if the file is sound, else a short reason why it is damaged.

    `thorough=False` (the file is the one a clean close vouched for, see `clean_close`)
    reads page 1 only: the schema version and, under a key, whether the key is right.

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
            rows = integrity_problems(conn, key) if thorough else [("ok",)]
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
        saved = salvage_rows(aside, path, key)
        if saved:
            return (
                f"{start} and the backup of {when} was restored, with {saved} later "
                f"record(s) still readable in the damaged file added back; check the "
                f"latest sessions, as changes after that backup may be missing."
            )
        return f"{start} and the backup of {when} was restored; changes after that backup are lost."
    saved = _salvage_into_new(aside, path, key)
    if saved:
        return (
            f"{start}; no good backup was found, so a new records file was started with "
            f"the {saved} record(s) still readable in the damaged file."
        )
    return f"{start}; no good backup was found, so a new, empty records file was started."


def _salvage_into_new(damaged: Path, path: Path, key: Key | None = None) -> int:
    """No backup: a new records file (built under a temporary name) with what the damaged
    one still yields; 0 (and no file) if nothing could be read."""
    temp = path.with_name(f"{_RESTORE_PREFIX}{os.getpid()}-{path.name}")
    try:
        _remove_with_sidecars(temp)
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        conn = connect(temp, key, isolation_level=None)
        try:
            migrate(conn)
        finally:
            conn.close()
        saved = salvage_rows(damaged, temp, key)
        if saved:
            os.replace(temp, path)
            fsync_folder(path.parent)
        return saved
    except DB_ERRORS + (OSError, NewerSchemaError) as exc:
        log.warning("no salvage from %s: %s", damaged, exc)
        return 0
    finally:
        _remove_with_sidecars(temp)


def salvage_rows(damaged: Path, path: Path, key: Key | None = None) -> int:
    """Add to the restored records at `path` the rows the damaged file (read with its
    -wal) still yields and the backup lacks: table by table, parents first, a row only
    if it is new and fits. Never raises; returns how many rows were added."""
    try:
        source = connect(read_only_uri(damaged), key, uri=True)
    except DB_ERRORS:
        return 0
    added = 0
    try:
        target = connect(path, key, isolation_level=None)
        try:
            target.execute("PRAGMA foreign_keys = ON")
            if schema_version(source) != schema_version(target):
                return 0
            tables = [
                name for (name,) in target.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
                )
            ]  # fmt: skip
            for table in tables:
                added += _salvage_table(source, target, table)
        finally:
            target.close()
    except DB_ERRORS as exc:
        log.warning("salvage from %s stopped: %s", damaged, exc)
    finally:
        source.close()
    return added


def _salvage_table(source: Any, target: Any, table: str) -> int:
    rows: list[tuple] = []
    try:
        for row in source.execute(f'SELECT * FROM "{table}"'):
            rows.append(row)
    except DATABASE_ERRORS as exc:  # damaged further on: keep what was read
        log.warning("salvaging %s: read %d rows, then %s", table, len(rows), exc)
    if not rows:
        return 0
    marks = ", ".join("?" * len(rows[0]))
    added = 0
    target.execute("BEGIN")
    try:
        for row in rows:
            try:
                added += target.execute(
                    f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', row
                ).rowcount
            except DATABASE_ERRORS:
                continue  # does not fit (its parent row is lost): left out
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    return added


def restore_backup(backup: Path, path: Path, key: Key | None = None) -> None:
    """Write `backup` into a new file at `path` with the SQLite backup API: built under a
    temporary name, synced, then put in place with one rename, so a kill at any moment
    leaves either no records file (and the backups) or the whole restored one."""
    if path.exists():
        raise FileExistsError(f"{path} exists")
    temp = path.with_name(f"{_RESTORE_PREFIX}{os.getpid()}-{path.name}")
    source = connect(read_only_uri(backup), key, uri=True)
    try:
        _remove_with_sidecars(temp)
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        target = connect(temp, key, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        _remove_with_sidecars(temp)
        raise
    finally:
        source.close()


def restore_missing(
    path: Path, backups_dir: Path, now: float, key: Key | None = None
) -> str | None:
    """The records file is missing but backups exist (a restore or a move was cut short):
    restore the newest good one and say so. None when there is no good backup."""
    for candidate in list_backups(backups_dir):
        if not verify_backup(candidate, key):
            continue
        try:
            restore_backup(candidate, path, key)
        except DB_ERRORS + (OSError,) as exc:
            log.warning("could not restore %s: %s", candidate.name, exc)
            continue
        made = backup_time(candidate)
        when = made.strftime("%Y-%m-%d %H:%M UTC") if made else candidate.name
        aside = sorted(path.parent.glob(f"{path.name}.damaged-*"))
        kept = f" The file set aside earlier is still there as {aside[-1].name}." if aside else ""
        orphans = sorted(p.name for p in path.parent.glob(f"{path.name}-*.orphaned-*"))
        if orphans:
            kept += f" Journal files found without it were kept as {', '.join(orphans)}."
        return (
            f"The records file {path.name} was missing, so the backup of {when} was "
            f"restored; changes after that backup are not in it.{kept}"
        )
    return None


def settle_stray_journal(path: Path, now: float, key: Key | None = None) -> str | None:
    """A `-journal` beside the records (a write or a restore was cut short): keep a copy of
    the file and the journal, let SQLite roll the interrupted write back, and say so.
    Protected records are rolled back under their `key` (a wrong key leaves both files as
    they were). The caller's check then finds the file sound, or damaged (and recovers it)."""
    journal = _with_suffix(path, "-journal")
    if not journal.exists() or not path.exists() or _with_suffix(path, "-wal").exists():
        return None  # nothing to settle, or for the damage check to judge (with both)
    with open(path, "rb") as f:
        plain = f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if plain != (key is None):
        return None  # not a database under this key: the damage check judges both
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.interrupted-{stamp}")
    shutil.copy2(path, copy)
    shutil.copy2(journal, _with_suffix(copy, "-journal"))
    try:
        conn = connect(path, key, isolation_level=None)
    except DB_ERRORS as exc:
        log.warning("rolling back %s failed: %s", journal, exc)
    else:
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # rolls a hot journal back
        except DB_ERRORS as exc:
            log.warning("rolling back %s failed: %s", journal, exc)
        finally:
            conn.close()
    if journal.exists():  # not hot (another program's write in progress): not ours
        copy.unlink(missing_ok=True)
        _with_suffix(copy, "-journal").unlink(missing_ok=True)
        return None
    return (
        f"The records were being written when the program last stopped; the unfinished "
        f"write was undone (the file as it was is kept as {copy.name})."
    )


def remove_restore_leftovers(folder: Path) -> None:
    """Temporary files of a restore that was cut short (never the user's data)."""
    for temp in Path(folder).glob(f"{_RESTORE_PREFIX}*"):
        temp.unlink(missing_ok=True)


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, *(_with_suffix(path, s) for s in SIDECARS)):
        p.unlink(missing_ok=True)


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
