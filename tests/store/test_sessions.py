"""The session repository: sessions, events, notes and people, each write committed."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from facilitator.core.session.events import Event, EventKind
from facilitator.store.database import close_records, open_records
from facilitator.store.records import UNCHANGED
from facilitator.store.sessions import SessionStore

from .helpers import T0, event, new_session


def test_create_and_read_back(store: SessionStore) -> None:
    sid = store.create_session(
        format_id="action-learning",
        title="  Team set  ",
        format_source='name = "Action Learning"\n',
        params={"minutes": 45, "nested": {"a": [1, 2]}},
        participants=[" Ada ", "Grace"],
        plan=[{"round": 1, "presenter": "Ada"}],
        now=T0,
    )
    record = store.get_session(sid)
    assert record is not None
    assert record.title == "Team set"
    assert record.format_id == "action-learning"
    assert record.format_source == 'name = "Action Learning"\n'
    assert record.params == {"minutes": 45, "nested": {"a": [1, 2]}}
    assert record.participants == ["Ada", "Grace"]
    assert record.plan == [{"round": 1, "presenter": "Ada"}]
    assert record.agreements == []
    assert record.state == "not_started"
    assert record.created_wall == record.updated_wall == T0
    assert store.get_session(sid + 1) is None


@pytest.mark.parametrize("title", ["", "   "])
def test_empty_title_is_refused(store: SessionStore, title: str) -> None:
    with pytest.raises(ValueError, match="needs a title"):
        store.create_session(
            format_id="x", title=title, format_source="", params={}, participants=[],
            plan={}, now=T0,
        )  # fmt: skip
    assert store.list_sessions() == []


def test_blank_participant_is_refused(store: SessionStore) -> None:
    with pytest.raises(ValueError, match="Participant names"):
        store.create_session(
            format_id="x", title="t", format_source="", params={}, participants=["Ada", " "],
            plan={}, now=T0,
        )  # fmt: skip
    assert store.known_people() == []


def test_events_get_consecutive_seq_and_drive_the_state(store: SessionStore) -> None:
    sid = new_session(store)
    steps = [
        (EventKind.START, "running"),
        (EventKind.SPEAKER, "running"),
        (EventKind.PAUSE, "paused"),
        (EventKind.ADJUST, "paused"),
        (EventKind.RESUME, "running"),
        (EventKind.GOTO, "running"),
        (EventKind.FINISH, "finished"),
        (EventKind.REOPEN, "running"),
    ]
    for i, (kind, state) in enumerate(steps, start=1):
        assert store.append_event(sid, event(kind, T0 + i, float(i))) == i
        record = store.get_session(sid)
        assert record is not None
        assert (record.state, record.updated_wall) == (state, T0 + i)


def test_events_round_trip(store: SessionStore) -> None:
    sid = new_session(store)
    other = new_session(store, "Other")
    sent = [
        Event(EventKind.START, T0, 0.0),
        Event(EventKind.SPEAKER, T0 + 5, 5.0, {"speaker": "Grace", "note": "ünïcödé"}),
        Event(EventKind.ADJUST, T0 + 9, 9.5, {"seconds": -30, "phase": 2, "x": None}),
        Event(EventKind.GOTO, T0 + 10, 10.0, {"index": 3}, seq=99),  # seq is assigned
    ]
    for e in sent:
        store.append_event(sid, e)
    store.append_event(other, Event(EventKind.START, T0, 0.0))
    got = store.events(sid)
    assert [e.seq for e in got] == [1, 2, 3, 4]
    assert all(type(e.kind) is EventKind for e in got)
    assert [(e.kind, e.wall, e.elapsed, e.data) for e in got] == [
        (e.kind, e.wall, e.elapsed, e.data) for e in sent
    ]
    assert [e.seq for e in store.events(other)] == [1]


def test_bad_events_write_nothing(store: SessionStore) -> None:
    sid = new_session(store)
    with pytest.raises(LookupError):
        store.append_event(sid + 1, event(EventKind.START))
    with pytest.raises(ValueError):
        store.append_event(sid, event(EventKind.ADJUST, seconds=math.nan))
    assert store.events(sid) == []
    record = store.get_session(sid)
    assert record is not None and record.state == "not_started"


def test_update_plan(store: SessionStore) -> None:
    sid = new_session(store)
    store.update_plan(sid, {"rounds": []}, ["Ada", "Margaret"], T0 + 60)
    record = store.get_session(sid)
    assert record is not None
    assert (record.plan, record.participants) == ({"rounds": []}, ["Ada", "Margaret"])
    assert record.updated_wall == T0 + 60
    assert store.known_people()[0] in {"Ada", "Margaret"}
    with pytest.raises(LookupError):
        store.update_plan(sid + 1, {}, [], T0)


def test_listing_sessions(store: SessionStore) -> None:
    assert store.last_session_id() is None
    first = new_session(store, "First", now=T0)
    second = new_session(store, "Second", now=T0 + 10)
    third = new_session(store, "Third", now=T0 + 20)
    store.append_event(first, event(EventKind.START, T0 + 30))
    store.append_event(second, event(EventKind.FINISH, T0 + 40))
    assert [s.id for s in store.list_sessions()] == [second, first, third]
    assert [s.id for s in store.list_sessions(limit=1)] == [second]
    assert [s.id for s in store.unfinished_sessions()] == [first, third]
    assert store.last_session_id() == second


def test_known_people_most_recent_first(store: SessionStore) -> None:
    for i, names in enumerate([["Ada", "Bob"], ["carol"], ["ADA"]]):
        store.create_session(
            format_id="x", title=f"s{i}", format_source="", params={}, participants=names,
            plan={}, now=T0 + i,
        )  # fmt: skip
    assert store.known_people() == ["ADA", "carol", "Bob"]  # names match without case
    assert store.known_people(limit=2) == ["ADA", "carol"]


def test_notes_crud(store: SessionStore) -> None:
    sid = new_session(store)
    a = store.add_note(sid, "first idea", round_index=0, phase_index=1, now=T0)
    b = store.add_note(sid, "action", round_index=1, phase_index=2, action_owner="Ada", now=T0 + 1)
    whole = store.add_note(sid, "about the day", round_index=None, phase_index=None, now=T0 + 2)
    store.update_note(b, "action, refined", now=T0 + 5)  # owner unchanged by default
    store.update_note(a, "first idea", action_owner="Grace", now=T0 + 6)
    notes = {n.id: n for n in store.notes(sid)}
    assert [n.id for n in store.notes(sid)] == [a, b, whole]
    assert (notes[a].action_owner, notes[a].updated_wall) == ("Grace", T0 + 6)
    assert (notes[b].text, notes[b].action_owner) == ("action, refined", "Ada")
    assert (notes[b].round_index, notes[b].phase_index, notes[b].created_wall) == (1, 2, T0 + 1)
    assert (notes[whole].round_index, notes[whole].phase_index) == (None, None)
    store.update_note(b, "action, refined", action_owner=None, now=T0 + 7)
    store.update_note(a, "first idea", action_owner=UNCHANGED, now=T0 + 8)
    assert [n.action_owner for n in store.notes(sid)] == ["Grace", None, None]
    assert store.note(b).updated_wall == T0 + 7
    assert store.note(b).action_owner is None
    assert store.delete_note(a) is True
    assert store.note(a) is None
    assert store.delete_note(a) is False
    assert [n.id for n in store.notes(sid)] == [b, whole]
    with pytest.raises(LookupError):
        store.update_note(a, "gone", now=T0)
    with pytest.raises(LookupError):
        store.add_note(sid + 1, "x", round_index=None, phase_index=None, now=T0)


def test_everything_survives_close_and_reopen(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    store = SessionStore(opened.conn)
    sid = new_session(store)
    store.append_event(sid, event(EventKind.START, T0, 0.0))
    store.append_event(sid, event(EventKind.PAUSE, T0 + 60, 60.0, reason="coffee"))
    store.add_note(sid, "remember", round_index=0, phase_index=0, action_owner="Ada", now=T0)
    close_records(opened, now=T0 + 70)
    again = SessionStore(open_records(data_dir, now=T0 + 80).conn)
    record = again.get_session(sid)
    assert record is not None and record.state == "paused"
    assert [(e.kind, e.data) for e in again.events(sid)] == [
        (EventKind.START, {}),
        (EventKind.PAUSE, {"reason": "coffee"}),
    ]
    assert [(n.text, n.action_owner) for n in again.notes(sid)] == [("remember", "Ada")]
    assert again.known_people() == ["Ada", "Grace", "Linus"]
    assert [s.id for s in again.unfinished_sessions()] == [sid]
