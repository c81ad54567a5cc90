"""Screenshots of the groups windows (called by screenshots.py): a set that has met twice."""

from __future__ import annotations

from datetime import datetime


def make_set(store, catalog, clock):
    """An Action Learning set with two meetings held, a series planned and commitments."""
    from facilitator.services.group_book import GroupBook, GroupForm
    from facilitator.services.live import LiveSession

    book = GroupBook(store.conn, catalog, clock)
    members = ("Agnieszka", "Ben", "Carla", "Dev", "Elif")
    gid = book.save(
        GroupForm("Tuesday Action Learning set", "action-learning", members, "Fay", None,
                  "Europe/Warsaw", {"issue_holders": 2}),
    )  # fmt: skip
    ids = book.plan_series(gid, datetime(2026, 9, 22, 18, 0), 6, 5, 160)
    book.set_cancelled(ids[3], True)
    held = [
        (("Agnieszka", 63), ("Ben", 55), [("Agnieszka", "Ask the board for a pilot budget"),
                                           ("Ben", "Try a weekly one-to-one with the new lead")]),
        (("Carla", 58), ("Dev", 66), [("Carla", "Write to the works council before Friday"),
                                       ("Dev", "Keep a decision diary for two weeks")]),
    ]  # fmt: skip
    sessions = []
    for n, (first, second, actions) in enumerate(held):
        start = book.meeting_start(gid, ids[n])  # the fair order: least held goes first
        live = LiveSession.create(
            store, start.fmt, start.participants, clock, params=start.params, title=start.title
        )
        book.link(live.session_id, gid, ids[n])
        r = live.runner
        r.start()
        for person in members:
            r.set_speaker(person)
            clock.advance(150 + 40 * len(person))
        for index, (_, minutes) in enumerate((first, second)):
            r.goto(live.timeline.round_phases(index)[0].index)
            holder = live.plan.rounds[index].holder
            r.set_speaker(holder)
            clock.advance(minutes * 30)
            r.set_speaker(members[(index + 2 + n) % len(members)])
            clock.advance(minutes * 30)
        for owner, text in actions:
            live.add_note(text, action_owner=owner)
        r.finish()
        sessions.append(live.session_id)
        clock.advance(6 * 7 * 86400)
    return book, gid, ids


def render(save, store, catalog, clock):
    """Save the groups windows; return the GroupBook (for the start screen's cards)."""
    from facilitator.services.live import LiveSession
    from facilitator.ui.common.preferences import Preferences
    from facilitator.ui.groups.series_chart import SeriesChartWindow
    from facilitator.ui.groups.window import GroupsWindow
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow

    book, gid, ids = make_set(store, catalog, clock)
    window = GroupsWindow(book)
    window.select_group(gid)
    save(window, "groups", (1280, 800))
    chart = SeriesChartWindow(book.group(gid), book.history(gid))
    save(chart, "series_chart", (900, 700))

    start = book.meeting_start(gid, ids[2])
    live = LiveSession.create(
        store, start.fmt, start.participants, clock, params=start.params, title=start.title
    )
    book.link(live.session_id, gid, ids[2])
    controller = SessionController(live)
    controller.toggle_running()
    controller.set_speaker("Ben")
    meeting = MainWindow(controller, Preferences(chime_muted=True))
    save(meeting, "catch_up_memory", (1280, 800))
    return book
