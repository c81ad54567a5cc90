"""The roles on the room view: one card per role, and the row of cards that shares the
page's width among them.

A card is compact so that a large set's names fit on a 4:3 projector: the status badge
(SPEAKS, LISTENS, MICROPHONE OFF) sits beside the role's name when the card is wide
enough, and under it only when it is not. The row gives the role with the most people a
larger share of the width when that makes it lower, never a share that cuts a name; and
only when a page cannot hold every name even at the smallest readable size does the
longest list give up lines, its last line saying "+N more"."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.session.room import Cue, RoomRole
from facilitator.ui.common.style import BLACK
from facilitator.ui.room.parts import PeopleList, ScaledText, clear_layout, min_pixel_size

# A card's spacing, in hundredths of the window height (`u`)
CARD_PAD = 0.9  # inside the card's edge
CARD_GAP = 0.3  # between the header, the names and the instruction
BADGE_PAD = (0.7, 0.25)  # inside the status badge: sides, top and bottom
ROW_GAP = 1.5  # between the cards
QWIDGETSIZE_MAX = (1 << 24) - 1


def mic_off_pixmap(size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A microphone struck through: the icon beside the words 'microphone off'."""
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(QPen(colour, max(1.5, s * 0.09), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(s * 0.36, s * 0.08, s * 0.28, s * 0.5), s * 0.14, s * 0.14)
    p.setBrush(Qt.BrushStyle.NoBrush)
    cradle = QPainterPath()
    cradle.arcMoveTo(QRectF(s * 0.22, s * 0.2, s * 0.56, s * 0.52), 180)
    cradle.arcTo(QRectF(s * 0.22, s * 0.2, s * 0.56, s * 0.52), 180, 180)
    p.drawPath(cradle)
    p.drawLine(QPointF(s * 0.5, s * 0.72), QPointF(s * 0.5, s * 0.88))
    p.drawLine(QPointF(s * 0.34, s * 0.9), QPointF(s * 0.66, s * 0.9))
    p.drawLine(QPointF(s * 0.14, s * 0.1), QPointF(s * 0.86, s * 0.92))
    p.end()
    return pixmap


def _one_line_width(label: QLabel) -> int:
    """The width a wrapping label needs to show its whole text on one line."""
    m = label.contentsMargins()
    advance = QFontMetricsF(label.font()).horizontalAdvance(label.text())
    width = math.ceil(advance) + 1 + m.left() + m.right()
    one_line = label.heightForWidth(QWIDGETSIZE_MAX)
    for _ in range(4):  # the label's own layout rounds differently by a pixel or two
        if label.heightForWidth(width) <= one_line:
            break
        width += 1
    return width


BadgeFit = tuple[int, str, QSize]  # the words' pixel size, the words shown, the badge's size


class StatusBadge(QFrame):
    """A role's status in this phase (SPEAKS, LISTENS, MICROPHONE OFF with its icon). It
    never leaves its card: where the card is too narrow for it, its words shrink (never
    below the smallest readable size), and only then are they cut with "…"."""

    def __init__(self, status: str, word: str) -> None:
        super().__init__(objectName="roleStatus")
        self.setProperty("status", status)
        self.row = QHBoxLayout(self)
        self.icon: QLabel | None = None
        if status == "muted":
            self.icon = QLabel(objectName="micOffIcon")
            self.icon.setAccessibleName(word)
            self.row.addWidget(self.icon)
        self.word = ScaledText("roleStatusText", "status", bold=True)
        self.word.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.word.setText(word)
        self.row.addWidget(self.word)
        self._text = word
        self._normal = self._least = 0
        self._overhead = 0  # the badge's width without its words
        self._size = QSize()

    def measure(self, normal: int, least: int, edge: int) -> None:
        """Its size with its words at `normal` pixels (the smallest readable: `least`)
        and an outline `edge` wide; shown at that size until `apply` says otherwise."""
        self._normal, self._least = normal, min(normal, least)
        self.word.setText(self._text)
        self.row.invalidate()
        self._size = self.row.sizeHint() + QSize(edge, edge)
        self._overhead = self._size.width() - self._advance(normal, self._text)
        self.setFixedSize(self._size)

    def _font(self, size: int) -> QFont:
        font = QFont(self.word.font())
        font.setPixelSize(size)
        font.setBold(True)
        return font

    def _advance(self, size: int, text: str) -> int:
        return math.ceil(QFontMetricsF(self._font(size)).horizontalAdvance(text)) + 2

    def size_for(self, room: int, *, cut: bool) -> BadgeFit | None:
        """The largest badge no wider than `room`: its words at their size, else smaller,
        else (with `cut`) at the smallest readable size and cut with "…"; None if it
        needs cutting and `cut` is false."""
        if not self._normal:  # not measured yet
            return 0, self._text, self.sizeHint()
        if self._size.width() <= room:
            return self._normal, self._text, self._size
        words = room - self._overhead
        for size in range(self._normal - 1, self._least - 1, -1):
            if self._advance(size, self._text) <= words:
                return size, self._text, QSize(self._overhead + words, self._size.height())
        if not cut:
            return None
        metrics = QFontMetricsF(self._font(self._least))
        text = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, max(0, words - 2))
        text = text or "…"
        width = min(room, self._overhead + self._advance(self._least, text))
        return self._least, text, QSize(max(1, width), self._size.height())

    def apply(self, fit: BadgeFit) -> None:
        size, text, box = fit
        if size and self.word.font().pixelSize() != size:
            self.word.setFont(self._font(size))
        if self.word.text() != text:
            self.word.setText(text)
        if self.size() != box or self.minimumSize() != box:
            self.setFixedSize(box)


