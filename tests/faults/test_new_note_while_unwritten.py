"""Item 8: Ctrl+Enter was ignored while writes failed, and the next note was glued onto
the last. Now the finished note is kept aside (stamped where it was typed) and a new one
begins; both are written, separately and in order, once writing works again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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


def test_ctrl_enter_while_writes_fail_keeps_notes_apart(window, qtbot, clock, failing_writes):
    c = window.controller
    c.toggle_running()
    editor = window.notes.editor
    with failing_writes(c.live.store.conn) as failing:
        editor.setFocus()
        qtbot.keyClicks(editor, "first thought")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert editor.toPlainText() == ""  # a new note begins
        c.live.runner.goto(1)  # the session moves on before writing works again
        qtbot.keyClicks(editor, "second thought")
        window.notes.flush()
        assert [n.text for n in c.notes()] == []
        assert [n.text for n in window.notes.unsaved_notes()] == ["first thought", "second thought"]
        failing.heal()
        window.notes.flush()
    notes = c.notes()
    assert [n.text for n in notes] == ["first thought", "second thought"]
    assert [n.phase_index for n in notes] == [0, 1]  # each stamped where it was typed
    assert window.notes.unsaved_notes() == []


def test_kept_notes_count_when_closing(window, qtbot, failing_writes, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(unsaved_close, "ask", lambda p, text: asked.append(text) or Choice.STAY)
    c = window.controller
    editor = window.notes.editor
    with failing_writes(c.live.store.conn):
        editor.setFocus()
        qtbot.keyClicks(editor, "one")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, "two")
        assert not window.close()
    assert "2 notes" in asked[0]
    assert window.close()  # written now: no question
    assert [n.text for n in c.notes()] == ["one", "two"]
