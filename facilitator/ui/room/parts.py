"""The pieces the room view is built from: text sized to the window, the crossed-out
microphone, and the card that shows one role."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout

from facilitator.ui.common.style import BLACK, FONT_SHARE


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

    def pixel_size(self, unit: float) -> int:
        return max(6, round(FONT_SHARE[self.share] * 100 * unit * self.factor))

    def scale(self, unit: float) -> None:
        size = self.pixel_size(unit)
        if self.font().pixelSize() != size or self.font().bold() != self.bold:
            font = QFont(self.font())
            font.setPixelSize(size)
            font.setBold(self.bold)
            self.setFont(font)


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


class RoleCard(QFrame):
    """One role in this round: its status in this phase, its people, what they do now."""

    def __init__(self, name: str, people: str, instruction: str, status: str, word: str) -> None:
        super().__init__(objectName="roleCard")
        self.setProperty("status", status)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._layout = QVBoxLayout(self)
        self._badge = QFrame(objectName="roleStatus")
        self._badge.setProperty("status", status)
        self._badge_row = QHBoxLayout(self._badge)
        self._icon: QLabel | None = None
        if status == "muted":
            self._icon = QLabel(objectName="micOffIcon")
            self._icon.setAccessibleName(word)
            self._badge_row.addWidget(self._icon)
        self._word = ScaledText("roleStatusText", "status", bold=True)
        self._word.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._word.setText(word or "SPEAKS")  # hidden without a status; keeps the height
        self._badge_row.addWidget(self._word)
        policy = self._badge.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # cards without a status keep names in line
        self._badge.setSizePolicy(policy)
        self._badge.setVisible(bool(word))
        self._layout.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignLeft)
        role = ScaledText("roleName", "role", bold=True, tone="role", wrap=True)
        role.setText(name)
        self._layout.addWidget(role)
        # Quieter names for a muted role: a second cue beside the badge and the dashed edge.
        who = ScaledText(
            "rolePeople",
            "people",
            bold=status != "muted",
            tone="dim" if status == "muted" else "",
            wrap=True,
        )
        who.setText(people)
        self._layout.addWidget(who)
        if instruction:
            does = ScaledText("roleInstruction", "instruction", tone="dim", wrap=True)
            does.setText(instruction)
            self._layout.addWidget(does)
        self._layout.addStretch(1)
        self._icon_size = 0

    def scale(self, u: float, text_scale: float) -> None:
        pad = round(1.2 * u)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(round(0.6 * u))
        self._badge_row.setContentsMargins(
            round(0.8 * u), round(0.4 * u), round(0.8 * u), round(0.4 * u)
        )
        self._badge_row.setSpacing(round(0.5 * u))
        size = round(self._word.pixel_size(u * text_scale) * 1.2)
        if self._icon is not None and size != self._icon_size:
            self._icon_size = size
            self._icon.setPixmap(mic_off_pixmap(size, QColor(BLACK), self.devicePixelRatioF()))
        self.updateGeometry()  # the row's cached height for this card is stale now


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
