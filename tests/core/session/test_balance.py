"""Time balance on sessions whose every number is worked out by hand below."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.session.balance import (
    airtime,
    airtime_by_phase,
    person_balance,
    phase_balance,
    round_balance,
)
from facilitator.core.session.runner import SessionRunner
from tests.core.helpers import fmt


def runner_for(format_id: str, names: list[str], params: dict | None = None):
    f = fmt(format_id)
    p = f.resolve_params(params)
    tl = build_timeline(f, p, make_plan(f, p, names))
    clock = FakeClock()
    return SessionRunner(tl, clock), clock


def test_case_consultation_planned_actual_overrun_and_skips():
    # four rounds of 5/5/10/5 minutes: phases 0–3 Ana, 4–7 Ben, 8–11 Cleo, 12–15 Dev
    r, clock = runner_for("case-consultation", ["Ana", "Ben", "Cleo", "Dev"])
    r.start()
    clock.advance(300)
    r.next_phase()
    clock.advance(300)
    r.next_phase()
    assert r.adjust(120) == 120  # advisers discuss: 10 + 2 minutes ...
    clock.advance(780)  # ... and still 1 minute over
    r.next_phase()
    clock.advance(300)
    r.goto(8)  # Ben's round is left out entirely
    clock.advance(300)
    r.next_phase()
    clock.advance(200)
    r.skip_round()  # Cleo's round stops after the questions
    assert r.index == 12
    for seconds in (300, 300, 600):
        clock.advance(seconds)
        r.next_phase()
    clock.advance(300)
    r.finish()  # the last phase: next is refused, finish ends it
    assert r.state.value == "finished"

    phases = phase_balance(r)
    assert [p.actual for p in phases] == [
        300, 300, 780, 300,
        0, 0, 0, 0,
        300, 200, 0, 0,
        300, 300, 600, 300,
    ]  # fmt: skip
    assert [p.skipped for p in phases] == [False] * 4 + [True] * 4 + [False, False, True, True] + [
        False
    ] * 4
    p2 = phases[2]
    assert (p2.original, p2.planned, p2.actual, p2.overrun) == (600, 720, 780, 60)
    assert phases[9].overrun == 0  # under time is not an overrun
    assert phases[2].round_index == 0 and phases[2].name == "Advisers discuss"

    rounds = round_balance(r)
    assert [rb.holder for rb in rounds] == ["Ana", "Ben", "Cleo", "Dev"]
    ana, ben, cleo, dev = rounds
    assert (ana.planned, ana.actual, ana.overrun, ana.skipped) == (1620, 1680, 60, False)
    assert (ben.planned, ben.actual, ben.overrun, ben.skipped) == (1500, 0, 0, True)
    assert (cleo.actual, cleo.overrun, cleo.skipped) == (500, 0, False)
    assert (dev.actual, dev.overrun, dev.skipped) == (1500, 0, False)

    # received: the time of one's own round; given: the time of the others' rounds
    people = {p.person: p for p in person_balance(r)}
    assert {n: p.received for n, p in people.items()} == {
        "Ana": 1680,
        "Ben": 0,
        "Cleo": 500,
        "Dev": 1500,
    }
    assert {n: p.given for n, p in people.items()} == {
        "Ana": 500 + 1500,
        "Ben": 1680 + 500 + 1500,
        "Cleo": 1680 + 1500,
        "Dev": 1680 + 500,
    }


def test_co_consulting_airtime_and_time_each_way():
    # Agreement 2 min; Ana's time 30; review 5; Ben's time 30; review 5
    r, clock = runner_for("co-consulting", ["Ana", "Ben"])
    r.start()
    r.set_speaker("Ana")
    clock.advance(60)
    r.set_speaker("Ben")
    clock.advance(60)
    r.next_phase()  # Ben is still marked as speaking ...
    r.set_speaker("Ana")  # ... until Ana takes over exactly at the boundary
    clock.advance(1500)
    r.set_speaker("Ben")
    clock.advance(300)
    r.next_phase()
    clock.advance(100)  # Ben, still
    r.set_speaker("Ana")
    clock.advance(200)
    r.next_phase()
    r.set_speaker("Ben")  # at the boundary again
    clock.advance(1900)  # Ben overruns his half by 100 s
    r.next_phase()
    r.set_speaker(None)
    clock.advance(300)
    r.finish()

    assert airtime(r) == {"Ana": 60 + 1500 + 200, "Ben": 60 + 300 + 100 + 1900}
    assert airtime_by_phase(r) == {
        0: {"Ana": 60, "Ben": 60},
        1: {"Ana": 1500, "Ben": 300},
        2: {"Ben": 100, "Ana": 200},
        3: {"Ben": 1900},
    }
    # the boundary left no zero-length piece behind
    assert all(s.seconds > 0 for s in r.segments())

    people = {p.person: p for p in person_balance(r)}
    # Ana was client for her round (1800 + 300), consultant for Ben's (1900 + 300)
    assert (people["Ana"].received, people["Ana"].given) == (2100, 2200)
    assert (people["Ben"].received, people["Ben"].given) == (2200, 2100)
    assert people["Ana"].airtime == 1760
    rounds = round_balance(r)
    assert [(rb.holder, rb.planned, rb.actual, rb.overrun) for rb in rounds] == [
        ("Ana", 2100, 2100, 0),
        ("Ben", 2100, 2200, 100),
    ]


def test_balance_during_a_running_session_and_fixed_roles():
    r, clock = runner_for("action-learning", ["Ana", "Ben", "Cleo", "Dev"], {"issue_holders": 2})
    r.start()
    r.set_speaker("Ana")  # the facilitator opens the catch-up
    clock.advance(1200)
    r.next_phase()
    clock.advance(600)
    r.next_phase()  # Ben's round
    r.set_speaker("Ben")
    clock.advance(250)  # still running: the open segment counts
    phases = phase_balance(r)
    assert [p.actual for p in phases[:3]] == [1200, 600, 250]
    assert not phases[3].skipped  # ahead, not skipped
    people = {p.person: p for p in person_balance(r)}
    assert (people["Ana"].received, people["Ana"].given) == (0, 0)  # the facilitator
    assert people["Ben"].received == 250
    assert people["Cleo"].given == 250 and people["Dev"].given == 250
    assert airtime(r) == {"Ana": 1800, "Ben": 250, "Cleo": 0, "Dev": 0}
    r.finish()
    rounds = round_balance(r)
    assert rounds[1].skipped and rounds[1].actual == 0
    assert rounds[0].actual == 250 and not rounds[0].skipped
