"""Wiring: the QApplication, the records, the catalog and the windows between them."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import __version__
from facilitator.core.clock import Clock, SystemClock
from facilitator.core.formats.catalog import Catalog, load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.store.database import OpenedRecords, close_records, open_records
from facilitator.store.migrations import NewerSchemaError
from facilitator.store.paths import formats_dir
from facilitator.store.sessions import SessionStore


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationVersion(__version__)
    return app


class Facilitator:
    """Holds the records and the catalog, and opens the windows the user asks for."""

    def __init__(self, records: OpenedRecords, catalog: Catalog, clock: Clock) -> None:
        self.records = records
        self.store = SessionStore(records.conn)
        self.catalog = catalog
        self.clock = clock
        self.windows: list[QWidget] = []
        self.start: QWidget | None = None

    def open_session(self, live: LiveSession) -> QWidget:
        from facilitator.ui.common.preferences import Preferences
        from facilitator.ui.session.controller import SessionController
        from facilitator.ui.session.main_window import MainWindow

        window = MainWindow(SessionController(live), Preferences.load())
        window.history_requested.connect(self.show_history)
        window.closed.connect(lambda: self._session_closed(window))
        window.show()
        self.windows.append(window)
        if self.start is not None:
            self.start.close()
            self.start = None
        return window

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

    def show_coach_log(self) -> QWidget:
        from facilitator.app.coach import open_coach_log

        window = open_coach_log(self)
        self.windows.append(window)
        return window

    def show_history(self) -> None:
        from facilitator.services.past import open_past
        from facilitator.store.history import HistoryStore
        from facilitator.ui.history.window import HistoryWindow

        window = HistoryWindow(
            HistoryStore(self.records.conn), lambda sid: open_past(self.store, sid)
        )
        window.open_requested.connect(self.show_past)
        window.show()
        self.windows.append(window)

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
        window.new_session_with_requested.connect(self.new_session)
        window.formats_requested.connect(self.show_formats)
        window.coach_log_requested.connect(self.show_coach_log)
        window.history_requested.connect(self.show_history)
        window.past_requested.connect(self.show_past)
        window.groups_requested.connect(self.show_groups)
        window.group_requested.connect(self.show_groups)
        from facilitator.app.groups import book_for, saved_group_cards

        window.set_saved_groups(*saved_group_cards(book_for(self), self.clock.wall()))
        window.set_format_problems(len(self.catalog.errors))
        window.show()
        self.start = window


def _is_session_window(window: QWidget) -> bool:
    return window.objectName() == "mainWindow" and window.isVisible()


def run_app(
    data_dir: Path,
    *,
    demo: bool = False,
    format_id: str | None = None,
    participants: Sequence[str] = (),
    params: dict[str, float] | None = None,
) -> int:
    app = create_application()
    if demo:
        data_dir = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
        print(f"Demo records are in {data_dir} (a throw-away folder).", file=sys.stderr)
    try:
        records = open_records(data_dir)
    except NewerSchemaError as exc:
        QMessageBox.critical(None, "Facilitator", str(exc))
        return 2
    except OSError as exc:
        QMessageBox.critical(
            None, "Facilitator", f"The data folder {data_dir} cannot be used: {exc.strerror or exc}"
        )
        return 2
    catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir))
    facilitator = Facilitator(records, catalog, SystemClock())
    try:
        if demo:
            from facilitator.services.samples.session import create_demo_session

            facilitator.resume(create_demo_session(facilitator.store, catalog, facilitator.clock))
        elif format_id:
            try:
                live = LiveSession.create(
                    facilitator.store,
                    catalog.get(format_id),
                    participants,
                    facilitator.clock,
                    params=params,
                )
            except (KeyError, ValueError) as exc:
                QMessageBox.critical(None, "Facilitator", str(exc).strip("'\""))
                return 2
            facilitator.open_session(live)
        else:
            facilitator.show_start()
        first = facilitator.windows[0] if facilitator.windows else facilitator.start
        for notice in records.notices:
            QMessageBox.warning(first, "Facilitator", notice)
        for error in catalog.errors:
            print(f"format not loaded: {error}", file=sys.stderr)
        return app.exec()
    finally:
        close_records(records)
