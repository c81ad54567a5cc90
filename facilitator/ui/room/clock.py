"""The room view's clock: the countdown readable from the back of the room, and under it
the progress through the phase ("4:15 of 10:00").

Both keep one size while the seconds run, so that a new second repaints two labels and
lays nothing out again: the countdown is sized for the widest text the phase is likely
to show, the progress text for the whole phase."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QSizePolicy

from facilitator.core.session.room import RoomState
from facilitator.core.timefmt import MINUS, countdown_text
from facilitator.ui.common.style import COUNTDOWN_SHARE, restyle
from facilitator.ui.room.parts import ScaledText, widest_digits


def _progress_text(actual: str, planned: str) -> str:
    # the room view's words (their translations are the room view's too)
    text = QCoreApplication.translate("RoomView", "{actual} of {planned}")
    return text.format(actual=actual, planned=planned)


class RoomClock(QObject):
    """The countdown's frame and label, the progress bar and its text (`row`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cut = 0.0  # the share of the window height the countdown gives up (full page)
        self._width = 1
        # The label sits in the frame without a layout and at a fixed size, so a new
        # second on the clock repaints one label and lays nothing out again.
        self.frame = QFrame(objectName="countdownFrame")
        self.countdown = QLabel(self.frame, objectName="countdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame.installEventFilter(self)
        self.bar = QProgressBar(objectName="phaseProgress", textVisible=False)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bar_text = ScaledText("phaseProgressText", "bar", tone="dim")
        self.bar_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar_text.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout()
        self.row.addWidget(self.bar, 1)
        self.row.addWidget(self.bar_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frame and event.type() == QEvent.Type.Resize:
            rect = self.frame.contentsRect()
            self.countdown.setGeometry(rect)
            self.countdown.setFixedSize(rect.size())
        return super().eventFilter(watched, event)

    def scale(self, u: float) -> None:
        """Spacing and the bar's height for a window 100·`u` high."""
        self.row.setSpacing(round(1.5 * u))
        self.bar.setFixedHeight(round(1.6 * u))

    def fit(self, state: RoomState, base: QFont, width: int, height: int, text: str = "") -> None:
        """Size the countdown in a window `width`×`height` for the widest text this phase
        is likely to show (its full length, or a short overrun with its minus sign) so
        that it keeps one size while the seconds run; the box is 40 % of the height, or
        36 % where the width limits the digits anyway (4:3), which leaves the room's text
        more space (less by `cut` when the page is full)."""
        candidates = [
            countdown_text(state.planned_s),
            MINUS + countdown_text(max(59.0, -state.remaining_s)),
            text,
        ]
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(widest_digits(t)) for t in candidates)
        digits = metrics.tightBoundingRect("0123456789").height() or 72.0
        u = height / 100
        border = max(1, round(0.9 * u))
        inner = width - 2 * round(3 * u) - 2 * border
        low, high = (round((share - self.cut) * height) for share in COUNTDOWN_SHARE)
        size = math.floor(
            min((high - 2 * border) * 0.74 / (digits / 100), inner * 0.94 / (widest / 100))
        )
        font.setPixelSize(max(8, size))
        self.countdown.setFont(font)
        self._width = inner
        box = size * digits / 100 / 0.74 + 2 * border
        self.frame.setFixedHeight(min(high, max(low, math.ceil(box))))

    def size_progress(self, state: RoomState, text: str = "") -> None:
        """A fixed size for "4:15 of 10:00", wide enough for the whole phase, so that a
        new second never lays the page out again."""
        planned = countdown_text(state.planned_s)
        sample = _progress_text(planned, planned)
        metrics = QFontMetricsF(self.bar_text.font())
        width = max(
            metrics.horizontalAdvance(widest_digits(sample)), metrics.horizontalAdvance(text)
        )
        self.bar_text.setFixedSize(math.ceil(width) + 2, math.ceil(metrics.height()))

    def draw(self, state: RoomState, base: QFont, width: int, height: int) -> None:
        """The countdown and the progress bar; nothing is laid out again (but once, for
        an overrun longer than the phase)."""
        text = countdown_text(state.remaining_s)
        if text != self.countdown.text():
            self.countdown.setText(text)
            advance = QFontMetricsF(self.countdown.font()).horizontalAdvance(text)
            if advance > self._width:
                self.fit(state, base, width, height, text)  # shrink once
        planned = max(1, round(state.planned_s))
        actual = state.actual_s
        if self.bar.maximum() != planned:
            self.bar.setMaximum(planned)
        if self.bar.value() != min(round(actual), planned):
            self.bar.setValue(min(round(actual), planned))
        progress = _progress_text(
            countdown_text(math.floor(actual)),
            countdown_text(max(0, round(state.planned_s))),  # 0:00 when cut to none
        )
        if progress != self.bar_text.text():
            self.bar_text.setText(progress)
            advance = QFontMetricsF(self.bar_text.font()).horizontalAdvance(progress)
            if advance > self.bar_text.maximumWidth():
                self.size_progress(state, progress)  # a long overrun: widen once

    def set_mode(self, kind: str) -> None:
        """The clock's look for `kind` (normal, warn, over, paused…)."""
        for widget in (self.frame, self.countdown, self.bar):
            restyle(widget, "mode", kind)
