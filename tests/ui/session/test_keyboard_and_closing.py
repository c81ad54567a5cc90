"""Issue 19: the session keys from the room view, stable speaker numbers, the note
editor's undo cursor and Escape, the menus and shortcuts sheet, and closing a live
session (it asks, with the session's state)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.core.session.runner import SessionState
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.actions import Act
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.notes_pane import SAVE_DELAY_MS, _changed_at


@pytest.fixture
def window(qtbot, make_controller, activate):
    controller = make_controller("case-consultation", ["Ana", "Ben", "Cy", "Dee"])
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(win)  # window shortcuts (Space, Ctrl+W) need the active window
    win.timeline.setFocus()
    return win


# -- the room view takes the session's keys --------------------------------------------
def test_every_session_key_works_in_the_room_view(window, qtbot):
    runner = window.controller.runner
    room = window.room
    window.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    qtbot.waitExposed(room)
    room.activateWindow()
    room.setFocus()
    qtbot.keyClick(room, Qt.Key.Key_Space)
    assert runner.state is SessionState.RUNNING
    for k, index in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_PageUp, 1)):
        qtbot.keyClick(room, k)
        assert runner.index == index
    qtbot.keyClick(room, Qt.Key.Key_Left)
    assert runner.index == 0
    before = runner.planned(0)
    qtbot.keyClick(room, Qt.Key.Key_Plus)
    assert runner.planned(0) == before + 60
    qtbot.keyClick(room, Qt.Key.Key_Minus)
    assert runner.planned(0) == before
    qtbot.keyClick(room, Qt.Key.Key_2)
    assert runner.speaker == "Ben"
    qtbot.keyClick(room, Qt.Key.Key_0)
    assert runner.speaker is None
    qtbot.keyClick(room, Qt.Key.Key_B)
    assert room.is_blanked()
    qtbot.keyClick(room, Qt.Key.Key_Period)  # a clicker's "black screen" key
    assert not room.is_blanked()
    qtbot.keyClick(room, Qt.Key.Key_F)
    assert room.isFullScreen()
    qtbot.keyClick(room, Qt.Key.Key_Escape)  # keyboard to the laptop; fullscreen stays
    assert room.isFullScreen()
    qtbot.keyClick(room, Qt.Key.Key_F)  # leaving fullscreen is its own key
    assert not room.isFullScreen()
    qtbot.keyClick(room, Qt.Key.Key_F5)  # the clicker's "present" key
    assert room.isFullScreen()


def test_the_room_view_shows_without_taking_the_keyboard(window):
    assert window.room.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


# -- speaker numbers -------------------------------------------------------------------
def test_speaker_numbers_stay_when_people_leave_or_arrive(window, qtbot):
    c = window.controller
    assert window.roles.speaker_keys() == {0: None, 1: "Ana", 2: "Ben", 3: "Cy", 4: "Dee"}
    qtbot.keyClick(window.timeline, Qt.Key.Key_Space)
    c.mark_absent("Ben")
    keys = window.roles.speaker_keys()
    assert keys == {0: None, 1: "Ana", 3: "Cy", 4: "Dee"}  # nobody renumbered
    qtbot.keyClick(window.timeline, Qt.Key.Key_3)
    assert c.runner.speaker == "Cy"
    qtbot.keyClick(window.timeline, Qt.Key.Key_2)  # Ben's number does nothing now
    assert c.runner.speaker == "Cy"
    c.add_late("Ben")  # back: the same number
    assert window.roles.speaker_keys()[2] == "Ben"
    assert window.findChild(QPushButton, "speaker_3").text().endswith("Cy")


# -- the note editor -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "at"),
    [
        ("hello world", "hello", 5),
        ("hello", "hello world", 11),
        ("one two 3", "one 3", 4),
        ("abc", "abc", 3),
        ("", "x", 1),
    ],
)
def test_where_a_change_ends(old, new, at):
    assert _changed_at(old, new) == at


def test_ctrl_z_keeps_the_cursor_where_the_undo_happened(window, qtbot):
    editor = window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "First part")
    qtbot.wait(SAVE_DELAY_MS + 200)
    qtbot.keyClicks(editor, " and more")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "First part"
    assert editor.textCursor().position() == len("First part")  # not at the start
    qtbot.keyClicks(editor, "!")
    assert editor.toPlainText() == "First part!"


def test_escape_leaves_the_note_editor_and_the_keys_work_again(window, qtbot):
    editor = window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "a note")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.hasFocus()
    assert not window.notes.dirty  # saved on the way out
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.controller.runner.state is SessionState.RUNNING


# -- menus and the shortcuts sheet -------------------------------------------------------
def test_plan_edits_history_and_shortcuts_are_in_the_menus_with_keys(window):
    in_menus = {
        action.objectName()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
    }
    for key in (Act.SWAP, Act.ABSENT, Act.LATE, Act.HISTORY, Act.SHORTCUTS):
        action = window.actions_by_id[key]
        assert action.objectName() in in_menus
        assert action.shortcuts(), key
    assert QKeySequence("F1") in window.actions_by_id[Act.SHORTCUTS].shortcuts()


def test_the_shortcuts_sheet_lists_every_key(window, qtbot):
    from facilitator.ui.session.shortcuts_sheet import ShortcutsSheet

    qtbot.keyClick(window.timeline, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None and sheet.isVisible()
    rows = [
        (sheet.table.item(r, 0).text(), sheet.table.item(r, 1).text())
        for r in range(sheet.table.rowCount())
    ]
    keys = " ".join(k for _, k in rows)
    for expected in ("Space", "PgDown", "PgUp", "F1", "Ctrl+W", "B", "F5"):
        assert expected in keys, expected
    assert ("Speaker 1", "1") in rows
    in_room = {
        sheet.table.item(r, 0).text()
        for r in range(sheet.table.rowCount())
        if sheet.table.item(r, 2).text()
    }
    assert {"Next phase", "Previous phase", "Speaker 1"} <= in_room  # the clicker's keys
    assert "New note" not in in_room and "Close" not in in_room  # the laptop's only


# -- closing ---------------------------------------------------------------------------
def test_closing_a_live_session_asks_with_its_state(window, qtbot):
    closed = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(window.timeline, Qt.Key.Key_Space)
    qtbot.keyClick(window.timeline, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QMessageBox, "closeQuestion")
    assert box is not None and window.isVisible()
    assert "running" in box.text() and "Describe the case" in box.text()
    assert "5:00 left" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and not closed
    window.close()
    box = window.findChild(QMessageBox, "closeQuestion")
    box.button(QMessageBox.StandardButton.Close).click()
    assert not window.isVisible()
    assert closed == [True]


def test_a_session_not_started_or_finished_closes_without_asking(window):
    window.close()
    assert not window.isVisible()
    assert window.findChild(QMessageBox, "closeQuestion") is None


# -- the laptop's countdown cues -------------------------------------------------------
def test_the_laptop_countdown_changes_at_the_warning_point(window, qtbot, clock):
    from PySide6.QtWidgets import QLabel

    c = window.controller
    clock_label = window.countdown.findChild(QLabel, "countdown")
    c.toggle_running()
    clock.advance(200)
    c._tick()
    assert clock_label.property("cue") == ""
    clock.advance(45)  # 55 s left: inside the warning minute
    c._tick()
    assert clock_label.property("cue") == "warn"
    assert "E69F00" in clock_label.styleSheet()
    clock.advance(67.5)  # 12.5 s past the plan
    c._tick()
    assert clock_label.property("cue") == "over"
    assert clock_label.text() == "−0:12 over"
    c.next_phase()
    assert clock_label.property("cue") == ""  # the next phase is on time: no cue left over


# -- nothing off the screen ------------------------------------------------------------
def qtbot_shot_dir():
    import os
    import tempfile
    from pathlib import Path

    folder = Path(os.environ.get("FACILITATOR_X11_SHOTS", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_time_balance_panel_gives_its_width_back(window, qtbot):
    before = window.size()
    window.balance.show_panel(True)
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1024 - 16  # open, it still fits 1024 pixels
    window.grab().save(str(qtbot_shot_dir() / "balance-panel.png"))
    window.balance.show_panel(False)
    qtbot.wait(20)
    assert window.size() == before


def test_the_session_window_fits_a_1024_by_768_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 - 16 and hint.height() <= 768 - 48
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
