"""The bin: a discarded session is kept but left out of every list until it is restored;
emptying the bin deletes it for good."""

from __future__ import annotations

import pytest

from facilitator.core.session.events import EventKind
from facilitator.store.groups import GroupStore
from facilitator.store.history import HistoryQuery, HistoryStore
from facilitator.store.sessions import SessionStore

from .helpers import T0, event, new_session

DAY = 86400.0


def three(store: SessionStore) -> tuple[int, int, int]:
    kept = new_session(store, "kept", now=T0)
    binned = new_session(store, "binned", now=T0 + DAY)
    store.append_event(binned, event(EventKind.START, wall=T0 + DAY))  # was running
    later = new_session(store, "later", now=T0 + 2 * DAY)
    return kept, binned, later


def test_discard_sets_the_time_and_restore_clears_it(store):
    _, binned, _ = three(store)
    assert store.discarded_wall(binned) is None
    assert store.discard(binned, T0 + 5 * DAY) is True
    assert store.discarded_wall(binned) == T0 + 5 * DAY
    assert store.discard(binned, T0 + 6 * DAY) is False  # in the bin already: time kept
    assert store.discarded_wall(binned) == T0 + 5 * DAY
    assert store.binned() == [(binned, T0 + DAY)]
    assert store.restore(binned) is True
    assert store.discarded_wall(binned) is None and store.binned() == []
    assert store.restore(binned) is False
    # kept whole meanwhile: events and state untouched
    assert store.get_session(binned).state == "running"
    assert [e.kind for e in store.events(binned)] == [EventKind.START]


def test_unknown_sessions_are_refused(store):
    with pytest.raises(LookupError):
        store.discard(99, T0)
    with pytest.raises(LookupError):
        store.restore(99)


def test_every_listing_leaves_the_bin_out(opened, store):
    kept, binned, later = three(store)
    store.discard(later, T0 + 3 * DAY)
    store.discard(binned, T0 + 3 * DAY)
    assert [r.id for r in store.list_sessions()] == [kept]
    assert [r.id for r in store.unfinished_sessions()] == [kept]  # the resume offers
    assert store.last_session_id() == kept  # `facilitator report last`
    history = HistoryStore(opened.conn)
    page = history.search()
    assert [r.title for r in page.rows] == ["kept"] and page.total == 1
    assert history.search(HistoryQuery(participant="Ada")).total == 1
    assert history.bin_count() == 2
    in_bin = history.search(HistoryQuery(binned=True))
    assert [r.title for r in in_bin.rows] == ["later", "binned"] and in_bin.total == 2
    assert in_bin.rows[0].discarded_wall == T0 + 3 * DAY
    assert page.rows[0].discarded_wall is None
    binned_ada = HistoryQuery(binned=True, participant="Ada", since=T0 + 2 * DAY)
    assert [r.title for r in history.search(binned_ada).rows] == ["later"]
    store.restore(binned)
    assert [r.title for r in history.search().rows] == ["binned", "kept"]
    assert store.last_session_id() == binned


def test_the_bin_leaves_a_group_and_its_meeting(opened, store):
    from datetime import datetime

    groups = GroupStore(opened.conn)
    gid = groups.create_group("Circle", "co-consulting", ["Ada", "Grace"],
                              time_zone="UTC", now=T0)  # fmt: skip
    (mid,) = groups.add_meetings(gid, [datetime(2027, 2, 1, 10)], 90, now=T0)
    kept, binned, _ = three(store)
    groups.link_session(kept, gid, None)
    groups.link_session(binned, gid, mid)
    assert [s.id for s in groups.sessions(gid)] == [kept, binned]
    assert groups.get_meeting(mid).session_id == binned
    store.discard(binned, T0 + 3 * DAY)
    assert [s.id for s in groups.sessions(gid)] == [kept]  # group history, start screen
    assert groups.get_meeting(mid).session_id is None  # the meeting is not held by it
    assert groups.meetings(gid)[0].session_id is None
    store.restore(binned)
    assert groups.get_meeting(mid).session_id == binned


def test_the_listings_keep_their_indexes(opened, store):
    history = HistoryStore(opened.conn)
    assert "sessions_by_created" in history.explain(HistoryQuery())
    assert "sessions_by_format" in history.explain(HistoryQuery(format_id="case"))
    assert "sessions_by_discarded" in history.explain(HistoryQuery(binned=True))  # small
    assert "sessions_by_discarded" in history.explain(HistoryQuery(binned=True, since=T0))
    plan = " ".join(
        str(r[-1]) for r in opened.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE +discarded_wall IS NULL "
            "ORDER BY updated_wall DESC, id DESC LIMIT 1"
        )
    )  # fmt: skip
    assert "sessions_by_updated" in plan  # as last_session_id asks
