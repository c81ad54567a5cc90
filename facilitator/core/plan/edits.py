"""Edits to a round plan: a swap, a new order, a reshuffle, an absence, a late arrival.

Each edit returns a new plan checked against the format (``PlanError`` says why it
cannot be made); the plan given is never changed. During a session, `from_round` is the
first round not yet begun: the rounds before it are history and stay as they were.
Making a plan in the first place is `rounds.make_plan`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from facilitator.core.formats.format import Assign, Format
from facilitator.core.plan.rounds import (
    PlanError,
    Round,
    RoundPlan,
    assign_rounds,
    check_plan,
    check_plan_from,
    every_member_holds_a_round,
    make_plan,
    round_count,
)


def swap(
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    a: str,
    b: str,
    *,
    from_round: int = 0,
) -> RoundPlan:
    """Swap two people's roles, in the fixed roles and in every round from `from_round` on."""

    def sw(p: str) -> str:
        return b if p == a else a if p == b else p

    fixed = {rid: tuple(sw(p) for p in people) for rid, people in plan.fixed.items()}
    rounds = tuple(
        Round(sw(r.holder), {rid: tuple(sw(p) for p in people) for rid, people in r.roles.items()})
        if i >= from_round
        else r
        for i, r in enumerate(plan.rounds)
    )
    new = replace(plan, fixed=fixed if from_round == 0 else plan.fixed, rounds=rounds)
    check_plan_from(fmt, params, new, from_round)
    return new


def reorder(
    fmt: Format, params: Mapping[str, float], plan: RoundPlan, order: Sequence[int]
) -> RoundPlan:
    """Put the rounds in a new order (a permutation of their indexes); duties are re-dealt."""
    if sorted(order) != list(range(len(plan.rounds))):
        raise PlanError("A new order must list every round exactly once.")
    holders = [plan.rounds[i].holder for i in order]
    new = replace(plan, rounds=assign_rounds(fmt, holders, plan.members))
    check_plan(fmt, params, new)
    return new


def reshuffle(fmt: Format, params: Mapping[str, float], plan: RoundPlan, seed: int) -> RoundPlan:
    pins = {rid: list(people) for rid, people in plan.fixed.items()}
    new = make_plan(fmt, params, plan.present, seed=seed, pins=pins)
    return replace(new, participants=plan.participants, absent=plan.absent)


def mark_absent(
    fmt: Format, params: Mapping[str, float], plan: RoundPlan, person: str, *, from_round: int = 0
) -> RoundPlan:
    """`person` is not (or no longer) here: rounds before `from_round` stay as they were;
    later rounds are dealt again among those present."""
    if person not in plan.present:
        raise PlanError(f"{person} is not among the participants present.")
    absent = plan.absent | {person}
    return _redeal(fmt, params, replace(plan, absent=absent), from_round)


def add_late(
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    person: str,
    *,
    from_round: int = 0,
    brings_issue: bool = False,
    current_round: int | None = None,
) -> RoundPlan:
    """A late arrival joins from `from_round` on (or someone marked absent comes back).

    Without an issue (the default) they join as a member of the rest role: in the round
    in progress (`current_round`) and in every later one, and no round is added for them.
    With an issue they get a round of their own at the end."""
    person = " ".join(person.split())
    if not person:
        raise PlanError("A participant's name is empty.")
    # names differ by more than case (as in make_plan): "ana" is Ana coming back
    person = next((p for p in plan.participants if p.casefold() == person.casefold()), person)
    if person in plan.present:
        raise PlanError(f"{person} is already here.")
    participants = (
        plan.participants if person in plan.participants else (*plan.participants, person)
    )
    without = plan.without_round - {person} if brings_issue else plan.without_round | {person}
    joined = replace(
        plan, participants=participants, absent=plan.absent - {person}, without_round=without
    )
    if brings_issue:
        holders = [r.holder for r in plan.rounds]
        if person not in holders:
            dealt = assign_rounds(fmt, [*holders[from_round:], person], joined.members)
            joined = replace(
                joined,
                rounds=(*plan.rounds[:from_round], *_keep_minutes(plan.rounds[from_round:], dealt)),
            )
        check_plan_from(fmt, params, joined, from_round)
        return _with_current(fmt, joined, person, current_round)
    new = _redeal(fmt, params, joined, from_round)
    return _with_current(fmt, new, person, current_round)


def _keep_minutes(old: Sequence[Round], dealt: Sequence[Round]) -> tuple[Round, ...]:
    """Dealt-again rounds keep the lengths their holders had."""
    minutes = {r.holder: r.minutes for r in old}
    return tuple(replace(r, minutes=minutes.get(r.holder)) for r in dealt)


def _with_current(fmt: Format, plan: RoundPlan, person: str, current: int | None) -> RoundPlan:
    """`person` joins the round in progress as one of the rest role (a set member)."""
    rest = next(iter(fmt.roles_by(Assign.REST)), None)
    if rest is None or current is None or not 0 <= current < len(plan.rounds):
        return plan
    rnd = plan.rounds[current]
    if any(person in people for people in rnd.roles.values()):
        return plan
    roles = dict(rnd.roles)
    roles[rest.id] = (*roles.get(rest.id, ()), person)
    rounds = list(plan.rounds)
    rounds[current] = replace(rnd, roles=roles)
    return replace(plan, rounds=tuple(rounds))


def _redeal(
    fmt: Format, params: Mapping[str, float], plan: RoundPlan, from_round: int
) -> RoundPlan:
    members = plan.members
    kept = list(plan.rounds[:from_round])
    had = {r.holder for r in kept}
    later = [
        r.holder for r in plan.rounds[from_round:] if r.holder in members and r.holder not in had
    ]
    want = round_count(fmt, params, len(members), len(plan.present))
    newcomers = [
        p for p in members if p not in had and p not in later and p not in plan.without_round
    ]
    if plan.bids is not None:
        newcomers = []  # the bids decided the holders; a newcomer bids with brings_issue
    if every_member_holds_a_round(fmt):
        later += newcomers  # every member holds a round: the newcomer's goes at the end
    elif len(kept) + len(later) < want:
        later += newcomers[: want - len(kept) - len(later)]
    dealt = _keep_minutes(plan.rounds[from_round:], assign_rounds(fmt, later, members))
    # rounds already held keep their roles, except people who have since left
    new = replace(plan, rounds=tuple(kept) + dealt)
    if plan.absent:
        for p in plan.absent:
            if any(p in people for people in new.fixed.values()):
                raise PlanError(f"{p} holds a fixed role; give it to someone present first (swap).")
    check_plan_from(fmt, params, new, from_round)
    return new
