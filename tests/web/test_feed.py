"""Which states the viewer sends: what the browsers cannot work out from the clock."""

from __future__ import annotations

import json

from facilitator.core.clock import FakeClock
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.session.room import room_state
from facilitator.core.session.runner import SessionRunner
from facilitator.web.feed import Feed, expected_remaining
from tests.core.helpers import fmt, people


def _runner() -> tuple[SessionRunner, FakeClock]:
    f = fmt("case-consultation")
    params = f.resolve_params(None)
    clock = FakeClock()
    plan = make_plan(f, params, people(4))
    return SessionRunner(build_timeline(f, params, plan), clock), clock


def test_a_running_clock_alone_sends_nothing_but_every_change_does():
    r, clock = _runner()
    feed = Feed()
    state = lambda: json.loads(json.dumps(room_state(r).to_json()))  # noqa: E731
    assert feed.offer(state(), clock.wall()).version == 1
    assert feed.offer(state(), clock.wall()) is None
    r.start()
    assert feed.offer(state(), clock.wall()).version == 2  # started
    clock.advance(20)
    assert feed.offer(state(), clock.wall()) is None, "the browsers count 20 s themselves"
    assert expected_remaining(feed.latest, clock.wall()) == room_state(r).remaining_s
    r.pause()
    assert feed.offer(state(), clock.wall()).version == 3
    clock.advance(100)
    assert feed.offer(state(), clock.wall()) is None, "paused: the browsers stand still"
    r.resume()
    assert feed.offer(state(), clock.wall()) is not None
    r.adjust(60)
    assert feed.offer(state(), clock.wall()) is not None, "an extension"
    r.next_phase()
    assert feed.offer(state(), clock.wall()).state["phase_index"] == 1


def test_a_clock_that_disagrees_with_the_browsers_is_resent():
    r, clock = _runner()
    r.start()
    feed = Feed()
    feed.offer(room_state(r).to_json(), clock.wall())
    clock.advance(10)
    # the server's wall clock says 10.5 s passed, the session's clock 10 s: 0.5 s apart
    assert feed.offer(room_state(r).to_json(), clock.wall() + 0.5) is not None
    clock.advance(10)
    assert feed.offer(room_state(r).to_json(), clock.wall() + 0.6) is None  # within 0.25 s


def test_the_warning_minutes_are_sent_when_they_change():
    r, clock = _runner()
    r.start()
    feed = Feed()
    feed.offer(room_state(r).to_json(), clock.wall())
    clock.advance(room_state(r).planned_s - 30)
    assert feed.offer(room_state(r).to_json(), clock.wall()).state["mode"] == "warning"
    clock.advance(45)
    assert feed.offer(room_state(r).to_json(), clock.wall()).state["mode"] == "over"
