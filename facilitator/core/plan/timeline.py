"""The planned timeline of one meeting: every phase in order with its planned seconds.

Built from a format, its parameters and a round plan: opening phases, then each round's
phases (with the break after the round the format names), then closing phases.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.formats.expr import ExpressionError, evaluate
from facilitator.core.formats.format import MAX_PHASE_MINUTES, Assign, Format, PhaseSpec
from facilitator.core.i18n import in_sentence, translate
from facilitator.core.numbers import number_text
from facilitator.core.plan.rounds import (
    Bid,
    PlanError,
    RoundPlan,
    propose_rounds,
    round_count,
    share_minutes,
)
from facilitator.core.timefmt import min_text

BREAK_RULES = ("Break — back at the time shown.",)
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
AFTER_BIDS = "after-bids"  # the stretch kept for the rounds until the bids decide them


def break_spec(minutes: float, name: str = "Break") -> PhaseSpec:
    """A break the facilitator inserts (methods without a break of their own get this)."""
    return PhaseSpec(
        id="break", name=name, minutes=minutes, rules=BREAK_RULES, is_break=True, warn_at=(1.0,)
    )


@dataclass(frozen=True)
class PlannedPhase:
    index: int
    spec: PhaseSpec
    planned: float  # seconds
    round_index: int | None  # None for opening, closing and break phases
    section: str  # "opening", "round", "break" or "closing"
    key: str = ""  # stable across plan edits: where an inserted break goes after

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def warn_at(self) -> tuple[float, ...]:
        """Seconds left at which a warning is due, largest first."""
        return tuple(w * 60 for w in self.spec.warn_at if w * 60 < self.planned)


@dataclass(frozen=True)
class Timeline:
    fmt: Format
    params: Mapping[str, float]
    plan: RoundPlan
    phases: tuple[PlannedPhase, ...]

    def __len__(self) -> int:
        return len(self.phases)

    def __getitem__(self, index: int) -> PlannedPhase:
        return self.phases[index]

    @property
    def planned_total(self) -> float:
        return sum(p.planned for p in self.phases)

    def round_phases(self, round_index: int) -> tuple[PlannedPhase, ...]:
        return tuple(p for p in self.phases if p.round_index == round_index)

    def holder_of(self, round_index: int | None) -> str | None:
        if round_index is None or not 0 <= round_index < len(self.plan.rounds):
            return None
        return self.plan.rounds[round_index].holder

    def names(self) -> dict[str, float]:
        """Every name a duration or a rule may use, with the settings agreed in session."""
        values = {**self.params, **self.plan.settings}
        return self.fmt.names(values, len(self.plan.members), len(self.plan.present))

    def rules_at(self, index: int) -> tuple[str, ...]:
        """The phase's rules, with ``{name}`` replaced by its value ("{minutes_each_way}")."""
        names = self.names()

        def fill(match: re.Match) -> str:
            value = names.get(match.group(1))
            return match.group(0) if value is None else number_text(value)

        return tuple(_FIELD.sub(fill, rule) for rule in self.phases[index].spec.rules)

    def helping_at(self, index: int) -> str:
        """How the round's holder wants to be helped, in the round's phases."""
        r = self.phases[index].round_index
        return self.plan.rounds[r].helping if r is not None else ""

    def roles_at(self, index: int) -> dict[str, tuple[str, ...]]:
        """Who holds which role during phase `index`.

        Outside rounds (a catch-up, the close, a one-to-one session) the members all hold
        the format's rest role, except where every member holds a round of their own: there
        roles belong to the rounds (co-consulting's client and consultant)."""
        round_index = self.phases[index].round_index
        roles = self.plan.roles_in(round_index)
        rest = next(iter(self.fmt.roles_by(Assign.REST)), None)
        every_member = self.fmt.rounds is not None and self.fmt.rounds.count == "members"
        if round_index is None and rest is not None and not every_member:
            roles[rest.id] = self.plan.members
        if every_member and self.phases[index].section == "opening" and self.plan.rounds:
            # the pair's agreement: who goes first is the first round's holder
            roles.update(self.plan.rounds[0].roles)
        return roles


def round_phase_minutes(
    fmt: Format, names: Mapping[str, float], minutes: float | None = None
) -> list[float]:
    """The minutes of each phase of a round: the format's own, or — when the round has a
    length of its own (`minutes`, or the format's ``rounds.minutes``) — shares of that
    length in the proportions of the full round, in whole minutes."""
    assert fmt.rounds is not None
    own = [_evaluate(fmt, spec, names) for spec in fmt.rounds.phases]
    total = minutes
    if total is None and fmt.rounds.minutes is not None:
        try:
            total = evaluate(fmt.rounds.minutes, names)
        except ExpressionError as exc:
            raise PlanError(f"{fmt.title}: the length of a round: {exc}") from None
    if total is None:
        return own
    return [float(m) for m in share_minutes(own, total)]


def _evaluate(fmt: Format, spec: PhaseSpec, names: Mapping[str, float]) -> float:
    try:
        return evaluate(spec.minutes, names)
    except ExpressionError as exc:
        raise PlanError(f"{fmt.title}, phase '{spec.name}': {exc}") from None


