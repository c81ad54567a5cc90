"""Memory across meetings, on hand-made histories: fair order, rotas, suggestions."""

from __future__ import annotations

import pytest

from facilitator.core.groups.memory import (
    HeldMeeting,
    carried_actions,
    fair_order,
    floor_totals,
    planned_minutes,
    rota_next,
    suggest,
)
from facilitator.core.groups.series import Group
from facilitator.core.plan.rounds import PlanError
from tests.core.helpers import fmt


def meeting(n, present, held=None, roles=None, actions=()):
    return HeldMeeting(
        session_id=100 + n, number=n, when=1000.0 * n, present=tuple(present),
        held=held or {}, airtime={}, roles=roles or {}, actions=tuple(actions),
    )  # fmt: skip


MEMBERS = ["Ana", "Ben", "Cy", "Dee"]


def test_floor_totals_add_rounds_and_actual_seconds_across_meetings():
    history = [
        meeting(1, MEMBERS, held={"Ana": 3600, "Ben": 3000}),
        meeting(2, MEMBERS, held={"Ana": 1200, "Cy": 4000}),
    ]
    totals = {t.person: t for t in floor_totals(history, MEMBERS)}
    assert (totals["Ana"].rounds, totals["Ana"].seconds, totals["Ana"].last_meeting) == (
        2, 4800, 2,
    )  # fmt: skip
    assert (totals["Dee"].rounds, totals["Dee"].seconds) == (0, 0)


def test_those_who_held_least_go_first():
    history = [
        meeting(1, MEMBERS, held={"Ana": 3600, "Ben": 3000}),
        meeting(2, MEMBERS, held={"Cy": 500}),
    ]
    assert fair_order(MEMBERS, history) == ["Dee", "Cy", "Ben", "Ana"]
    assert fair_order(MEMBERS, []) == MEMBERS  # a new group keeps its own order


def test_equal_time_goes_to_the_one_who_waited_longest():
    history = [meeting(1, MEMBERS, held={"Ana": 600}), meeting(2, MEMBERS, held={"Ben": 600})]
    assert fair_order(["Ben", "Ana"], history)[:2] == ["Ana", "Ben"]


def test_rota_goes_round_and_skips_no_one():
    history = []
    turns = []
    for n in range(1, 6):
        person = rota_next(MEMBERS, history, "facilitator")
        turns.append(person)
        history.append(meeting(n, MEMBERS, roles={"facilitator": (person,)}))
    assert turns == ["Ana", "Ben", "Cy", "Dee", "Ana"]


def test_a_case_consultation_group_rotates_its_timekeeper_last_in_the_names():
    group = Group(1, "Cases", "case-consultation", ("Ana", "Ben", "Cy"), rota_role="timekeeper")
    history = [meeting(1, group.members, roles={"timekeeper": ("Cy",)})]
    s = suggest(group, fmt("case-consultation"), history)
    assert s.rota == {"timekeeper": "Ana"}
    assert s.participants[-1] == "Ana"  # the timekeeper is the last name where possible
    assert sorted(s.participants) == ["Ana", "Ben", "Cy"]


def test_action_learning_puts_the_facilitator_first_and_the_least_held_next():
    group = Group(1, "Set", "action-learning", tuple(MEMBERS), facilitator="Fay")
    history = [meeting(1, ["Fay", *MEMBERS], held={"Ana": 3600, "Ben": 3500})]
    s = suggest(group, fmt("action-learning"), history)
    assert s.participants == ("Fay", "Cy", "Dee", "Ben", "Ana")


def test_a_rotating_facilitator_is_taken_out_of_the_holders():
    group = Group(1, "Set", "action-learning", tuple(MEMBERS), rota_role="facilitator")
    history = [meeting(1, MEMBERS, roles={"facilitator": ("Ana",)}, held={"Ben": 3600})]
    s = suggest(group, fmt("action-learning"), history)
    assert s.rota == {"facilitator": "Ben"}
    assert s.participants == ("Ben", "Ana", "Cy", "Dee")  # Ana facilitated; she held no round


def test_commitments_go_to_the_next_meeting_each_person_attends():
    history = [
        meeting(1, MEMBERS, actions=[("Ana", "ask for the budget"), ("Ben", "call Dee")]),
        meeting(2, ["Ben", "Cy", "Dee"], actions=[("Ben", "write the memo")]),  # Ana away
        meeting(3, MEMBERS),
    ]
    at_2 = carried_actions(history, 102)
    assert [(c.person, c.text, c.meeting_number) for c in at_2] == [
        ("Ana", "ask for the budget", 1),
        ("Ben", "call Dee", 1),
    ]
    at_3 = carried_actions(history, 103)
    assert [(c.person, c.text, c.meeting_number) for c in at_3] == [
        ("Ana", "ask for the budget", 1),  # she missed meeting 2, so it is still hers to report
        ("Ben", "write the memo", 2),  # not "call Dee" again: he reported on it at meeting 2
    ]
    assert carried_actions(history, 101) == []


def test_planned_minutes_follow_the_format_and_people():
    al = fmt("action-learning")
    # catch-up 20 + bids 10 + 3 rounds of 60 + close 10, and a break of 15 after the
    # round that ends past two hours (the second)
    assert planned_minutes(al, {}, ["Fay", *MEMBERS]) == pytest.approx(235)
    assert planned_minutes(al, {"issue_holders": 2}, ["Fay", *MEMBERS]) == pytest.approx(160)
    with pytest.raises(PlanError):
        planned_minutes(al, {}, ["Fay", "Ana"])


def test_chart_data_adds_up_holder_time_and_lists_airtime_per_meeting():
    from facilitator.core.groups.memory import series_chart_data

    history = [
        meeting(1, MEMBERS, held={"Ana": 3600}),
        meeting(2, MEMBERS, held={"Ben": 1800, "Ana": 600}),
    ]
    history[1] = HeldMeeting(**{**history[1].__dict__, "airtime": {"Cy": 300.0, "Zoe": 60.0}})
    data = series_chart_data(history, MEMBERS)
    assert data.meetings == (1, 2)
    assert data.held_total["Ana"] == (60, 70)
    assert data.held_total["Ben"] == (0, 30)
    assert data.held_total["Dee"] == (0, 0)
    assert data.airtime["Cy"] == (0, 5)
    assert data.airtime["Zoe"] == (0, 1)  # a guest who spoke is shown too
    quiet = [HeldMeeting(**{**history[0].__dict__, "airtime": {"Fay": 0.0}})]
    assert "Fay" not in series_chart_data(quiet, MEMBERS).airtime  # silent non-members left out
