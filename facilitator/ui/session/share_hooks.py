"""Session ▸ Share with participants…: the LAN viewer switched on and off for a session.

A thin adapter between the controller and `facilitator.web.RoomServer`: it hands the
server a callable for the room's state, tells it when something changed (at once on
`changed`, and every few hundred milliseconds for what time alone changes, such as the
warning minutes), and stops it when sharing is switched off, when the session finishes
and when the window closes. The token and the port are kept for the whole session, so
switching sharing off and on again leaves the participants' links working.

The server (and aiohttp with it) is imported when sharing first starts, never at
start-up: most sessions are never shared.

While the server's thread runs, Python's cyclic garbage collector runs only here, on the
GUI thread: left to itself it runs in whichever thread happens to allocate, and a Qt
object in a reference cycle collected on the server's thread would be destroyed on the
wrong thread and crash the program later. (GitFourchette and OpenCue's GUI do the same
for the same reason.)
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from facilitator.core.session.runner import SessionState

if TYPE_CHECKING:
    from facilitator.ui.session.main_window import MainWindow
    from facilitator.ui.session.share_dialog import ShareDialog
    from facilitator.web.server import RoomServer

POLL_MS = 200  # how often the server is asked to compare the state with what it sent
LINGER_MS = 3000  # after the finish, so every browser gets the last state first


class ShareHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._c = window.controller
        self._token: str | None = None  # made when sharing first starts
        self._port = 0
        self.server: RoomServer | None = None
        self._dialog: ShareDialog | None = None
        self.action = QAction(self.tr("Share with participants…"), window)
        self.action.setObjectName("action_share")
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._changed)
        self._c.changed.connect(self._changed)
        window.installEventFilter(self)

    # -- intents -----------------------------------------------------------------------
    def start(self, host: str | None = None) -> str:
        """Share on `host` (default: the first local-network address); returns the room
        page's address. Raises OSError when the address cannot be used."""
        from facilitator.web import address
        from facilitator.web.server import new_token

        self.stop()
        host = host or address.default_address()
        self._token = self._token or new_token()
        server = self._server(host, self._port)
        try:
            server.start()
        except OSError:
            if not self._port:
                raise
            server = self._server(host, 0)  # the old port is taken now: take another
            server.start()
        self.server, self._port = server, server.port
        gc.disable()  # collected by `_collect` on this thread from now on
        self._poll.start()
        if not self.action.isChecked():
            self.action.blockSignals(True)
            self.action.setChecked(True)
            self.action.blockSignals(False)
        if self._dialog is not None:
            self._dialog.show_server(server)
        return server.url

    def stop(self) -> None:
        self._poll.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
            gc.enable()
        if self.action.isChecked():
            self.action.blockSignals(True)
            self.action.setChecked(False)
            self.action.blockSignals(False)
        if self._dialog is not None:
            self._dialog.show_server(None)

    def show_dialog(self) -> ShareDialog:
        from facilitator.ui.session.share_dialog import ShareDialog

        if self._dialog is None:
            self._dialog = ShareDialog(self._window)
            self._dialog.share_requested.connect(self._share_on)
            self._dialog.stop_requested.connect(self.stop)
        self._dialog.show_server(self.server)
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog

    # -- internals -----------------------------------------------------------------------
    def _server(self, host: str, port: int) -> RoomServer:
        from facilitator.web.server import RoomServer

        return RoomServer(
            lambda: self._c.room_state().to_json(), host=host, port=port, token=self._token
        )

    def _toggled(self, on: bool) -> None:
        if on:
            self._share_on(None)
            self.show_dialog()
        else:
            self.stop()

    def _share_on(self, host: str | None) -> None:
        try:
            self.start(host)
        except OSError as exc:
            from facilitator.web.address import default_address

            self.stop()
            QMessageBox.warning(
                self._window,
                self.tr("Share with participants"),
                self.tr("Sharing could not start on {address}: {error}").format(
                    address=host or default_address(), error=exc.strerror or exc
                ),
            )

    def _changed(self) -> None:
        if self.server is None:
            return
        _collect()
        self.server.changed()
        if self._dialog is not None:
            self._dialog.show_viewers(self.server.viewers)
        if self._c.runner.state is SessionState.FINISHED and self._poll.isActive():
            self._poll.stop()
            QTimer.singleShot(LINGER_MS, self, self.stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def _collect() -> None:
    """What the collector would have done by itself by now, on the calling thread."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in (2, 1, 0) if thresholds[g] and counts[g] > thresholds[g]]
    if due:
        gc.collect(due[0])


def install_share(window: MainWindow) -> ShareHooks:
    """The Share action for `window`'s Session menu, and the server behind it."""
    return ShareHooks(window)
