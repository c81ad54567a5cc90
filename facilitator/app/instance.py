"""One program per data folder: a lock file, and a way for a second start to reach the first.

The first start takes `facilitator.lock` in the data folder (a `QLockFile`: a lock left by
a program that was killed is noticed, from its process id, and taken over) and listens on
a local socket named after the folder. A second start on the same folder cannot take the
lock; it asks the first to bring its window to the front and ends with a message.
Command-line subcommands that only read the records do not take the lock.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject

if TYPE_CHECKING:  # QtNetwork is imported once the first window is up (or by a second start)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "facilitator.lock"
_RAISE = b"raise\n"


class RecordsInUse(Exception):
    """Another Facilitator has these records open."""

    def __init__(self, data_dir: Path, pid: int | None, raised: bool) -> None:
        self.data_dir = data_dir
        self.pid = pid
        self.raised = raised  # the other program was asked to show its window, and answered
        who = f" (process {pid})" if pid else ""
        then = (
            "its window was brought to the front."
            if raised
            else "close it first, or use another data folder with --data-dir."
        )
        super().__init__(f"The records in {data_dir} are already open in Facilitator{who}; {then}")


def server_name(data_dir: Path) -> str:
    import hashlib

    key = hashlib.sha256(os.fsencode(Path(data_dir).absolute())).hexdigest()[:20]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"facilitator-{uid}-{key}"


class InstanceLock(QObject):
    """Held while the program runs; `release` (or the end of the process) frees it."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self.raise_requested: Callable[[], None] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise `RecordsInUse` after asking the holder to show itself."""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise OSError(f"the lock file in {self.data_dir} cannot be written")
            info = self._lock.getLockInfo()  # (pid, host, app); older bindings add ok first
            pid = next((v for v in info if isinstance(v, int) and not isinstance(v, bool)), 0)
            raise RecordsInUse(self.data_dir, pid or None, _ask_to_raise(self.data_dir))

    def listen(self, raise_window: Callable[[], None]) -> None:
        """Answer later starts: bring our window to the front (needs the event loop)."""
        from PySide6.QtNetwork import QLocalServer

        self.raise_requested = raise_window
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket left by a killed program; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._answer)
            self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            if self.raise_requested is not None:
                self.raise_requested()
            socket.write(b"ok\n")
            socket.flush()
        socket.disconnectFromServer()


def _ask_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_RAISE)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.abort()
    return answered
