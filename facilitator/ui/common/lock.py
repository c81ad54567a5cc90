"""Locked when away: the laptop's windows hidden behind a cover until the passphrase.

`ScreenLock` watches the keyboard and mouse of the whole application. With a passphrase
set, it locks after the chosen idle time (measured on the injected clock, never by
counting ticks) and on Ctrl+L: every visible window but the room view gets an opaque
`LockCover` that hides its notes, names and buttons and swallows its keys and shortcuts.
A running session is untouched: its clock is computed, not ticked, and the room view,
which shows no notes and no names, keeps showing the countdown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.clock import Clock

ROOM_WINDOWS = ("roomView", "roomReview")  # what the projector shows stays shown
CHECK_MS = 5000
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip
_KEYS = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
}  # fmt: skip


class LockCover(QWidget):
    """An opaque cover over one window, with the passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#lockCover { background: #1d2430; } #lockCover QLabel { color: #f2f4f7; }"
            " #lockTitle { font-size: 22pt; font-weight: 600; }"
            " #lockError { color: #ffb4a8; font-weight: 600; }"
        )
        title = QLabel(self.tr("Locked"), objectName="lockTitle")
        text = QLabel(
            self.tr("The records are hidden until the passphrase is entered. A running "
                    "session keeps its time, and the room view keeps showing it."),
            objectName="lockText", wordWrap=True,
        )  # fmt: skip
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit(objectName="lockPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setMinimumWidth(280)
        self.button = QPushButton(self.tr("Unlock"), objectName="unlockButton")
        self.error = QLabel(objectName="lockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        box = QWidget()
        box.setFixedWidth(440)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        for widget in (title, text, self.field, self.button, self.error):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False

    def refused(self, message: str) -> None:
        self.error.setText(message)
        self.field.clear()
        self.field.setFocus()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.field.text())


class ScreenLock(QObject):
    locked_changed = Signal(bool)

    def __init__(
        self, clock: Clock, verify: Callable[[str], bool], *, idle_seconds: float,
        protected: Callable[[], bool], parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._clock = clock
        self._verify = verify
        self._protected = protected
        self.idle_seconds = idle_seconds  # 0 or less: only Ctrl+L locks
        self._last = clock.monotonic()
        self.covers: list[LockCover] = []
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def check_idle(self) -> None:
        if self.locked or self.idle_seconds <= 0 or not self._protected():
            return
        if self._clock.monotonic() - self._last >= self.idle_seconds:
            self.lock()

    def lock(self) -> bool:
        """Cover every visible laptop window; False if there is no passphrase to lock with."""
        if not self._protected():
            return False
        if self.locked:
            return True
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.objectName() not in ROOM_WINDOWS:
                cover = LockCover(window)
                cover.unlock_requested.connect(lambda text, c=cover: self.unlock(text, c))
                self.covers.append(cover)
        self.locked_changed.emit(True)
        return True

    def unlock(self, passphrase: str, cover: LockCover | None = None) -> bool:
        if not self._verify(passphrase):
            if cover is not None:
                cover.refused(self.tr("That is not the passphrase."))
            return False
        for c in self.covers:
            if c.parentWidget() is not None:
                c.parentWidget().removeEventFilter(c)
            c.deleteLater()
        self.covers = []
        self._last = self._clock.monotonic()
        self.locked_changed.emit(False)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and not self.locked:
            self._last = self._clock.monotonic()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
            event.key() == Qt.Key.Key_L
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and not self.locked
        ):
            return self.lock()
        # covered windows take no keys, shortcuts included
        return self.locked and kind in _KEYS and not self._inside_cover(watched)

    def _inside_cover(self, watched: QObject) -> bool:
        node = watched
        while node is not None:
            if isinstance(node, LockCover):
                return True
            node = node.parent()
        return False
