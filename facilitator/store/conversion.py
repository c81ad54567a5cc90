"""Setting, changing or removing the records' passphrase: every file rewritten, safely.

Each file (the backups and damaged copies first, the records file last) is exported by
SQLCipher into `<name>.converting-new` under the new key, checked (integrity, schema
version and the row count of every table), then put in place with two renames:
`<name>` → `<name>.converting-old`, `<name>.converting-new` → `<name>`; the old file is
then overwritten with zeros and removed. `finish_interrupted` completes or undoes a
conversion that a kill cut short, so at every moment one whole copy of the records
exists under one name. The records must be closed while they are converted.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.core.files import fsync_folder
from facilitator.store.cipher import (
    DB_ERRORS,
    Key,
    cipher_connect_plain,
    connect,
    is_encrypted,
    key_opens,
)
from facilitator.store.paths import PRIVATE_FILE_MODE

OLD, NEW = ".converting-old", ".converting-new"
_SIDECARS = ("-wal", "-shm", "-journal")
_BLOCK = 1 << 20


class ConversionError(Exception):
    """A file could not be converted; it was left as it was."""


@dataclass
class ConversionResult:
    converted: list[Path] = field(default_factory=list)
    left: list[tuple[Path, str]] = field(default_factory=list)  # damaged copies not converted


def shred(path: Path) -> None:
    """Overwrite the file with zeros, flush it, remove it (missing is fine).

    On copy-on-write file systems and SSDs the old blocks may survive elsewhere on the
    disk; what this guarantees is that no file holds the bytes any more.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with contextlib.suppress(OSError), open(path, "r+b") as f:
        zeros = bytes(min(size, _BLOCK))
        left = size
        while left > 0:
            n = min(left, len(zeros))
            f.write(zeros[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink(missing_ok=True)


def finish_interrupted(path: Path) -> None:
    """Complete or undo a conversion of `path` (or any file in its folder) cut short."""
    folder = Path(path).parent
    try:
        leftovers = [p for p in folder.iterdir() if p.name.endswith((OLD, NEW))]
    except FileNotFoundError:
        return
    backups = folder / "backups"
    if backups.is_dir():
        leftovers += [p for p in backups.iterdir() if p.name.endswith((OLD, NEW))]
    for item in sorted(leftovers, key=lambda p: p.name.endswith(NEW)):
        if item.name.endswith(OLD):
            original = item.with_name(item.name[: -len(OLD)])
            if original.exists():
                shred(item)  # the new file is in place: the old one goes
            else:
                os.rename(item, original)  # killed between the two renames: undo
                _drop(item.with_name(item.name[: -len(OLD)] + NEW))
        else:
            _drop(item)  # an unfinished export; the original is untouched


def convert_file(path: Path, old_key: Key | None, new_key: Key | None) -> None:
    """Rewrite one database file from `old_key` to `new_key` (None = plain), safely."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ConversionError(f"{path.name} is still open (its journal holds changes)")
    temp = path.with_name(path.name + NEW)
    _drop(temp)
    try:
        _export(path, temp, old_key, new_key)
        _verify_same(path, old_key, temp, new_key)
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(temp, PRIVATE_FILE_MODE)
    except BaseException as exc:
        _drop(temp)
        if isinstance(exc, (*DB_ERRORS, OSError)):
            raise ConversionError(f"{path.name}: {exc}") from exc
        raise
    _swap(path, temp)


def _swap(path: Path, temp: Path) -> None:
    """Two renames put `temp` in place of `path`; the old file is then shredded."""
    aside = path.with_name(path.name + OLD)
    os.rename(path, aside)
    os.rename(temp, path)
    fsync_folder(path.parent)
    for suffix in _SIDECARS:
        shred(path.with_name(path.name + suffix))
    shred(aside)


def rewrite_file(path: Path, key: Key | None, edit: Callable[[Any], object]) -> None:
    """Copy `path` (under `key`), run `edit` on the copy, compact it, put it in place.

    Used to erase a client from a backup: the copy is made with the backup API, edited
    with foreign keys and secure_delete on, vacuumed (no free page keeps old bytes) and
    checked; the old file is then overwritten with zeros, as in `convert_file`.
    """
    from facilitator.store.backup import read_only_uri

    path = Path(path)
    temp = path.with_name(path.name + NEW)
    _drop(temp)
    try:
        source = connect(read_only_uri(path), key, uri=True)
        try:
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
            target = connect(temp, key, isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                target.execute("PRAGMA foreign_keys = ON")
                target.execute("BEGIN IMMEDIATE")
                edit(target)
                target.execute("COMMIT")
                target.execute("VACUUM")
                check = target.execute("PRAGMA quick_check").fetchall()
                found = int(target.execute("PRAGMA user_version").fetchone()[0])
            finally:
                target.close()
        finally:
            source.close()
        if check != [("ok",)] or found != version:
            raise ConversionError(f"the rewritten {path.name} did not verify")
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
    except BaseException as exc:
        _drop(temp)
        if isinstance(exc, (*DB_ERRORS, OSError)):
            raise ConversionError(f"{path.name}: {exc}") from exc
        raise
    _swap(path, temp)


def convert_all(
    records: Path, damaged: list[Path], backups: list[Path],
    old_key: Key | None, new_key: Key | None,
) -> ConversionResult:  # fmt: skip
    """Backups, then damaged copies, then the records file. Damaged copies that cannot be
    read are reported and left as they are; a backup or the records failing stops it."""
    finish_interrupted(records)
    result = ConversionResult()
    for backup in backups:
        if _protection_matches(backup, new_key):
            continue  # done by an earlier, interrupted run
        if not _protection_matches(backup, old_key):
            result.left.append((backup, "it is not readable with the old passphrase"))
            continue
        convert_file(backup, old_key, new_key)
        result.converted.append(backup)
    for copy in damaged:
        if key_opens(copy, new_key):
            continue
        try:
            convert_file(copy, old_key, new_key)
            result.converted.append(copy)
        except ConversionError as exc:
            result.left.append((copy, str(exc)))
    convert_file(records, old_key, new_key)
    result.converted.append(records)
    return result


def change_passphrase(
    data_dir: Path, old_passphrase: str | None, new_passphrase: str | None
) -> ConversionResult:
    """Set (old None), change, or remove (new None) the passphrase of the records.

    Raises `PassphraseNeeded`/`WrongPassphrase` if `old_passphrase` does not open them.
    A run cut short is finished by running it again with the same passphrases.
    """
    from facilitator.store.cipher import WrongPassphrase
    from facilitator.store.database import key_for
    from facilitator.store.paths import records_path

    data_dir = Path(data_dir)
    old_key = key_for(data_dir, old_passphrase)
    if not key_opens(records_path(data_dir), old_key):
        raise WrongPassphrase()
    new_key = None if not new_passphrase else _resumable_key(data_dir, new_passphrase, old_key)
    return change_protection(data_dir, old_key, new_key)


def _resumable_key(data_dir: Path, passphrase: str, old_key: Key | None) -> Key:
    """A new key for `passphrase`, reusing the salt of files an interrupted run already
    protected with it (so they match), else with a fresh salt."""
    from facilitator.store.backup import list_backups
    from facilitator.store.cipher import derive_key, file_salt, new_key
    from facilitator.store.paths import backups_dir

    tried: set[bytes] = set()
    for backup in list_backups(backups_dir(data_dir)):
        salt = file_salt(backup)
        if salt is None or salt in tried or (old_key is not None and salt == old_key.salt):
            continue
        tried.add(salt)
        key = derive_key(passphrase, salt)
        if key_opens(backup, key):
            return key
    return new_key(passphrase)


def damaged_copies(records: Path) -> list[Path]:
    """Files set aside by `recovery` (`<records>.damaged-…`), without their journals."""
    return sorted(
        p for p in Path(records).parent.glob(Path(records).name + ".damaged-*")
        if not p.name.endswith(_SIDECARS) and p.is_file()
    )


def change_protection(data_dir: Path, old_key: Key | None, new_key: Key | None) -> ConversionResult:
    """Rewrite the records, backups and damaged copies in `data_dir` for `new_key`."""
    from facilitator.store.backup import list_backups
    from facilitator.store.paths import backups_dir, records_path

    records = records_path(data_dir)
    if not records.exists():
        raise ConversionError("there are no records to protect yet")
    result = convert_all(
        records, damaged_copies(records), list_backups(backups_dir(data_dir)), old_key, new_key
    )
    _mark(data_dir, new_key is not None)
    return result


MARKER = "records.protected"
_MARKER_TEXT = (
    "The records in this folder are protected by a passphrase (SQLCipher 4; the key is\n"
    "derived with scrypt). Without the passphrase they cannot be read. Keep this file.\n"
)


def marked_protected(data_dir: Path) -> bool:
    return (Path(data_dir) / MARKER).exists()


def _mark(data_dir: Path, protected: bool) -> None:
    from facilitator.core.files import write_atomically

    marker = Path(data_dir) / MARKER
    if protected:
        write_atomically(marker, _MARKER_TEXT)
    else:
        marker.unlink(missing_ok=True)


def _protection_matches(path: Path, key: Key | None) -> bool:
    from facilitator.store.backup import verify_backup

    return verify_backup(path, key)


def _export(source: Path, target: Path, old_key: Key | None, new_key: Key | None) -> None:
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    if old_key is None:
        if is_encrypted(source):
            raise ConversionError(f"{source.name} is protected by a passphrase")
        conn = cipher_connect_plain(source, isolation_level=None)
    else:
        conn = connect(source, old_key, isolation_level=None)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        target_key = "" if new_key is None else new_key.pragma_value()
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_key))
        try:
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(f"PRAGMA converted.user_version = {version:d}")
        finally:
            conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def _verify_same(source: Path, old_key: Key | None, target: Path, new_key: Key | None) -> None:
    from facilitator.store.backup import read_only_uri

    def facts(path: Path, key: Key | None) -> tuple:
        conn = connect(read_only_uri(path), key, uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' ORDER BY name"
            )]  # fmt: skip
            counts = [conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables]
            return check, version, list(zip(tables, counts, strict=True))
        finally:
            conn.close()

    before, after = facts(source, old_key), facts(target, new_key)
    if after[0] != [("ok",)]:
        raise ConversionError("the converted copy failed its integrity check")
    if before[1:] != after[1:]:
        raise ConversionError("the converted copy does not hold the same records")
    if (new_key is None) == is_encrypted(target):
        raise ConversionError("the converted copy is not protected as asked")


def _drop(path: Path) -> None:
    shred(path)
    for suffix in _SIDECARS:
        shred(path.with_name(path.name + suffix))


