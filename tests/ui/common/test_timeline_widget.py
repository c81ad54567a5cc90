"""The phase timeline: blocks as wide as their plan, actual time against it, a needle at
now, clicks that jump (undoably), tooltips that say it in words, and cheap ticks."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from facilitator.core.formats.schema import parse_format
from facilitator.core.text import isolate
from facilitator.services.live import LiveSession
from facilitator.ui.common.timeline_widget import PhaseTimelineWidget
from facilitator.ui.session.controller import SessionController

MIN = 60
SEVEN = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay", "Gus"]

ONE_PHASE = """\
id = "one"
title = "One phase"
description = "A single open conversation."
group_size = { min = 2, max = 9 }

[[roles]]
id = "member"
name = "Member"
assign = "rest"
does = "Talks."

[[opening]]
name = "Open conversation"
minutes = 30
speakers = ["member"]
"""


@pytest.fixture
def show(qtbot):
    def show(controller: SessionController, width: int = 1100) -> PhaseTimelineWidget:
        widget = PhaseTimelineWidget(controller)
        qtbot.addWidget(widget)
        widget.resize(width, 110)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def action_learning(make_controller):
    """Action Learning for seven people with three issue holders (19 phases: a break after
    the second round, past two hours)."""
    return make_controller("action-learning", SEVEN, params={"issue_holders": 3}, seed=1)


def _centre(widget: PhaseTimelineWidget, index: int) -> QPoint:
    return widget.block_rect(index).center()


def test_is_named_and_sized_for_a_laptop_strip(action_learning, show):
    widget = show(action_learning)
    assert widget.objectName() == "phaseTimeline"
    assert widget.sizeHint().width() == 900 and widget.sizeHint().height() == 110
    assert widget.minimumHeight() == 90


def test_blocks_are_as_wide_as_their_planned_time(action_learning, show, clock):
    widget = show(action_learning)
    runner = action_learning.runner
    n = len(runner.timeline)
    widths = [widget.block_rect(i).width() for i in range(n)]
    px_per_second = sum(widths) / sum(runner.planned(i) for i in range(n))
    for i in range(n):
        assert widths[i] == pytest.approx(runner.planned(i) * px_per_second, abs=1.5)
    assert widths[0] == pytest.approx(4 * widths[2], abs=4)  # catch-up 20 min, issue 5 min
    lefts = [widget.block_rect(i).left() for i in range(n)]
    assert lefts == sorted(lefts) and widget.block_rect(n - 1).right() < widget.width()

    action_learning.toggle_running()
    action_learning.adjust(10 * MIN)  # catch-up: 20 -> 30 minutes
    assert widget.block_rect(0).width() == pytest.approx(6 * widget.block_rect(2).width(), abs=6)


def test_rounds_are_labelled_with_their_issue_holder(action_learning, show):
    widget = show(action_learning)
    holders = [r.holder for r in action_learning.runner.timeline.plan.rounds]
    rounds = [f"Round {n} · {isolate(holder)}" for n, holder in enumerate(holders, start=1)]
    assert widget.group_labels() == ["Opening", *rounds[:2], "Break", rounds[2], "Closing"]
    narrow = show(action_learning, width=260)
    for label in narrow.group_labels():  # "Round n", cut short, or the number alone
        assert not label.startswith(("2 ·", "3 ·")), label


LONG = "Bartholomew Alexander Nguyen-Featherstonehaugh of Llanfairpwll"  # 60 characters


def test_long_holder_names_are_cut_and_keep_round_n(make_controller, show, qtbot):
    # QA of issue 19: "Round 1 · <60 characters>" showed nothing; "<img …>" lost "Round".
    people = [LONG, "<img src=/tmp/qa/evil.png width=600>", "Ali\u202eLate Bob", "x" * 500]
    widget = show(make_controller("case-consultation", people), width=1180)
    rounds = [label for label in widget.group_labels() if label[:1] in "R0123456789"]
    assert len(rounds) == 4, widget.group_labels()
    for n, label in enumerate(rounds, 1):
        assert label.startswith(f"Round {n}"), label
    assert rounds[0].startswith(f"Round 1 · \u2068{LONG[:8]}") and "…" in rounds[0]
    assert rounds[1].startswith("Round 2 · \u2068<img")
    assert rounds[3].startswith("Round 4 · \u2068xx")
    image = widget.grab().toImage()  # the text is drawn: dark pixels over round 1
    rect = widget._layout().groups[1].label_rect
    dark = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(rect.left(), rect.left() + 60)
        for y in range(rect.top(), rect.bottom())
    )
    assert dark > 20


def test_actual_time_is_drawn_and_an_overrun_sticks_out(action_learning, show, clock):
    widget = show(action_learning)
    action_learning.toggle_running()
    clock.advance(25 * MIN)  # catch-up planned 20
    action_learning.next_phase()
    clock.advance(5 * MIN)  # half of "Bids for help"
    plan, slot = widget.block_rect(0), widget.slot_rect(0)
    assert slot.width() == pytest.approx(plan.width() * 25 / 20, abs=2)
    assert widget.block_rect(1).left() > slot.right()  # the rest of the plan moved right
    bids = widget.block_rect(1)
    assert widget.needle_x() == pytest.approx(bids.left() + bids.width() / 2, abs=2)

    clock.advance(7 * MIN)  # bids now 2 minutes over: the needle is at the overrun's end
    assert widget.needle_x() == pytest.approx(widget.slot_rect(1).right() + 1, abs=1)
    assert widget.slot_rect(1).width() > widget.block_rect(1).width()


def test_clicking_a_block_jumps_there_and_undo_comes_back(action_learning, show, qtbot):
    widget = show(action_learning)
    action_learning.toggle_running()
    with (
        qtbot.waitSignal(widget.phase_clicked) as clicked,
        qtbot.waitSignal(action_learning.jump_confirmation_needed) as asked,
    ):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre(widget, 5))
    assert clicked.args == [5] and asked.args[0] == 5
    assert action_learning.runner.index == 0  # a jump over several phases is confirmed first
    action_learning.goto(5, confirmed=True)
    assert action_learning.runner.index == 5
    action_learning.undo_stack.undo()
    assert action_learning.runner.index == 0


def test_tooltip_names_planned_actual_and_overrun(action_learning, show, clock):
    widget = show(action_learning)
    action_learning.toggle_running()
    clock.advance(23 * MIN + 15)  # catch-up planned 20 minutes
    action_learning.next_phase()
    clock.advance(4 * MIN)

    text = widget.tooltip_text_at(_centre(widget, 0))
    assert "Catch-up" in text and "Opening" in text
    assert "Planned: 20 min" in text
    assert "Actual: 23:15" in text
    assert "Over by 3:15" in text
    now = widget.tooltip_text_at(_centre(widget, 1))
    assert "Actual so far: 4:00" in now and "over" not in now.lower()
    assert "Not reached yet" in widget.tooltip_text_at(_centre(widget, 2))
    assert widget.tooltip_text_at(QPoint(1, 1)) == ""  # the margin, between blocks

    pos = _centre(widget, 0)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    assert "Over by 3:15" in QToolTip.text()


def test_an_extension_is_named_in_the_tooltip(action_learning, show, clock):
    widget = show(action_learning)
    action_learning.toggle_running()
    action_learning.adjust(5 * MIN)
    assert "Planned: 25 min (extended from 20 min)" in widget.tooltip_text_at(_centre(widget, 0))


def test_skipped_phases_and_rounds_are_reported_as_skipped(action_learning, show, clock):
    widget = show(action_learning)
    runner = action_learning.runner
    round_2 = runner.timeline.round_phases(1)[0].index
    action_learning.toggle_running()
    clock.advance(MIN)
    action_learning.goto(round_2, confirmed=True)  # passes over the bids and the whole of round 1

    assert "Skipped" in widget.tooltip_text_at(_centre(widget, 1))
    assert "Skipped" in widget.tooltip_text_at(_centre(widget, 3))
    assert "Skipped" not in widget.tooltip_text_at(_centre(widget, 0))
    holder = runner.timeline.holder_of(0)
    assert f"Round 1 · {isolate(holder)} · skipped" in widget.group_labels()


class _PaintSpy(QObject):
    """Records the region of every paint event the widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.rects.append(QRect(event.rect()))
        return False

    def next_paint(self, qtbot) -> QRect:
        QApplication.processEvents()  # let what was asked before this go first
        self.rects.clear()
        return self.rects


