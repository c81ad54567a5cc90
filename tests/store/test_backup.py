"""Backups: written with the backup API, verified, private, rotated; bad ones skipped."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from facilitator.store import backup
from facilitator.store.backup import (
    BACKUP_PATTERN,
    BackupError,
    backup_name,
    list_backups,
    make_backup,
    newest_good_backup,
    verify_backup,
)
from facilitator.store.database import OpenedRecords
from facilitator.store.sessions import SessionStore

from .helpers import T0, new_session, titles


def backup_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_backup_is_verified_private_and_complete(
    opened: OpenedRecords, store: SessionStore, tmp_path: Path
) -> None:
    new_session(store, "In the backup")
    folder = tmp_path / "backups"
    path = make_backup(opened.conn, folder, now=T0)
    assert path.name == "records-20270115-080000-000000.sqlite3"
    assert BACKUP_PATTERN.match(path.name)
    assert backup_files(folder) == [path.name]  # no temp or journal files left
    assert verify_backup(path)
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    copy = sqlite3.connect(backup.read_only_uri(path), uri=True)
    assert titles(copy) == ["In the backup"]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    copy.close()


def test_backup_includes_changes_still_in_the_wal(opened: OpenedRecords, tmp_path: Path) -> None:
    """A file copy of the main file would miss these rows; the backup API does not."""
    opened.conn.execute("PRAGMA wal_autocheckpoint = 0")
    new_session(SessionStore(opened.conn), "Only in the WAL")
    assert b"Only in the WAL" not in opened.path.read_bytes()
    path = make_backup(opened.conn, tmp_path / "backups", now=T0)
    copy = sqlite3.connect(backup.read_only_uri(path), uri=True)
    assert titles(copy) == ["Only in the WAL"]
    copy.close()


def test_rotation_keeps_newest_and_leaves_other_files(
    opened: OpenedRecords, store: SessionStore, tmp_path: Path
) -> None:
    new_session(store)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "records-old.sqlite3").write_text("not a backup name")
    made = [make_backup(opened.conn, folder, keep=3, now=T0 + i * 3600) for i in range(5)]
    assert list_backups(folder) == made[:1:-1]  # the newest three, newest first
    assert (folder / "notes.txt").read_text() == "mine"
    assert (folder / "records-old.sqlite3").exists()


def test_rotation_counts_only_verified_backups(
    opened: OpenedRecords, store: SessionStore, tmp_path: Path
) -> None:
    new_session(store)
    folder = tmp_path / "backups"
    first, second = (make_backup(opened.conn, folder, keep=2, now=T0 + i) for i in range(2))
    second.write_bytes(b"\x00" * 4096)  # the newest backup goes bad
    third = make_backup(opened.conn, folder, keep=2, now=T0 + 2)
    # two good ones (third, first) are kept; the bad one is newer than the oldest kept
    assert list_backups(folder) == [third, second, first]
    fourth = make_backup(opened.conn, folder, keep=2, now=T0 + 3)
    assert list_backups(folder) == [fourth, third]


def test_newest_good_backup_skips_bad_ones(
    opened: OpenedRecords, store: SessionStore, tmp_path: Path
) -> None:
    new_session(store)
    folder = tmp_path / "backups"
    older = make_backup(opened.conn, folder, now=T0)
    newer = make_backup(opened.conn, folder, now=T0 + 60)
    assert newest_good_backup(folder) == newer
    data = bytearray(newer.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    newer.write_bytes(bytes(data))
    assert newest_good_backup(folder) == older
    older.write_bytes(b"garbage")
    assert newest_good_backup(folder) is None


def test_newest_good_backup_of_missing_or_empty_folder(tmp_path: Path) -> None:
    assert newest_good_backup(tmp_path / "missing") is None
    assert newest_good_backup(tmp_path) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, world\n" * 100, os.urandom(8192), b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["empty", "text", "random", "bare-header"],
)
def test_verify_backup_rejects_non_databases(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / backup_name(T0)
    path.write_bytes(content)
    assert verify_backup(path) is False


def test_verify_backup_of_missing_file_and_folder(tmp_path: Path) -> None:
    assert verify_backup(tmp_path / "missing.sqlite3") is False
    assert verify_backup(tmp_path) is False


def test_verify_backup_rejects_truncated_database(
    opened: OpenedRecords, store: SessionStore, tmp_path: Path
) -> None:
    for i in range(50):
        new_session(store, f"Session {i} " + "x" * 500)
    path = make_backup(opened.conn, tmp_path / "backups", now=T0)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert verify_backup(path) is False


def test_unverified_backup_is_deleted_and_raises(
    opened: OpenedRecords, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "_checked_version", lambda path, key=None, **how: None)
    with pytest.raises(BackupError, match="integrity"):
        make_backup(opened.conn, folder, now=T0)
    assert backup_files(folder) == []


def test_no_backup_inside_a_transaction(opened: OpenedRecords, tmp_path: Path) -> None:
    opened.conn.execute("BEGIN")
    with pytest.raises(BackupError, match="transaction"):
        make_backup(opened.conn, tmp_path / "backups", now=T0)
    opened.conn.execute("ROLLBACK")
