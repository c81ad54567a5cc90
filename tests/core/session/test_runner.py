"""The session runner driven by a fake clock: exact times, pauses, edits, rebuilds, restarts."""

from __future__ import annotations

import functools
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.clock import FakeClock
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import Timeline, build_timeline
from facilitator.core.session.events import EventKind
from facilitator.core.session.runner import InvalidAction, Segment, SessionRunner, SessionState
from tests.core.helpers import fmt, hsettings, people

FOUR_HOURS = {"issue_holders": 3, "round_minutes": 70, "catch_up_minutes": 10}


def timeline(format_id: str, n: int, given_params: dict | None = None) -> Timeline:
    f = fmt(format_id)
    params = f.resolve_params(given_params)
    return build_timeline(f, params, make_plan(f, params, people(n)))


def same_state(a: SessionRunner, b: SessionRunner) -> None:
    assert b.state is a.state
    assert b.index == a.index
    assert b.speaker == a.speaker
    assert b.segments() == a.segments()
    assert b.elapsed() == a.elapsed()
    assert b.remaining() == a.remaining()
    assert b.remaining_total() == a.remaining_total()
    for i in range(len(a.timeline)):
        assert b.actual(i) == a.actual(i)
        assert b.planned(i) == a.planned(i)
        assert b.is_skipped(i) == a.is_skipped(i)


def rebuilt(runner: SessionRunner, clock: FakeClock) -> SessionRunner:
    return SessionRunner(runner.timeline, clock, events=runner.events)


# -- the four-hour Action Learning meeting ------------------------------------------------------


