"""The Groups window: make a group, plan and edit its meetings, export, start a meeting."""

from __future__ import annotations

from datetime import datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from facilitator.app import Facilitator
from facilitator.core.text import isolate
from facilitator.services.group_book import GroupBook, GroupForm
from facilitator.ui.common.locale_text import day_text, time_text
from facilitator.ui.groups.meetings_panel import to_qdatetime
from facilitator.ui.groups.window import GroupsWindow

MEMBERS = ("Ana", "Ben", "Cy", "Dee")


@pytest.fixture
def book(records, catalog, clock):
    return GroupBook(records.conn, catalog, clock)


def _saved_group(book) -> int:
    return book.save(
        GroupForm("Tuesday set", "action-learning", MEMBERS, "Fay", None, "Europe/Warsaw",
                  {"issue_holders": 2}),
    )  # fmt: skip


def _window(qtbot, book) -> GroupsWindow:
    window = GroupsWindow(book)
    qtbot.addWidget(window)
    window.show()
    return window


def _cells(window, column):
    table = window.meetings.table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_new_group_is_typed_in_and_saved(qtbot, book):
    window = _window(qtbot, book)
    form = window.form
    qtbot.keyClicks(form.name, "Case group")
    form.method.setCurrentIndex(form.method.findData("case-consultation"))
    form.members.setPlainText("Ana\nBen\nCy")
    form.rota.setCurrentIndex(form.rota.findData("timekeeper"))
    form.zone.setCurrentText("Europe/London")
    qtbot.mouseClick(window.findChild(QPushButton, "saveGroup"), Qt.MouseButton.LeftButton)
    (group,) = book.groups()
    assert (group.name, group.format_id, group.members, group.rota_role, group.time_zone) == (
        "Case group", "case-consultation", ("Ana", "Ben", "Cy"), "timekeeper", "Europe/London",
    )  # fmt: skip
    assert not form.facilitator.isEnabled()  # case consultation has no facilitator role
    assert window.meetings.isEnabled()


def test_a_refused_save_says_why_and_keeps_what_was_typed(qtbot, book):
    window = _window(qtbot, book)
    window.form.name.setText("Set")
    window.form.members.setPlainText("Ana\nBen\nana")
    assert not window.save()
    assert window.problem.isVisible() and "'ana' is listed twice" in window.problem.text()
    assert window.form.members.toPlainText() == "Ana\nBen\nana"
    assert book.groups() == []


def test_a_series_is_planned_and_shown_in_local_time(qtbot, book):
    gid = _saved_group(book)
    window = _window(qtbot, book)
    panel = window.meetings
    assert panel.minutes.value() == 160  # 20 + 10 + 2 rounds of 60 + 10, from the format
    panel.first.setDateTime(to_qdatetime(datetime(2026, 3, 17, 18, 0)))
    panel.every.setValue(1)
    panel.count.setValue(3)
    qtbot.mouseClick(panel.findChild(QPushButton, "planSeries"), Qt.MouseButton.LeftButton)
    days = [datetime(2026, 3, d, 18) for d in (17, 24, 31)]
    assert _cells(window, 0) == [day_text(d) for d in days]
    assert _cells(window, 0)[0].startswith("Tue")
    span = f"{time_text(days[0])}–{time_text(datetime(2026, 3, 17, 20, 40))}"
    assert _cells(window, 1) == [f"{span} CET", f"{span} CET", f"{span} CEST"]
    assert len(book.meetings(gid)) == 3


def test_one_meeting_is_cancelled_and_restored(qtbot, book):
    gid = _saved_group(book)
    book.plan_series(gid, datetime(2026, 3, 17, 18), 6, 3, 160)
    window = _window(qtbot, book)
    window.meetings.table.selectRow(1)
    cancel = window.meetings.findChild(QPushButton, "cancelMeeting")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert _cells(window, 3) == ["meeting 1", "✕ cancelled", "meeting 2"]
    assert [m.cancelled for m in book.meetings(gid)] == [False, True, False]
    assert cancel.text() == "Restore meeting"
    assert not window.meetings.findChild(QPushButton, "startMeeting").isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not any(m.cancelled for m in book.meetings(gid))


def test_export_writes_the_ics_chosen(qtbot, book, tmp_path, monkeypatch):
    gid = _saved_group(book)
    book.plan_series(gid, datetime(2026, 3, 17, 18), 6, 4, 160)
    out = tmp_path / "set.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = _window(qtbot, book)
    qtbot.mouseClick(
        window.meetings.findChild(QPushButton, "exportSeries"), Qt.MouseButton.LeftButton
    )
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 4
    assert "4 meetings written" in window.findChild(type(window.problem), "groupSaveState").text()


def test_start_this_meeting_asks_for_the_selected_one(qtbot, book):
    gid = _saved_group(book)
    ids = book.plan_series(gid, datetime(2026, 3, 17, 18), 6, 2, 160)
    window = _window(qtbot, book)
    window.meetings.table.selectRow(1)
    with qtbot.waitSignal(window.start_meeting_requested) as signal:
        qtbot.mouseClick(
            window.meetings.findChild(QPushButton, "startMeeting"), Qt.MouseButton.LeftButton
        )
    assert signal.args == [gid, ids[1]]