class HeaderLayout(QLayout):
    """Its items side by side, vertically centred, while they fit the width; an item
    that does not fit starts a new line, and one wider than the whole width wraps there
    (height for width). `line_height` is the least height of a line, so that the names
    of cards with a badge and without one start at the same height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.line_height = 0
        # remembered while fonts and texts stay (a page's fit asks many times)
        self._widths: dict[int, tuple[tuple[str, str], int]] = {}
        self._heights: dict[int, int] = {}

    # -- QLayout's bookkeeping ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def _natural_width(self, item: QLayoutItem) -> int:
        """The width `item` takes on one line: a wrapping label's whole text unbroken."""
        widget = item.widget()
        if not (isinstance(widget, QLabel) and widget.wordWrap()):
            return item.sizeHint().width()
        key = (widget.font().toString(), widget.text())
        known = self._widths.get(id(widget))
        if known is None or known[0] != key:
            known = self._widths[id(widget)] = (key, _one_line_width(widget))
        return known[1]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(self._natural_width(i) for i in shown) + self.spacing() * max(0, len(shown) - 1)
        m = self.contentsMargins()
        width += m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), self.line_height + m.top() + m.bottom())

    # -- the arrangement ---------------------------------------------------------------
    def _badge_fits(self, shown: list[QLayoutItem], width: int) -> dict[int, BadgeFit]:
        """The badge's size: beside the next item (the role's name) if a smaller size of
        its words lets it stay there, else on a line of its own, cut if it must be."""
        out: dict[int, BadgeFit] = {}
        for index, item in enumerate(shown):
            badge = item.widget()
            if not isinstance(badge, StatusBadge):
                continue
            fit = None
            if index + 1 < len(shown):
                beside = width - self.spacing() - self._natural_width(shown[index + 1])
                fit = badge.size_for(beside, cut=False)
            out[id(item)] = fit or badge.size_for(width, cut=True)  # type: ignore[assignment]
        return out

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lay the items out in `rect` (or only measure): the height they take."""
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, inner.width())
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]  # (item, width, height)
        used = 0
        shown = [item for item in self._items if not item.isEmpty()]
        fits = self._badge_fits(shown, width)
        for item in shown:
            fit = fits.get(id(item))
            w = fit[2].width() if fit else min(self._natural_width(item), width)
            if lines[-1] and used + gap + w > width:
                lines.append([])
                used = 0
            if fit:
                h = fit[2].height()
                if apply:
                    widget = item.widget()
                    assert isinstance(widget, StatusBadge)
                    widget.apply(fit)
            elif item.hasHeightForWidth():
                h = item.heightForWidth(w)
            else:
                h = item.sizeHint().height()
            lines[-1].append((item, w, h))
            used += (gap if used else 0) + w
        y = inner.top()
        for line in lines:
            if not line:
                continue
            height = max(self.line_height, *(h for _, _, h in line))
            x = inner.left()
            for item, w, h in line:
                if apply:
                    item.setGeometry(QRect(x, y + (height - h) // 2, w, h))
                x += w + gap
            y += height + gap
        used_height = max(self.line_height, y - gap - inner.top())
        return used_height + m.top() + m.bottom()


class RoleCard(QFrame):
    """One role in this round: its status in this phase (a badge beside the role's name,
    with an icon where the microphone is off), its people, what they do now."""

    def __init__(
        self, name: str, people: Sequence[str], instruction: str, status: str, word: str
    ) -> None:
        super().__init__(objectName="roleCard")
        self._status = status
        self.setProperty("status", status)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._layout = QVBoxLayout(self)
        self._header = HeaderLayout()
        self._badge = StatusBadge(status, word)
        self._badge_row, self._icon, self._word = (
            self._badge.row,
            self._badge.icon,
            self._badge.word,
        )
        self._badge.setVisible(bool(word))
        self._header.addWidget(self._badge)
        self.role = ScaledText("roleName", "role", bold=True, tone="role", wrap=True)
        self.role.setText(name)
        self._header.addWidget(self.role)
        self._layout.addLayout(self._header)
        # Quieter names for a muted role: a second cue beside the badge and the dashed edge.
        self.people = PeopleList(people, bold=status != "muted", dim=status == "muted")
        self._layout.addWidget(self.people)
        if instruction:
            does = ScaledText("roleInstruction", "instruction", tone="dim", wrap=True)
            does.setText(instruction)
            self._layout.addWidget(does)
        self._layout.addStretch(1)
        self._icon_size = 0

    def badge_whole(self, width: int) -> bool:
        """Whether the badge's words are shown whole in a card giving `width` pixels."""
        return self._badge.isHidden() or self._badge.size_for(width, cut=False) is not None

    def scale(self, u: float, text_scale: float) -> None:
        """Spacing and the badge's size for a window 100·`u` high (the texts in it are
        scaled with the page's)."""
        pad = round(CARD_PAD * u)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(round(CARD_GAP * u))
        self._header.setSpacing(round(0.8 * u))
        side, top = (round(share * u) for share in BADGE_PAD)
        self._badge_row.setContentsMargins(side, top, side, top)
        self._badge_row.setSpacing(round(0.4 * u))
        size = round(self._word.pixel_size(u, text_scale) * 1.1)
        if self._icon is not None and size != self._icon_size:
            self._icon_size = size
            self._icon.setPixmap(mic_off_pixmap(size, QColor(BLACK), self.devicePixelRatioF()))
        # the badge is exactly as big as its words and padding: never a stale, clipped size
        self._word.scale(u, text_scale)
        edge = 2 * max(1, round(0.2 * u)) if self._status == "listens" else 0  # its outline
        least = min_pixel_size(self._word.font(), 100 * u)
        self._badge.measure(self._word.font().pixelSize(), least, edge)
        # a header without a badge is as high as one with: the names start level
        self._header.line_height = self._badge.height()
        self._header.invalidate()
        self.updateGeometry()  # the row's cached height for this card is stale now