def test_four_hour_action_learning_session_has_zero_drift():
    from dataclasses import replace

    f = fmt("action-learning")
    f = replace(f, rounds=replace(f.rounds, break_past=None))  # the breaks: tests of their own
    params = f.resolve_params(FOUR_HOURS)
    tl = build_timeline(f, params, make_plan(f, params, people(7)))
    # 10 + 10 + 3 × 70 + 10 minutes: four hours
    assert tl.planned_total == 4 * 3600
    assert [p.planned for p in tl.round_phases(0)] == [300, 600, 1500, 1500, 300]

    clock = FakeClock()
    wall0 = clock.wall()
    recorded = []
    r = SessionRunner(tl, clock, record=recorded.append)
    assert r.state is SessionState.NOT_STARTED
    assert r.elapsed() == 0
    r.start()

    # phase 0 (catch-up, 600 s): 500 s, a pause of 120 s, 100 s
    clock.advance(500)
    r.pause()
    clock.advance(120)
    assert r.elapsed() == 500  # pause excludes time
    assert r.remaining() == 100
    same_state(r, rebuilt(r, clock))  # rebuilding while paused adds nothing
    r.resume()
    clock.advance(100)
    assert r.elapsed() == 600 and r.actual(0) == 600 and r.remaining() == 0
    r.next_phase()

    # phase 1 (bids, 600 s) extended by 2 minutes; a 3-second stall between two reads
    assert r.adjust(120) == 120
    assert r.planned(1) == 720
    clock.advance(700)
    before, elapsed_before = r.remaining(), r.elapsed()
    assert before == 20
    clock.advance(3)
    assert r.remaining() == 17
    assert r.elapsed() - elapsed_before == 3
    same_state(r, rebuilt(r, clock))
    clock.advance(17)
    assert r.remaining() == 0 and r.elapsed() == 1320
    r.next_phase()
    assert r.remaining_total() == 14400 - 1200

    # round 1: phase 2 on time; phase 3 shortened by 5 minutes and overrun
    clock.advance(300)
    r.next_phase()
    clock.advance(400)
    assert r.adjust(-300) == -300
    assert r.planned(3) == 300
    assert r.remaining() == -100
    r.next_phase()
    clock.advance(1000)
    r.previous_phase()  # back to phase 3, which goes on counting
    assert r.index == 3
    clock.advance(60)
    assert r.actual(3) == 460 and r.remaining() == -160
    r.next_phase()
    assert r.actual(4) == 1000
    clock.advance(500)
    assert r.remaining() == 0
    r.next_phase()
    clock.advance(1500)
    r.next_phase()
    clock.advance(300)
    r.next_phase()
    assert r.elapsed() == 5380

    # round 2, with a 10-minute pause in the middle of phase 9
    for i, seconds in zip(range(7, 12), (300, 600, 1500, 1500, 300), strict=True):
        assert r.index == i
        if i == 9:
            clock.advance(700)
            r.pause()
            clock.advance(600)
            r.resume()
            clock.advance(800)
        else:
            clock.advance(seconds)
        r.next_phase()
    assert r.elapsed() == 9580

    # round 3, each of the seven people speaking in turn
    speakers = iter(people(7))
    for i, seconds in zip(range(12, 17), (300, 600, 1500, 1500, 300), strict=True):
        assert r.index == i
        r.set_speaker(next(speakers))
        clock.advance(seconds)
        r.next_phase()
    assert r.elapsed() == 13780

    # closing: cannot be shortened below zero
    assert r.index == 17
    assert r.adjust(-100_000) == -600
    assert r.planned(17) == 0
    clock.advance(240)
    assert r.remaining() == -240
    same_state(r, rebuilt(r, clock))
    with pytest.raises(InvalidAction, match="last phase"):
        r.next_phase()  # the last phase: next is refused, the facilitator finishes
    assert r.state is SessionState.RUNNING
    r.finish()
    assert r.state is SessionState.FINISHED

    # the sum of the clock's running intervals, exactly
    running = 600 + 720 + 300 + 460 + 1500 + 1500 + 300 + 4200 + 4200 + 240
    assert running == 14020
    assert r.elapsed() == running
    assert clock.wall() - wall0 == running + 120 + 600  # plus the two pauses
    expected = {0: 600, 1: 720, 2: 300, 3: 460, 4: 1500, 5: 1500, 6: 300, 17: 240}
    expected.update({i: s for i, s in zip(range(7, 12), (300, 600, 1500, 1500, 300), strict=True)})
    expected.update({i: s for i, s in zip(range(12, 17), (300, 600, 1500, 1500, 300), strict=True)})
    assert {i: r.actual(i) for i in range(len(tl))} == expected
    assert sum(s.seconds for s in r.segments()) == running
    assert not any(r.is_skipped(i) for i in range(len(tl)))
    assert r.remaining_total() == 0
    # segments tile the elapsed time without gaps or overlaps
    segs = r.segments()
    assert segs[0].start == 0 and segs[-1].end == running
    assert all(a.end == b.start for a, b in itertools.pairwise(segs))

    # every event was handed to the store, in order
    assert recorded == list(r.events)
    assert [e.kind for e in r.events].count(EventKind.PAUSE) == 2
    same_state(r, rebuilt(r, clock))  # a finished session rebuilds without a reopen
    assert len(rebuilt(r, clock).events) == len(r.events)

    # nothing more can happen
    for action in (
        r.pause,
        r.resume,
        r.start,
        r.toggle,
        r.next_phase,
        r.previous_phase,
        r.skip_round,
        r.finish,
        lambda: r.adjust(60),
        lambda: r.set_speaker("Ana"),
        lambda: r.goto(0),
    ):
        with pytest.raises(InvalidAction):
            action()
    clock.advance(1000)
    assert r.elapsed() == running


# -- single rules --------------------------------------------------------------------------------


def test_actions_before_the_start_are_refused():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    with pytest.raises(InvalidAction, match="pause: the session is not started"):
        r.pause()
    for action in (r.resume, r.next_phase, r.previous_phase, r.skip_round, r.finish):
        with pytest.raises(InvalidAction):
            action()
    with pytest.raises(InvalidAction):
        r.adjust(60)
    with pytest.raises(InvalidAction):
        r.set_speaker("Ana")
    clock.advance(100)
    assert r.elapsed() == 0
    assert r.events == ()


def test_other_invalid_actions():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    r.start()
    with pytest.raises(InvalidAction):
        r.start()
    with pytest.raises(InvalidAction):
        r.resume()
    with pytest.raises(InvalidAction, match="no earlier phase"):
        r.previous_phase()
    with pytest.raises(InvalidAction, match="no phase 6"):
        r.goto(5)
    with pytest.raises(InvalidAction, match="no phase 0"):
        r.goto(-1)
    with pytest.raises(InvalidAction, match="not part of a round"):
        r.skip_round()  # the agreement is an opening phase
    with pytest.raises(InvalidAction, match="Zoe is not a participant"):
        r.set_speaker("Zoe")
    r.pause()
    with pytest.raises(InvalidAction):
        r.pause()


