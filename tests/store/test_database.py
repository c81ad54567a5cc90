"""Opening the records: private files, daily backups, one transaction per action."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.store.backup import list_backups, make_backup
from facilitator.store.database import close_records, open_records, transaction
from facilitator.store.paths import backups_dir, records_path
from facilitator.store.sessions import SessionStore

from .helpers import T0, new_session, titles

DAY = 24 * 3600


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_records_and_wal_files_are_private(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    new_session(SessionStore(opened.conn))
    for path in (opened.path, Path(f"{opened.path}-wal")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    opened.conn.close()


def test_no_backup_while_there_are_no_sessions(data_dir: Path) -> None:
    close_records(open_records(data_dir, now=T0), now=T0)
    close_records(open_records(data_dir, now=T0 + 2 * DAY), now=T0 + 2 * DAY)
    assert list_backups(backups_dir(data_dir)) == []


def test_daily_backup_on_open(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    new_session(SessionStore(opened.conn))
    opened.conn.close()  # no backup on the way out
    folder = backups_dir(data_dir)
    assert list_backups(folder) == []
    open_records(data_dir, now=T0 + 60).conn.close()  # sessions, no backup yet: make one
    assert len(list_backups(folder)) == 1
    open_records(data_dir, now=T0 + DAY - 60).conn.close()  # newest is recent enough
    assert len(list_backups(folder)) == 1
    open_records(data_dir, now=T0 + DAY + 120).conn.close()  # over a day old
    assert len(list_backups(folder)) == 2


def test_close_backs_up_only_when_something_changed(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    new_session(SessionStore(opened.conn))
    close_records(opened, now=T0 + 10)
    folder = backups_dir(data_dir)
    assert len(list_backups(folder)) == 1
    close_records(open_records(data_dir, now=T0 + 20), now=T0 + 30)  # opened and closed only
    assert len(list_backups(folder)) == 1
    opened = open_records(data_dir, now=T0 + 40)
    new_session(SessionStore(opened.conn), "Another")
    close_records(opened, backup_keep=1, now=T0 + 50)
    assert len(list_backups(folder)) == 1  # rotated to one, the new one
    with pytest.raises(sqlite3.ProgrammingError):
        opened.conn.execute("SELECT 1")  # closed
    restored = sqlite3.connect(list_backups(folder)[0])
    assert titles(restored) == ["Tuesday group", "Another"]
    restored.close()


def test_transaction_commits_or_rolls_back(store: SessionStore, data_dir: Path) -> None:
    conn = store._conn
    with transaction(conn):
        conn.execute("INSERT INTO people (name, last_used) VALUES ('Ada', 1)")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO people (name, last_used) VALUES ('Bob', 1)")
        raise RuntimeError("user action failed")
    assert not conn.in_transaction
    assert store.known_people() == ["Ada"]


def test_nested_transaction_is_a_savepoint(store: SessionStore) -> None:
    conn = store._conn
    with transaction(conn):
        new_session(store, "Outer")
        with pytest.raises(ValueError), transaction(conn):
            conn.execute("INSERT INTO people (name, last_used) VALUES ('Inner', 1)")
            raise ValueError("inner fails")
        assert conn.in_transaction
    assert titles(conn) == ["Outer"]
    assert "Inner" not in store.known_people()


def test_several_store_calls_form_one_action(store: SessionStore) -> None:
    with pytest.raises(LookupError), transaction(store._conn):
        new_session(store, "Rolled back")
        store.add_note(999, "no such session", round_index=None, phase_index=None, now=T0)
    assert titles(store._conn) == []


def test_store_imports_no_qt() -> None:
    code = (
        "import sys, facilitator.store.database, facilitator.store.sessions, "
        "facilitator.store.recovery\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph') or m.startswith('facilitator.ui')]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_backup_made_by_make_backup_is_found_on_open(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    new_session(SessionStore(opened.conn))
    make_backup(opened.conn, backups_dir(data_dir), now=T0)
    opened.conn.close()
    open_records(data_dir, now=T0 + 60).conn.close()
    assert len(list_backups(backups_dir(data_dir))) == 1
    assert records_path(data_dir).exists()
