"""Issue 19 in the room: who is next at the end of a round; one rounding rule."""

from __future__ import annotations

from facilitator.core.text import isolate
from facilitator.ui.room.view import RoomView

FOUR = ("Ana", "Ben", "Cy", "Dee")


def test_next_names_the_next_case_giver_at_the_end_of_a_round(qtbot, make_controller):
    controller = make_controller("case-consultation", FOUR)
    view = RoomView(controller)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    controller.toggle_running()
    timeline = controller.runner.timeline
    last = max(p.index for p in timeline.phases if p.round_index == 0)
    controller.goto(last, confirmed=True)  # a jump over phases is confirmed first
    holder = timeline.holder_of(1)
    texts = view.visible_texts()
    first = timeline[last + 1].name
    assert any(
        t.startswith("Next: round 2 · Case giver: " + isolate(holder)) and first in t
        for t in texts
    ), texts


def test_the_empty_part_of_the_progress_bar_is_visible():
    from PySide6.QtGui import QColor

    from facilitator.ui.common.style import (
        BACKGROUND,
        OKABE_ITO,
        TROUGH,
        TROUGH_EDGE,
        contrast_ratio,
        style_sheet,
    )

    # the empty part is outlined at 3:1 or more on the background; the filled part
    # stands out from the empty one at 3:1 or more
    assert contrast_ratio(QColor(TROUGH_EDGE), QColor(BACKGROUND)) >= 3.0
    assert contrast_ratio(QColor(OKABE_ITO["sky_blue"]), QColor(TROUGH)) >= 3.0
    assert f"solid {TROUGH_EDGE}" in style_sheet(7.68)


def test_a_phase_shortened_to_nothing_says_0_00(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = RoomView(controller)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    controller.toggle_running()
    clock.advance(11)
    for _ in range(6):
        controller.adjust(-60)  # 5 minutes cut to nothing
    controller.ticked.emit()
    texts = view.visible_texts()
    assert "0:11 of 0:00" in texts, texts