def test_starting_a_meeting_prefills_the_new_session_and_links_it(
    qtbot, records, catalog, clock, monkeypatch
):
    from facilitator.app import groups as group_actions
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    app = Facilitator(records, catalog, clock)
    book = group_actions.book_for(app)
    gid = _saved_group(book)
    (mid,) = book.plan_series(gid, datetime(2026, 3, 17, 18), 6, 1, 160)
    seen = {}

    def accept(dialog):
        seen["names"] = dialog.result_spec().participants
        seen["title"] = dialog.result_spec().title
        seen["params"] = dialog.result_spec().params
        return 1

    monkeypatch.setattr(NewSessionDialog, "exec", accept)
    session_id = group_actions.start_meeting(app, gid, mid)
    for window in app.windows:
        qtbot.addWidget(window)
    assert seen["names"] == ["Fay", "Ana", "Ben", "Cy", "Dee"]
    assert seen["title"] == "Tuesday set, meeting 1"
    assert seen["params"]["issue_holders"] == 2
    assert book.store.get_meeting(mid).session_id == session_id
    assert [s.id for s in book.store.sessions(gid)] == [session_id]


def test_the_memory_shows_time_held_and_who_goes_first_next(qtbot, book, store, clock, catalog):
    from facilitator.services.live import LiveSession

    gid = _saved_group(book)
    live = LiveSession.create(
        store, catalog.get("action-learning"), ["Fay", *MEMBERS], clock,
        params={"issue_holders": 2},
    )  # fmt: skip
    book.link(live.session_id, gid, None)
    live.runner.start()
    live.runner.goto(live.timeline.round_phases(0)[0].index)
    clock.advance(55 * 60)
    live.runner.goto(live.timeline.round_phases(1)[0].index)
    clock.advance(62 * 60)
    live.runner.finish()
    window = _window(qtbot, book)
    table = window.floor
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows == {"Ana": "55 min", "Ben": "1 h 02 min", "Cy": "—", "Dee": "—"}
    order = ", ".join(isolate(n) for n in ("Cy", "Dee", "Ana", "Ben"))  # each name set apart
    assert f"give the floor first to: {order}" in window.suggestion.text()
    assert "1 meeting held" in window.suggestion.text()


def test_the_window_follows_a_meeting_from_opened_to_held(
    qtbot, records, catalog, clock, monkeypatch, tmp_path
):
    """No polling: the session's window tells the Groups window through the app."""
    from facilitator.app import groups as group_actions
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    app = Facilitator(records, catalog, clock)  # the fake clock: 15 January 2027, 09:00
    book = group_actions.book_for(app)
    gid = _saved_group(book)
    other = book.save(GroupForm("Other", "case-consultation", MEMBERS, None, None, "UTC", {}))
    first, second = book.plan_series(gid, datetime(2027, 1, 15, 18), 6, 2, 160)
    window = group_actions.show_groups(app, gid)
    qtbot.addWidget(window)
    assert _cells(window, 3) == ["meeting 1 · next", "meeting 2"]
    window.form.name.setText("Tuesday set (typing)")  # an edit in progress stays
    monkeypatch.setattr(NewSessionDialog, "exec", lambda dialog: 1)
    group_actions.start_meeting(app, gid, first)  # held early, in the morning
    (session,) = app.session_windows()
    qtbot.addWidget(session)
    assert _cells(window, 4) == ["session opened", ""]
    assert _cells(window, 3)[0] == "meeting 1 · next"  # opened, not started: still to come
    session.controller.toggle_running()
    assert _cells(window, 4) == ["▶ in progress", ""]
    assert _cells(window, 3) == ["meeting 1", "meeting 2 · next"]
    clock.advance(2 * 3600)
    session.controller.finish()
    assert _cells(window, 4) == [f"✓ held {day_text(datetime(2027, 1, 15))}", ""]
    assert _cells(window, 3) == ["meeting 1", "meeting 2 · next"]
    assert window.meetings.selected() == second
    assert "1 meeting held" in window.suggestion.text()
    assert window.form.name.text() == "Tuesday set (typing)"
    window.grab().save(str(tmp_path / "groups-held.png"))
    window.select_group(other)  # news of another group's session changes nothing shown
    window.meeting_changed(session.controller.live.session_id)
    assert window.meetings.table.rowCount() == 0


def test_a_held_meeting_cannot_be_started_again(qtbot, book, store, catalog, clock):
    from facilitator.services.live import LiveSession

    gid = _saved_group(book)
    first, _ = book.plan_series(gid, datetime(2027, 1, 15, 18), 6, 2, 160)
    live = LiveSession.create(store, catalog.get("action-learning"), ["Fay", *MEMBERS], clock)
    book.link(live.session_id, gid, first)
    live.runner.start()
    live.runner.finish()
    window = _window(qtbot, book)
    window.meetings.table.selectRow(0)
    assert not window.meetings.findChild(QPushButton, "startMeeting").isEnabled()
    window.meetings.table.selectRow(1)
    assert window.meetings.findChild(QPushButton, "startMeeting").isEnabled()


def test_ctrl_w_closes_the_groups_window(qtbot, book, activate):
    window = _window(qtbot, book)
    window.show()
    qtbot.waitExposed(window)
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
