"""Wiring: the QApplication, the records, the catalog and the windows between them.

`Facilitator` opens the windows the user asks for; the start of the program, which shows
its first window before anything else is read, is in `facilitator.app.startup`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.core import i18n
from facilitator.core.clock import Clock
from facilitator.resources import app_icon_path

if TYPE_CHECKING:
    from facilitator.core.formats.catalog import Catalog
    from facilitator.services.live import LiveSession
    from facilitator.store.database import OpenedRecords


def _version() -> str:
    import facilitator

    return facilitator.__version__


def create_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The QApplication, named, in the chosen language; `icon` False leaves the window
    icon for later (`set_icon`): the start screen shows first, its icon a turn later."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    from facilitator.app.language import install_language

    install_language(app, i18n.language())  # as the command line chose; run_app may change it
    app.setDesktopFileName("org.facilitatorapp.Facilitator")  # packaging/linux/
    if icon:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    if app_icon_path().is_file():
        app.setWindowIcon(QIcon(str(app_icon_path())))


class Facilitator:
    """Holds the records and the catalog, and opens the windows the user asks for."""

    def __init__(self, records: OpenedRecords, catalog: Catalog, clock: Clock) -> None:
        from facilitator.store.database import reopen_records
        from facilitator.store.sessions import SessionStore

        self.records = records
        self.store = SessionStore(
            records.conn, reopen=lambda: reopen_records(records), key=records.key
        )
        self.catalog = catalog
        self.clock = clock
        self.windows: list[QWidget] = []
        self.start: QWidget | None = None
        self.lock = None  # the ScreenLock, once the windows are up

    def show_protection(self) -> QWidget:
        from facilitator.app.security import show_protection

        dialog = show_protection(self, self.start)
        dialog.show()
        return dialog

    def session_windows(self) -> list[QWidget]:
        import shiboken6

        return [w for w in self.windows if _is_session(w) and shiboken6.isValid(w)]

    def raise_windows(self) -> None:
        """Another start on the same records asked: show ourselves instead."""
        import shiboken6

        shown = [w for w in self.windows if shiboken6.isValid(w) and w.isVisible()]
        if self.start is not None and shiboken6.isValid(self.start) and self.start.isVisible():
            shown.append(self.start)
        for window in shown[-1:]:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()

    def end_by_signal(self, app: QApplication) -> None:
        """SIGTERM, SIGHUP, Ctrl+C: write what can be, keep the rest, end without asking."""
        for window in self.session_windows():
            window.keep_for_next_start()
        app.exit(0)

    def open_session(self, live: LiveSession, window: QWidget | None = None) -> QWidget:
        """A session window for `live`: `window` if given (one shown empty at start-up,
        see `run_app`), else a new one."""
        from facilitator.ui.common.preferences import Preferences
        from facilitator.ui.session.controller import SessionController
        from facilitator.ui.session.main_window import MainWindow

        if window is None:
            window = MainWindow(prefs=Preferences.load())
        window.attach(SessionController(live))
        window.history_requested.connect(self.show_history)
        window.about_requested.connect(lambda: self.show_about(window))
        window.closed.connect(lambda: self._session_closed(window))
        from facilitator.app.groups import watch_session

        watch_session(self, window)  # the Groups windows follow the meeting
        window.show()
        self.windows.append(window)
        if self.start is not None:
            self.start.close()
            self.start = None
        self.sessions_changed()  # a History open now shows this session as running
        return window

    def sessions_changed(self) -> None:
        from facilitator.app.history import sessions_changed

        sessions_changed(self)

    def _session_closed(self, window: QWidget) -> None:
        """A session window was closed: back to the start screen when it was the last."""
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()
        controller = getattr(window, "controller", None)
        if controller is not None:
            controller.deleteLater()  # its clock stops with the window
        start_shown = self.start is not None and self.start.isVisible()
        if not start_shown and not any(_is_session(w) and w.isVisible() for w in self.windows):
            self.show_start()
        self.sessions_changed()

    def resume(self, session_id: int) -> None:
        from facilitator.services.live import LiveSession

        self.open_session(LiveSession.open(self.store, session_id, self.clock))

    def new_session(self, format_id: str | None = None, participants: Sequence[str] = ()) -> None:
        from facilitator.services.live import LiveSession
        from facilitator.ui.setup.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(
            self.catalog, self.store.known_people(), self.clock.wall, self.start
        )
        if format_id:
            dialog.select_format(format_id)
        if participants:
            dialog.set_participants(list(participants))
        elif not format_id and getattr(self, "setup_draft", None) is not None:
            dialog.continue_draft(self.setup_draft)
        if not dialog.exec():
            self.setup_draft = dialog.draft()  # Esc keeps what was typed (in memory only)
            return
        self.setup_draft = None
        spec = dialog.result_spec()
        live = LiveSession.create(
            self.store, spec.fmt, spec.participants, self.clock, params=spec.params,
            agreements=spec.agreements, title=spec.title, plan=spec.plan,
        )  # fmt: skip
        self.open_session(live)

    def show_formats(self) -> None:
        from facilitator.ui.setup.format_list import FormatListWindow

        window = FormatListWindow(self.catalog, str(self.records.path.parent))
        window.show()
        self.windows.append(window)

    def show_about(self, parent: QWidget | None = None) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QIcon

        from facilitator.ui.common.about import AboutDialog

        dialog = AboutDialog(
            _version(), self.records.path.parent, parent, icon=QIcon(str(app_icon_path()))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_coach_log(self) -> QWidget:
        from facilitator.app.coach import open_coach_log

        window = open_coach_log(self)
        self.windows.append(window)
        return window

    def show_history(self) -> QWidget:
        from facilitator.app.history import show_history

        return show_history(self)

    def show_past(self, session_id: int) -> QWidget:
        """Open a stored session read-only."""
        from facilitator.services.past import open_past
        from facilitator.ui.history.past_session_window import PastSessionWindow

        window = PastSessionWindow(open_past(self.store, session_id))
        window.show()
        self.windows.append(window)
        return window

    def show_groups(self, group_id: int | None = None) -> None:
        from facilitator.app.groups import show_groups

        show_groups(self, group_id)

    def show_start(self) -> None:
        from facilitator.ui.start.window import StartWindow

        window = StartWindow()
        _connect_start(window, lambda act: act(self))
        self.fill_start(window)
        window.show()
        self.start = window

    def fill_start(self, window: QWidget) -> None:
        """Put the sessions, the saved groups and the formats' problems on a start screen."""
        from facilitator.app.groups import book_for, saved_group_cards

        window.build()  # shown empty at start-up: its buttons and lists come now
        window.set_sessions(self.store.list_sessions(), self.store.unfinished_sessions())
        window.set_saved_groups(*saved_group_cards(book_for(self), self.clock.wall()))
        window.set_format_problems(len(self.catalog.errors))


