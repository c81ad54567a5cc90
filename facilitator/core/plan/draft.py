"""A new session being set up: the facilitator's choices, planned again after each change.

Pure functions for the new-session screen: a plan draft that keeps an edited plan when only
a setting changes, the timeline cut into preview groups, and the session's default title.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from facilitator.core.formats.format import Assign, Format
from facilitator.core.i18n import in_sentence, translate
from facilitator.core.plan.rounds import PlanError, RoundPlan, check_plan, make_plan, round_count
from facilitator.core.plan.timeline import (
    AFTER_BIDS,
    PlannedPhase,
    Timeline,
    build_timeline,
    round_lengths,
    short_rounds_text,
)
from facilitator.core.timefmt import min_text, minutes_text


@dataclass(frozen=True)
class SessionSpec:
    """Everything needed to create the session the facilitator set up."""

    fmt: Format
    participants: list[str]
    params: dict[str, float]
    plan: RoundPlan
    agreements: list[str]
    title: str


@dataclass(frozen=True)
class Draft:
    """A planning attempt: a plan and its timeline, or the problem that stops it."""

    plan: RoundPlan | None
    timeline: Timeline | None
    problem: str = ""


@dataclass(frozen=True)
class PreviewGroup:
    """A stretch of the timeline shown together: the opening, one round, a break, the close."""

    section: str  # "opening", "round", "break" or "closing"
    round_index: int | None
    holder: str | None
    phases: tuple[PlannedPhase, ...]
    planned: float  # seconds


def parse_participants(text: str) -> list[str]:
    """One name per line; blank lines are ignored and inner spaces tidied."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def plan_draft(
    fmt: Format,
    params: Mapping[str, float],
    names: Sequence[str],
    *,
    seed: int | None = None,
    keep: RoundPlan | None = None,
    at_bids: bool = False,
) -> Draft:
    """Plan `names` for `fmt`. An edited plan `keep` for the same people survives a change
    of settings that leaves the number of rounds alone; otherwise a new plan is made (with
    `keep`'s fixed roles pinned when the people are the same). With `at_bids` a method
    with a Bids phase leaves its rounds to the bids."""
    try:
        values = fmt.resolve_params(params)
        same_people = keep is not None and keep.participants == tuple(names)
        fits = keep is not None and (keep.awaits_bids == (at_bids and fmt.bids_phase is not None))
        plan = (
            keep
            if keep is not None and same_people and fits and _still_fits(fmt, values, keep)
            else None
        )
        if plan is None:
            pins = dict(keep.fixed) if same_people and keep is not None else None
            plan = make_plan(fmt, values, names, seed=seed, pins=pins, at_bids=at_bids)
        return Draft(plan, build_timeline(fmt, values, plan))
    except ValueError as exc:  # PlanError, ExpressionError and bad parameters
        return Draft(None, None, str(exc))


def _still_fits(fmt: Format, values: Mapping[str, float], plan: RoundPlan) -> bool:
    try:
        wanted = round_count(fmt, values, len(plan.members), len(plan.present))
        check_plan(fmt, values, plan)
    except PlanError:
        return False
    return plan.awaits_bids or wanted == len(plan.rounds)


def preview_groups(timeline: Timeline) -> list[PreviewGroup]:
    """The timeline cut into the stretches a preview shows, each with its planned seconds."""
    groups: list[PreviewGroup] = []
    for phase in timeline.phases:
        key = (phase.section, phase.round_index)
        last = groups[-1] if groups else None
        if last is not None and (last.section, last.round_index) == key:
            groups[-1] = PreviewGroup(
                last.section,
                last.round_index,
                last.holder,
                (*last.phases, phase),
                last.planned + phase.planned,
            )
        else:
            holder = timeline.holder_of(phase.round_index)
            groups.append(
                PreviewGroup(phase.section, phase.round_index, holder, (phase,), phase.planned)
            )
    return groups


def default_title(fmt: Format, now_wall: float) -> str:
    return f"{fmt.title}, {time.strftime('%Y-%m-%d', time.localtime(now_wall))}"


