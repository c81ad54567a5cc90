"""Round plans: who holds which role in each round, and the edits made during a meeting."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from facilitator.core.formats.format import Format
from facilitator.core.formats.schema import parse_format
from facilitator.core.plan.edits import add_late, mark_absent, reorder, reshuffle, swap
from facilitator.core.plan.rounds import PlanError, RoundPlan, check_plan, make_plan, round_count
from facilitator.core.plan.timeline import build_timeline
from tests.core.helpers import fmt, hsettings, people

seeds = st.one_of(st.none(), st.integers(0, 2**32))


# -- invariants, checked independently of check_plan -----------------------------------------


def assert_one_role_each(plan: RoundPlan) -> None:
    """In every round every present participant holds exactly one role."""
    for r in range(len(plan.rounds)):
        counts = Counter(p for ppl in plan.roles_in(r).values() for p in ppl)
        assert set(counts) == set(plan.present), (r, counts)
        assert all(c == 1 for c in counts.values()), (r, counts)


def assert_case_consultation(plan: RoundPlan, names: list[str]) -> None:
    assert plan.fixed == {}
    # every member is case giver exactly once
    assert sorted(r.holder for r in plan.rounds) == sorted(names)
    for rnd in plan.rounds:
        assert rnd.roles["case_giver"] == (rnd.holder,)
        (keeper,) = rnd.roles["timekeeper"]
        assert keeper != rnd.holder
        assert set(rnd.roles["adviser"]) == set(names) - {rnd.holder, keeper}
    assert_one_role_each(plan)


def assert_action_learning(plan: RoundPlan, names: list[str], holders: int, facilitator: str):
    assert plan.fixed == {"facilitator": (facilitator,)}
    assert len(plan.rounds) == holders
    got = [r.holder for r in plan.rounds]
    assert len(set(got)) == holders
    assert facilitator not in got
    for rnd in plan.rounds:
        assert rnd.roles["issue_holder"] == (rnd.holder,)
        assert facilitator not in rnd.roles["member"]
        assert set(rnd.roles["member"]) == set(names) - {rnd.holder, facilitator}
        # outside and inside the rounds the facilitator is the same person
    assert plan.roles_in(None) == {"facilitator": (facilitator,)}
    assert_one_role_each(plan)


# -- property tests for each format -------------------------------------------------------------


@hsettings(80)
@given(n=st.integers(3, 8), seed=seeds)
def test_case_consultation_plans(n, seed):
    f = fmt("case-consultation")
    names = people(n)
    if not f.group_min <= n <= f.group_max:
        with pytest.raises(PlanError, match="3–4 people"):
            make_plan(f, {}, names, seed=seed)
        return
    plan = make_plan(f, {}, names, seed=seed)
    assert len(plan.rounds) == n
    assert_case_consultation(plan, names)
    assert make_plan(f, {}, names, seed=seed) == plan  # deterministic


@hsettings(30)
@given(seed=seeds, first=st.sampled_from(["Ana", "Ben"]))
def test_co_consulting_swap(seed, first):
    f = fmt("co-consulting")
    params = f.resolve_params()
    other = "Ben" if first == "Ana" else "Ana"
    plan = make_plan(f, params, [first, other], seed=seed)
    a, b = plan.rounds
    assert a.holder != b.holder
    assert a.roles == {"client": (a.holder,), "consultant": (b.holder,)}
    assert b.roles == {"client": (b.holder,), "consultant": (a.holder,)}
    if seed is None:
        assert a.holder == first  # who goes first follows the order given
    assert_one_role_each(plan)


@hsettings(80)
@given(
    format_id=st.sampled_from(["action-learning", "audio-action-learning"]),
    n=st.integers(3, 8),
    holders=st.integers(1, 8),
    seed=seeds,
)
def test_action_learning_plans(format_id, n, holders, seed):
    f = fmt(format_id)
    hmax = f.parameter("issue_holders").maximum
    assume(holders <= hmax)
    params = f.resolve_params({"issue_holders": holders})
    names = people(n)
    if not f.group_min <= n <= f.group_max:
        with pytest.raises(PlanError, match=f"{n} given"):
            make_plan(f, params, names, seed=seed)
        return
    if holders > n - 1:
        with pytest.raises(PlanError, match=f"{holders} rounds asked for, but only {n - 1}"):
            make_plan(f, params, names, seed=seed)
        return
    plan = make_plan(f, params, names, seed=seed)
    assert_action_learning(plan, names, holders, facilitator=names[0])
    assert make_plan(f, params, names, seed=seed) == plan


@hsettings(40)
@given(n=st.integers(4, 8), seed=st.integers(0, 2**32), pin=st.integers(0, 7))
def test_pinned_facilitator_is_never_an_issue_holder(n, seed, pin):
    f = fmt("action-learning")
    names = people(n)
    chosen = names[pin % n]
    holders = min(3, n - 1)
    params = f.resolve_params({"issue_holders": holders})
    plan = make_plan(f, params, names, seed=seed, pins={"facilitator": [chosen]})
    assert_action_learning(plan, names, holders, facilitator=chosen)


def test_pin_must_be_a_participant():
    f = fmt("action-learning")
    with pytest.raises(PlanError, match="Facilitator 'Zoe' is not among the participants"):
        make_plan(f, f.resolve_params(), people(5), pins={"facilitator": ["Zoe"]})


# -- seeds --------------------------------------------------------------------------------------


def test_seed_reshuffles_but_keeps_the_rules():
    f = fmt("case-consultation")
    names = people(4)
    orders = set()
    for seed in range(20):
        plan = make_plan(f, {}, names, seed=seed)
        assert_case_consultation(plan, names)
        assert make_plan(f, {}, names, seed=seed) == plan
        orders.add(tuple(r.holder for r in plan.rounds))
    assert len(orders) > 1  # different seeds give different orders


def test_reshuffle_keeps_the_facilitator_and_the_rules():
    f = fmt("action-learning")
    params = f.resolve_params({"issue_holders": 3})
    names = people(7)
    plan = make_plan(f, params, names, pins={"facilitator": ["Dev"]})
    orders = set()
    for seed in range(15):
        new = reshuffle(f, params, plan, seed)
        assert new == reshuffle(f, params, plan, seed)
        assert_action_learning(new, names, 3, facilitator="Dev")
        orders.add(tuple(r.holder for r in new.rounds))
    assert len(orders) > 1


def test_without_seed_the_order_is_the_order_given():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, ["Dev", "Ana", "Cleo"])
    assert [r.holder for r in plan.rounds] == ["Dev", "Ana", "Cleo"]


def test_timekeeper_stays_with_one_person_where_possible():
    # seed 003: name a timekeeper at the start; they keep time until it is their own case
    f = fmt("case-consultation")
    plan = make_plan(f, {}, ["Ana", "Ben", "Cleo", "Dev"])
    keepers = [r.roles["timekeeper"] for r in plan.rounds]
    assert keepers == [("Dev",), ("Dev",), ("Dev",), ("Cleo",)]


# -- names and sizes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "names, message",
    [
        (["Ana", "Ben", "ana"], "'ana' is listed twice"),
        (["Ana", "Ben", "   "], "name is empty"),
        (["Ana", "Ben"], "3–4 people; 2 given"),
        (people(5), "3–4 people; 5 given"),
    ],
)
def test_bad_participant_lists(names, message):
    with pytest.raises(PlanError, match=message):
        make_plan(fmt("case-consultation"), {}, names)


def test_names_are_tidied():
    plan = make_plan(fmt("co-consulting"), {}, ["  Ana   Lee ", "Ben"])
    assert plan.participants == ("Ana Lee", "Ben")


# -- edits --------------------------------------------------------------------------------------------


def test_swap_two_people_everywhere():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, ["Ana", "Ben", "Cleo", "Dev"])
    new = swap(f, {}, plan, "Ana", "Dev")
    assert [r.holder for r in new.rounds] == ["Dev", "Ben", "Cleo", "Ana"]
    assert new.rounds[0].roles["timekeeper"] == ("Ana",)
    assert_case_consultation(new, ["Ana", "Ben", "Cleo", "Dev"])
    assert swap(f, {}, new, "Ana", "Dev") == plan


def test_swap_the_facilitator_with_a_member():
    f = fmt("action-learning")
    params = f.resolve_params({"issue_holders": 2})
    names = people(5)
    plan = make_plan(f, params, names)
    new = swap(f, params, plan, "Ana", "Ben")  # Ben was the first issue holder
    assert_action_learning(new, names, 2, facilitator="Ben")
    assert new.rounds[0].holder == "Ana"


def test_swap_that_breaks_a_rule_is_refused():
    f = fmt("action-learning")
    params = f.resolve_params({"issue_holders": 2})
    plan = make_plan(f, params, people(5))
    # from round 2 on only: the facilitator would become an issue holder as well
    with pytest.raises(PlanError, match="Issue holder must be one present member; it is Ana"):
        swap(f, params, plan, "Ana", "Cleo", from_round=1)
    with pytest.raises(PlanError, match="Zoe"):
        swap(f, params, plan, "Ben", "Zoe")


@hsettings(60)
@given(n=st.integers(3, 4), seed=seeds, a=st.integers(0, 3), b=st.integers(0, 3))
def test_swap_property(n, seed, a, b):
    f = fmt("case-consultation")
    names = people(n)
    plan = make_plan(f, {}, names, seed=seed)
    x, y = names[a % n], names[b % n]
    new = swap(f, {}, plan, x, y)
    assert_case_consultation(new, names)
    for old, rnd in zip(plan.rounds, new.rounds, strict=True):
        assert old.role_of(x) == rnd.role_of(y)
        assert old.role_of(y) == rnd.role_of(x)
    assert swap(f, {}, new, x, y) == plan


def test_mark_absent_from_a_later_round():
    f = fmt("case-consultation")
    names = ["Ana", "Ben", "Cleo", "Dev"]
    plan = make_plan(f, {}, names)
    new = mark_absent(f, {}, plan, "Dev", from_round=1)
    assert new.absent == {"Dev"}
    assert new.present == ("Ana", "Ben", "Cleo")
    assert new.rounds[0] == plan.rounds[0]  # history is kept, Dev included
    assert "Dev" in new.rounds[0].roles["timekeeper"]
    assert [r.holder for r in new.rounds] == ["Ana", "Ben", "Cleo"]
    for rnd in new.rounds[1:]:
        assert rnd.role_of("Dev") is None
        (keeper,) = rnd.roles["timekeeper"]
        assert keeper != rnd.holder and keeper != "Dev"
        assert sorted(p for ppl in rnd.roles.values() for p in ppl) == ["Ana", "Ben", "Cleo"]


def test_mark_absent_before_the_start_replans():
    f = fmt("action-learning")
    params = f.resolve_params({"issue_holders": 3})
    plan = make_plan(f, params, people(6))
    new = mark_absent(f, params, plan, "Ben")
    assert_action_learning(new, ["Ana", "Cleo", "Dev", "Eli", "Fay"], 3, facilitator="Ana")
    assert "Ben" not in [r.holder for r in new.rounds]


@pytest.mark.parametrize("from_round", [0, 1])
def test_mark_absent_leaving_too_few_people_is_refused(from_round):
    f = fmt("case-consultation")
    plan = make_plan(f, {}, ["Ana", "Ben", "Cleo"])
    with pytest.raises(PlanError, match="3–4 people present; 2 are"):
        mark_absent(f, {}, plan, "Cleo", from_round=from_round)


def test_absent_facilitator_is_refused():
    f = fmt("action-learning")
    params = f.resolve_params({"issue_holders": 2})
    plan = make_plan(f, params, people(6))
    with pytest.raises(PlanError, match=r"Ana holds a fixed role.*swap"):
        mark_absent(f, params, plan, "Ana", from_round=1)
    with pytest.raises(PlanError, match="Zoe is not among the participants present"):
        mark_absent(f, params, plan, "Zoe")


def test_add_late_joins_at_the_end():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, ["Ana", "Ben", "Cleo"])
    new = add_late(f, {}, plan, "  Dev ", from_round=1, brings_issue=True)
    assert new.participants == ("Ana", "Ben", "Cleo", "Dev")
    assert new.rounds[0] == plan.rounds[0]
    assert [r.holder for r in new.rounds] == ["Ana", "Ben", "Cleo", "Dev"]
    for rnd in new.rounds[1:]:
        assert rnd.role_of("Dev") is not None
        assert rnd.roles["timekeeper"] != (rnd.holder,)


def test_absent_person_comes_back():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(4))
    away = mark_absent(f, {}, plan, "Ben")
    assert len(away.rounds) == 3
    back = add_late(f, {}, away, "Ben", brings_issue=True)
    assert back.absent == frozenset()
    assert back.participants == plan.participants
    assert sorted(r.holder for r in back.rounds) == sorted(people(4))
    assert_case_consultation(back, people(4))


@pytest.mark.parametrize("from_round", [0, 1])
def test_add_late_beyond_the_group_size_is_refused(from_round):
    f = fmt("co-consulting")
    plan = make_plan(f, {}, ["Ana", "Ben"])
    with pytest.raises(PlanError, match="2 people present; 3 are"):
        add_late(f, {}, plan, "Cleo", from_round=from_round)


def test_add_late_with_a_bad_name():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(3))
    with pytest.raises(PlanError, match="empty"):
        add_late(f, {}, plan, "   ")
    with pytest.raises(PlanError, match="Ana is already here"):
        add_late(f, {}, plan, "Ana")
    # names must differ by more than case, as when the plan was made
    with pytest.raises(PlanError, match="Ana is already here"):
        add_late(f, {}, plan, " ANA ")


def test_absent_person_comes_back_whatever_the_case():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(4))
    away = mark_absent(f, {}, plan, "Ben")
    back = add_late(f, {}, away, "ben")
    assert back.participants == plan.participants
    assert back.absent == frozenset()


def test_reorder():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(4))
    new = reorder(f, {}, plan, [3, 2, 1, 0])
    assert [r.holder for r in new.rounds] == ["Dev", "Cleo", "Ben", "Ana"]
    assert_case_consultation(new, people(4))
    with pytest.raises(PlanError, match="every round exactly once"):
        reorder(f, {}, plan, [0, 0, 1, 2])
    with pytest.raises(PlanError, match="every round exactly once"):
        reorder(f, {}, plan, [0, 1, 2])


def test_check_plan_catches_hand_made_mistakes():
    f = fmt("case-consultation")
    plan = make_plan(f, {}, people(3))
    r0 = plan.rounds[0]
    # the timekeeper is the case giver
    bad = RoundPlan(
        plan.participants,
        plan.fixed,
        (
            type(r0)(
                r0.holder, {**r0.roles, "timekeeper": (r0.holder,), "adviser": ("Ben", "Cleo")}
            ),
            *plan.rounds[1:],
        ),
    )
    with pytest.raises(PlanError, match=r"holds two roles|cannot also be timekeeper"):
        check_plan(f, {}, bad)
    # a round held twice
    twice = RoundPlan(plan.participants, plan.fixed, (r0, r0, plan.rounds[2]))
    with pytest.raises(PlanError, match="Ana holds more than one round"):
        check_plan(f, {}, twice)
    # somebody has no role
    lost = RoundPlan(
        plan.participants,
        plan.fixed,
        (type(r0)(r0.holder, {**r0.roles, "adviser": ()}), *plan.rounds[1:]),
    )
    with pytest.raises(PlanError, match="has no role"):
        check_plan(f, {}, lost)


# -- JSON ---------------------------------------------------------------------------------------------


@hsettings(40)
@given(
    format_id=st.sampled_from(["case-consultation", "action-learning", "co-consulting"]),
    seed=seeds,
    absent=st.booleans(),
)
def test_json_round_trip(format_id, seed, absent):
    f = fmt(format_id)
    params = f.resolve_params()
    n = {"case-consultation": 4, "action-learning": 6, "co-consulting": 2}[format_id]
    plan = make_plan(f, params, people(n), seed=seed)
    if absent and format_id != "co-consulting":
        plan = mark_absent(f, params, plan, plan.rounds[-1].holder, from_round=1)
    data = json.loads(json.dumps(plan.to_json()))
    again = RoundPlan.from_json(data)
    assert again == plan
    assert again.to_json() == plan.to_json()


# -- formats whose counts cannot be worked out ----------------------------------------------------------

_ODD = """\
id = "odd"
title = "Odd"
description = "Breaks after a round that depends on a setting."
group_size = { min = 3, max = 6 }

