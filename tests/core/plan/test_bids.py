"""The Action Learning steps (core/plan/bids.py) with the timeline: breaks inserted before
the bids survive them, and the format's own break follows the rounds the bids made
(issue 13, items 2 and 4). No Qt."""

from __future__ import annotations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.plan.bids import apply_bids, insert_break
from facilitator.core.plan.rounds import Bid, PlanError, RoundPlan, check_plan, make_plan
from facilitator.core.plan.timeline import (
    AFTER_BIDS,
    breaks_minutes,
    build_timeline,
    propose_for_time,
    settle_breaks,
)
from facilitator.core.session.runner import SessionRunner
from tests.core.helpers import fmt, people

MIN = 60.0


def al_at_bids(n: int = 7, format_id: str = "action-learning", **given):
    f = fmt(format_id)
    params = f.resolve_params(given)
    return f, params, make_plan(f, params, people(n), at_bids=True)


def inserted(timeline):
    """(phase before, minutes) of every inserted break, in timeline order."""
    return [
        (timeline[p.index - 1].key, p.planned / MIN)
        for p in timeline.phases
        if p.key.startswith("extra:")
    ]


# -- breaks inserted before the bids ---------------------------------------------------


def test_a_break_after_the_rounds_kept_for_the_bids_follows_the_rounds_they_make():
    f, params, plan = al_at_bids()
    plan = insert_break(plan, AFTER_BIDS, 10)
    old = build_timeline(f, params, plan)
    assert inserted(old) == [(AFTER_BIDS, 10)]
    bids = [Bid("Ben"), Bid("Cleo"), Bid("Dev")]
    chosen = propose_for_time(f, params, plan, bids, 195)
    new = apply_bids(f, params, plan, chosen, bids)
    settled, moved = settle_breaks(f, params, plan, new, rounds_minutes=195)
    assert moved == ()  # the rounds fill the time kept: the same clock point
    tl = build_timeline(f, params, settled)
    assert inserted(tl) == [("round:2:4", 10)]  # after the last round, before the close
    assert tl[-1].section == "closing" and tl[-2].key == "extra:0"
    assert tl.planned_total == old.planned_total  # the meeting ends when it did
    assert RoundPlan.from_json(settled.to_json()) == settled  # replayed as it was


def test_longer_rounds_put_the_break_after_the_round_in_progress_at_its_time():
    f, params, plan = al_at_bids()
    plan = insert_break(plan, AFTER_BIDS, 10)
    bids = [Bid("Ben"), Bid("Cleo"), Bid("Dev")]
    # 3 × 70 min and the format's break: at 195 min into the rounds, round 3 runs
    new = apply_bids(f, params, plan, [("Ben", 70), ("Cleo", 70), ("Dev", 70)], bids)
    settled, moved = settle_breaks(f, params, plan, new, rounds_minutes=195)
    assert [b.after for b in settled.breaks] == ["round:2:4"]
    assert len(moved) == 1
    assert moved[0].after_round == 2 and moved[0].shift == pytest.approx(30)  # 225 − 195
    # shorter rounds: after the last round, so many minutes earlier
    new = apply_bids(f, params, plan, [("Ben", 50), ("Cleo", 50)], bids[:2])
    settled, moved = settle_breaks(f, params, plan, new, rounds_minutes=195)
    assert [b.after for b in settled.breaks] == ["round:1:4"]
    assert moved[0].after_round == 1 and moved[0].shift == pytest.approx(100 - 195)


def test_the_break_lands_at_a_round_end_at_its_clock_point_not_the_last_one():
    f, params, plan = al_at_bids()
    plan = insert_break(plan, AFTER_BIDS, 10)
    bids = [Bid(p) for p in ("Ben", "Cleo", "Dev", "Eli")]
    # 60 + 60 + (break 15) + 60 = 195: the clock point is the end of round 3, not 4
    chosen = [("Ben", 60), ("Cleo", 60), ("Dev", 60), ("Eli", 30)]
    settled, moved = settle_breaks(
        f, params, plan, apply_bids(f, params, plan, chosen, bids), rounds_minutes=195
    )
    assert [b.after for b in settled.breaks] == ["round:2:4"] and moved == ()


def test_several_breaks_keep_their_order_and_other_breaks_stay_where_they_were():
    f, params, plan = al_at_bids()
    plan = insert_break(plan, "opening:0", 5)  # after the catch-up: its phase stays
    plan = insert_break(plan, AFTER_BIDS, 10)
    plan = insert_break(plan, "extra:1", 5)  # a break after that break
    plan = insert_break(plan, AFTER_BIDS, 7)
    bids = [Bid("Ben"), Bid("Cleo")]
    new = apply_bids(f, params, plan, [("Ben", 60), ("Cleo", 60)], bids)
    settled, _ = settle_breaks(f, params, plan, new)
    tl = build_timeline(f, params, settled)
    assert inserted(tl) == [
        ("opening:0", 5),
        ("round:1:4", 10),
        ("extra:1", 5),
        ("extra:2", 7),
    ]


def test_nobody_bids_the_break_stays_before_the_close():
    f, params, plan = al_at_bids()
    plan = insert_break(plan, AFTER_BIDS, 10)
    new = apply_bids(f, params, plan, [], [])
    settled, moved = settle_breaks(f, params, plan, new, rounds_minutes=195)
    tl = build_timeline(f, params, settled)
    assert [p.key for p in tl.phases] == ["opening:0", "opening:1", "extra:0", "closing:0"]
    assert settled.breaks[0].after == "opening:1"
    assert moved[0].after_round is None and moved[0].shift == pytest.approx(-195)


