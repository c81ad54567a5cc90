"""The method's steps in the window (issue 13): bids decide the rounds, a break inserted,
a late arrival asked about their issue, cues and messages on the room view."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.actions import Act
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.method_dialogs import BidsDialog, LateArrivalDialog, RoomMessageDialog

LONG = "Maximilian Alexander Wolfgang von Hohenzollern-Sigmaringen"  # 55 characters
SET = ["Fay", "Ana", "Ben", LONG, "Dev", "Eli", "Gus"]
SHOTS = os.environ.get("FACILITATOR_SHOTS")  # a folder: save PNGs of the new steps there


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def al(qtbot, make_controller):
    c = make_controller("action-learning", SET, at_bids=True)
    return c


def at_bids(c, clock):
    c.toggle_running()
    clock.advance(20 * 60)
    c.next_phase()
    assert c.runner.phase.spec.bids and c.bids_due()


def test_next_at_the_end_of_bids_asks_for_the_bids_first(al, clock, qtbot):
    at_bids(al, clock)
    with qtbot.waitSignal(al.bids_requested):
        al.next_phase()
    assert al.runner.phase.spec.bids  # no move: the bids decide what comes next


def test_bids_dialog_proposes_and_creates_the_rounds_in_one_undoable_step(al, clock, qtbot):
    at_bids(al, clock)
    clock.advance(12 * 60)  # bids ran two minutes over
    dialog = BidsDialog(al)
    qtbot.addWidget(dialog)
    assert dialog.rounds() == []
    assert "Fay" not in dialog._people  # the facilitator does not bid
    dialog.set_bid("Ben", 20)
    dialog.set_bid(LONG, 40, urgency=3)
    dialog.set_bid("Eli")
    rounds = dialog.rounds()
    assert [h for h, _ in rounds] == [LONG, "Ben", "Eli"]  # the most pressing first
    # 195 min kept, less the 2 min over, less the break: equal shares
    assert [m for _, m in rounds] == [60, 59, 59]
    dialog.by_bid.setChecked(True)
    assert dict(dialog.rounds())[LONG] > dict(dialog.rounds())["Ben"]
    dialog.equal.setChecked(True)
    dialog.rounds_table.selectRow(2)
    dialog._move(-1)
    assert [h for h, _ in dialog.rounds()] == [LONG, "Eli", "Ben"]
    dialog._round_spin(0).setValue(20)
    assert "short" in dialog.warning.text()
    dialog._round_spin(0).setValue(60)
    assert dialog.warning.isHidden()
    shot(dialog, "bids_dialog")
    index_before = al.runner.index
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    plan = al.runner.timeline.plan
    assert [r.holder for r in plan.rounds] == [LONG, "Eli", "Ben"]
    assert al.runner.phase.round_index == 0  # and on into the first round
    assert "Dev" in plan.rounds[0].roles["member"]  # no bid: a set member
    assert al.undo_stack.undoText().startswith("Bids")
    al.undo_stack.undo()  # one step: the rounds and the move
    assert al.runner.index == index_before and al.runner.timeline.plan.awaits_bids


def test_nobody_bids_goes_on_to_the_close(al, clock, qtbot):
    at_bids(al, clock)
    dialog = BidsDialog(al)
    qtbot.addWidget(dialog)
    assert "Nobody" in dialog.total_label.text()
    dialog.accept()
    assert al.runner.phase.section == "closing"


@pytest.fixture
def window(qtbot, make_controller):
    c = make_controller("case-consultation", ["Ana", "Ben", LONG, "Dee"])
    win = MainWindow(c, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_insert_a_break_shows_its_end_on_the_room_view(window, clock, qtbot, monkeypatch):
    c = window.controller
    c.toggle_running()
    monkeypatch.setattr(
        "facilitator.ui.session.method_hooks.QInputDialog.getInt", lambda *a, **k: (10, True)
    )
    before = len(c.runner.timeline)
    window.actions_by_id[Act.INSERT_BREAK].trigger()
    assert len(c.runner.timeline) == before + 1
    c.next_phase()
    assert c.runner.phase.spec.is_break
    window.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    room = window.room
    qtbot.waitExposed(room)
    texts = room.visible_texts()
    assert any("back at" in t for t in texts), texts
    shot(room, "room_break")
    c.undo_stack.undo()  # the move
    c.undo_stack.undo()  # the break
    assert len(c.runner.timeline) == before


def test_cue_key_and_message_show_a_banner_for_a_few_seconds(window, clock, qtbot):
    c = window.controller
    c.toggle_running()
    c.goto(2, confirmed=True)  # advisers discuss
    window.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    room = window.room
    qtbot.waitExposed(room)
    window.actions_by_id[Act.ROOM_CUE].trigger()
    banner = room.findChild(QLabel, "roomBanner")
    assert banner.isVisible() and "microphone off" in banner.text()
    shot(room, "room_cue")
    clock.advance(9)
    c.ticked.emit()
    assert not banner.isVisible()
    c.show_message("<b>Back at 11</b>\u202eevil")
    assert banner.isVisible() and banner.textFormat() == Qt.TextFormat.PlainText
    assert "<b>" in banner.text()  # shown as typed, never as markup
    c.show_message("")
    assert not banner.isVisible()


def test_message_dialog_offers_the_phase_rules(window, qtbot):
    c = window.controller
    c.toggle_running()
    c.goto(2, confirmed=True)
    dialog = RoomMessageDialog(c.cue_presets())
    qtbot.addWidget(dialog)
    items = [dialog.text.itemText(i) for i in range(dialog.text.count())]
    assert items[0] == "Case giver: microphone off — listen and take notes"
    assert "Advisers discuss ideas for solving the case among themselves." in items
    shot(dialog, "room_message")


def test_late_arrival_asks_about_an_issue_default_no(window, qtbot, monkeypatch):
    c = window.controller
    c.toggle_running()
    c.goto(1, confirmed=True)  # in round 1
    dialog = LateArrivalDialog("Adviser", "Case giver")
    qtbot.addWidget(dialog)
    assert not dialog.brings_issue.isChecked()
    shot(dialog, "late_arrival")

    def fake_exec(self):
        self.name.setText("Eve")
        return True

    monkeypatch.setattr(LateArrivalDialog, "exec", fake_exec)
    c.mark_absent("Dee")  # room for a fourth person
    window.actions_by_id[Act.LATE].trigger()
    plan = c.runner.timeline.plan
    assert "Eve" in plan.present and "Eve" not in [r.holder for r in plan.rounds]
    assert "Eve" in c.runner.timeline.roles_at(c.runner.index)["adviser"]


def test_room_names_the_next_case_giver(window, qtbot):
    c = window.controller
    c.toggle_running()
    c.goto(3, confirmed=True)  # the last step of round 1
    window.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    room = window.room
    qtbot.waitExposed(room)
    assert any("Case giver: \u2068Ben\u2069" in t for t in room.visible_texts())  # isolated


@pytest.fixture
def pair(qtbot, make_controller):
    c = make_controller("co-consulting", ["Ana", LONG])
    win = MainWindow(c, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_pair_agrees_in_its_phase_and_the_room_shows_it(pair, clock, qtbot, monkeypatch):
    from facilitator.ui.session.method_dialogs import AgreementDialog

    c = pair.controller
    c.toggle_running()
    pair.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    room = pair.room
    qtbot.waitExposed(room)
    texts = " ".join(room.visible_texts())
    assert "Ana" in texts and "Time each way: 30 min. The client goes first." in texts
    assert c.agreement_due()
    asked = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda self: asked.append(self) or 0)
    with qtbot.waitSignal(c.agreement_requested):
        c.next_phase()  # Next asks for the agreement first
    assert len(asked) == 1  # the window opened the dialog
    assert c.runner.index == 0
    dialog = AgreementDialog(c)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # confidentiality agreed first
    for box in dialog.ticks:
        box.setChecked(True)
    assert ok.isEnabled()
    dialog.first.setCurrentText(LONG)
    dialog.fields["minutes_each_way"].setValue(20)
    shot(dialog, "agreement")
    dialog.accept()
    t = c.runner.timeline
    assert t.plan.agreed and t.plan.rounds[0].holder == LONG
    assert c.runner.index == 1 and c.runner.planned(1) == 20 * 60
    assert "Time each way: 20 min." in " ".join(t.rules_at(0))
    c.undo_stack.undo()  # one step back: not agreed, the setup's 30 minutes
    assert c.runner.index == 0 and not c.runner.timeline.plan.agreed
    assert c.runner.timeline[1].planned == 30 * 60


def test_the_client_says_how_to_be_helped(pair, clock, qtbot, monkeypatch):
    from facilitator.ui.session.method_dialogs import HelpingDialog

    c = pair.controller
    c.toggle_running()
    c.goto(1, confirmed=True)  # Ana's time
    assert c.helping_due()
    dialog = HelpingDialog("Ana", "", c.helping_presets())
    qtbot.addWidget(dialog)
    shot(dialog, "helping")

    def fake_exec(self):
        self.text.setEditText("Questions <b>only</b>, no advice")
        return True

    monkeypatch.setattr(HelpingDialog, "exec", fake_exec)
    pair.actions_by_id[Act.HELPING].trigger()
    assert c.room_state().helping == "Questions <b>only</b>, no advice"
    pair.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    qtbot.waitExposed(pair.room)
    wish = "Help wanted: \u2068Questions <b>only</b>, no advice\u2069"  # isolated user text
    assert wish in pair.room.visible_texts()
    rules = pair.roles.findChild(QLabel, "phaseRules")
    assert rules.textFormat() == Qt.TextFormat.PlainText and "Help wanted" in rules.text()
    shot(pair.room, "room_helping")
    c.goto(3, confirmed=True)  # Ben's turn: Ana's wish is not shown
    assert c.room_state().helping == ""
    # kept with the session: a replay has it
    from facilitator.services.live import LiveSession

    again = LiveSession.open(c.live.store, c.live.session_id, clock)
    assert again.plan.rounds[0].helping == "Questions <b>only</b>, no advice"


def test_the_timeline_names_the_time_kept_for_the_bids(al, qtbot):
    from facilitator.ui.common.timeline_widget import PhaseTimelineWidget

    widget = PhaseTimelineWidget(al)
    qtbot.addWidget(widget)
    widget.resize(1100, 110)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.group_labels() == ["Opening", "Rounds, after the bids", "Closing"]
