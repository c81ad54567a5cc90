"""Save as you type, the one mechanism for every editor: edits are collected per field and
written ``SAVE_DELAY_MS`` after typing stops, at the latest ``MAX_UNSAVED_MS`` after the
first unsaved keystroke even while typing goes on, at once when a watched widget loses
focus, and on close (`flush`). A write that fails keeps the pending edits, so nothing typed
is dropped; the next edit or flush tries again, and with `retry_ms` a timer does too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

SAVE_DELAY_MS = 600
MAX_UNSAVED_MS = 800  # a steady typist's words reach the disk within this too


class Autosave(QObject):
    state_changed = Signal(str)  # "Saving…", "Saved" or why it could not save

    def __init__(
        self,
        write: Callable[[dict[str, Any]], bool],
        parent: QObject | None = None,
        delay_ms: int = SAVE_DELAY_MS,
        *,
        max_unsaved_ms: int | None = MAX_UNSAVED_MS,
        retry_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self._pending: dict[str, Any] = {}
        self._retry_ms = retry_ms
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=max_unsaved_ms or 0)
        self._deadline.timeout.connect(self.flush)
        self._use_deadline = max_unsaved_ms is not None

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def set_writer(self, write: Callable[[dict[str, Any]], bool]) -> None:
        self.flush()
        self._write = write

    def edited(self, name: str, value: Any) -> None:
        self._pending[name] = value
        self.state_changed.emit(self.tr("Saving…"))
        self._timer.start()
        if self._use_deadline and not self._deadline.isActive():
            self._deadline.start()

    def discard(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._pending.clear()

    def flush(self) -> bool:
        self._timer.stop()
        self._deadline.stop()
        if not self._pending:
            return True
        fields = dict(self._pending)
        if self._write(fields):
            for name, value in fields.items():
                if self._pending.get(name) is value:
                    del self._pending[name]
            self.state_changed.emit(self.tr("Saved"))
            return True
        if self._retry_ms is not None:
            self._timer.start(self._retry_ms)
        return False

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
