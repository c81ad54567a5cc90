"""Wiring: the QApplication, the records, the catalog and the windows between them.

Start-up shows the first window before anything else is read: `run_app` puts up the
start screen empty, and on the next turn of the event loop (once it is on the screen)
`_Startup` opens the records and the catalog and fills it. Only what that first screen
needs is imported before it shows; every other window's modules are imported where the
window is opened (tests/app/test_startup_imports.py keeps it so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.core import i18n
from facilitator.core.clock import Clock, SystemClock
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

    def open_session(self, live: LiveSession) -> QWidget:
        from facilitator.ui.common.preferences import Preferences
        from facilitator.ui.session.controller import SessionController
        from facilitator.ui.session.main_window import MainWindow

        window = MainWindow(SessionController(live), Preferences.load())
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
        if dialog.exec():
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


def _connect_start(window: QWidget, carry_out: Callable[[Callable[[Facilitator], Any]], None]) -> None:
    """Each intent of the start screen, handed to `carry_out` as an action on the Facilitator."""
    for name, action in _START_INTENTS.items():
        getattr(window, name).connect(
            lambda *args, act=action: carry_out(lambda f: act(f, *args))
        )


def _is_session(window: QWidget) -> bool:
    return window.objectName() == "mainWindow"


class _Startup(QObject):
    """The second turn of a start: open the records and the catalog behind the first window,
    then fill it (or say what is wrong and end). What the user asks of the start screen
    before that is carried out once the Facilitator exists."""

    def __init__(self, app: QApplication, data_dir: Path, lock: Any) -> None:
        super().__init__(app)
        self.setObjectName("startup")
        self.app = app
        self.data_dir = data_dir
        self.lock = lock
        self.records: OpenedRecords | None = None
        self.facilitator: Facilitator | None = None
        self.status: int | None = None  # an exit status when the start failed
        self.done = False
        self.ending: Any = None
        self.live: LiveSession | None = None
        self._asked: list[Callable[[Facilitator], Any]] = []
        self._window: QWidget | None = None
        self._fallback: QTimer | None = None

    def carry_out(self, action: Callable[[Facilitator], Any]) -> None:
        if self.facilitator is not None:
            action(self.facilitator)
        else:
            self._asked.append(action)

    def fill_when_shown(self, window: QWidget) -> None:
        """Fill `window` on the turn after its first paint (or soon, if it is never painted)."""
        self._window = window
        window.installEventFilter(self)
        self._fallback = QTimer(self, singleShot=True, interval=FILL_AT_THE_LATEST_MS)
        self._fallback.timeout.connect(self.finish)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish)  # once this paint is on the screen
        return False

    def cancel(self) -> None:
        """The program ends (or never ran its event loop): nothing more to do."""
        if self._fallback is not None:
            self._fallback.stop()
        if self._window is not None:
            self._window.removeEventFilter(self)
        self.done = True

    def finish(self) -> None:
        if self.done:
            return
        self.cancel()
        window = self._window
        if self.app.windowIcon().isNull():
            set_icon(self.app)
        status = self.open()
        if status is not None:
            self.status = status
            if window is not None:
                window.close()
            self.app.quit()  # run_app returns `status`; quit(), unlike exit(), only ends exec()
            return
        facilitator = self.facilitator
        assert facilitator is not None and window is not None
        facilitator.fill_start(window)
        facilitator.start = window
        self.welcome(facilitator, window)
        asked, self._asked = self._asked, []
        for action in asked:
            action(facilitator)

    def open(self, live: Callable[[Facilitator], LiveSession | None] | None = None) -> int | None:
        """The records, the catalog and the Facilitator; None, or the exit status if the
        start cannot go on (said on stderr and in a box)."""
        import sqlite3

        from facilitator.app.security import install_lock, open_at_start
        from facilitator.core.formats.catalog import load_catalog
        from facilitator.resources import builtin_formats_dir
        from facilitator.store.backup import remove_temporary_files
        from facilitator.store.cipher import DB_ERRORS
        from facilitator.store.migrations import NewerSchemaError
        from facilitator.store.paths import backups_dir, formats_dir
        from facilitator.store.unsaved import replay_unsaved

        data_dir = self.data_dir
        try:
            remove_temporary_files(backups_dir(data_dir))  # ours: we hold the lock
            if self.records is None:
                self.records = open_at_start(data_dir)  # the passphrase first, if there is one
                if self.records is None:
                    return 0  # the user did not unlock the records
        except NewerSchemaError as exc:
            _say(str(exc))
            return 2
        except DB_ERRORS + (OSError,) as exc:
            _say(folder_problem(data_dir, exc if isinstance(exc, OSError) else OSError(str(exc))))
            return 2
        records = self.records
        catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir), i18n.language())
        facilitator = Facilitator(records, catalog, SystemClock())
        self.facilitator = facilitator
        facilitator.lock = install_lock(facilitator)
        try:
            records.notices.extend(replay_unsaved(facilitator.store, data_dir))
            self.live = live(facilitator) if live is not None else None
        except (KeyError, ValueError) as exc:
            _say(str(exc).strip("'\""))
            return 2
        except (sqlite3.Error, OSError) as exc:
            _say(
                QCoreApplication.translate(
                    "App",
                    "The records in {folder} cannot be written ({why}): free some space or "
                    "make the folder writable, then start again.",
                ).format(folder=data_dir, why=exc)
            )
            return 2
        return None

    def welcome(self, facilitator: Facilitator, first: QWidget) -> None:
        """Answer later starts and signals; say what the user must know about the records."""
        from facilitator.app.signals import SignalExit

        self.app.setApplicationVersion(_version())  # read from the package metadata: not before
        if self.app.windowIcon().isNull():
            set_icon(self.app)
        self.ending = SignalExit(lambda signum: facilitator.end_by_signal(self.app))
        self.lock.listen(facilitator.raise_windows)
        from PySide6.QtWidgets import QMessageBox

        records = facilitator.records
        for notice in records.notices:
            QMessageBox.warning(first, "Facilitator", notice)
        for error in facilitator.catalog.errors:
            print(f"format not loaded: {error}", file=sys.stderr)

    def close(self) -> None:
        """At the end of `run_app`: the records closed, the signals given back."""
        self.cancel()
        if self.ending is not None:
            self.ending.uninstall()
        from facilitator.store.database import close_records

        records = self.facilitator.records if self.facilitator is not None else self.records
        if records is not None:
            close_records(records)
        self.setParent(None)


FILL_AT_THE_LATEST_MS = 1000  # a window never painted (minimised, another desktop) is filled anyway


def _share(window: QWidget, address: str) -> bool:
    """`run --share`: start the LAN viewer and print its address on stdout."""
    from facilitator.web.address import qr_text

    try:
        url = window.sharing.start(address or None)
    except OSError as exc:
        print(f"facilitator: cannot share on {address or 'this network'}: {exc}", file=sys.stderr)
        return False
    own = window.sharing.server.personal_url
    print(url, flush=True)  # the room view; each participant's own page below it
    print(own, flush=True)
    print(qr_text(own), file=sys.stderr, flush=True)
    return True


def _say(message: str) -> None:
    """A command-line error: one sentence on stderr (and in a box if windows can show)."""
    from PySide6.QtWidgets import QMessageBox

    print(f"facilitator: {message}", file=sys.stderr)
    if can_show_windows():
        create_application()
        QMessageBox.critical(None, "Facilitator", message)


def can_show_windows() -> bool:
    """True where a message box would be seen (not offscreen, not without a display)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] not in ("offscreen", "minimal")
    return has_display()


