"""The start in two turns: the start screen shows at once, empty (nothing stale or wrong
on it), and is filled from the records on the next turn; protected records ask for the
passphrase on that turn, before anything of them is read or shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget

from facilitator.app.security import UnlockDialog
from facilitator.app.startup import run_app
from facilitator.core.clock import SystemClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store.conversion import change_passphrase
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def started(monkeypatch, qtbot):
    """run_app's event loop, run until the second turn of the start is over."""

    def until_started(app: QApplication) -> int:
        startup = app.findChild(QObject, "startup")
        qtbot.waitUntil(lambda: startup.done, timeout=30_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", until_started)
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def _records_with_a_session(data: Path) -> None:
    opened = open_records(data)
    create_demo_session(
        SessionStore(opened.conn), load_catalog(builtin_formats_dir()), SystemClock()
    )
    opened.conn.close()


def _start_screen():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "startWindow")


def _rows(window) -> int:
    return sum(tree.topLevelItemCount() for tree in window.findChildren(QTreeWidget))


def test_the_start_screen_shows_empty_then_filled(tmp_path, started, monkeypatch):
    from facilitator.app.startup import Startup as _Startup

    data = tmp_path / "data"
    _records_with_a_session(data)
    before: list[tuple[int, bool, bool]] = []
    finish = _Startup.finish

    def looked(self) -> None:  # what the user sees before the second turn
        window = _start_screen()
        no_sessions = window.findChild(QLabel, "noSessions")  # not built yet, or hidden
        said_none = no_sessions is not None and no_sessions.isVisible()
        before.append((_rows(window), window.isVisible(), said_none))
        finish(self)

    monkeypatch.setattr(_Startup, "finish", looked)
    assert run_app(data) == 0
    assert before == [(0, True, False)]  # shown; no rows, and no "No sessions yet" either
    window = _start_screen()
    assert window.findChild(QTreeWidget, "recentSessions").topLevelItemCount() == 1
    assert window.findChild(QTreeWidget, "unfinishedSessions").topLevelItemCount() == 1


def test_protected_records_ask_first_then_fill_the_start_screen(tmp_path, started, monkeypatch):
    data = tmp_path / "data"
    _records_with_a_session(data)
    change_passphrase(data, None, PASSPHRASE)
    asked: list[int] = []

    def type_it(dialog: UnlockDialog) -> int:
        asked.append(_rows(_start_screen()))  # nothing of the records yet
        dialog.field.setText(PASSPHRASE)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", type_it)
    assert run_app(data) == 0
    assert asked == [0]
    assert _start_screen().findChild(QTreeWidget, "recentSessions").topLevelItemCount() == 1


def test_giving_up_on_the_passphrase_ends_the_program(tmp_path, started, monkeypatch):
    data = tmp_path / "data"
    _records_with_a_session(data)
    change_passphrase(data, None, PASSPHRASE)
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: 0)
    assert run_app(data) == 0
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
