"""The start of the program: `run_app` and the two turns of a start.

The first window shows before anything else is read: the start screen empty, or, for a
session started from the command line (`--demo`, `run FORMAT`), its session window empty.
On the next turn of the event loop (once that window is on the screen) `Startup` opens the
records and the catalog and fills it. Only what that first window needs is imported
before it shows; every other window's modules are imported where the window is opened
(tests/app/test_startup_imports.py keeps it so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.app import Facilitator, _connect_start, _version, create_application, set_icon
from facilitator.core import i18n
from facilitator.core.clock import SystemClock

if TYPE_CHECKING:
    from facilitator.services.live import LiveSession
    from facilitator.store.database import OpenedRecords


class Startup(QObject):
    """The second turn of a start: open the records and the catalog behind the first window,
    then fill it (or say what is wrong and end). What the user asks of the start screen
    before that is carried out once the Facilitator exists.

    With `make_live` the first window is a session window: its session is made (or opened)
    by `make_live` once the records are open, and shared on the LAN if `share` is given
    (an address, or "" for this network)."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        lock: Any,
        make_live: Callable[[Facilitator], LiveSession] | None = None,
        share: str | None = None,
    ) -> None:
        super().__init__(app)
        self.make_live = make_live
        self.share = share
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
        if self._window is not None and shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
        self.done = True

    def finish(self) -> None:
        if self.done:
            return
        self.cancel()
        window = self._window
        if self.app.windowIcon().isNull():
            set_icon(self.app)
        status = self.open(self.make_live) if self.facilitator is None else None
        if status is None and self.live is not None:
            assert self.facilitator is not None and window is not None
            self.facilitator.open_session(self.live, window)
            if self.share is not None and not _share(window, self.share):
                status = 2
        if status is not None:
            self.status = status
            if window is not None and not getattr(window, "attached", False):
                window.close()  # an empty window; a session window is left to the exit
            self.app.quit()  # run_app returns `status`; quit(), unlike exit(), only ends exec()
            return
        facilitator = self.facilitator
        assert facilitator is not None and window is not None
        if self.live is None:
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

    def answer(self, facilitator: Facilitator) -> None:
        """From now on a later start on these records raises our windows, and a signal
        ends the program keeping what is unsaved."""
        from facilitator.app.signals import SignalExit

        if self.ending is None:
            self.ending = SignalExit(lambda signum: facilitator.end_by_signal(self.app))
            self.lock.listen(facilitator.raise_windows)

    def welcome(self, facilitator: Facilitator, first: QWidget) -> None:
        """Answer later starts and signals; say what the user must know about the records."""
        self.app.setApplicationVersion(_version())  # read from the package metadata: not before
        if self.app.windowIcon().isNull():
            set_icon(self.app)
        self.answer(facilitator)
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

    The first window shows empty and is filled on the next turn of the event loop: the
    start screen before the records are read (protected records ask for the passphrase
    then, before anything of them is read or shown), the demo's session window before its
    throw-away records are made. `run FORMAT` makes its session first, so that a wrong
    format, setting or name is said without a window; its window still shows before its
    parts are built."""
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
    app = create_application(icon=False)  # the icon on the second turn
    prefs = Preferences.load()
    try:
        code = choose_language(language or prefs.language or None)
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
    from facilitator.store.paths import records_path

    if records_path(data_dir).is_dir():  # said now, rather than behind a window
        _say(folder_problem(data_dir, IsADirectoryError(str(records_path(data_dir)))))
        lock.release()
        return 2
    startup = Startup(
        app, data_dir, lock, share=share,
        make_live=None if not session_first else (lambda f: _demo(f)) if demo else
        (lambda f: _new_live(f, format_id or "", participants, params)),
    )  # fmt: skip
    try:
        if format_id:  # a command line's mistakes (format, settings, people): before any window
            status = startup.open(startup.make_live)
            if status is not None:
                return status
            assert startup.facilitator is not None
            startup.answer(startup.facilitator)  # as soon as there is a session to raise
        window: QWidget  # empty until the records are read (or the session attached)
        if session_first:
            from facilitator.ui.session.main_window import MainWindow

            window = MainWindow(prefs=prefs)
        else:
            from facilitator.ui.start.window import StartWindow

            window = StartWindow(build=False)
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