def test_a_tick_repaints_only_the_current_block_and_needle(action_learning, show, clock, qtbot):
    widget = show(action_learning)
    spy = _PaintSpy(widget)
    action_learning.toggle_running()
    clock.advance(3 * MIN)
    painted = spy.next_paint(qtbot)
    action_learning.ticked.emit()
    qtbot.waitUntil(lambda: bool(painted))
    rect = painted[0]
    assert rect.contains(widget.block_rect(0))
    assert rect.left() <= widget.needle_x() <= rect.right()
    assert rect.width() * rect.height() < widget.width() * widget.height() / 5
    assert rect == widget.tick_rect()


def test_a_tick_that_moves_the_layout_repaints_everything(action_learning, show, clock, qtbot):
    widget = show(action_learning)
    spy = _PaintSpy(widget)
    action_learning.toggle_running()
    clock.advance(30 * MIN)  # ten minutes over: the later blocks must move right
    action_learning.ticked.emit()
    painted = spy.next_paint(qtbot)
    clock.advance(2 * MIN)
    action_learning.ticked.emit()
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] == widget.rect()


def test_changed_repaints_everything(action_learning, show, qtbot):
    widget = show(action_learning)
    spy = _PaintSpy(widget)
    painted = spy.next_paint(qtbot)
    action_learning.toggle_running()
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] == widget.rect()


