"""The timeline widget's pieces: its Okabe–Ito colours, small painting helpers and the
layout it computes (where each block, bar and label goes)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainterPath

# Okabe–Ito: colour-blind safe. Fills are light tints so black text reads well on them.
ORANGE, SKY, GREEN, YELLOW = "#E69F00", "#56B4E9", "#009E73", "#F0E442"
BLUE, VERMILLION, PURPLE, BLACK = "#0072B2", "#D55E00", "#CC79A7", "#000000"

MARGIN = 6
NO_TEXT_BELOW = 3  # px: narrower blocks are drawn without a name
MIN_OVERRUN_PX = 4  # even a few seconds over must show as hatching


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


def wrap(metrics: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """`text` broken at spaces into at most `lines` lines of `width` px; the last elided."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)  # one long word: elide it on the last line instead
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


@dataclass(frozen=True)
class Block:
    index: int
    slot: QRect  # the block and its overrun: the phase's share of the strip
    plan: QRect  # planned time (with extensions)
    bar: QRect  # actual time up to the planned length; empty if not visited
    over: QRect  # actual time beyond the planned length; empty without overrun
    original_x: int | None  # where the plan ended before an extension
    over_text: QRect  # where "+m:ss" goes, under the overrun; invalid without one


@dataclass(frozen=True)
class Group:
    label: str
    rect: QRect  # the bracket: above its blocks, as wide as they are
    label_rect: QRect  # the label, moved left or elided when the group is narrow
    skipped: bool


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    groups: tuple[Group, ...]

    @property
    def key(self) -> tuple:
        """What decides whether a tick can repaint only the current block."""
        return tuple((b.slot.x(), b.slot.width(), b.plan.width()) for b in self.blocks)
