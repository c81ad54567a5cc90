"""A group's memory read back from real stored sessions: actual times and commitments."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.core.groups.memory import fair_order, floor_totals
from facilitator.resources import builtin_formats_dir
from facilitator.services.group_history import carried_for_session, group_history
from facilitator.services.live import LiveSession
from facilitator.store.database import open_records
from facilitator.store.groups import GroupStore
from facilitator.store.sessions import SessionStore

MEMBERS = ["Ana", "Ben", "Cy", "Dee"]


@pytest.fixture
def world(tmp_path):
    opened = open_records(tmp_path / "data")
    clock = FakeClock()
    groups = GroupStore(opened.conn)
    gid = groups.create_group(
        "Set", "action-learning", MEMBERS, facilitator="Fay", time_zone="Europe/Warsaw",
        params={"issue_holders": 2}, now=clock.wall(),
    )  # fmt: skip
    yield opened.conn, clock, groups, gid
    opened.conn.close()


def hold(conn, clock, groups, gid, people, minutes_per_round, actions=(), meeting_id=None):
    """Hold a meeting: each round runs for the given minutes; actions noted at the end."""
    catalog = load_catalog(builtin_formats_dir())
    live = LiveSession.create(
        SessionStore(conn), catalog.get("action-learning"), people, clock,
        params={"issue_holders": len(minutes_per_round)},
    )  # fmt: skip
    groups.link_session(live.session_id, gid, meeting_id)
    r = live.runner
    r.start()
    for round_index, minutes in enumerate(minutes_per_round):
        first = live.timeline.round_phases(round_index)[0].index
        r.goto(first)
        clock.advance(minutes * 60)
    for owner, text in actions:
        live.add_note(text, action_owner=owner)
    r.finish()
    clock.advance(6 * 7 * 86400)
    return live


def test_actual_time_as_holder_is_tracked_across_meetings(world):
    conn, clock, groups, gid = world
    first = hold(conn, clock, groups, gid, ["Fay", *MEMBERS], [70, 50])  # Ana, Ben
    hold(conn, clock, groups, gid, ["Fay", "Cy", "Ana", "Ben", "Dee"], [40])  # Cy
    history = group_history(conn, gid, clock)
    assert [m.number for m in history] == [1, 2]
    assert history[0].session_id == first.session_id
    totals = {t.person: t for t in floor_totals(history, MEMBERS)}
    assert totals["Ana"].seconds == pytest.approx(70 * 60)
    assert totals["Ben"].seconds == pytest.approx(50 * 60)
    assert totals["Cy"].seconds == pytest.approx(40 * 60)
    assert totals["Dee"].rounds == 0
    assert history[0].roles["facilitator"] == ("Fay",)
    assert fair_order(MEMBERS, history) == ["Dee", "Cy", "Ben", "Ana"]


def test_commitments_reach_the_right_person_at_the_right_meeting(world):
    conn, clock, groups, gid = world
    meetings = groups.add_meetings(
        gid, [datetime(2026, 3, 3, 18), datetime(2026, 4, 14, 18), datetime(2026, 5, 26, 18)],
        160, now=clock.wall(),
    )  # fmt: skip
    hold(
        conn, clock, groups, gid, ["Fay", *MEMBERS], [60, 60],
        actions=[("Ana", "Ask for the budget"), ("Ben", "Call the supplier")],
        meeting_id=meetings[0],
    )  # fmt: skip
    second = hold(
        conn, clock, groups, gid, ["Fay", "Ben", "Cy", "Dee"], [60],  # Ana is away
        actions=[("Ben", "Write the memo")], meeting_id=meetings[1],
    )  # fmt: skip
    third = LiveSession.create(
        SessionStore(conn), load_catalog(builtin_formats_dir()).get("action-learning"),
        ["Fay", *MEMBERS], clock, params={"issue_holders": 2},
    )  # fmt: skip
    groups.link_session(third.session_id, gid, meetings[2])

    at_second = carried_for_session(conn, second.session_id, clock)
    assert {(c.person, c.text) for c in at_second} == {
        ("Ana", "Ask for the budget"),
        ("Ben", "Call the supplier"),
    }
    at_third = carried_for_session(conn, third.session_id, clock)
    assert [(c.person, c.text, c.meeting_number) for c in at_third] == [
        ("Ana", "Ask for the budget", 1),
        ("Ben", "Write the memo", 2),
    ]
    assert groups.get_meeting(meetings[2]).session_id == third.session_id


def test_a_session_outside_any_group_carries_nothing(world):
    conn, clock, _, _ = world
    live = LiveSession.create(
        SessionStore(conn), load_catalog(builtin_formats_dir()).get("co-consulting"),
        ["Ana", "Ben"], clock,
    )  # fmt: skip
    live.add_note("Something private", action_owner="Ana")
    assert carried_for_session(conn, live.session_id, clock) == []
