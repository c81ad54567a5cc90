"""A read-only or full data folder mid-session: the window says so plainly, the session
goes on in memory with every action and every typed word, and all of it is written once
writing works again."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator.core.session.events import EventKind
from facilitator.services.live import LiveSession
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.main_window import MainWindow


class _FullDisk:
    """The store's connection as on a full disk: every write fails with SQLite's own
    SQLITE_FULL message; reads work. (A real full disk cannot be made without mounting
    a file system, which tests may not do.)"""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args):
        if sql.lstrip().split(None, 1)[0].upper() in {"BEGIN", "INSERT", "UPDATE", "DELETE"}:
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def _full(store) -> Callable[[], None]:
    conn = store._conn
    store._conn = _FullDisk(conn)

    def recover() -> None:
        store._conn = conn

    return recover


def _read_only(store) -> Callable[[], None]:
    """SQLite answers as for a read-only file, on this connection and on any new one, until
    the files are writable again; the old connection stays read-only (it must be reopened)."""
    from facilitator.store.database import connect

    path = store._main_file()
    store._conn.execute("PRAGMA query_only = ON")
    reopen = store._reopen

    def still_read_only():
        conn = connect(Path(path))
        conn.execute("PRAGMA query_only = ON")
        return conn

    store._reopen = still_read_only

    def recover() -> None:
        store._reopen = reopen

    return recover


@pytest.fixture
def window(qtbot, make_controller):
    win = MainWindow(make_controller("case-consultation", ["Ana", "Ben", "Cy"]),
                     Preferences(chime_muted=True))  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.timeline.setFocus()
    return win


@pytest.mark.parametrize("break_writing", [_read_only, _full], ids=["read-only", "full"])
def test_session_and_notes_survive_a_write_failure(window, qtbot, clock, break_writing):
    c = window.controller
    live: LiveSession = c.live
    banner = window.findChild(QLabel, "saveBanner")
    qtbot.keyClick(window.timeline, Qt.Key.Key_Space)
    clock.advance(30)
    recover = break_writing(live.store)

    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    clock.advance(10)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Plus)
    assert c.runner.index == 1  # the session goes on in memory
    assert banner.isVisible()
    assert "not saved" in banner.text().lower() and "nothing is lost" in banner.text()
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "typed while the disk was gone")
    window.notes.flush()
    assert window.notes.editor.toPlainText() == "typed while the disk was gone"
    assert window.notes.dirty
    assert live.store.notes(live.session_id) == []

    recover()
    assert not c.retry_saving()  # the events are written; the note is still to come
    window.notes.flush()
    assert not banner.isVisible()
    kinds = [e.kind for e in live.store.events(live.session_id)]
    assert kinds == [EventKind.START, EventKind.GOTO, EventKind.ADJUST]
    assert [n.text for n in live.store.notes(live.session_id)] == ["typed while the disk was gone"]
    again = LiveSession.open(live.store, live.session_id, clock)
    assert again.runner.index == 1
    assert again.runner.planned(1) == c.runner.planned(1)
    assert again.runner.elapsed() == pytest.approx(c.runner.elapsed())


def test_failed_writes_are_retried_by_themselves(window, qtbot, clock):
    from facilitator.ui.session import controller as session_controller

    c = window.controller
    qtbot.keyClick(window.timeline, Qt.Key.Key_Space)
    recover = _read_only(c.live.store)
    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    assert c.live.unsaved_events == 1
    recover()
    with qtbot.waitSignal(c.saved_again, timeout=session_controller.RETRY_MS + 2000):
        pass
    assert c.live.unsaved_events == 0
