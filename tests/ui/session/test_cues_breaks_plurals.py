"""Issue 13 in the session window: cues to the room are recorded and shown in the review,
breaks inserted before the bids survive them (the proposal says when one moves), and
counts read as proper plurals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from facilitator.core.plan.rounds import Bid
from facilitator.core.plan.timeline import AFTER_BIDS
from facilitator.core.session.events import EventKind, RoomCue, room_cues
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.review.window import ReviewWindow
from facilitator.ui.session.actions import Act
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.method_dialogs import BidsDialog

SHOTS = os.environ.get("FACILITATOR_SHOTS")  # a folder: save PNGs of the new steps there
LONG = "Maximilian Alexander Wolfgang von Hohenzollern-Sigmaringen"


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def window(qtbot, make_controller):
    c = make_controller("case-consultation", ["Ana", "Ben", LONG, "Dee"])
    win = MainWindow(c, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# -- cues ------------------------------------------------------------------------------


def test_the_cue_key_and_a_message_are_recorded_and_kept(window, clock, qtbot):
    c = window.controller
    c.toggle_running()
    clock.advance(45)
    c.goto(2, confirmed=True)
    window.actions_by_id[Act.ROOM_SHOW].setChecked(True)
    qtbot.waitExposed(window.room)
    window.actions_by_id[Act.ROOM_CUE].trigger()
    banner = window.room.findChild(QLabel, "roomBanner")
    assert banner.isVisible() and "microphone off" in banner.text()
    clock.advance(10)
    c.show_message("<img src=x> Back at 11 " + "x" * 500)
    c.show_message("")  # taking the banner down is no cue
    stored = [e for e in c.live.store.events(c.live.session_id) if e.kind is EventKind.CUE]
    assert [e.data["kind"] for e in stored] == ["rule", "message"]
    assert stored[0].data["text"] == "Case giver: microphone off — listen and take notes"
    assert stored[0].data["index"] == 2 and stored[0].elapsed == pytest.approx(45)
    # the text as the room saw it: one line, cut to what a banner holds
    assert stored[1].data["text"].startswith("<img src=x> Back at 11 x")
    assert len(stored[1].data["text"]) == 140
    assert stored[1].wall == pytest.approx(clock.wall())
    assert c.undo_stack.count() == 1  # a banner seen cannot be unseen: no undo step


def test_no_cue_once_finished_and_no_banner_either(make_controller, qtbot):
    c = make_controller()
    c.toggle_running()
    c.finish()
    with qtbot.waitSignal(c.action_refused):
        c.show_message("Thank you")
    assert c.banner() == "" and room_cues(c.runner.events) == ()


def test_the_review_lists_the_cues_as_plain_text(window, clock, qtbot):
    c = window.controller
    c.toggle_running()
    clock.advance(30)
    c.goto(2, confirmed=True)
    c.show_cue()
    clock.advance(30)
    hostile = "<b>Back</b> at 11 \u202eevil"
    c.show_message(hostile, kind=RoomCue.MESSAGE)
    c.live.add_note("Private: Dee is tired")
    review = ReviewWindow(c)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    assert review.cues.isVisible() and review.cues.topLevelItemCount() == 2
    first, second = (review.cues.topLevelItem(i) for i in range(2))
    assert first.text(0) == "0:30" and first.text(1).startswith("Round 1: ")
    assert second.text(2) == hostile  # an item's text is never markup
    texts = [review.cues.topLevelItem(i).text(2) for i in range(2)]
    assert not any("Private" in t for t in texts)
    review.resize(1280, 820)
    shot(review, "review_cues")


def test_the_review_hides_the_cue_list_when_there_are_none(make_controller, qtbot):
    c = make_controller()
    c.toggle_running()
    review = ReviewWindow(c)
    qtbot.addWidget(review)
    review.show()
    assert not review.cues.isVisible() and not review.cues_title.isVisible()


# -- breaks and bids -------------------------------------------------------------------


SET = ["Fay", "Ana", "Ben", LONG, "Dev", "Eli", "Gus"]


@pytest.fixture
def al(make_controller, clock):
    c = make_controller("action-learning", SET, at_bids=True)
    c.toggle_running()
    clock.advance(20 * 60)
    c.goto(2, confirmed=True)  # into the stretch kept for the rounds
    assert c.runner.phase.key == AFTER_BIDS
    c.insert_break(10)  # a break after it
    c.goto(1)  # back to the bids
    clock.advance(10 * 60)
    assert c.bids_due()
    return c


def test_the_bids_keep_a_break_inserted_after_the_rounds(al, qtbot):
    dialog = BidsDialog(al)
    qtbot.addWidget(dialog)
    for person in ("Ben", "Dev", "Eli"):
        dialog.set_bid(person)
    assert dialog.warning.isHidden()  # the rounds fill the time: nothing moves
    dialog.accept()
    t = al.runner.timeline
    extra = [p for p in t.phases if p.key == "extra:0"]
    assert len(extra) == 1 and extra[0].planned == 10 * 60
    assert t[extra[0].index - 1].key == "round:2:4" and t[extra[0].index + 1].section == "closing"
    al.undo_stack.undo()  # one step: the rounds, the move and the break's new place
    assert al.runner.timeline.plan.breaks[0].after == AFTER_BIDS


def test_the_proposal_says_when_a_break_has_to_move(al, qtbot, english_plurals):
    dialog = BidsDialog(al)
    qtbot.addWidget(dialog)
    dialog.set_bid("Ben")
    dialog.set_bid(LONG)
    dialog._round_spin(0).setValue(100)  # longer than the time kept
    assert not dialog.warning.isHidden()
    assert "Break of 10 min: now after round 2" in dialog.warning.text()
    assert "later." in dialog.warning.text()
    assert dialog.total_label.text().startswith("2 rounds: ")
    dialog.resize(560, 700)
    shot(dialog, "bids_break_moves")
    dialog._round_spin(0).setValue(30)
    assert "earlier." in dialog.warning.text()
    assert al.moved_breaks_text([Bid("Ben")], [("Ben", 195.0)]) == ""  # the 195 min kept


def test_the_undo_text_of_the_bids_is_a_plural(al, english_plurals):
    assert al.record_bids([Bid("Ben")], [("Ben", 185.0)], then_next=False)
    assert al.undo_stack.undoText() == "Bids: 1 round"
    al.undo_stack.undo()
    assert al.record_bids([Bid("Ben"), Bid("Dev")], [("Ben", 80.0), ("Dev", 80.0)])
    assert al.undo_stack.undoText() == "Bids: 2 rounds"
