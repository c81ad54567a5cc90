"""Item 2: a kill during a backup restore must not break the next start.

(a) Killed after the damaged file was set aside, before the restored one was in place:
the next start restores the newest good backup and says so, instead of starting an empty
records file silently. (b) Killed in the middle of writing the restored file: the next
start works (the restore is built under a temporary name and renamed whole). (c) A stray
`-journal` beside the records is rolled back with a message, a copy kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator.core.clock import SystemClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store import recovery
from facilitator.store.backup import make_backup
from facilitator.store.database import open_records
from facilitator.store.paths import backups_dir, records_path
from facilitator.store.sessions import SessionStore

NOW = 1_800_000_000.0


def _records_with_backup(data: Path, sessions: int = 1) -> list[str]:
    opened = open_records(data, now=NOW)
    store = SessionStore(opened.conn)
    catalog = load_catalog(builtin_formats_dir())
    for _ in range(sessions):
        create_demo_session(store, catalog, SystemClock())
    make_backup(opened.conn, backups_dir(data), now=NOW)
    titles = [s.title for s in store.list_sessions()]
    opened.conn.close()
    return titles


def _titles(opened) -> list[str]:
    return [s.title for s in SessionStore(opened.conn).list_sessions()]


def test_killed_between_set_aside_and_restore_the_backup_comes_back(tmp_path):
    data = tmp_path / "data"
    titles = _records_with_backup(data)
    path = records_path(data)
    aside = recovery.set_aside(path, NOW + 60)  # ...and the program was killed here
    assert not path.exists()
    opened = open_records(data, now=NOW + 120)
    assert _titles(opened) == titles  # not an empty file
    [notice] = opened.notices
    assert "missing" in notice and "backup" in notice and aside.name in notice
    opened.conn.close()


# Restores the backup over and over (the file removed, then restored, as recovery does),
# so the kill lands in the middle of a restore or between two steps.
RESTORER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from facilitator.store import recovery
    from facilitator.store.backup import list_backups
    from facilitator.store.paths import backups_dir, records_path
    data = Path(sys.argv[1])
    path = records_path(data)
    backup = list_backups(backups_dir(data))[0]
    print("restoring", flush=True)
    while True:
        path.unlink()
        recovery.restore_backup(backup, path)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.013, 0.05, 0.11, 0.17, 0.23, 0.31])
def test_killed_while_restoring_the_next_start_works(tmp_path, delay):
    data = tmp_path / "data"
    titles = _records_with_backup(data, sessions=40)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-c", RESTORER, str(data)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout.readline().startswith("restoring")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert not Path(f"{records_path(data)}-journal").exists()  # the journal is the temp's
    opened = open_records(data, now=NOW + 60)  # no traceback, whatever the moment
    assert _titles(opened) == titles
    assert not list(data.glob(".restoring-*"))  # the half-built copy is gone
    opened.conn.close()


def test_restore_puts_nothing_in_place_until_it_is_complete(tmp_path, monkeypatch):
    data = tmp_path / "data"
    _records_with_backup(data)
    path = records_path(data)
    backup = sorted(backups_dir(data).glob("records-*.sqlite3"))[-1]
    path.unlink()

    def killed(*args):
        raise KeyboardInterrupt  # stands for a kill at the last moment

    monkeypatch.setattr(recovery.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        recovery.restore_backup(backup, path)
    assert not path.exists()


def _hot_journal(path: Path) -> None:
    """Leave `path` mid-transaction with a hot rollback journal, as a kill would."""
    script = textwrap.dedent(
        """
        import os, signal, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("DELETE FROM notes")
        conn.execute("UPDATE sessions SET title = 'half-written'")
        conn.execute("CREATE TABLE filler (x)")
        for i in range(2000):
            conn.execute("INSERT INTO filler VALUES (?)", ("x" * 500,))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)


def test_a_stray_journal_is_rolled_back_with_a_message(tmp_path):
    data = tmp_path / "data"
    titles = _records_with_backup(data)
    path = records_path(data)
    _hot_journal(path)
    assert Path(f"{path}-journal").exists()
    opened = open_records(data, now=NOW + 60)
    assert _titles(opened) == titles  # the interrupted write undone
    assert any("unfinished write was undone" in n for n in opened.notices)
    assert list(data.glob("records.sqlite3.interrupted-*"))  # the file as it was, kept
    opened.conn.close()