def test_toggle_starts_pauses_and_resumes():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    r.toggle()
    assert r.state is SessionState.RUNNING
    clock.advance(10)
    r.toggle()
    assert r.state is SessionState.PAUSED
    clock.advance(50)
    r.toggle()
    assert r.state is SessionState.RUNNING
    clock.advance(5)
    assert r.elapsed() == 15


def test_pause_excludes_time_and_actions_while_paused_work():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    r.start()
    clock.advance(30)
    r.pause()
    clock.advance(1000)
    r.next_phase()  # moving on while paused is allowed
    assert r.state is SessionState.PAUSED
    clock.advance(1000)
    r.resume()
    clock.advance(45)
    assert r.actual(0) == 30 and r.actual(1) == 45 and r.elapsed() == 75


def test_skip_round_jumps_to_the_next_round():
    tl = timeline("case-consultation", 3)
    clock = FakeClock()
    r = SessionRunner(tl, clock)
    r.start()
    clock.advance(200)
    r.next_phase()  # phase 1 of round 1
    clock.advance(100)
    r.skip_round()
    assert r.index == 4 and r.phase.round_index == 1
    assert [r.is_skipped(i) for i in range(4)] == [False, False, True, True]
    assert [r.actual(i) for i in range(4)] == [200, 100, 0, 0]
    assert not r.was_visited(2) and r.was_visited(1)
    # the last round: skipping is refused; finishing passes over the rest
    r.goto(8)  # jump over the rest of round 2 (phase 4 was entered, for no time at all)
    assert [r.is_skipped(i) for i in range(4, 8)] == [False, True, True, True]
    assert [r.actual(i) for i in range(4, 8)] == [0, 0, 0, 0]
    clock.advance(10)
    with pytest.raises(InvalidAction, match="last round"):
        r.skip_round()
    r.finish()
    assert r.state is SessionState.FINISHED
    assert [r.is_skipped(i) for i in range(8, 12)] == [False, True, True, True]
    assert r.elapsed() == 310


def test_adjust_returns_the_change_made():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    r.start()
    assert r.planned(0) == 120
    assert r.adjust(-30) == -30
    assert r.adjust(-1000) == -90
    assert r.planned(0) == 0
    assert r.adjust(-5) == 0  # nothing left to shorten: no event
    assert r.adjust(0) == 0
    assert [e.kind for e in r.events].count(EventKind.ADJUST) == 2
    assert r.adjust(60) == 60
    assert r.planned(0) == 60
    assert r.timeline[0].planned == 120  # the plan itself is unchanged


def test_speaker_segments():
    clock = FakeClock()
    r = SessionRunner(timeline("co-consulting", 2), clock)
    r.start()
    r.set_speaker("Ana")
    clock.advance(60)
    r.set_speaker("Ben")
    clock.advance(30)
    r.set_speaker("Ben")  # no change, no event
    r.set_speaker(None)
    clock.advance(10)
    assert r.segments() == [
        Segment(0, "Ana", 0, 60),
        Segment(0, "Ben", 60, 90),
        Segment(0, None, 90, 100),
    ]
    r.next_phase()
    r.set_speaker("Ana")  # exactly at the phase boundary: no empty segment
    clock.advance(20)
    assert r.segments()[-2:] == [Segment(0, None, 90, 100), Segment(1, "Ana", 100, 120)]
    assert [e.kind for e in r.events].count(EventKind.SPEAKER) == 4


def test_rebuild_from_events_while_running():
    tl = timeline("case-consultation", 4)
    clock = FakeClock()
    r = SessionRunner(tl, clock)
    r.start()
    clock.advance(250)
    r.set_speaker("Ben")
    r.next_phase()
    clock.advance(77)
    copy = rebuilt(r, clock)
    same_state(r, copy)
    assert copy.events[-1].kind is EventKind.REOPEN
    assert copy.events[-1].data["gap"] == 77
    clock.advance(13)
    same_state(r, copy)
    assert copy.actual(1) == 90


