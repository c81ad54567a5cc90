"""Wiring: the QApplication, the records, the catalog and the windows between them."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import __version__
from facilitator.core import i18n
from facilitator.core.clock import Clock, SystemClock
from facilitator.core.formats.catalog import Catalog, load_catalog
from facilitator.resources import app_icon_path, builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.store.database import (
    OpenedRecords,
    close_records,
    reopen_records,
)
from facilitator.store.migrations import NewerSchemaError
from facilitator.store.paths import formats_dir
from facilitator.store.sessions import SessionStore


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationVersion(__version__)
    from facilitator.app.language import install_language
    from facilitator.core import i18n

    install_language(app, i18n.language())  # as the command line chose; run_app may change it
    app.setDesktopFileName("org.facilitatorapp.Facilitator")  # packaging/linux/
    if app_icon_path().is_file():
        app.setWindowIcon(QIcon(str(app_icon_path())))
    return app


class Facilitator:
    """Holds the records and the catalog, and opens the windows the user asks for."""

    def __init__(self, records: OpenedRecords, catalog: Catalog, clock: Clock) -> None:
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
        from facilitator.ui.session.main_window import MainWindow

        return [w for w in self.windows if isinstance(w, MainWindow) and shiboken6.isValid(w)]

    def raise_windows(self) -> None:
        """Another start on the same records asked: show ourselves instead."""
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
        if not start_shown and not any(_is_session_window(w) for w in self.windows):
            self.show_start()
        self.sessions_changed()

    def resume(self, session_id: int) -> None:
        self.open_session(LiveSession.open(self.store, session_id, self.clock))

    def new_session(self, format_id: str | None = None, participants: Sequence[str] = ()) -> None:
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
        from facilitator.ui.common.about import AboutDialog

        dialog = AboutDialog(
            __version__, self.records.path.parent, parent, icon=QIcon(str(app_icon_path()))
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

        window = StartWindow(self.store.list_sessions(), self.store.unfinished_sessions())
        window.new_session_requested.connect(lambda: self.new_session())
        window.resume_requested.connect(self.resume)
        window.formats_requested.connect(self.show_formats)
        window.coach_log_requested.connect(self.show_coach_log)
        window.history_requested.connect(self.show_history)
        window.past_requested.connect(self.show_past)
        window.groups_requested.connect(self.show_groups)
        window.protection_requested.connect(self.show_protection)
        window.about_requested.connect(lambda: self.show_about(window))
        window.group_requested.connect(self.show_groups)
        from facilitator.app.groups import wire_start

        wire_start(self, window)  # saved groups' cards; meet a recent group again, or save it
        window.set_format_problems(len(self.catalog.errors))
        window.show()
        self.start = window


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
def _is_session_window(window: QWidget) -> bool:
    return window.objectName() == "mainWindow" and window.isVisible()


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
    preference, else the system's language)."""
    import sqlite3

    from facilitator.app.instance import InstanceLock, RecordsInUse
    from facilitator.app.language import install_language
    from facilitator.app.security import install_lock, open_at_start
    from facilitator.core.i18n import choose_language
    from facilitator.store.backup import remove_temporary_files
    from facilitator.store.cipher import DB_ERRORS
    from facilitator.store.paths import backups_dir, ensure_data_dir
    from facilitator.store.unsaved import replay_unsaved
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
    app = create_application()
    try:
        code = choose_language(language or Preferences.load().language or None)
    except ValueError:
        code = choose_language(None)  # a damaged preference: the system's language
    install_language(app, code)
    if demo:
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
    records = None
    facilitator: Facilitator | None = None
    try:
        remove_temporary_files(backups_dir(data_dir))  # ours: we hold the lock
        try:
            records = open_at_start(data_dir)
            if records is None:
                return 0  # the user did not unlock the records
        except NewerSchemaError as exc:
            _say(str(exc))
            return 2
        except DB_ERRORS + (OSError,) as exc:
            _say(folder_problem(data_dir, exc if isinstance(exc, OSError) else OSError(str(exc))))
            return 2
        catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir), i18n.language())
        facilitator = Facilitator(records, catalog, SystemClock())
        facilitator.lock = install_lock(facilitator)
        try:
            records.notices.extend(replay_unsaved(facilitator.store, data_dir))
            live = None
            if demo:
                from facilitator.services.samples.session import create_demo_session

                demo_id = create_demo_session(facilitator.store, catalog, facilitator.clock)
                live = LiveSession.open(facilitator.store, demo_id, facilitator.clock)
            elif format_id:
                live = LiveSession.create(
                    facilitator.store,
                    catalog.get(format_id),
                    participants,
                    facilitator.clock,
                    params=params,
                    at_bids=True,  # a method with a Bids phase: the bids decide the holders
                )
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
        from facilitator.app.signals import SignalExit

        ending = SignalExit(lambda signum: facilitator.end_by_signal(app))
        lock.listen(facilitator.raise_windows)
        if live is not None:
            window = facilitator.open_session(live)
            if share is not None and not _share(window, share):
                return 2
        else:
            facilitator.show_start()
        first = facilitator.windows[0] if facilitator.windows else facilitator.start
        for notice in records.notices:
            QMessageBox.warning(first, "Facilitator", notice)
        for error in catalog.errors:
            print(f"format not loaded: {error}", file=sys.stderr)
        try:
            return app.exec()
        finally:
            ending.uninstall()
    finally:
        if facilitator is not None:
            close_records(facilitator.records)
        elif records is not None:
            close_records(records)
        lock.release()
