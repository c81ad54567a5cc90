"""The pieces the room view is built from: text sized to the window, the names of a role
in columns, and the badges (PAUSED, OVER TIME…) sized to their words.

Every text is a share of the window height, and never smaller than the size at which its
font's x-height (the height of a lower-case "x") is `MIN_X_HEIGHT` of the window height:
the measure that decides whether lower-case text can be read from the back of a room."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy

from facilitator.core.text import isolate
from facilitator.ui.common.style import DIM, FONT_SHARE, MIN_X_HEIGHT, WHITE, restyle


@lru_cache(maxsize=64)
def _min_pixel_size(font_key: str, height: int) -> int:
    font = QFont()
    font.fromString(font_key)
    need = MIN_X_HEIGHT * height
    font.setPixelSize(100)
    ratio = QFontMetricsF(font).xHeight() / 100 or 0.5
    size = max(6, math.floor(need / ratio))
    for _ in range(40):  # hinting rounds x-heights: step up until the font reaches it
        font.setPixelSize(size)
        if QFontMetricsF(font).xHeight() >= need - 1e-6:
            break
        size += 1
    return size


def min_pixel_size(font: QFont, height: float) -> int:
    """The smallest pixel size at which `font`'s x-height is `MIN_X_HEIGHT` of `height`
    (measured on the font itself: families differ)."""
    return _min_pixel_size(font.toString(), round(height))


class ScaledText(QLabel):
    """A plain-text label whose font is a share of the window height."""

    def __init__(
        self, name: str, share: str, *, bold: bool = False, tone: str = "", wrap: bool = False
    ) -> None:
        super().__init__(objectName=name)
        self.share, self.bold, self.factor = share, bold, 1.0
        self.setTextFormat(Qt.TextFormat.PlainText)  # format data is never read as markup
        self.setProperty("tone", tone)
        self.setWordWrap(wrap)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def pixel_size(self, unit: float, text_scale: float = 1.0) -> int:
        """The size for a window 100·`unit` high, made smaller by `text_scale` (a page
        that says a lot) but never below the readable minimum."""
        font = QFont(self.font())
        font.setBold(self.bold)
        wanted = round(FONT_SHARE[self.share] * 100 * unit * text_scale * self.factor)
        return max(wanted, min_pixel_size(font, 100 * unit))

    def scale(self, unit: float, text_scale: float = 1.0) -> None:
        size = self.pixel_size(unit, text_scale)
        if self.font().pixelSize() != size or self.font().bold() != self.bold:
            font = QFont(self.font())
            font.setPixelSize(size)
            font.setBold(self.bold)
            self.setFont(font)


def _wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width`, the last one elided."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    end = 0
    while len(lines) < max_lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        end = line.textStart() + line.textLength()
        lines.append(text[line.textStart() : end].strip())
    layout.endLayout()
    rest = text[end:].strip()
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return [line for line in lines if line] or [text[:1]]


Cell = tuple[str, tuple[int, ...]]  # a line of text, and the people (indices) it names


class PeopleList(QLabel):
    """The people of one role, in as many columns as the card's width takes: each name
    whole on its own line, in reading order down the columns; or, when that takes fewer
    lines, one after another like words, a line broken only between names. A name too
    long for the card wraps onto a second line (then elides); only when the page cannot hold every
    line even at the smallest readable size does the last cell say "+N more" — never a
    name dropped in silence. `text()` is the whole list, each name isolated (U+2068…U+2069)
    so that a right-to-left mark in one name reorders nothing after it."""

    def __init__(self, people: Sequence[str], *, bold: bool, dim: bool) -> None:
        super().__init__(objectName="rolePeople")
        self.people = tuple(people)
        self.share, self.bold, self.factor = "people", bold, 1.0
        self._colour = QColor(DIM if dim else WHITE)
        self._max_lines: int | None = None
        self._arranged: dict[
            tuple[str, float, int | None], tuple[list[float], list[list[Cell]]]
        ] = {}
        # what the last paint drew: (line, where, font, the people it names)
        self.painted: list[tuple[str, QRectF, QFont, tuple[int, ...]]] = []
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # many lines, laid out here (heightForWidth, paintEvent)
        self.setProperty("tone", "dim" if dim else "")
        self.setText(", ".join(isolate(p) for p in self.people))
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    pixel_size = ScaledText.pixel_size
    scale = ScaledText.scale

    # -- the arrangement ---------------------------------------------------------------
    def set_max_lines(self, lines: int | None) -> None:
        """Lines the page can give these names (None: as many as they need)."""
        if lines != self._max_lines:
            self._max_lines = lines
            self.updateGeometry()
            self.update()

    def line_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing()

    def hidden(self, width: float) -> int:
        """How many people "+N more" stands for at `width` (0: everyone is shown)."""
        shown = {i for column in self._arrange(width)[1] for _, named in column for i in named}
        return len(self.people) - len(shown)

    def drawn_people(self) -> list[str]:
        """The people whose whole name the last paint drew (on one line or wrapped)."""
        return self._whole_names([(line, named) for line, _, _, named in self.painted])

    def whole(self, width: float) -> bool:
        """Whether every name is drawn whole at `width`: none left out, none elided."""
        cells = [cell for column in self._arrange(width)[1] for cell in column]
        return len(self._whole_names(cells)) == len(self.people)

    def _whole_names(self, cells: Sequence[Cell]) -> list[str]:
        out = []
        for i, name in enumerate(self.people):
            lines = "".join(line for line, named in cells if i in named)
            if "".join(name.split()) in "".join(lines.split()):
                out.append(name)
        return out

    def lines_needed(self, width: float) -> int:
        return max((len(c) for c in self._arrange(width)[1]), default=0)

    def _gap(self, metrics: QFontMetricsF) -> float:
        return metrics.horizontalAdvance("M") * 1.2

    def _arrange(self, width: float) -> tuple[list[float], list[list[Cell]]]:
        """Column widths and each column's lines, for `width` pixels: names in columns,
        or (when that takes fewer lines) one after another like words, never split.
        Remembered for the font, width and line limit: fitting a page asks many times."""
        key = (self.font().toString(), round(width, 2), self._max_lines)
        if key not in self._arranged:
            if len(self._arranged) > 256:
                self._arranged.clear()
            self._arranged[key] = self._arrange_anew(width)
        return self._arranged[key]

    def _arrange_anew(self, width: float) -> tuple[list[float], list[list[Cell]]]:
        font = self.font()
        metrics = QFontMetricsF(font)
        gap = self._gap(metrics)
        width = max(1.0, width)
        cells: list[Cell] = [(name, (i,)) for i, name in enumerate(self.people)]
        n = len(cells)
        flow = self._flow(width)
        for cols in range(n, 1, -1):
            rows = math.ceil(n / cols)
            if rows > len(flow):
                break  # more lines than the names one after another: take those
            columns = [cells[c * rows : (c + 1) * rows] for c in range(math.ceil(n / rows))]
            widths = [max(metrics.horizontalAdvance(t) for t, _ in c) for c in columns]
            if sum(widths) + gap * (len(widths) - 1) <= width:
                return self._limit(widths, columns, metrics)
        if n > 1 and len(flow) < n:
            limit = self._max_lines
            if limit is None or len(flow) <= limit:
                return [width], [flow]
            for shown in range(n - 1, -1, -1):  # as many names as fit, then "+N more"
                more = QCoreApplication.translate("Room", "+%n more", "", n - shown)
                lines = self._flow(width, shown, more)
                if len(lines) <= max(1, limit) or shown == 0:
                    return [width], [lines]
        # one column: a name too long for it wraps (a lone name onto three lines, else
        # two), onto fewer when the page is short of lines, the last line elided
        for most in range(3 if n == 1 else 2, 0, -1):
            lines = [
                (line, named) for name, named in cells for line in _wrapped(name, font, width, most)
            ]
            if self._max_lines is None or len(lines) <= self._max_lines:
                break
        return self._limit([width], [lines], metrics)

    def _flow(self, width: float, count: int | None = None, tail: str = "") -> list[Cell]:
        """The first `count` names one after another (then `tail`), a comma between, a
        line broken only between names (a name too long for a line wraps onto two)."""
        metrics = QFontMetricsF(self.font())
        people = self.people[:count] if count is not None else self.people
        pieces: list[Cell] = [
            (name if i == len(people) - 1 and not tail else name + ",", (i,))
            for i, name in enumerate(people)
        ]
        if tail:
            pieces.append((tail, ()))
        lines: list[Cell] = []
        text, named = "", ()
        for piece, who in pieces:
            joined = f"{text} {piece}" if text else piece
            if metrics.horizontalAdvance(joined) <= width:
                text, named = joined, (*named, *who)
                continue
            if text:
                lines.append((text, named))
            if metrics.horizontalAdvance(piece) <= width:
                text, named = piece, who
            else:
                lines += [(line, who) for line in _wrapped(piece, self.font(), width, 2)]
                text, named = "", ()
        if text:
            lines.append((text, named))
        return lines

    def _limit(
        self, widths: list[float], columns: list[list[Cell]], metrics: QFontMetricsF
    ) -> tuple[list[float], list[list[Cell]]]:
        """Cut to `_max_lines` rows, the last cell saying how many people are not shown."""
        limit = self._max_lines
        if limit is None or max(len(c) for c in columns) <= limit:
            return widths, columns
        limit = max(1, limit)
        flat = [cell for column in columns for cell in column]
        shown = flat[: limit * len(columns) - 1]
        later = {i for _, named in flat[len(shown) :] for i in named}
        if shown and later & set(shown[-1][1]):
            shown.pop()  # never half a name: its first line without its second
        hidden = len(self.people) - len({i for _, named in shown for i in named})
        shown.append((QCoreApplication.translate("Room", "+%n more", "", hidden), ()))
        cut = [shown[c * limit : (c + 1) * limit] for c in range(len(columns))]
        cut = [c for c in cut if c]
        return [max(metrics.horizontalAdvance(t) for t, _ in c) for c in cut], cut

    # -- QLabel's size and paint, for a grid instead of one line -----------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        lines = self.lines_needed(width - m.left() - m.right())
        return math.ceil(lines * self.line_height()) + m.top() + m.bottom()

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(p) for p in self.people), default=0.0)
        width = math.ceil(widest)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, math.ceil(self.line_height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = QRectF(self.contentsRect())
        font = self.font()
        metrics = QFontMetricsF(font)
        widths, columns = self._arrange(rect.width())
        gap = self._gap(metrics)
        step = self.line_height()
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self._colour)
        self.painted = []
        x = rect.left()
        for width, lines in zip(widths, columns, strict=True):
            for row, (line, named) in enumerate(lines):
                cell = QRectF(x, rect.top() + row * step, width + 1, metrics.height())
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                painter.drawText(cell, int(flags | Qt.TextFlag.TextSingleLine), line)
                self.painted.append((line, cell, QFont(font), named))
            x += width + gap
        painter.end()


def widest_digits(text: str) -> str:
    """`text` with every digit a 0: the widest a clock text of that shape gets."""
    return "".join("0" if ch.isdigit() else ch for ch in text)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` now, so it is gone before the next redraw."""
    for _ in range(layout.count()):
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def pad_badge(badge: QLabel, u: float) -> None:
    """The padding round a badge's words for a window 100·`u` high."""
    side, top = max(1, round(1.2 * u)), max(1, round(0.2 * u))
    badge.setContentsMargins(side, top, side, top)


def fit_badge(badge: QLabel) -> None:
    """A badge exactly as big as its words in its font and the style's padding (a size
    kept from shorter words or a smaller font would cut the padding, then the letters)."""
    badge.ensurePolished()
    badge.setFixedSize(badge.sizeHint())


def restyle_badge(badge: QLabel, kind: str) -> None:
    """A badge's look for `kind` (the style sheet's `badge` property), and its size."""
    restyle(badge, "badge", kind)
    fit_badge(badge)
