"""The pieces the room view is built from: text sized to the window, the names of a role
in columns, and the badges (PAUSED, OVER TIME…) sized to their words.

Every text is a share of the window height, and never smaller than the size at which its
font's x-height (the height of a lower-case "x") is `MIN_X_HEIGHT` of the window height:
the measure that decides whether lower-case text can be read from the back of a room."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
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


class NameLine(ScaledText):
    """A line of the room's own words around something a person typed (a name, a wish, a
    message): it takes at most `max_lines` lines, whatever was typed. The typed part is
    cut with "…" to at most `slot_lines` lines' width, then shorter while the whole needs
    more than `max_lines`; the room's words around it stay whole (and are cut at the end
    only when they alone are too long). Set with `set_parts(before, typed, after)`; the
    typed part is isolated (U+2068…U+2069) so its direction marks reorder nothing."""

    def __init__(
        self,
        name: str,
        share: str,
        *,
        max_lines: int = 2,
        slot_lines: float = 0.5,
        bold: bool = False,
        tone: str = "",
    ) -> None:
        super().__init__(name, share, bold=bold, tone=tone, wrap=True)
        self.max_lines, self.slot_lines = max_lines, slot_lines
        self._parts = ("", "", "")
        self._fitted: dict[tuple[str, int], str] = {}

    def set_parts(self, before: str, typed: str = "", after: str = "") -> None:
        if (before, typed, after) != self._parts:
            self._parts = (before, typed, after)
            self._fitted.clear()
        self._refit()

    @property
    def typed(self) -> str:
        return self._parts[1]

    def fitted(self, width: int) -> str:
        """The text shown in a label `width` pixels wide (contents)."""
        key = (self.font().toString(), width)
        if key not in self._fitted:
            if len(self._fitted) > 64:
                self._fitted.clear()
            self._fitted[key] = self._fit(max(1, width))
        return self._fitted[key]

    def _lines(self, text: str, width: int) -> int:
        metrics = QFontMetricsF(self.font())
        box = metrics.boundingRect(
            QRectF(0, 0, width, 1e7), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        return 1 + max(0, round((box - metrics.height()) / metrics.lineSpacing()))

    def _fit(self, width: int) -> str:
        before, typed, after = self._parts
        metrics = QFontMetricsF(self.font())

        def with_typed(room: float) -> str:
            if not typed:
                return before + after
            shown = typed
            if metrics.horizontalAdvance(typed) > room:
                shown = metrics.elidedText(typed, Qt.TextElideMode.ElideRight, room) or "…"
            return before + isolate(shown) + after

        most = self.slot_lines * width
        text = with_typed(most)
        if self._lines(text, width) <= self.max_lines:
            return text
        low, high = 0.0, most  # the widest room for the typed part that still fits
        for _ in range(14):
            middle = (low + high) / 2
            if self._lines(with_typed(middle), width) <= self.max_lines:
                low = middle
            else:
                high = middle
        text = with_typed(low)
        if self._lines(text, width) <= self.max_lines:
            return text
        # the room's words alone are too long: the whole cut at the end of its last line
        return "\n".join(_wrapped(text, self.font(), width, self.max_lines))

    def _refit(self) -> None:
        m = self.contentsMargins()
        width = self.width() - m.left() - m.right()
        text = self.fitted(width) if width > 1 else "".join(self._parts)
        if text != self.text():
            self.setText(text)

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        text = self.fitted(width - m.left() - m.right())
        metrics = QFontMetricsF(self.font())
        box = metrics.boundingRect(
            QRectF(0, 0, max(1, width - m.left() - m.right()), 1e7),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return math.ceil(box.height()) + m.top() + m.bottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit()


def _wrapped(text: str, font: QFont, width: float, max_lines: int, least: int = 0) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width`, the last one elided. Lines
    break between words (at a space or after a hyphen), never inside one: a word too long
    for a line keeps its line whole when it fits there at `least` pixels (it is drawn
    smaller, `PeopleList.paintEvent`), else it is cut with "…"."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
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
        lines.append(rest)
    small = QFont(font)
    small.setPixelSize(max(1, least or font.pixelSize()))
    least_metrics = QFontMetricsF(small)
    out = []
    for line in lines:
        if metrics.horizontalAdvance(line) <= width:
            out.append(line)
        elif len(line.replace("-", " ").split()) > 1:  # the rest, words and all: cut "…"
            out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        elif least_metrics.horizontalAdvance(line) <= width:
            out.append(line)  # one word too long at this size: drawn smaller, whole
        else:  # too long even at the smallest readable size: cut there with "…"
            out.append(least_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return [line for line in out if line] or [text[:1]]


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
        self._least = 0  # the smallest readable pixel size: a long word may shrink to it
        self._arranged: dict[
            tuple[str, float, int | None, int], tuple[list[float], list[list[Cell]]]
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

    def scale(self, unit: float, text_scale: float = 1.0) -> None:
        ScaledText.scale(self, unit, text_scale)  # type: ignore[arg-type]
        self._least = min(self.font().pixelSize(), min_pixel_size(self.font(), 100 * unit))

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
        key = (self.font().toString(), round(width, 2), self._max_lines, self._least)
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
                (line, named)
                for name, named in cells
                for line in _wrapped(name, font, width, most, self._least)
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
                wrapped = _wrapped(piece, self.font(), width, 2, self._least)
                lines += [(line, who) for line in wrapped]
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
        more = QCoreApplication.translate("Room", "+%n more", "", hidden)
        if not shown and len(columns) == 1:  # one line: the first name, cut, and the rest
            first = flat[0][1][0]
            more = QCoreApplication.translate("Room", "+%n more", "", len(self.people) - 1)
            tail = ", " + more
            room = widths[0] - metrics.horizontalAdvance(tail)
            cut = metrics.elidedText(self.people[first], Qt.TextElideMode.ElideRight, room)
            if cut and cut != "…":
                return [widths[0]], [[(cut + tail, (first,))]]
        shown.append((more, ()))
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

    def _line_font(self, line: str, width: float) -> QFont:
        """The font `line` is drawn in: the list's own, or (a single word too long for the
        card) a smaller one, never below the smallest readable size."""
        font = self.font()
        advance = QFontMetricsF(font).horizontalAdvance(line)
        if advance <= width + 0.5 or not self._least:
            return font
        smaller = QFont(font)
        smaller.setPixelSize(max(self._least, math.floor(font.pixelSize() * width / advance)))
        while (
            smaller.pixelSize() > self._least
            and QFontMetricsF(smaller).horizontalAdvance(line) > width + 0.5
        ):
            smaller.setPixelSize(smaller.pixelSize() - 1)
        return smaller

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
                drawn = self._line_font(line, min(width, rect.width()))
                painter.setFont(drawn)
                # on the line's baseline, whatever its font
                painter.drawText(QPointF(cell.left(), cell.top() + metrics.ascent()), line)
                self.painted.append((line, cell, drawn, named))
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
