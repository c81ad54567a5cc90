"""Damaged and newer records files: set aside or refused, never deleted or overwritten."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.core.session.events import EventKind
from facilitator.store.backup import make_backup
from facilitator.store.database import open_records, transaction
from facilitator.store.migrations import SCHEMA_VERSION, NewerSchemaError, schema_version
from facilitator.store.paths import backups_dir, ensure_data_dir, records_path
from facilitator.store.recovery import inspect_records
from facilitator.store.sessions import SessionStore

from .helpers import T0, event, new_session, sha256, titles

LATER = T0 + 3600  # 2027-01-15 09:00 UTC


def prepare(data_dir: Path, *, with_backup: bool) -> None:
    """Records with a session before the backup (if any) and one after it."""
    opened = open_records(data_dir, now=T0)
    store = SessionStore(opened.conn)
    session = new_session(store, "Before the backup")
    with transaction(opened.conn):
        for i in range(300):
            store.append_event(session, event(EventKind.SPEAKER, T0 + i, i, who="Ada " * 30))
    if with_backup:
        make_backup(opened.conn, backups_dir(data_dir), now=T0)
    new_session(store, "After the backup")
    opened.conn.close()  # checkpoints the WAL into the main file


def fill_with_garbage(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(path.stat().st_size))


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwrite_middle_pages(path: Path) -> None:
    size = path.stat().st_size
    offset = max(4096, (size // 2) // 4096 * 4096)
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(random.Random(2).randbytes(3 * 4096))


DAMAGES: list[Callable[[Path], None]] = [
    fill_with_garbage,
    truncate_to_half,
    overwrite_middle_pages,
]


def aside_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("records.sqlite3.damaged-*[0-9]"))


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__)
def test_damaged_file_is_kept_and_backup_restored(data_dir: Path, damage: Callable) -> None:
    prepare(data_dir, with_backup=True)
    path = records_path(data_dir)
    damage(path)
    damaged = sha256(path)
    opened = open_records(data_dir, now=LATER)
    [aside] = aside_files(data_dir)
    assert aside.name == "records.sqlite3.damaged-20270115-090000"
    assert sha256(aside) == damaged
    found = titles(opened.conn)  # what the damaged file still yields is added back
    assert found in (["Before the backup"], ["Before the backup", "After the backup"])
    assert len(SessionStore(opened.conn).events(1)) == 300
    [notice] = opened.notices
    assert "damaged" in notice and aside.name in notice
    assert "backup of 2027-01-15 08:00 UTC was restored" in notice
    if len(found) == 1:
        assert "changes after that backup are lost" in notice
    else:
        assert "added back" in notice
    assert schema_version(opened.conn) == SCHEMA_VERSION
    opened.conn.close()
    again = open_records(data_dir, now=LATER + 60)
    assert again.notices == []
    again.conn.close()


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__)
def test_damaged_file_without_backup_starts_fresh(data_dir: Path, damage: Callable) -> None:
    prepare(data_dir, with_backup=False)
    path = records_path(data_dir)
    damage(path)
    damaged = sha256(path)
    opened = open_records(data_dir, now=LATER)
    [aside] = aside_files(data_dir)
    assert sha256(aside) == damaged
    found = titles(opened.conn)  # rows the damaged file still yields are kept
    assert found in ([], ["After the backup"], ["Before the backup", "After the backup"])
    [notice] = opened.notices
    assert "damaged" in notice and aside.name in notice
    assert ("new, empty" in notice) if not found else ("still readable" in notice)
    assert opened.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    opened.conn.close()


def test_journal_files_go_aside_with_the_damaged_file(data_dir: Path) -> None:
    prepare(data_dir, with_backup=True)
    path = records_path(data_dir)
    fill_with_garbage(path)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    Path(f"{path}-journal").write_bytes(b"stale journal")
    opened = open_records(data_dir, now=LATER)
    [aside] = aside_files(data_dir)
    assert Path(f"{aside}-wal").read_bytes() == b"stale wal"
    assert Path(f"{aside}-journal").read_bytes() == b"stale journal"
    assert not Path(f"{path}-journal").exists()
    assert titles(opened.conn) == ["Before the backup"]
    opened.conn.close()


def test_restore_skips_a_bad_newest_backup(data_dir: Path) -> None:
    prepare(data_dir, with_backup=True)  # good backup at 08:00
    opened = open_records(data_dir, now=T0 + 60)
    bad = make_backup(opened.conn, backups_dir(data_dir), now=T0 + 1800)
    opened.conn.close()
    bad.write_bytes(b"\x00" * 8192)
    fill_with_garbage(records_path(data_dir))
    opened = open_records(data_dir, now=LATER)
    assert "backup of 2027-01-15 08:00 UTC" in opened.notices[0]
    assert titles(opened.conn) == ["Before the backup"]
    opened.conn.close()


def test_a_second_damage_the_same_second_gets_its_own_name(data_dir: Path) -> None:
    prepare(data_dir, with_backup=False)
    fill_with_garbage(records_path(data_dir))
    open_records(data_dir, now=LATER).conn.close()
    fill_with_garbage(records_path(data_dir))
    open_records(data_dir, now=LATER).conn.close()
    names = [p.name for p in aside_files(data_dir)]
    assert names == [
        "records.sqlite3.damaged-20270115-090000",
        "records.sqlite3.damaged-20270115-090000-2",
    ]


def test_orphaned_wal_is_set_aside(data_dir: Path) -> None:
    ensure_data_dir(data_dir)
    wal = Path(f"{records_path(data_dir)}-wal")
    wal.write_bytes(b"left behind")
    opened = open_records(data_dir, now=LATER)
    kept = data_dir / "records.sqlite3-wal.orphaned-20270115-090000"
    assert kept.read_bytes() == b"left behind"
    assert "records.sqlite3-wal.orphaned-20270115-090000" in opened.notices[0]
    assert titles(opened.conn) == []
    opened.conn.close()


def newer_records(data_dir: Path) -> Path:
    ensure_data_dir(data_dir)
    path = records_path(data_dir)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('from the future')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    return path


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    path = newer_records(data_dir)
    before = (sha256(path), path.stat().st_mtime_ns, sorted(data_dir.iterdir()))
    with pytest.raises(NewerSchemaError) as info:
        open_records(data_dir, now=LATER)
    message = str(info.value)
    assert "newer version of Facilitator" in message and "left untouched" in message
    assert f"schema {SCHEMA_VERSION + 5}" in message
    assert (sha256(path), path.stat().st_mtime_ns, sorted(data_dir.iterdir())) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_newer_schema_still_in_the_wal_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """A newer program that crashed before checkpointing: page 1 lives in the WAL only."""
    source = tmp_path / "elsewhere" / "records.sqlite3"
    source.parent.mkdir()
    shutil.copy(newer_records(data_dir), source)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    path = records_path(data_dir)
    shutil.copy(source, path)  # header says the version we know ...
    shutil.copy(f"{source}-wal", f"{path}-wal")  # ... the WAL says newer
    conn.close()
    main = sha256(path)
    with pytest.raises(NewerSchemaError):
        open_records(data_dir, now=LATER)
    assert sha256(path) == main
    assert aside_files(data_dir) == []


def test_inspect_sound_file(data_dir: Path) -> None:
    prepare(data_dir, with_backup=False)
    assert inspect_records(records_path(data_dir)) is None


def test_inspect_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    path.touch()
    assert inspect_records(path) == "the file is empty"
