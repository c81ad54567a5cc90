"""The group repository: groups, meetings (moved, cancelled) and the sessions they held."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core.groups.series import MeetingStatus, SeriesError, series_starts
from facilitator.store.groups import GroupStore
from facilitator.store.migrations import SCHEMA_VERSION, schema_version

from .helpers import T0, new_session


@pytest.fixture
def groups(opened) -> GroupStore:
    return GroupStore(opened.conn)


def _set(groups: GroupStore, name: str = "Tuesday set") -> int:
    return groups.create_group(
        name,
        "action-learning",
        ["Ana", "Ben", "Cy", "Dee"],
        facilitator="Fay",
        time_zone="Europe/Warsaw",
        params={"issue_holders": 2},
        now=T0,
    )


def test_the_schema_has_the_group_tables(opened):
    assert schema_version(opened.conn) == SCHEMA_VERSION
    tables = {r[0] for r in opened.conn.execute("SELECT name FROM sqlite_master")}
    assert {"groups", "meetings", "group_sessions"} <= tables


def test_a_group_reads_back_as_written(groups):
    gid = _set(groups)
    group = groups.get_group(gid)
    assert group.name == "Tuesday set"
    assert group.members == ("Ana", "Ben", "Cy", "Dee")
    assert group.facilitator == "Fay"
    assert group.time_zone == "Europe/Warsaw"
    assert group.params == {"issue_holders": 2}
    assert groups.find_group("tuesday SET").id == gid


def test_names_are_unique_regardless_of_case(groups):
    _set(groups)
    with pytest.raises(ValueError, match="already a group called 'TUESDAY set'"):
        _set(groups, "TUESDAY set")


def test_bad_input_is_refused_and_nothing_is_written(groups, opened):
    with pytest.raises(SeriesError, match="listed twice"):
        groups.create_group("X", "co-consulting", ["Ana", "ana"], time_zone="UTC", now=T0)
    with pytest.raises(SeriesError, match="Nowhere/Land"):
        groups.create_group("X", "co-consulting", ["Ana"], time_zone="Nowhere/Land", now=T0)
    assert opened.conn.execute("SELECT COUNT(*) FROM groups").fetchone()[0] == 0


def test_update_keeps_meetings(groups):
    gid = _set(groups)
    groups.add_meetings(gid, [datetime(2026, 3, 3, 18)], 150, now=T0)
    groups.update_group(
        gid, name="Set A", format_id="action-learning", members=["Ana", "Ben", "Cy"],
        facilitator=None, rota_role="facilitator", time_zone="Europe/London",
        params={}, now=T0 + 1,
    )  # fmt: skip
    group = groups.get_group(gid)
    assert (group.name, group.members, group.facilitator, group.rota_role) == (
        "Set A", ("Ana", "Ben", "Cy"), None, "facilitator",
    )  # fmt: skip
    assert len(groups.meetings(gid)) == 1


def test_a_series_is_stored_with_distinct_stable_uids(groups):
    gid = _set(groups)
    ids = groups.add_meetings(
        gid, series_starts(datetime(2026, 3, 3, 18), every_weeks=6, count=5), 150, now=T0
    )
    meetings = groups.meetings(gid)
    assert [m.id for m in meetings] == ids
    assert [m.starts_local.strftime("%m-%d %H:%M") for m in meetings] == [
        "03-03 18:00", "04-14 18:00", "05-26 18:00", "07-07 18:00", "08-18 18:00",
    ]  # fmt: skip
    assert len({m.uid for m in meetings}) == 5
    assert all(m.minutes == 150 and m.status is MeetingStatus.PLANNED for m in meetings)
    assert [m.uid for m in groups.meetings(gid)] == [m.uid for m in meetings]


def test_a_meeting_is_moved_and_cancelled_on_its_own(groups):
    gid = _set(groups)
    first, second, third = groups.add_meetings(
        gid, series_starts(datetime(2026, 3, 3, 18), every_weeks=6, count=3), 150, now=T0
    )
    before = groups.get_meeting(second)
    groups.update_meeting(second, starts_local=datetime(2026, 4, 16, 17, 30), now=T0 + 5)
    groups.update_meeting(third, status=MeetingStatus.CANCELLED, now=T0 + 6)
    moved, cancelled = groups.get_meeting(second), groups.get_meeting(third)
    assert moved.starts_local == datetime(2026, 4, 16, 17, 30)
    assert moved.uid == before.uid and moved.sequence == before.sequence + 1
    assert cancelled.cancelled and cancelled.starts_local == datetime(2026, 5, 26, 18)
    assert groups.get_meeting(first).sequence == 0  # the others are untouched
    with pytest.raises(SeriesError, match="1 minute to 24 hours"):
        groups.update_meeting(first, minutes=0, now=T0)


def test_sessions_link_to_their_group_and_meeting(groups, store):
    gid = _set(groups)
    (mid,) = groups.add_meetings(gid, [datetime(2026, 3, 3, 18)], 150, now=T0)
    s1 = new_session(store, "first try", now=T0)
    s2 = new_session(store, "held", now=T0 + 10)
    other = new_session(store, "not ours", now=T0 + 20)
    groups.link_session(s1, gid, mid)
    groups.link_session(s2, gid, mid)  # the meeting opened again: the newer session counts
    assert groups.get_meeting(mid).session_id == s2
    assert [s.id for s in groups.sessions(gid)] == [s1, s2]
    assert groups.group_of_session(s1) == gid and groups.group_of_session(other) is None
    other_group = _set(groups, "Other")
    with pytest.raises(LookupError):
        groups.link_session(other, other_group, mid)


def test_deleting_a_group_keeps_its_sessions(groups, store, opened):
    gid = _set(groups)
    sid = new_session(store)
    groups.link_session(sid, gid)
    assert groups.delete_group(gid)
    assert store.get_session(sid) is not None
    assert groups.group_of_session(sid) is None


def test_a_meeting_knows_how_far_its_session_got_and_when_it_was_held(groups, store, opened):
    from facilitator.core.session.events import Event, EventKind

    gid = _set(groups)
    first, _ = groups.add_meetings(
        gid, [datetime(2026, 3, 3, 18), datetime(2026, 4, 14, 18)], 150, now=T0
    )
    assert groups.get_meeting(first).progress == "none"
    sid = new_session(store, "held", now=T0)
    groups.link_session(sid, gid, first)
    assert groups.get_meeting(first).progress == "opened"
    assert groups.get_meeting(first).held_wall == T0  # not started: when it was set up
    store.append_event(sid, Event(EventKind.START, T0 + 600, 0.0))
    meeting = groups.get_meeting(first)
    assert meeting.progress == "in_progress" and meeting.held_wall == T0 + 600
    store.append_event(sid, Event(EventKind.FINISH, T0 + 4000, 3400.0))
    assert [m.progress for m in groups.meetings(gid)] == ["held", "none"]
    opened.conn.execute("UPDATE sessions SET discarded_wall = ? WHERE id = ?", (T0, sid))
    binned = groups.get_meeting(first)  # in the bin: the meeting is open again
    assert (binned.session_id, binned.progress) == (None, "none")
    assert groups.sessions(gid) == []


def test_ungrouped_sessions_and_linking_them_to_a_new_group(groups, store):
    gid = _set(groups)
    mine = new_session(store, "ours", now=T0)
    in_group = new_session(store, "a saved group's", now=T0 + 1)
    groups.link_session(in_group, gid)
    later = new_session(store, "ours again", now=T0 + 2)
    assert [r.id for r in groups.ungrouped_sessions("co-consulting")] == [mine, later]
    assert groups.ungrouped_sessions("action-learning") == []
    other = _set(groups, "Other")
    groups.link_sessions([mine, in_group, later], other)
    assert groups.group_of_session(in_group) == gid  # already in a group: stays there
    assert [s.id for s in groups.sessions(other)] == [mine, later]
    assert groups.grouped_session_ids() == {mine, in_group, later}
    with pytest.raises(LookupError):
        groups.link_sessions([mine], 999)
