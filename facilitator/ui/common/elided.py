"""Text that never widens a window: a long name is cut with "…" where it must be, and the
whole text is in the tooltip. Always plain text (a name is never markup)."""

from __future__ import annotations

import html

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

# isolate(): "\u2068…\u2069", first-strong isolates, so that a right-to-left override in
# a name reverses nothing after it (one helper for the windows, the reports and the CLI)
from facilitator.core.text import FSI, PDI, isolate

__all__ = ["FSI", "PDI", "ElidedLabel", "elide", "isolate", "plain_tooltip"]


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt guesses rich text in tooltips, so a name
    like `<img src=…>` would otherwise be drawn as markup."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    return metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, max(0, width))


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the width it is given; the full text is
    its tooltip (and its accessible name's text) when cut."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 6), hint.height()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 600), hint.height())

    def shown_text(self) -> str:
        return elide(self.text(), self.fontMetrics(), self.contentsRect().width())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        tip = plain_tooltip(self.text()) if self.shown_text() != self.text() else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