def test_restart_while_running_counts_the_gap():
    tl = timeline("case-consultation", 3)
    clock = FakeClock()
    stored = []
    r = SessionRunner(tl, clock, record=stored.append)
    r.start()
    clock.advance(100)
    r.next_phase()
    clock.advance(40)  # the program stops 40 s into phase 1 ...
    clock.restart_process(gap=600)  # ... and comes back ten minutes later in a new process
    assert clock.monotonic() == 5.0
    r2 = SessionRunner(tl, clock, events=stored, record=stored.append)
    assert r2.state is SessionState.RUNNING
    assert stored[-1].kind is EventKind.REOPEN
    assert stored[-1].data["gap"] == 640  # wall time since the last event
    assert r2.elapsed() == 100 + 40 + 600
    assert r2.actual(1) == 640
    clock.advance(20)
    assert r2.elapsed() == 760
    assert r2.remaining() == 300 - 660
    # once more: a second restart adds a second reopen
    clock.restart_process(gap=5)
    r3 = SessionRunner(tl, clock, events=stored, record=stored.append)
    assert [e.kind for e in stored].count(EventKind.REOPEN) == 2
    assert r3.elapsed() == 765


def test_restart_while_paused_does_not_count_the_gap():
    tl = timeline("case-consultation", 3)
    clock = FakeClock()
    r = SessionRunner(tl, clock)
    r.start()
    clock.advance(100)
    r.pause()
    clock.advance(50)
    clock.restart_process(gap=3600)
    r2 = SessionRunner(tl, clock, events=r.events)
    assert r2.state is SessionState.PAUSED
    assert EventKind.REOPEN not in [e.kind for e in r2.events]
    assert r2.elapsed() == 100
    r2.resume()
    clock.advance(7)
    assert r2.elapsed() == 107 and r2.actual(0) == 107


# -- model-based property test -----------------------------------------------------------------

_TIMELINES = {
    "al": lambda: timeline("action-learning", 5, {"issue_holders": 2}),
    "audio": lambda: timeline("audio-action-learning", 5, {"issue_holders": 2, "call_hours": 2.5}),
    "case": lambda: timeline("case-consultation", 3),
    "co": lambda: timeline("co-consulting", 2),
}

_ops = st.one_of(
    st.tuples(st.just("run"), st.sampled_from([0.5, 1, 3, 59.5, 300, 1000])),
    st.tuples(st.just("pause"), st.sampled_from([1, 120, 3600])),
    st.tuples(st.just("next")),
    st.tuples(st.just("prev")),
    st.tuples(st.just("goto"), st.integers(-1, 25)),
    st.tuples(st.just("skip")),
    st.tuples(st.just("adjust"), st.sampled_from([-10_000, -60, -0.5, 30, 120])),
    st.tuples(st.just("speaker"), st.integers(-1, 4)),
    st.tuples(st.just("rebuild")),
    st.tuples(st.just("restart"), st.sampled_from([0, 2.5, 900]), st.booleans()),
    st.tuples(st.just("finish")),
)


