"""Ending by a signal (SIGTERM from a logout or `kill`, SIGHUP, Ctrl+C in a terminal).

Python runs signal handlers only between bytecodes, and the Qt event loop may sleep in C
for a long time; the C handler therefore writes a byte to a socket pair that a
`QSocketNotifier` watches, which wakes the loop. The program then ends in order: what can
be written is written, the rest kept for the next start (see ui/session/unsaved_close).
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = tuple(
    s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGHUP", "SIGINT")) if s
)


class SignalExit(QObject):
    """While alive, the signals above call `on_signal(signum)` inside the event loop."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._received: list[int] = []
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno())
        self._old = {s: signal.signal(s, self._handler) for s in SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _handler(self, signum: int, _frame) -> None:
        self._received.append(signum)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._read.recv(256)
        while self._received:
            self._on_signal(self._received.pop(0))

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for s, old in self._old.items():
            signal.signal(s, old)
        signal.set_wakeup_fd(self._old_fd)
        self._read.close()
        self._write.close()
