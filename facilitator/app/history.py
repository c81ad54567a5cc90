"""What the application does for the History: open it, and carry out what it asks (mark
an abandoned session finished, put it in the bin, restore it, empty the bin) through
`services.past`, then redraw every list of sessions. Kept out of app.py, which only hooks
in.

"Running now" means a session window of this program shows that session: it is listed
as such and is never marked finished, binned or erased from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.services import past

if TYPE_CHECKING:
    from facilitator.app import Facilitator
    from facilitator.ui.history.window import HistoryWindow


def running_now(app: Facilitator) -> set[int]:
    """The ids of the sessions open in a session window of this program."""
    return {
        w.controller.live.session_id
        for w in app.session_windows()
        if w.isVisible() and getattr(w.controller, "live", None) is not None
    }


def show_history(app: Facilitator) -> HistoryWindow:
    from facilitator.store.history import HistoryStore
    from facilitator.ui.history.window import HistoryWindow

    window = HistoryWindow(
        HistoryStore(app.records.conn),
        lambda sid: past.open_past(app.store, sid),
        is_open=lambda sid: sid in running_now(app),
    )
    window.open_requested.connect(app.show_past)
    window.mark_finished_requested.connect(
        lambda sid: _act(app, window, sid, lambda: past.mark_finished(
            app.store, sid, app.clock.wall(), running_now=running_now(app)))
    )  # fmt: skip
    window.discard_requested.connect(
        lambda sid: _act(app, window, sid, lambda: past.discard(
            app.store, sid, app.clock.wall(), running_now=running_now(app)))
    )  # fmt: skip
    window.restore_requested.connect(
        lambda sid: _act(app, window, sid, lambda: past.restore(app.store, sid))
    )
    window.empty_bin_requested.connect(lambda: _empty_bin(app, window))
    window.show()
    app.windows.append(window)
    return window


def sessions_changed(app: Facilitator) -> None:
    """Redraw what lists sessions: every History window and the start screen."""
    from facilitator.ui.history.window import HistoryWindow

    for window in app.windows:
        if isinstance(window, HistoryWindow) and shiboken6.isValid(window):
            window.refresh()
    start = app.start
    if start is not None and shiboken6.isValid(start) and hasattr(start, "set_sessions"):
        from facilitator.app.groups import book_for, saved_group_cards

        start.set_sessions(app.store.list_sessions(), app.store.unfinished_sessions())
        start.set_saved_groups(*saved_group_cards(book_for(app), app.clock.wall()))


def _act(
    app: Facilitator, window: HistoryWindow, session_id: int, action: Callable[[], object]
) -> None:
    try:
        action()
    except (LookupError, ValueError) as exc:  # changed meanwhile: say so, show it as it is
        QMessageBox.warning(window, "Facilitator", str(exc))
    sessions_changed(app)
    from facilitator.app.groups import meeting_watch

    meeting_watch(app).meeting_changed.emit(session_id)  # its meeting may be open again


def _empty_bin(app: Facilitator, window: HistoryWindow) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # backups are rewritten
    try:
        emptied = past.empty_bin(app.store)
    finally:
        QApplication.restoreOverrideCursor()
    sessions_changed(app)
    if emptied.failed:
        emptied_box(window, emptied).exec()


def emptied_box(parent: QWidget | None, emptied: past.BinEmptied) -> QMessageBox:
    """What is said when some copies could not be rewritten (the erase ends at next open)."""
    count = emptied.erased  # a plain name: lupdate reads no attribute as the plural's number
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Facilitator",
        QCoreApplication.translate(
            "HistoryApp",
            "%n session(s) deleted from the records, but these copies could not be "
            "rewritten yet and still hold them: {files}. This is tried again the next "
            "time the records are opened.",
            None,
            count,
        ).format(files=", ".join(p.name for p, _ in emptied.failed)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