@hsettings(150)
@given(which=st.sampled_from(sorted(_TIMELINES)), ops=st.lists(_ops, max_size=40))
def test_runner_agrees_with_a_simple_model(which, ops):
    tl = _TIMELINES[which]()
    names = list(tl.plan.participants)
    clock = FakeClock()
    r = SessionRunner(tl, clock)
    r.start()
    index, finished, speaker = 0, False, None
    actual = [0.0] * len(tl)
    adjust = [0.0] * len(tl)
    visited = {0}
    talk = dict.fromkeys(names, 0.0)

    def planned(i):
        return max(0.0, tl[i].planned + adjust[i])

    def run(seconds):
        actual[index] += seconds
        if speaker is not None:
            talk[speaker] += seconds

    for op in ops:
        kind = op[0]
        if finished:
            if kind == "run":
                clock.advance(op[1])
            elif kind in ("next", "prev", "skip", "finish", "adjust", "pause", "goto"):
                with pytest.raises(InvalidAction):
                    {
                        "next": r.next_phase,
                        "prev": r.previous_phase,
                        "skip": r.skip_round,
                        "finish": r.finish,
                        "adjust": functools.partial(r.adjust, 60),
                        "pause": r.pause,
                        "goto": functools.partial(r.goto, 0),
                    }[kind]()
            continue
        if kind == "run":
            clock.advance(op[1])
            run(op[1])
        elif kind == "pause":
            r.pause()
            clock.advance(op[1])
            r.resume()
        elif kind == "next":
            if index + 1 >= len(tl):
                with pytest.raises(InvalidAction):
                    r.next_phase()
            else:
                r.next_phase()
                index += 1
        elif kind == "prev":
            if index == 0:
                with pytest.raises(InvalidAction):
                    r.previous_phase()
            else:
                r.previous_phase()
                index -= 1
        elif kind == "goto":
            target = op[1]
            if not 0 <= target < len(tl):
                with pytest.raises(InvalidAction):
                    r.goto(target)
            else:
                r.goto(target)
                index = target
        elif kind == "skip":
            current = tl[index].round_index
            after = [p.index for p in tl.phases if p.index > index and p.round_index != current]
            if current is None or not after:
                with pytest.raises(InvalidAction):
                    r.skip_round()
            else:
                r.skip_round()
                index = after[0]
        elif kind == "adjust":
            change = max(op[1], -planned(index))
            assert r.adjust(op[1]) == change
            adjust[index] += change
        elif kind == "speaker":
            who = None if op[1] < 0 else names[op[1] % len(names)]
            r.set_speaker(who)
            speaker = who
        elif kind == "rebuild":
            copy = rebuilt(r, clock)
            same_state(r, copy)
            r = copy
        elif kind == "restart":
            _, gap, paused = op
            if paused:
                r.pause()
            clock.restart_process(gap=gap)
            r = rebuilt(r, clock)
            if paused:
                r.resume()
            else:
                run(gap)
        elif kind == "finish":
            r.finish()
            finished = True
        if finished:
            speaker = None
        visited.add(index)

        # the runner and the model agree, exactly
        assert r.state is (SessionState.FINISHED if finished else SessionState.RUNNING)
        assert r.elapsed() == sum(actual)
        assert [r.actual(i) for i in range(len(tl))] == actual
        assert [r.planned(i) for i in range(len(tl))] == [planned(i) for i in range(len(tl))]
        if not finished:
            assert r.index == index
            assert r.remaining() == planned(index) - actual[index]
            assert r.speaker == speaker
            for i in range(len(tl)):
                assert r.is_skipped(i) == (i not in visited and i < index)
        else:
            for i in range(len(tl)):
                assert r.is_skipped(i) == (i not in visited)
        spoken = {p: 0.0 for p in names}
        for seg in r.segments():
            if seg.speaker is not None:
                spoken[seg.speaker] += seg.seconds
        assert spoken == talk


def test_replan_mid_session_is_replayed_from_events():
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.core.plan.edits import add_late
    from facilitator.core.plan.rounds import RoundPlan, make_plan
    from facilitator.core.plan.timeline import build_timeline
    from facilitator.core.session.runner import InvalidAction, SessionRunner
    from facilitator.resources import builtin_formats_dir

    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    params = fmt.resolve_params()
    plan = make_plan(fmt, params, ["Ana", "Ben", "Cy"])
    clock = FakeClock()
    runner = SessionRunner(build_timeline(fmt, params, plan), clock)
    runner.start()
    clock.advance(60)
    runner.next_phase()
    # Dee arrives during round 1: she gets a round of her own at the end
    runner.replan(
        add_late(fmt, params, plan, "Dee", from_round=runner.rounds_begun(), brings_issue=True)
    )
    assert len(runner.timeline.plan.rounds) == 4
    assert runner.timeline.plan.rounds[-1].holder == "Dee"
    assert len(runner.timeline) == 16
    assert runner.index == 1 and runner.actual(0) == 60
    # a change that would move the phase in progress is refused
    with pytest.raises(InvalidAction):
        runner.replan(RoundPlan(participants=("Ana", "Ben", "Cy"), fixed={}, rounds=()))
    rebuilt = SessionRunner(build_timeline(fmt, params, plan), clock, runner.events)
    assert rebuilt.timeline.plan == runner.timeline.plan
    assert len(rebuilt.timeline) == 16 and rebuilt.index == 1
