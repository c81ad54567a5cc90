"""Item 1: closing while writes fail must not throw away what the banner promised to keep.

The disk is full (every write fails); the facilitator types, presses Page Down and
closes. The window asks: wait and try again (the default), save a copy elsewhere, or quit
and lose it; Escape keeps it open."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core.session.events import EventKind
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session import unsaved_close
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.unsaved_close import Choice


@pytest.fixture
def window(qtbot, make_controller):
    win = MainWindow(make_controller(), Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def answers(monkeypatch):
    """The answers the user gives to the close question, in order; records the questions."""
    given: list[Choice] = []
    asked: list[str] = []

    def ask(parent, text):
        asked.append(text)
        return given.pop(0)

    monkeypatch.setattr(unsaved_close, "ask", ask)
    return given, asked


def _type_and_move_while_full(window, qtbot, clock, failing):
    c = window.controller
    c.toggle_running()
    clock.advance(20)
    failing.__enter__()
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "said while the disk was full")
    window.timeline.setFocus()  # focus out: the note is tried (and fails)
    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    assert c.runner.index == 1 and c.live.unsaved_events == 1
    assert window.notes.dirty


def _stored(window):
    live = window.controller.live
    events = [e.kind for e in live.store.events(live.session_id)]
    notes = [n.text for n in live.store.notes(live.session_id)]
    return events, notes


def test_closing_asks_and_staying_keeps_everything(window, qtbot, clock, answers, failing_writes):
    given, asked = answers
    failing = failing_writes(window.controller.live.store.conn)
    _type_and_move_while_full(window, qtbot, clock, failing)
    given.append(Choice.STAY)
    assert not window.close()  # Ctrl+W: the window stays open
    assert window.isVisible()
    assert len(asked) == 1 and "1 note" in asked[0] and "1 step" in asked[0]
    assert "lost" in asked[0]
    failing.heal()
    given.append(Choice.RETRY)  # the user freed space and chose to wait and try again
    if not window.close():  # all written now: the question any live session gets comes next
        question = window.findChild(QMessageBox, "closeQuestion")
        question.button(QMessageBox.StandardButton.Close).click()
    assert not window.isVisible()
    events, notes = _stored(window)
    assert events.count(EventKind.GOTO) == 1
    assert notes == ["said while the disk was full"]


def test_retry_asks_again_while_writing_still_fails(window, qtbot, clock, answers, failing_writes):
    given, asked = answers
    failing = failing_writes(window.controller.live.store.conn)
    _type_and_move_while_full(window, qtbot, clock, failing)
    given.extend([Choice.RETRY, Choice.RETRY, Choice.QUIT])
    assert window.close()  # only after "quit and lose it"
    assert len(asked) == 3
    failing.heal()
    events, notes = _stored(window)
    assert EventKind.GOTO not in events and notes == []  # the user chose to lose it


def test_save_a_copy_elsewhere(window, qtbot, clock, answers, failing_writes, tmp_path, monkeypatch):
    given, _ = answers
    failing = failing_writes(window.controller.live.store.conn)
    _type_and_move_while_full(window, qtbot, clock, failing)
    copy = tmp_path / "elsewhere" / "kept.json"
    copy.parent.mkdir()
    monkeypatch.setattr(unsaved_close, "pick_copy_path", lambda parent, suggested: copy)
    given.append(Choice.COPY)
    assert window.close()
    kept = json.loads(copy.read_text(encoding="utf-8"))
    assert [n["text"] for n in kept["notes"]] == ["said while the disk was full"]
    assert [e["kind"] for e in kept["events"]] == ["goto"]
    assert kept["session_id"] == window.controller.live.session_id


def test_nothing_unwritten_closes_without_a_question(window, qtbot, answers):
    _, asked = answers
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "written at once")
    assert window.close()
    assert asked == []
    assert _stored(window)[1] == ["written at once"]


def test_the_question_defaults_to_waiting_never_to_losing(qtbot, monkeypatch):
    shown = {}

    def exec_(box):
        shown["default"] = box.defaultButton().text()
        shown["escape"] = box.escapeButton()
        shown["buttons"] = [b.text() for b in box.buttons()]
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert unsaved_close.ask(None, "text") is Choice.STAY  # Escape keeps the window
    assert shown["default"] == "Wait and try again"
    assert "Quit and lose it" in shown["buttons"] and "Save a copy…" in shown["buttons"]
