"""The timeline widget's paint box: its Okabe–Ito colours and small painting helpers.
Where each block, bar and label goes is `timeline_layout`."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainterPath

# Okabe–Ito: colour-blind safe. Fills are light tints so black text reads well on them.
ORANGE, SKY, GREEN, YELLOW = "#E69F00", "#56B4E9", "#009E73", "#F0E442"
BLUE, VERMILLION, PURPLE, BLACK = "#0072B2", "#D55E00", "#CC79A7", "#000000"


def tint(colour: str, amount: float) -> QColor:
    """`colour` mixed with white; amount 0 is the colour itself, 1 is white."""
    c = QColor(colour)
    return QColor.fromRgbF(
        c.redF() + (1 - c.redF()) * amount,
        c.greenF() + (1 - c.greenF()) * amount,
        c.blueF() + (1 - c.blueF()) * amount,
    )


def rounded(rect: QRect, inset: float = 0.5) -> QPainterPath:
    path = QPainterPath()
    r = QRectF(rect).adjusted(inset, inset, -inset, -inset)
    radius = max(0.0, min(3.0, r.width() / 2))
    path.addRoundedRect(r, radius, radius)
    return path