def test_the_timeline_never_drops_an_inserted_break_whose_phase_is_gone():
    """Without settle_breaks (an older caller, a record written before): still there."""
    f, params, plan = al_at_bids()
    plan = insert_break(plan, AFTER_BIDS, 10)
    plan = insert_break(plan, "extra:0", 5)
    new = apply_bids(f, params, plan, [("Ben", 60), ("Cleo", 60)], [Bid("Ben"), Bid("Cleo")])
    tl = build_timeline(f, params, new)
    assert [k for k, _ in inserted(tl)] == ["round:1:4", "extra:0"]
    assert tl[-1].section == "closing"
    # a break after a round given up later is kept too
    cc = fmt("case-consultation")
    p4 = make_plan(cc, {}, people(4))
    last = build_timeline(cc, {}, p4)
    with_break = insert_break(p4, last.round_phases(3)[-1].key, 10)
    fewer = RoundPlan.from_json(
        with_break.to_json() | {"rounds": with_break.to_json()["rounds"][:3], "absent": ["Dev"]}
    )
    tl = build_timeline(cc, {}, fewer)
    assert sum(1 for p in tl.phases if p.key == "extra:0") == 1


def test_bids_in_a_running_session_keep_the_break_and_the_end():
    f, params, plan = al_at_bids()
    clock = FakeClock()
    r = SessionRunner(build_timeline(f, params, plan), clock)
    r.start()
    clock.advance(20 * MIN)
    r.goto(2)  # into the stretch kept for the rounds (a jump), and a break after it
    r.replan(insert_break(r.timeline.plan, r.phase.key, 15))
    r.goto(1)  # back to Bids
    clock.advance(10 * MIN)
    end = r.remaining_total() + r.elapsed()
    assert end == pytest.approx((20 + 10 + 195 + 15 + 10) * MIN)
    available = r.minutes_for_rounds()
    bids = [Bid("Ben"), Bid("Cleo"), Bid("Dev")]
    chosen = propose_for_time(f, params, r.timeline.plan, bids, available)
    new = apply_bids(f, params, r.timeline.plan, chosen, bids)
    settled, moved = settle_breaks(f, params, r.timeline.plan, new, rounds_minutes=available)
    r.replan(settled)
    assert moved == ()
    assert any(p.key == "extra:0" for p in r.timeline.phases)
    assert r.remaining_total() + r.elapsed() == pytest.approx(end)
    again = SessionRunner(build_timeline(f, params, plan), clock, events=r.events)
    assert [p.key for p in again.timeline.phases] == [p.key for p in r.timeline.phases]


# -- the format's own break follows the rounds the bids made ----------------------------


def format_breaks(timeline):
    """The rounds (1-based) after which the format's own break comes."""
    return [
        timeline[p.index - 1].round_index + 1 for p in timeline.phases if p.key.startswith("break:")
    ]


@pytest.mark.parametrize(
    ("planned", "bidders", "after"),
    [(3, 5, [3]), (4, 2, [1]), (2, 4, [2]), (5, 3, [2]), (3, 3, [2])],
)
def test_audio_break_comes_after_half_the_rounds_the_bids_made(planned, bidders, after):
    f, params, plan = al_at_bids(7, "audio-action-learning", call_hours=4, issue_holders=planned)
    available = build_timeline(f, params, plan)[2].planned / MIN
    bids = [Bid(p) for p in people(7)[1 : 1 + bidders]]
    chosen = propose_for_time(f, params, plan, bids, available)
    # the proposal leaves room for exactly one break, wherever it goes
    assert sum(m for _, m in chosen) + 15 == pytest.approx(available)
    assert breaks_minutes(f, params, plan, [m for _, m in chosen]) == 15
    tl = build_timeline(f, params, apply_bids(f, params, plan, chosen, bids))
    assert format_breaks(tl) == after
    assert tl.planned_total == pytest.approx(4 * 60 * MIN)  # the call, to the minute


def test_action_learning_break_by_time_counts_the_rounds_made():
    f, params, plan = al_at_bids(7)  # 3 planned (a break after round 2 of 60 min)
    bids = [Bid(p) for p in ("Ben", "Cleo", "Dev", "Eli")]
    chosen = propose_for_time(f, params, plan, bids, 195)
    assert [m for _, m in chosen] == [45, 45, 45, 45]
    tl = build_timeline(f, params, apply_bids(f, params, plan, chosen, bids))
    assert format_breaks(tl) == [2]  # past two hours: 30 min opening + 2 × 45 min
    assert tl.planned_total == pytest.approx((20 + 10 + 195 + 10) * MIN)
    two = [("Ben", 80), ("Cleo", 80)]  # 30 + 80 min: under two hours at round 1
    tl = build_timeline(f, params, apply_bids(f, params, plan, two, bids[:2]))
    assert format_breaks(tl) == []  # a break by time never follows the last round


# -- plural messages -------------------------------------------------------------------


def test_plan_errors_say_one_participant_not_participant_s():
    f = fmt("action-learning")
    params = f.default_params()
    plan = make_plan(f, params, people(5))
    broken = RoundPlan.from_json(plan.to_json() | {"fixed": {"facilitator": []}})
    with pytest.raises(PlanError) as said:
        check_plan(f, params, broken)
    assert "1 present participant needed; the plan has nobody." in str(said.value)


def test_round_errors_count_properly_too():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(4))
    data = plan.to_json()
    data["rounds"][0]["roles"]["adviser"] += data["rounds"][0]["roles"].pop("timekeeper")
    with pytest.raises(PlanError) as said:
        check_plan(f, {}, RoundPlan.from_json(data))
    assert "Round 1: Timekeeper needs 1 participant; the plan has 0." in str(said.value)
    al = fmt("action-learning")
    params = al.resolve_params({"issue_holders": 8})
    with pytest.raises(PlanError, match="8 rounds asked for, but only 4 members can hold one"):
        make_plan(al, params, people(5))
