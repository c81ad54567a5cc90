"""The facilitation window: keyboard control, undo of an accidental "next", notes saved
as typed, cues, and a session resumed after a restart at the right time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.services.live import LiveSession
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.controller import SessionController
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.notes_pane import SAVE_DELAY_MS


@pytest.fixture
def window(qtbot, make_controller, activate):
    controller = make_controller("case-consultation", ["Ana", "Ben", "Cy", "Dee"])
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(win)  # window shortcuts (Ctrl+Z) need the active window
    win.timeline.setFocus()
    return win


def key(qtbot, win, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(win.timeline, k, modifier)


def countdown(win) -> str:
    return win.findChild(QLabel, "countdown").text()


def test_space_starts_and_pauses(window, qtbot, clock):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    assert runner.state is SessionState.RUNNING
    clock.advance(10)
    key(qtbot, window, Qt.Key.Key_Space)
    assert runner.state is SessionState.PAUSED
    clock.advance(100)  # paused: no time passes for the phase
    assert runner.elapsed() == 10
    key(qtbot, window, Qt.Key.Key_Space)
    assert runner.state is SessionState.RUNNING


def test_clicker_keys_move_between_phases(window, qtbot):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_Right)
    assert runner.index == 2
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert runner.index == 1
    key(qtbot, window, Qt.Key.Key_Left)
    assert runner.index == 0


def test_accidental_next_is_one_ctrl_z_away(window, qtbot, clock):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(90)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert runner.index == 1
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert runner.index == 0
    assert countdown(window) == "3:30"  # 5 min step, 90 s spent
    key(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert runner.index == 1


def test_plus_and_minus_extend_and_shorten_undoably(window, qtbot, clock):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(30)
    key(qtbot, window, Qt.Key.Key_Plus)
    assert runner.remaining() == 6 * 60 - 30
    key(qtbot, window, Qt.Key.Key_Minus)
    key(qtbot, window, Qt.Key.Key_Minus)
    assert runner.remaining() == 4 * 60 - 30
    window.controller.undo_stack.undo()
    assert runner.remaining() == 5 * 60 - 30


def test_countdown_shows_overrun_in_text(window, qtbot, clock):
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(5 * 60 + 75)
    window.controller.ticked.emit()
    assert countdown(window).startswith("\u22121:15")
    assert "over" in countdown(window)


def test_number_keys_mark_the_speaker(window, qtbot, clock):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_2)
    assert runner.speaker == "Ben"
    clock.advance(20)
    key(qtbot, window, Qt.Key.Key_0)
    assert runner.speaker is None
    assert [s.speaker for s in runner.segments()][:1] == ["Ben"]


def test_typing_a_note_is_not_taken_as_shortcuts_and_is_saved(window, qtbot):
    runner = window.controller.runner
    key(qtbot, window, Qt.Key.Key_Space)
    editor = window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "B said 2 + 2 - F")
    assert runner.state is SessionState.RUNNING  # the space did not pause
    assert runner.speaker is None and runner.index == 0  # digits and +/- typed, not acted on
    assert editor.toPlainText() == "B said 2 + 2 - F"
    qtbot.wait(SAVE_DELAY_MS + 300)
    notes = window.controller.notes()
    assert [n.text for n in notes] == ["B said 2 + 2 - F"]
    assert notes[0].phase_index == 0 and notes[0].round_index == 0


def test_note_flushed_on_close_before_the_delay(window, qtbot):
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "last words")
    window.close()
    assert [n.text for n in window.controller.notes()] == ["last words"]


def test_cue_reaches_the_window(window, qtbot, clock):
    window.chimes.muted = False
    window.chimes.volume = 0.5
    window.controller.toggle_running()
    clock.advance(4 * 60 + 1)  # the warning point of a 5-minute step is 1 minute left
    window.controller._tick()
    assert window.chimes.played[-1].value == "warning"
    clock.advance(60)
    window.controller._tick()
    assert window.chimes.played[-1].value == "end"


def test_resume_after_restart_at_the_right_time(qtbot, store, catalog, clock):
    live = LiveSession.create(store, catalog.get("co-consulting"), ["Ana", "Ben"], clock)
    live.runner.start()
    clock.advance(2 * 60)
    live.runner.next_phase()
    clock.advance(10 * 60)
    live.add_note("Ana wants to try the new rota", action_owner="Ana")
    # the program stops; 3 minutes later it starts again with a new monotonic clock
    clock.restart_process(gap=3 * 60)
    again = LiveSession.open(store, live.session_id, clock)
    win = MainWindow(SessionController(again), Preferences(chime_muted=True))
    qtbot.addWidget(win)
    assert again.runner.state is SessionState.RUNNING
    assert again.runner.index == 1
    assert countdown(win) == "17:00"  # 30 min, 13 min gone
    assert [n.text for n in win.controller.notes()] == ["Ana wants to try the new rota"]


def test_time_comes_from_the_clock_not_ticks(window, qtbot, clock):
    window.controller.toggle_running()
    clock.advance(3600 * 3)  # hours ahead, without a single tick
    window.controller.ticked.emit()
    assert countdown(window).startswith("\u22122:55:00")


def test_preferences_round_trip_and_apply(window, qtbot):
    from PySide6.QtCore import QSettings

    from facilitator.ui.session.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Preferences(chime_volume=0.3, chime_muted=True))
    qtbot.addWidget(dialog)
    chosen = dialog.preferences()
    assert chosen.chime_volume == pytest.approx(0.3) and chosen.chime_muted
    chosen.save()
    loaded = Preferences.load(QSettings())
    assert loaded == chosen
    QSettings().setValue("preferences/chime_volume", "not a number")
    assert Preferences.load().chime_volume == Preferences().chime_volume  # bad value: default


def test_late_arrival_absentee_and_swap_mid_session_are_undoable(window, qtbot):
    c = window.controller
    c.toggle_running()
    c.next_phase()  # round 1 under way: Ana is case giver
    refused = []
    c.action_refused.connect(refused.append)
    c.add_late("Eve")  # a fifth person: case consultation is for 3–4
    assert refused and "3–4" in refused[-1]
    c.mark_absent("Cy")
    assert [r.holder for r in c.runner.timeline.plan.rounds] == ["Ana", "Ben", "Dee"]
    assert c.runner.index == 1  # the phase in progress did not move
    c.add_late("Eve", brings_issue=True)
    assert [r.holder for r in c.runner.timeline.plan.rounds] == ["Ana", "Ben", "Dee", "Eve"]
    upcoming = window.roles.findChild(QLabel, "upcomingRounds").text()
    assert f"Round 4: case giver {isolate('Eve')}" in upcoming  # a name set apart (U+2068…U+2069)
    c.swap_people("Ben", "Dee")
    assert [r.holder for r in c.runner.timeline.plan.rounds] == ["Ana", "Dee", "Ben", "Eve"]
    for _ in range(3):
        c.undo_stack.undo()
    assert [r.holder for r in c.runner.timeline.plan.rounds] == ["Ana", "Ben", "Cy", "Dee"]
    assert c.runner.index == 1


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_the_note_editor_undoes_typing_in_order_with_navigation(window, qtbot):
    c, runner, editor = window.controller, window.controller.runner, window.notes.editor
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_PageDown)  # step 1 on the stack: next phase
    editor.setFocus()
    qtbot.keyClicks(editor, "first words")
    window.notes.flush()  # step 2: the note's creation
    qtbot.keyClicks(editor, " and more")  # step 3, not yet saved when Ctrl+Z comes
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "first words"
    assert [n.text for n in c.notes()] == ["first words"]
    assert runner.index == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the note's creation goes
    assert c.notes() == [] and editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # then the accidental "next"
    assert runner.index == 0
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert runner.index == 1
    notes = c.notes()
    assert [n.text for n in notes] == ["first words and more"]
    assert notes[0].phase_index == 1  # the stamp of when it was first written is kept
    assert editor.toPlainText() == "first words and more"


def test_undo_is_offered_while_typing_is_unsaved(window, qtbot):
    from facilitator.ui.session.actions import Act

    undo = window.actions_by_id[Act.UNDO]
    assert not undo.isEnabled()
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "x")
    assert undo.isEnabled()
    undo.trigger()
    assert window.controller.notes() == [] and window.notes.editor.toPlainText() == ""


def test_deleting_a_note_is_undoable(window, qtbot):
    c = window.controller
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "keep me")
    window.notes.start_new_note()
    notes_list = window.notes.findChild(QListWidget, "notesList")
    notes_list.setCurrentRow(0)
    notes_list.setFocus()
    qtbot.keyClick(notes_list, Qt.Key.Key_Delete)
    assert c.notes() == []
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in c.notes()] == ["keep me"]