def people_hint(fmt: Format) -> str:
    """How many people the format takes and what the order of the names means."""
    lo, hi = fmt.group_min, fmt.group_max
    text = (
        translate("Draft", "%n people.", None, lo)
        if lo == hi
        else translate("Draft", "{low} to %n people.", None, hi).format(low=lo)
    )
    clauses, taken = [], 0
    for role in fmt.roles_by(Assign.FIXED):
        first, taken = taken + 1, taken + role.count
        clauses.append(
            translate("Draft", "name {first} is the {role}").format(first=first, role=role.name)
            if role.count == 1
            else translate("Draft", "names {first} to {last} are the {role}").format(
                first=first, last=taken, role=role.name
            )
        )
    holder = fmt.holder_role
    if holder is not None and fmt.bids_phase is not None:
        clauses.append(
            translate("Draft", "the bids for help decide who is {role}").format(role=holder.name)
        )
    elif holder is not None:
        clauses.append(
            (
                translate("Draft", "the next person goes first as {role}")
                if taken
                else translate("Draft", "the first person goes first as {role}")
            ).format(role=holder.name)
        )
    if clauses:
        text += " " + translate("Draft", "Order matters: {clauses}.").format(
            clauses="; ".join(clauses)
        )
    for duty in fmt.roles_by(Assign.DUTY):
        text += " " + translate("Draft", "The {role} is the last name where possible.").format(
            role=duty.name
        )
    return text


def whole_session_roles(fmt: Format | None, plan: RoundPlan | None) -> str:
    """The roles held for the whole session (a facilitator; everyone, without rounds)."""
    if plan is None or fmt is None:
        return ""
    lines = [
        translate("Draft", "{role} for the whole session: {people}").format(
            role=fmt.role(rid).name, people=", ".join(people)
        )
        for rid, people in plan.fixed.items()
    ]
    if fmt.rounds is None:
        lines += [f"{role.name}: {', '.join(plan.members)}" for role in fmt.roles_by(Assign.REST)]
    return "\n".join(lines)


def bids_text(timeline: Timeline | None) -> str:
    """Where the bids decide the rounds: what the setup keeps for them."""
    if timeline is None or timeline.fmt.bids_phase is None or not timeline.plan.awaits_bids:
        return ""
    kept = next((p for p in timeline.phases if p.key == AFTER_BIDS), None)
    holder = timeline.fmt.holder_role.name if timeline.fmt.holder_role else ""
    text = translate(
        "Draft",
        "Who is {role}, in which order and for how long is decided at “{phase}”: "
        "the members bid for help there.",
    ).format(role=holder, phase=timeline.fmt.bids_phase.name)
    if kept is not None:
        text += " " + translate(
            "Draft", "{time} are kept for the rounds (breaks included)."
        ).format(time=minutes_text(kept.planned))
    return text


def short_rounds_warning(fmt: Format, params: Mapping[str, float], timeline: Timeline) -> str:
    """Rounds too short for the method, and how many holders would give rounds long
    enough (where a parameter sets the number of rounds)."""
    text = short_rounds_text(fmt, round_lengths(timeline))
    if not text or fmt.rounds is None:
        return text
    count = fmt.rounds.count
    known = {p.id for p in fmt.parameters}
    if not isinstance(count, str) or count not in known:
        return text
    now = int(params[count])
    for n in range(now - 1, 0, -1):
        try:
            values = fmt.resolve_params({**params, count: n})
            plan = make_plan(fmt, values, timeline.plan.participants, at_bids=True)
            lengths = round_lengths(build_timeline(fmt, values, plan))
        except ValueError:
            continue
        if lengths and min(lengths) >= fmt.rounds.min_minutes:
            label = in_sentence(fmt.parameter(count).label)  # German keeps its capitals
            return (
                text
                + " "
                + translate("Draft", "With {n} {label} each round gets {length}.").format(
                    n=n, label=label, length=min_text(min(lengths))
                )
            )
    return text
