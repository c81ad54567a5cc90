"""Issue 19 item 9: the room's review follows the screen. Its labels and its chart's
texts (axes, values, legend) are never below the room's minimum x-height (1.5 % of the
window height), and at 1024×768 nothing is cut or pushed past the window's edge."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel

from facilitator.core.text import FSI
from facilitator.ui.common.style import MIN_X_HEIGHT
from facilitator.ui.room.review import RoomReview


def _review(shown, make_controller, clock, nine, size) -> RoomReview:
    controller = make_controller("action-learning", nine)
    controller.toggle_running()
    for i in range(len(controller.runner.timeline) - 1):
        clock.advance(200 + 37 * i)
        controller.ticked.emit()
        controller.next_phase()
    controller.finish()
    review = shown(RoomReview(controller), size)
    review.grab()  # the chart's axes learn their sizes on a first paint
    return review


def _x_height(font: QFont) -> float:
    return QFontMetricsF(font).xHeight()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080), (3840, 2160)])
def test_the_room_review_scales_and_fits(shown, make_controller, clock, nine, size):
    review = _review(shown, make_controller, clock, nine, size)
    width, height = size
    least = MIN_X_HEIGHT * height
    assert review.width() <= width  # the window never grows past the screen
    for label in review.findChildren(QLabel):
        if not label.isVisibleTo(review) or not label.text():
            continue
        assert _x_height(label.font()) >= least, label.text()
        corner = label.mapTo(review, label.rect().bottomRight())
        assert corner.x() < width and corner.y() < height, label.text()
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()
        else:
            advance = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            assert advance <= label.contentsRect().width() + 1, label.text()
    chart = review.chart
    item = chart.getPlotItem()
    for name in ("left", "bottom"):
        assert _x_height(item.getAxis(name).style["tickFont"]) >= least
    shown = [label for label in chart._labels if label.isVisible()]
    assert shown
    view = QRectF(chart.rect())
    for label in shown:
        assert _x_height(label.textItem.font()) >= least, label.toPlainText()
        box = chart.mapFromScene(label.sceneBoundingRect()).boundingRect()
        assert view.contains(QRectF(box)), (label.toPlainText(), box, view)
    for _, text in chart.legend.items:
        assert isinstance(text, pg.LabelItem)
        legend_font = QFont()
        legend_font.setPixelSize(int(str(text.opts["size"]).removesuffix("px")))
        assert _x_height(legend_font) >= least
    # the left axis is wide enough for the longest name
    axis = item.getAxis("left")
    names = [name for _, name in axis._tickLevels[0]]
    assert set(names) == set(nine[1:])  # the members, not the facilitator
    longest = max(QFontMetricsF(axis.style["tickFont"]).horizontalAdvance(n) for n in names)
    assert axis.width() >= longest


def test_a_name_in_a_round_title_is_isolated(shown, make_controller, clock, nine):
    review = _review(shown, make_controller, clock, nine, (1024, 768))
    titles = [label.text() for label in review.findChildren(QLabel) if "Round" in label.text()]
    assert titles and all(FSI in t for t in titles)