[[parameters]]
id = "n"
label = "N"
default = 3
min = 1
max = 5

[[roles]]
id = "holder"
name = "Holder"
assign = "holder"
does = "Holds."

[[roles]]
id = "rest"
name = "Rest"
assign = "rest"
does = "Helps."

[rounds]
count = "members"
break_after = "BREAK"

[[rounds.phases]]
name = "Talk"
minutes = 5

[[rounds.break]]
name = "Pause"
minutes = 5
"""


def _odd(break_after: str) -> Format:
    return parse_format(_ODD.replace("BREAK", break_after), "odd.toml")


def test_break_after_that_cannot_be_computed_is_a_plan_error():
    f = _odd("10 / (n - 2)")  # fine at 1, 3 and 5; divides by zero at 2
    params = f.resolve_params({"n": 2})
    plan = make_plan(f, params, people(3))
    with pytest.raises(PlanError, match="divides by zero"):
        build_timeline(f, params, plan)


def test_break_after_the_named_round():
    f = _odd("n - 1")
    params = f.resolve_params({"n": 3})
    tl = build_timeline(f, params, make_plan(f, params, people(3)))
    assert [p.section for p in tl.phases] == ["round", "round", "break", "round"]


def test_round_count_helper():
    f = fmt("action-learning")
    assert (
        round_count(f, {"issue_holders": 4, "round_minutes": 60, "catch_up_minutes": 20}, 6, 7) == 4
    )
    assert round_count(fmt("case-consultation"), {}, 3, 3) == 3
    assert round_count(fmt("one-to-one-coaching"), {"session_minutes": 60}, 1, 2) == 0
