"""Cues to the room are recorded (issue 13 item 10): each banner is a 'cue' event with its
kind, its text as the room saw it, the phase and the time from the clock; it changes
nothing else, survives a replay, and is never confused with a note. No Qt."""

from __future__ import annotations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.session.events import EventKind, RoomCue, room_cues
from facilitator.core.session.room import cue_text
from facilitator.core.session.runner import InvalidAction, SessionRunner
from tests.core.helpers import fmt, people


def running(clock: FakeClock) -> SessionRunner:
    f = fmt("case-consultation")
    r = SessionRunner(build_timeline(f, {}, make_plan(f, {}, people(3))), clock)
    r.start()
    return r


def test_a_cue_is_an_event_with_its_kind_text_phase_and_clock_time():
    clock = FakeClock()
    r = running(clock)
    clock.advance(90)
    r.goto(2)
    clock.advance(30)
    remaining, segments = r.remaining(), r.segments()
    r.cue(cue_text(r), RoomCue.RULE)
    event = r.events[-1]
    assert event.kind is EventKind.CUE
    assert event.data == {"kind": "rule", "text": cue_text(r), "index": 2}
    assert event.wall == clock.wall() and event.elapsed == pytest.approx(120)
    # nothing else changes: the phase, its time, who spoke
    assert r.index == 2 and r.remaining() == remaining and r.segments() == segments
    clock.advance(5)
    r.pause()
    r.cue("  Back   in <b>five</b>\u202e ")  # while paused too; spaces tidied
    lines = room_cues(r.events)
    assert [(c.kind, c.text, c.phase) for c in lines] == [
        (RoomCue.RULE, "Case giver: microphone off — listen and take notes", 2),
        (RoomCue.MESSAGE, "Back in <b>five</b>\u202e", 2),
    ]
    assert lines[1].elapsed == pytest.approx(125)


def test_cues_survive_a_replay_and_change_no_figure():
    clock = FakeClock()
    r = running(clock)
    clock.advance(60)
    r.cue("Five minutes left.")
    clock.advance(60)
    r.next_phase()
    f = fmt("case-consultation")
    again = SessionRunner(build_timeline(f, {}, make_plan(f, {}, people(3))), clock, r.events)
    assert room_cues(again.events) == room_cues(r.events)
    assert again.segments() == r.segments() and again.index == r.index


def test_empty_cues_are_not_recorded_and_a_finished_session_takes_none():
    clock = FakeClock()
    r = running(clock)
    count = len(r.events)
    r.cue("   ")
    assert len(r.events) == count
    r.finish()
    with pytest.raises(InvalidAction):
        r.cue("Thank you")
    assert room_cues(r.events) == ()


def test_a_message_before_the_start_is_recorded_and_the_start_stays_the_start():
    f = fmt("case-consultation")
    clock = FakeClock()
    r = SessionRunner(build_timeline(f, {}, make_plan(f, {}, people(3))), clock)
    r.cue("We start at ten.")
    clock.advance(300)
    r.start()
    assert [e.kind for e in r.events] == [EventKind.CUE, EventKind.START]
    assert r.elapsed() == 0 and room_cues(r.events)[0].elapsed == 0
    assert room_cues(r.events)[0].phase is None  # before the start, not in phase 1


def test_an_unknown_cue_kind_reads_as_a_message():
    from facilitator.core.session.events import Event

    odd = Event(EventKind.CUE, 1.0, 2.0, {"kind": "future", "text": "Hi", "index": 0})
    assert room_cues([odd])[0].kind is RoomCue.MESSAGE
