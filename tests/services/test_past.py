"""A past session opened read-only: the recorded state, and nothing ever written."""

from __future__ import annotations

import pytest

from facilitator.core.session.events import EventKind
from facilitator.core.session.runner import InvalidAction, SessionState
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