def build_timeline(fmt: Format, params: Mapping[str, float], plan: RoundPlan) -> Timeline:
    names = fmt.names({**params, **plan.settings}, len(plan.members), len(plan.present))
    phases: list[PlannedPhase] = []

    def add(
        spec: PhaseSpec, round_index: int | None, section: str, key: str, minutes: float | None
    ) -> None:
        if minutes is None:
            minutes = _evaluate(fmt, spec, names)
        if not math.isfinite(minutes) or minutes <= 0 or minutes > MAX_PHASE_MINUTES:
            raise PlanError(
                f"{fmt.title}, phase '{spec.name}' would last {minutes:g} minutes with these "
                f"settings; choose other values."
            )
        phases.append(PlannedPhase(len(phases), spec, minutes * 60, round_index, section, key))
        for n, extra in enumerate(plan.breaks):
            if extra.after == key:
                add(break_spec(extra.minutes), None, "break", f"extra:{n}", extra.minutes)

    for i, spec in enumerate(fmt.opening):
        add(spec, None, "opening", f"opening:{i}", None)
    rounds = fmt.rounds
    if rounds is not None and plan.awaits_bids and fmt.bids_phase is not None:
        expected = round_count(fmt, params, len(plan.members), len(plan.present))
        block = _rounds_block(fmt, names, [None] * expected)
        if block > 0:
            holder = in_sentence(fmt.holder_role.name) if fmt.holder_role else ""
            spec = PhaseSpec(
                id=AFTER_BIDS,
                name=translate("Timeline", "Rounds, one per {holder} (decided at {phase})").format(
                    holder=holder, phase=fmt.bids_phase.name
                ),
                minutes=block,
                speakers=tuple(r.id for r in fmt.roles_by(Assign.REST)),
                rules=(f"The {holder}s and their rounds are decided at {fmt.bids_phase.name}.",),
            )
            add(spec, None, "round", AFTER_BIDS, block)
    elif rounds is not None:
        since = sum(p.planned for p in phases) / 60
        for r, rnd in enumerate(plan.rounds):
            for i, (spec, minutes) in enumerate(
                zip(rounds.phases, round_phase_minutes(fmt, names, rnd.minutes), strict=True)
            ):
                add(spec, r, "round", f"round:{r}:{i}", minutes)
                since += minutes
            if _break_due(fmt, names, r, since, last=r + 1 == len(plan.rounds)):
                for i, spec in enumerate(rounds.break_phases):
                    add(spec, None, "break", f"break:{r}:{i}", None)
                since = 0.0
    for i, spec in enumerate(fmt.closing):
        add(spec, None, "closing", f"closing:{i}", None)
    if not phases:
        raise PlanError(f"{fmt.title} has no phases with this plan.")
    return Timeline(fmt, dict(params), plan, tuple(phases))


def _break_due(
    fmt: Format, names: Mapping[str, float], r: int, since: float, *, last: bool
) -> bool:
    """Whether the format's break follows round `r` (0-based), `since` minutes after the
    start or the last break. A break by time never follows the last round."""
    rounds = fmt.rounds
    assert rounds is not None
    if not rounds.break_phases:
        return False
    try:
        if rounds.break_after is not None:
            return int(evaluate(rounds.break_after, names)) == r + 1
        if rounds.break_past is not None:
            return not last and since >= evaluate(rounds.break_past, names)
    except (ExpressionError, OverflowError, ValueError) as exc:
        raise PlanError(f"{fmt.title}: the round before the break: {exc}") from None
    return False


def _rounds_block(fmt: Format, names: Mapping[str, float], lengths: list[float | None]) -> float:
    """Minutes that rounds of these lengths take, breaks included (the opening counted for
    a break by time)."""
    assert fmt.rounds is not None
    since = sum(_evaluate(fmt, spec, names) for spec in fmt.opening)
    total = 0.0
    for r, length in enumerate(lengths):
        minutes = sum(round_phase_minutes(fmt, names, length))
        total += minutes
        since += minutes
        if _break_due(fmt, names, r, since, last=r + 1 == len(lengths)):
            total += sum(_evaluate(fmt, spec, names) for spec in fmt.rounds.break_phases)
            since = 0.0
    return total


def breaks_minutes(fmt: Format, params: Mapping[str, float], plan: RoundPlan, lengths) -> float:
    """Minutes of the format's own breaks that rounds of `lengths` minutes would bring."""
    names = fmt.names(params, len(plan.members), len(plan.present))
    return _rounds_block(fmt, names, list(lengths)) - sum(
        sum(round_phase_minutes(fmt, names, m)) for m in lengths
    )


def propose_for_time(
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    bids: list[Bid],
    minutes: float,
    *,
    by_bid: bool = False,
) -> list[tuple[str, float]]:
    """Rounds for the bidders in `minutes`, less the breaks those rounds bring."""
    proposal = propose_rounds(bids, minutes, by_bid=by_bid)
    extra = breaks_minutes(fmt, params, plan, [m for _, m in proposal])
    if extra:
        proposal = propose_rounds(bids, max(0.0, minutes - extra), by_bid=by_bid)
    return proposal


def round_lengths(timeline: Timeline) -> list[float]:
    """Minutes of each round in the timeline (of the rounds expected, before the bids)."""
    fmt, plan = timeline.fmt, timeline.plan
    if fmt.rounds is None:
        return []
    names = fmt.names(timeline.params, len(plan.members), len(plan.present))
    if plan.awaits_bids:
        return [sum(round_phase_minutes(fmt, names))] if len(timeline) else []
    return [sum(round_phase_minutes(fmt, names, r.minutes)) for r in plan.rounds]


def short_rounds_text(fmt: Format, lengths: list[float]) -> str:
    """A warning when rounds are too short for the method, or ''."""
    if fmt.rounds is None or not fmt.rounds.min_minutes or not lengths:
        return ""
    shortest = min(lengths)
    if shortest >= fmt.rounds.min_minutes:
        return ""
    return translate(
        "Plan", "Rounds of {length} are short for {method}: at least {least} are suggested."
    ).format(length=min_text(shortest), method=fmt.title, least=min_text(fmt.rounds.min_minutes))