class RoleRow:
    """The row of role cards on the session page, and how its width is shared."""

    def __init__(self) -> None:
        self.layout = QHBoxLayout()
        self.cards: list[RoleCard] = []

    def rebuild(self, roles: Sequence[RoomRole], words: dict[Cue, str]) -> None:
        """A card per role; `words` is the badge's text for each cue."""
        clear_layout(self.layout)
        self.cards = []
        for role in roles:
            card = RoleCard(
                role.name, role.people, role.instruction, role.cue.value, words.get(role.cue, "")
            )
            self.layout.addWidget(card, 1)  # shares of the width: share_width
            card.show()  # now, not on the next turn of the event loop: the fit measures it
            self.cards.append(card)

    @property
    def people(self) -> list[PeopleList]:
        return [card.people for card in self.cards]

    def set_spacing(self, u: float) -> None:
        self.layout.setSpacing(round(ROW_GAP * u))

    def scale(self, u: float, text_scale: float) -> None:
        for card in self.cards:
            card.scale(u, text_scale)

    def _crowded(self) -> RoleCard:
        return max(self.cards, key=lambda card: len(card.people.people))

    def shares(self) -> tuple[float, ...]:
        """The crowded card's possible shares of the row: equal first."""
        equal = 1 / len(self.cards)
        return (equal, *(s for s in (0.4, 0.5, 0.6) if s > equal))

    def _widths(self, inner: int, share: float) -> list[int]:
        row = inner - self.layout.spacing() * (len(self.cards) - 1)
        crowded = self._crowded()
        rest = (1 - share) / (len(self.cards) - 1)
        return [round(row * (share if card is crowded else rest)) for card in self.cards]

    def _names_width(self, card: RoleCard, width: int) -> float:
        """The width a card `width` wide gives its names."""
        m = card.contentsMargins()
        lm = card.layout().contentsMargins()
        return width - m.left() - m.right() - lm.left() - lm.right()

    def share_width(self, inner: int, share: float | None = None) -> None:
        """Widths for the cards in `inner` pixels: equal, unless giving the role with the
        most people a larger `share` makes the row lower. A share that cuts a badge's words
        or a name short (in a narrow card) is taken only when every share cuts as many."""
        if len(self.cards) < 2:
            return
        if share is None:
            best: tuple[int, int, float] | None = None
            for option in self.shares():
                widths = self._widths(inner, option)
                pairs = list(zip(self.cards, widths, strict=True))
                # badges cut short first (their words say who may speak), then names
                cut = 1000 * sum(
                    not card.badge_whole(round(self._names_width(card, w))) for card, w in pairs
                ) + sum(not card.people.whole(self._names_width(card, w)) for card, w in pairs)
                height = max(
                    card.heightForWidth(w) for card, w in zip(self.cards, widths, strict=True)
                )
                if best is None or (cut, height) < (best[0], best[1] - 1):
                    best = (cut, height, option)
            assert best is not None
            share = best[2]
        crowded = self._crowded()
        rest = (1 - share) / (len(self.cards) - 1)
        for card in self.cards:
            self.layout.setStretchFactor(card, round(1000 * (share if card is crowded else rest)))

    def crowd_out(self, inner: int, fits: Callable[[], bool]) -> None:
        """The page is too full even at the smallest readable size: the longest list of
        names gives up a line at a time (its last line saying "+N more") at the share of
        the width that leaves the fewest names out, until `fits()`."""
        if not self.cards:
            return
        crowded = self._crowded()
        names = crowded.people
        shares = self.shares() if len(self.cards) > 1 else (1.0,)

        def names_width(share: float) -> float:
            if len(self.cards) == 1:
                return self._names_width(crowded, inner)
            return self._names_width(crowded, self._widths(inner, share)[self.cards.index(crowded)])

        lines = max(names.lines_needed(names_width(share)) for share in shares)
        for limit in range(lines - 1, 0, -1):
            names.set_max_lines(limit)
            crowded.updateGeometry()  # the row's cached height for this card is stale now
            fitting = []
            for share in shares:
                self.share_width(inner, share)
                if fits():
                    fitting.append((names.hidden(names_width(share)), -share, share))
            if fitting:
                self.share_width(inner, min(fitting)[2])
                return
        # no number of lines makes the page fit: leaving names out would gain nothing
        names.set_max_lines(None)
        crowded.updateGeometry()
        self.share_width(inner)