def has_display() -> bool:
    """False where creating a QApplication would abort (no display on X11/Wayland)."""
    if QApplication.instance() is not None or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def folder_problem(data_dir: Path, exc: OSError) -> str:
    """What is wrong with the records' place, naming the file and what to do."""
    from facilitator.store.paths import records_path

    path = records_path(data_dir)
    if path.is_dir():
        return (
            f"The records file {path} is a folder, not a file: move or rename that folder, "
            f"or choose another data folder with --data-dir."
        )
    return (
        f"The data folder {data_dir} cannot be used ({exc.strerror or exc}): check that it "
        f"is a folder you can write to, or choose another with --data-dir."
    )
def run_app(
    data_dir: Path,
    *,
    demo: bool = False,
    format_id: str | None = None,
    participants: Sequence[str] = (),
    params: dict[str, float] | None = None,
    language: str | None = None,
    share: str | None = None,
) -> int:
    """The program. Every problem found before a window is needed (records in use, a
    newer or unusable records file, an unknown format, a full disk) is one sentence on
    stderr and a non-zero exit status. `language` is the --lang option (else the
    preference, else the system's language).

    The start screen shows before the records are read, empty, and is filled on the next
    turn of the event loop (protected records ask for the passphrase then, before anything
    of them is read or shown); a session window (--demo, `run FORMAT`) needs its session,
    so there the records are opened first."""
    from facilitator.app.instance import InstanceLock, RecordsInUse
    from facilitator.app.language import install_language
    from facilitator.core.i18n import choose_language
    from facilitator.store.paths import ensure_data_dir
    from facilitator.ui.common.preferences import Preferences

    if not has_display():
        _say(
            QCoreApplication.translate(
                "App",
                "There is no display to show the window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set); the subcommands, such as `facilitator report`, "
                "work without one.",
            )
        )
        return 2
    session_first = demo or bool(format_id)
    app = create_application(icon=session_first)
    try:
        code = choose_language(language or Preferences.load().language or None)
    except ValueError:
        code = choose_language(None)  # a damaged preference: the system's language
    if code != i18n.language():
        install_language(app, code)
    if demo:
        import tempfile

        data_dir = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
        print(f"Demo records are in {data_dir} (a throw-away folder).", file=sys.stderr)
    try:
        ensure_data_dir(data_dir)
    except OSError as exc:
        _say(folder_problem(data_dir, exc))
        return 2
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except RecordsInUse as exc:
        if exc.raised:  # the user sees the first window come to the front
            print(f"facilitator: {exc}", file=sys.stderr)
        else:
            _say(str(exc))
        return 0 if exc.raised and not format_id else 3
    except OSError as exc:
        _say(folder_problem(data_dir, exc))
        return 2
    startup = _Startup(app, data_dir, lock)
    try:
        if session_first:
            status = startup.open(
                (lambda f: _demo(f)) if demo else
                (lambda f: _new_live(f, format_id or "", participants, params))
            )  # fmt: skip
            if status is not None:
                return status
            facilitator = startup.facilitator
            assert facilitator is not None and startup.live is not None
            startup.done = True
            window = facilitator.open_session(startup.live)
            if share is not None and not _share(window, share):
                return 2
            startup.welcome(facilitator, window)
        else:
            from facilitator.store.paths import records_path
            from facilitator.ui.start.window import StartWindow

            if records_path(data_dir).is_dir():  # said now, rather than behind a window
                _say(folder_problem(data_dir, IsADirectoryError(str(records_path(data_dir)))))
                return 2

            window = StartWindow()  # empty until the records are read: nothing stale shows
            _connect_start(window, startup.carry_out)
            window.show()
            startup.fill_when_shown(window)
        status = app.exec()
        return startup.status if startup.status is not None else status
    finally:
        startup.close()
        lock.release()


def _demo(facilitator: Facilitator) -> LiveSession:
    from facilitator.services.live import LiveSession
    from facilitator.services.samples.session import create_demo_session

    demo_id = create_demo_session(facilitator.store, facilitator.catalog, facilitator.clock)
    return LiveSession.open(facilitator.store, demo_id, facilitator.clock)


def _new_live(
    facilitator: Facilitator, format_id: str, people: Sequence[str], params: dict | None
) -> LiveSession:
    from facilitator.services.live import LiveSession

    return LiveSession.create(
        facilitator.store, facilitator.catalog.get(format_id), people, facilitator.clock,
        params=params, at_bids=True,  # a method with a Bids phase: the bids decide the holders
    )  # fmt: skip