def test_one_phase_and_many_phases_render(show, store, clock, catalog, make_controller, tmp_path):
    one = LiveSession.create(store, parse_format(ONE_PHASE, "one.toml"), ["Ana", "Ben"], clock)
    controller = SessionController(one)
    widget = show(controller)
    assert widget.block_rect(0).width() > 1000
    controller.toggle_running()
    clock.advance(40 * MIN)
    assert widget.slot_rect(0).right() < widget.width()
    assert "Over by 10:00" in widget.tooltip_text_at(_centre(widget, 0))

    nine = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy"]
    many = make_controller("action-learning", nine, params={"issue_holders": 8})
    assert len(many.runner.timeline) == 43 + 3  # and a break after rounds 2, 4 and 6
    for width in (1100, 300, 120):
        widget = show(many, width=width)
        rects = [widget.slot_rect(i) for i in range(46)]
        assert all(a.right() < b.left() or width < 200 for a, b in pairwise(rects))
        assert rects[-1].right() < width
        image = widget.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / f"many-{width}.png"))


def test_renders_a_session_under_way_to_png(action_learning, show, clock, tmp_path):
    widget = show(action_learning)
    runner = action_learning.runner
    action_learning.toggle_running()
    clock.advance(18 * MIN)
    action_learning.next_phase()
    clock.advance(13 * MIN)  # bids: three minutes over
    action_learning.next_phase()
    clock.advance(4 * MIN)
    action_learning.adjust(MIN)
    action_learning.goto(runner.timeline.round_phases(1)[0].index)  # the rest of round 1 skipped
    clock.advance(2 * MIN)
    path = tmp_path / "timeline.png"
    image = widget.grab()
    assert not image.isNull() and image.width() == 1100
    assert image.save(str(path)) and path.stat().st_size > 1000
