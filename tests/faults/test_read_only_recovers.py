"""Item 4: a read-only database never recovered: once SQLite has opened the records
read-only (the files were not writable), every later write fails on that connection even
after the files are writable again. A retry now opens the records again."""

from __future__ import annotations

import sqlite3

from facilitator.core.session.events import EventKind
from facilitator.store.backup import read_only_uri
from facilitator.store.database import open_records, reopen_records
from facilitator.store.sessions import SessionStore


def _opened_read_only(store: SessionStore) -> sqlite3.Connection:
    """The store's connection replaced by one SQLite opened read-only, as it does when the
    file is not writable at the time it is opened."""
    conn = sqlite3.connect(read_only_uri(store._main_file()), uri=True, isolation_level=None)
    store._conn = conn
    return conn


def test_events_are_written_after_a_retry(make_controller, clock, qtbot):
    c = make_controller()
    live = c.live
    stale = _opened_read_only(live.store)
    c.toggle_running()  # the first write opens the records again, and succeeds
    assert live.unsaved_events == 0
    assert live.store.conn is not stale
    assert [e.kind for e in live.store.events(live.session_id)] == [EventKind.START]


def test_notes_are_written_after_a_retry(make_controller, qtbot):
    c = make_controller()
    _opened_read_only(c.live.store)
    note_id = c.save_note(None, "written once the files were writable", None)
    assert note_id is not None
    assert [n.text for n in c.notes()] == ["written once the files were writable"]


def test_banner_goes_once_the_reopened_records_take_writes(make_controller, qtbot):
    c = make_controller()
    store = c.live.store
    _opened_read_only(store)
    store._reopen = lambda: (_ for _ in ()).throw(sqlite3.OperationalError("still read-only"))
    failed: list[str] = []
    c.save_failed.connect(failed.append)
    c.toggle_running()
    assert c.live.unsaved_events == 1 and failed  # still read-only: kept, banner shown
    store._reopen = None  # the files are writable again
    with qtbot.waitSignal(c.saved_again, timeout=1000):
        assert c.retry_saving()
    assert c.live.unsaved_events == 0


def test_the_program_uses_the_new_connection_from_then_on(tmp_path):
    opened = open_records(tmp_path / "data")
    old = opened.conn
    store = SessionStore(old, reopen=lambda: reopen_records(opened))
    assert store.reopen()
    assert opened.conn is store.conn and opened.conn is not old
    old.execute("SELECT 1")  # readers still holding the old one keep working
    old.close()
    opened.conn.close()