_START_INTENTS: dict[str, Callable[..., Any]] = {
    "new_session_requested": lambda f: f.new_session(),
    "resume_requested": lambda f, sid: f.resume(sid),
    "meet_again_requested": lambda f, sid: _groups().meet_again(f, sid, f.start),
    "save_group_requested": lambda f, sid: _groups().save_unsaved_group(f, sid, f.start),
    "formats_requested": lambda f: f.show_formats(),
    "coach_log_requested": lambda f: f.show_coach_log(),
    "history_requested": lambda f: f.show_history(),
    "past_requested": lambda f, sid: f.show_past(sid),
    "groups_requested": lambda f: f.show_groups(),
    "protection_requested": lambda f: f.show_protection(),
    "about_requested": lambda f: f.show_about(f.start),
    "group_requested": lambda f, gid: f.show_groups(gid),
}


def _groups() -> Any:
    from facilitator.app import groups

    return groups


def _connect_start(
    window: QWidget, carry_out: Callable[[Callable[[Facilitator], Any]], None]
) -> None:
    """Each intent of the start screen, handed to `carry_out` as an action on the Facilitator."""
    for name, action in _START_INTENTS.items():
        getattr(window, name).connect(lambda *args, act=action: carry_out(lambda f: act(f, *args)))


def _is_session(window: QWidget) -> bool:
    return window.objectName() == "mainWindow"
