"""What the room view's size tests share: a set of nine with names short and long, and a
window shown at a screen's size and laid out as the event loop would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.ui.common.style import MIN_X_HEIGHT
from facilitator.ui.room.parts import PeopleList

# the facilitator first, then the members (who hold the issues in this order)
NINE = (
    "Fay Okonkwo-Lindqvist",
    "Ana",
    "Ben Østergaard",
    "Cy",
    "Dee Dee",
    "Eve",
    "Gus Papadopoulos",
    "Hal",
    "Ivy Nakamura",
)


def drawn_texts(view: QWidget) -> list[tuple[str, float, QLabel]]:
    """Every text the room view draws now: (text, x-height in pixels, its label). Paints
    the lists of names first (laid out as the window is), so that they report what they
    really drew."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the loop would
    out = []
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(view) or not label.text():
            continue
        if isinstance(label, PeopleList):
            label.grab()  # a paint of the list alone: cheaper than of a 4K window
            out += [(t, QFontMetricsF(font).xHeight(), label) for t, _, font, _ in label.painted]
        else:
            out.append((label.text(), QFontMetricsF(label.font()).xHeight(), label))
    return out


def check_sizes_and_fit(view: QWidget, size: tuple[int, int]) -> None:
    """Every text at least the minimum x-height, whole, and inside its card and the
    window; a list of names draws no line lower than its own bottom (none overlaid)."""
    width, height = size
    for text, x_height, label in drawn_texts(view):
        assert x_height >= MIN_X_HEIGHT * height, (text, x_height / height)
        corner = label.mapTo(view, label.rect().bottomRight())
        assert corner.x() < width and corner.y() < height, text  # inside the window
        box, parent = label.geometry(), label.parentWidget().rect()  # not cut by a card
        assert box.bottom() <= parent.bottom() + 1 and box.right() <= parent.right() + 1, text
        if isinstance(label, PeopleList):  # every line it drew inside it: none overlaid
            for line, cell, font, _ in label.painted:
                bottom = cell.top() + QFontMetricsF(font).ascent() + QFontMetricsF(font).descent()
                assert bottom <= label.height() + 1, (line, bottom, label.height())
            continue
        room = label.contentsRect()
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, text
        else:
            advance = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            assert advance <= room.width() + 1, (text, advance, room.width())


@pytest.fixture
def nine() -> list[str]:
    return list(NINE)


@pytest.fixture
def shown(qtbot) -> Callable[[QWidget, tuple[int, int]], QWidget]:
    """shown(widget, (1024, 768)) -> the widget, at that size, on screen and laid out."""

    def show(widget: QWidget, size: tuple[int, int]) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the loop would
        return widget

    return show
