"""What the application does for the groups: open the Groups window, start a meeting of a
group through the new-session screen (prefilled with the group's people, order and
settings), meet an unsaved group of the start screen again or save it, show the charts
across a group's meetings, and tell the Groups windows when a meeting is opened, starts,
pauses, ends or is closed (`MeetingWatch`). Kept out of app.py, which only hooks in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.core.groups.series import local_zone_name
from facilitator.services.group_book import GroupBook
from facilitator.services.live import LiveSession
from facilitator.ui.common.locale_text import day_text, time_text

if TYPE_CHECKING:
    from facilitator.app import Facilitator
    from facilitator.ui.groups.window import GroupsWindow
    from facilitator.ui.start.window import StartWindow


class MeetingWatch(QObject):
    """The application's news about sessions, for the windows that show meetings."""

    meeting_changed = Signal(int)  # session id: opened, started, paused, ended or closed


def meeting_watch(app: Facilitator) -> MeetingWatch:
    watch = getattr(app, "_meeting_watch", None)
    if watch is None:
        watch = app._meeting_watch = MeetingWatch()
    return watch


def watch_session(app: Facilitator, window: QWidget) -> None:
    """Tell `meeting_watch(app)` when this session window's session changes state."""
    controller = getattr(window, "controller", None)
    if controller is None:
        return
    watch = meeting_watch(app)
    session_id = controller.live.session_id
    seen = [controller.live.runner.state]

    def changed() -> None:
        state = controller.live.runner.state
        if state is not seen[0]:
            seen[0] = state
            watch.meeting_changed.emit(session_id)

    controller.changed.connect(changed)
    window.closed.connect(lambda: watch.meeting_changed.emit(session_id))
    watch.meeting_changed.emit(session_id)


def book_for(app: Facilitator) -> GroupBook:
    return GroupBook(app.records.conn, app.catalog, app.clock)


def show_groups(app: Facilitator, group_id: int | None = None) -> GroupsWindow:
    from facilitator.ui.groups.window import GroupsWindow

    window = next((w for w in app.windows if isinstance(w, GroupsWindow) and w.isVisible()), None)
    if window is None:
        window = GroupsWindow(book_for(app))
        meeting_watch(app).meeting_changed.connect(window.meeting_changed)
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

    book = book_for(app)
    try:
        start = book.meeting_start(group_id, meeting_id)
    except (LookupError, ValueError) as exc:
        QMessageBox.warning(parent, "Facilitator", str(exc))
        return None
    live = _set_up(app, start.fmt.id, start.params, start.participants, parent, start.title)
    if live is None:
        return None
    book.link(live.session_id, group_id, meeting_id)
    app.open_session(live)  # the Groups windows hear of it through the MeetingWatch
    return live.session_id


def _set_up(
    app: Facilitator, format_id: str, params: Any, participants: Any,
    parent: QWidget | None, title: str | None = None,
) -> LiveSession | None:
    """The new-session screen filled in as given; the session it creates, or None."""
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    dialog = NewSessionDialog(app.catalog, app.store.known_people(), app.clock.wall, parent)
    dialog.select_format(format_id)
    dialog.set_params(params)
    dialog.set_participants(list(participants))
    if title is not None:
        dialog.set_title(title)
    if not dialog.exec():
        return None
    spec = dialog.result_spec()
    return LiveSession.create(
        app.store, spec.fmt, spec.participants, app.clock, params=spec.params,
        agreements=spec.agreements, title=spec.title, plan=spec.plan,
    )  # fmt: skip


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


def wire_start(app: Facilitator, window: StartWindow) -> None:
    """The start screen's groups: saved groups' cards, and what its recent groups ask for."""
    window.meet_again_requested.connect(lambda sid: meet_again(app, sid, window))
    window.save_group_requested.connect(lambda sid: save_unsaved_group(app, sid, window))
    window.set_saved_groups(*saved_group_cards(book_for(app), app.clock.wall()))


def meet_again(app: Facilitator, session_id: int, parent: QWidget | None = None) -> int | None:
    """The new-session screen for an unsaved group of the start screen: the same method,
    people and settings as its last meeting; the session id if one was created. The
    session window shows the commitments of the last meeting (see services.group_history)."""

    try:
        again = book_for(app).again(session_id)
    except (LookupError, ValueError) as exc:
        QMessageBox.warning(parent, "Facilitator", str(exc))
        return None
    live = _set_up(app, again.fmt.id, again.params, again.participants, parent)
    if live is None:
        return None
    app.open_session(live)
    return live.session_id


def save_unsaved_group(app: Facilitator, session_id: int, parent: StartWindow) -> int | None:
    """"Save as a group…" on a recent group's card: ask for a name (prefilled), save the
    group with its sessions so far as its meetings, and show it as a saved group."""
    from facilitator.ui.start.save_group import SaveGroupDialog

    book = book_for(app)
    try:
        again = book.again(session_id)
    except (LookupError, ValueError) as exc:
        QMessageBox.warning(parent, "Facilitator", str(exc))
        return None
    zone = local_zone_name()
    dialog = SaveGroupDialog(
        again.fmt.title,
        again.participants,
        len(again.sessions),
        lambda name: book.save_unsaved(session_id, name, zone),
        parent,
    )
    if not dialog.exec():
        return None
    parent.set_saved_groups(*saved_group_cards(book, app.clock.wall()))
    return dialog.group_id
