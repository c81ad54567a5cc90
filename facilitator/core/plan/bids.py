"""The Action Learning steps of a plan: the bids that decide the rounds, breaks inserted
during the session, and what is agreed in a phase (the pair's agreement, how a client
wants to be helped).

Each step takes a plan and returns a new one, checked against the format; the plan's data
(`RoundPlan`, `Bid`, `InsertedBreak`) and the dealing of roles are in `rounds`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from facilitator.core.formats.format import Format
from facilitator.core.plan.edits import reorder
from facilitator.core.plan.rounds import (
    Bid,
    InsertedBreak,
    PlanError,
    RoundPlan,
    assign_rounds,
    check_plan_from,
)

# -- bids: the members who bid for help hold the rounds ------------------------------------


def apply_bids(
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    rounds: Sequence[tuple[str, float | None]],
    bids: Sequence[Bid],
    *,
    from_round: int = 0,
) -> RoundPlan:
    """The rounds decided at Bids: `rounds` is (holder, minutes or None) in the agreed
    order; members who did not bid stay members. The bids are kept with the plan."""
    present = plan.members
    holders = [h for h, _ in rounds]
    for h in holders:
        if h not in present:
            raise PlanError(f"{h} is not a present member and cannot hold a round.")
    if len(set(holders)) != len(holders):
        raise PlanError("Each member holds at most one round.")
    for _, minutes in rounds:
        if minutes is not None and not 1 <= minutes <= 8 * 60:
            raise PlanError(f"A round of {minutes:g} minutes is not possible.")
    dealt = assign_rounds(fmt, holders, present)
    dealt = tuple(replace(r, minutes=m) for r, (_, m) in zip(dealt, rounds, strict=True))
    new = replace(plan, rounds=(*plan.rounds[:from_round], *dealt), bids=tuple(bids))
    check_plan_from(fmt, params, new, from_round)
    return new


def propose_rounds(
    bids: Sequence[Bid], available_minutes: float, *, by_bid: bool = False
) -> list[tuple[str, float]]:
    """Rounds for the bidders in the time available: equal shares, or shares in proportion
    to the minutes each asked for (a bid without minutes counts as an equal share). The
    more pressing bids go first; equal urgency keeps the order of bidding. Whole minutes."""
    if not bids:
        return []
    order = sorted(range(len(bids)), key=lambda i: (-(bids[i].urgency or 0), i))
    ordered = [bids[i] for i in order]
    asked = [b.minutes for b in ordered if b.minutes]
    fair = sum(asked) / len(asked) if asked else 1.0
    weights = [(b.minutes or fair) if by_bid else 1.0 for b in ordered]
    shares = share_minutes(weights, available_minutes)
    return [(b.person, float(m)) for b, m in zip(ordered, shares, strict=True)]


def share_minutes(weights: Sequence[float], total: float) -> list[int]:
    """`total` whole minutes shared in proportion to `weights` (largest remainder), each
    share at least a minute."""
    n = len(weights)
    if n == 0:
        return []
    whole = max(n, round(total))
    wsum = sum(weights) or float(n)
    exact = [whole * (w if sum(weights) else 1.0) / wsum for w in weights]
    shares = [int(x) for x in exact]
    left = whole - sum(shares)
    for i in sorted(range(n), key=lambda i: (-(exact[i] - shares[i]), i))[:left]:
        shares[i] += 1
    for i in range(n):  # nobody gets nothing: a minute from the largest share
        if shares[i] == 0:
            shares[max(range(n), key=lambda j: shares[j])] -= 1
            shares[i] = 1
    return shares


def insert_break(plan: RoundPlan, after: str, minutes: float) -> RoundPlan:
    """A break of `minutes` after the phase with key `after` (see PlannedPhase.key)."""
    if not 1 <= minutes <= 120:
        raise PlanError(f"A break of {minutes:g} minutes? Choose 1 to 120 minutes.")
    return replace(plan, breaks=(*plan.breaks, InsertedBreak(after, float(minutes))))


MAX_HELPING = 200  # a sentence in the client's words


def set_helping(plan: RoundPlan, round_index: int, text: str) -> RoundPlan:
    """How the holder of round `round_index` wants to be helped (empty: not said)."""
    if not 0 <= round_index < len(plan.rounds):
        raise PlanError("That round does not exist.")
    text = " ".join(text.split())[:MAX_HELPING]
    rounds = list(plan.rounds)
    rounds[round_index] = replace(rounds[round_index], helping=text)
    return replace(plan, rounds=tuple(rounds))


def agree(
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    *,
    first: str,
    settings: Mapping[str, float],
) -> RoundPlan:
    """The pair's agreement, confirmed in its phase: who goes first and the settings agreed
    (the time each way). Raises PlanError for a setting out of its range."""
    if not plan.rounds or first not in [r.holder for r in plan.rounds]:
        raise PlanError(f"{first} holds no round.")
    merged = fmt.resolve_params({**params, **plan.settings, **settings})
    changed = {k: v for k, v in merged.items() if k in settings}
    new = plan
    if plan.rounds[0].holder != first:
        order = [i for i, r in enumerate(plan.rounds) if r.holder == first]
        order += [i for i in range(len(plan.rounds)) if i not in order]
        new = reorder(fmt, params, plan, order)
    return replace(new, settings={**plan.settings, **changed}, agreed=True)
