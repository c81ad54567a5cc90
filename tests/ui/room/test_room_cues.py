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


def test_the_empty_part_of_the_progress_bar_is_visible(qtbot, make_controller, clock):
    """Measured on the drawn bar: the empty part against the page at 3:1 or more (WCAG
    1.4.11), and the filled part told from the empty one at 3:1 or more where they meet."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    from facilitator.ui.common.style import BACKGROUND, contrast_ratio

    view = RoomView(make_controller("case-consultation", FOUR))
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    view._controller.toggle_running()
    clock.advance(100)  # a third of the phase
    view._controller.ticked.emit()
    bar = view.findChild(QWidget, "phaseProgress")
    image = bar.grab().toImage()
    y = image.height() // 2
    row = [image.pixelColor(x, y) for x in range(image.width())]
    page = QColor(BACKGROUND)
    empty = row[int(image.width() * 0.8)]
    filled = row[int(image.width() * 0.15)]
    assert contrast_ratio(empty, page) >= 3.0
    # between the filled part and the empty one runs a dark line: 3:1 or more against both
    colours = row[int(image.width() * 0.15) : int(image.width() * 0.8)]
    line = min(colours, key=lambda c: c.lightness())
    assert contrast_ratio(line, filled) >= 3.0 and contrast_ratio(line, empty) >= 3.0


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
