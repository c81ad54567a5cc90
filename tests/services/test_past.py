"""A past session opened read-only: the recorded state, and nothing ever written."""

from __future__ import annotations

import pytest

from facilitator.core.session.events import EventKind
from facilitator.core.session.runner import InvalidAction, SessionState
from facilitator.services import past
from facilitator.services.past import open_past
from tests.reports.helpers import make_finished


def test_a_finished_session_reads_back_as_recorded_and_writes_nothing(records, store):
    made = make_finished(store)
    before = records.conn.total_changes
    events = len(store.events(made.session_id))
    past = open_past(store, made.session_id)
    assert past.runner.state is SessionState.FINISHED
    assert past.runner.elapsed() == pytest.approx(3000)  # the 300 s pause not counted
    assert past.notes[0].text.startswith("Ana's husband")
    assert records.conn.total_changes == before
    assert len(store.events(made.session_id)) == events


def test_every_action_is_refused(store):
    past = open_past(store, make_finished(store).session_id)
    for act in (lambda r: r.goto(0), lambda r: r.set_speaker(None), lambda r: r.toggle()):
        with pytest.raises(InvalidAction):
            act(past.runner)


def test_a_session_left_running_stays_as_it_was_and_gets_no_reopen(records, store):
    made = make_finished(store, finish=False)
    made.clock.advance(3600)  # an hour later someone looks back at it
    before = records.conn.total_changes
    past = open_past(store, made.session_id)
    assert past.runner.state is SessionState.RUNNING
    assert past.runner.elapsed() == pytest.approx(2950)  # as of the last recorded action
    assert past.runner.actual(4) == pytest.approx(200)  # the open stretch up to then
    assert EventKind.REOPEN not in [e.kind for e in store.events(made.session_id)]
    assert EventKind.REOPEN not in [e.kind for e in past.runner.events]
    with pytest.raises(InvalidAction, match="read-only"):
        past.runner.next_phase()
    assert records.conn.total_changes == before


def test_an_unknown_session_is_a_lookup_error(store):
    with pytest.raises(LookupError, match="no session 99"):
        open_past(store, 99)


# the end of an abandoned session: marked finished, or the bin


def test_an_abandoned_session_goes_to_the_bin_and_comes_back(records, store):
    done = make_finished(store, title="Held")
    left = make_finished(store, title="Abandoned", finish=False, wall=done.clock.wall() + 60)
    sid = left.session_id
    past.discard(store, sid, left.clock.wall() + 86400)
    assert store.discarded_wall(sid) == left.clock.wall() + 86400
    assert [r.title for r in store.list_sessions()] == ["Held"]
    assert store.unfinished_sessions() == []
    with pytest.raises(ValueError, match="in the bin already"):
        past.discard(store, sid, left.clock.wall())
    past.restore(store, sid)
    assert [r.id for r in store.unfinished_sessions()] == [sid]
    with pytest.raises(ValueError, match="not in the bin"):
        past.restore(store, sid)


def test_finished_and_running_sessions_are_never_binned_or_marked(store):
    done = make_finished(store, title="Held")
    live = make_finished(store, title="On now", finish=False, wall=done.clock.wall() + 60)
    with pytest.raises(ValueError, match="finished"):
        past.discard(store, done.session_id, done.clock.wall())
    with pytest.raises(ValueError, match="running now"):
        past.discard(store, live.session_id, live.clock.wall(), running_now={live.session_id})
    with pytest.raises(ValueError, match="running now"):
        past.mark_finished(store, live.session_id, live.clock.wall(),
                           running_now={live.session_id})  # fmt: skip
    with pytest.raises(LookupError):
        past.discard(store, 99, 0.0)
    assert store.binned() == []
    assert store.get_session(live.session_id).state == "running"
    record = store.get_session(live.session_id)
    assert past.can_discard(record) and not past.can_discard(record, {live.session_id})
    assert not past.can_discard(store.get_session(done.session_id))


def test_emptying_the_bin_erases_its_sessions_and_keeps_the_rest(records, store):
    from tests.store.test_erasure import files_holding

    done = make_finished(store, title="Held")
    left = make_finished(store, title="Abandoned", finish=False, wall=done.clock.wall() + 60)
    left.live.add_note("Quarantinable gossip about the budget")
    assert past.empty_bin(store) == past.BinEmptied(0)  # nothing in it: nothing done
    assert store.backup(now=left.clock.wall()) is not None
    assert files_holding(records.path.parent, [b"Quarantinable"])
    past.discard(store, left.session_id, left.clock.wall() + 60)
    emptied = past.empty_bin(store)
    assert emptied == past.BinEmptied(1, [])
    assert store.get_session(left.session_id) is None
    assert [r.title for r in store.list_sessions()] == ["Held"]
    assert len(store.notes(done.session_id)) == 2  # the kept session's notes are kept
    assert files_holding(records.path.parent, [b"Quarantinable"]) == {}  # backups too
