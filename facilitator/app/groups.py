"""What the application does for the Groups window: open it, start a meeting of a group
through the new-session screen (prefilled with the group's people, order and settings),
and show the charts across a group's meetings. Kept out of app.py, which only hooks in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.services.group_book import GroupBook
from facilitator.services.live import LiveSession
from facilitator.ui.common.locale_text import day_text, time_text

if TYPE_CHECKING:
    from facilitator.app import Facilitator
    from facilitator.ui.groups.window import GroupsWindow


def book_for(app: Facilitator) -> GroupBook:
    return GroupBook(app.records.conn, app.catalog, app.clock)


def show_groups(app: Facilitator, group_id: int | None = None) -> GroupsWindow:
    from facilitator.ui.groups.window import GroupsWindow

    window = next((w for w in app.windows if isinstance(w, GroupsWindow) and w.isVisible()), None)
    if window is None:
        window = GroupsWindow(book_for(app))
        window.start_meeting_requested.connect(
            lambda gid, mid: start_meeting(app, gid, mid, window)
        )
        window.charts_requested.connect(lambda gid: show_charts(app, gid, window))
        app.windows.append(window)
    if group_id is not None:
        window.select_group(group_id)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def start_meeting(
    app: Facilitator, group_id: int, meeting_id: int | None, parent: QWidget | None = None
) -> int | None:
    """Open the new-session screen for a meeting of the group; the session id if created."""
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    book = book_for(app)
    try:
        start = book.meeting_start(group_id, meeting_id)
    except (LookupError, ValueError) as exc:
        QMessageBox.warning(parent, "Facilitator", str(exc))
        return None
    dialog = NewSessionDialog(app.catalog, app.store.known_people(), app.clock.wall, parent)
    dialog.select_format(start.fmt.id)
    dialog.set_params(start.params)
    dialog.set_participants(list(start.participants))
    dialog.set_title(start.title)
    if not dialog.exec():
        return None
    spec = dialog.result_spec()
    live = LiveSession.create(
        app.store, spec.fmt, spec.participants, app.clock, params=spec.params,
        agreements=spec.agreements, title=spec.title, plan=spec.plan,
    )  # fmt: skip
    book.link(live.session_id, group_id, meeting_id)
    app.open_session(live)
    if parent is not None and hasattr(parent, "refresh"):
        parent.refresh()
    return live.session_id


def show_charts(app: Facilitator, group_id: int, parent: QWidget | None = None) -> QWidget:
    from facilitator.ui.groups.series_chart import SeriesChartWindow

    book = book_for(app)
    group = book.group(group_id)
    window = SeriesChartWindow(group, book.history(group_id))
    window.show()
    app.windows.append(window)
    return window


def saved_group_cards(
    book: GroupBook, now_wall: float
) -> tuple[list[tuple[int, str, str]], set[int]]:
    """For the start screen: (id, name, detail) of each saved group with its next meeting,
    and the ids of the sessions that belong to a saved group."""
    from facilitator.core.groups.series import next_meeting

    cards = []
    sessions: set[int] = set()
    for group in book.groups():
        due = next_meeting(book.meetings(group.id), group.time_zone, now_wall)
        if due is not None:
            starts = due.starts(group.time_zone)
            when = QCoreApplication.translate("GroupCards", "next meeting {day}, {time}").format(
                day=day_text(starts), time=time_text(starts)
            )
        else:
            when = QCoreApplication.translate("GroupCards", "no meeting planned")
        cards.append((group.id, group.name, f"{book.format_title(group)} · {when}"))
        sessions.update(s.id for s in book.store.sessions(group.id))
    return cards, sessions
