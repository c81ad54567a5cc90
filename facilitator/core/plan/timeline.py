"""The planned timeline of one meeting: every phase in order with its planned seconds.

Built from a format, its parameters and a round plan: opening phases, then each round's
phases (with the break after the round the format names), then closing phases.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from facilitator.core.formats.expr import ExpressionError, evaluate
from facilitator.core.formats.format import MAX_PHASE_MINUTES, Assign, Format, PhaseSpec
from facilitator.core.i18n import in_sentence, translate
from facilitator.core.numbers import number_text
from facilitator.core.plan.bids import propose_rounds, share_minutes
from facilitator.core.plan.rounds import Bid, PlanError, RoundPlan, round_count
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
    phases = _phases(fmt, params, plan)
    lost = _lost_breaks(plan, phases)
    if lost:  # never dropped: a break whose phase is gone comes before the close
        phases = _phases(fmt, params, plan, lost)
    if not phases:
        raise PlanError(f"{fmt.title} has no phases with this plan.")
    return Timeline(fmt, dict(params), plan, tuple(phases))


def _lost_breaks(plan: RoundPlan, phases: list[PlannedPhase]) -> tuple[int, ...]:
    """Inserted breaks whose phase is not in `phases` (the stretch kept for the rounds once
    the bids made them, a round given up), those following another lost one left out."""
    placed = {p.key for p in phases}
    missing = [n for n in range(len(plan.breaks)) if f"extra:{n}" not in placed]
    # one that follows another lost break comes with it (a chain cannot lead back to itself)
    follows = {n: _extra(plan.breaks[n].after) for n in missing}
    return tuple(n for n in missing if not 0 <= follows[n] < n or follows[n] not in missing)


def _extra(key: str) -> int:
    try:
        return int(key.split(":", 1)[1])
    except (IndexError, ValueError):
        return -1


def _phases(
    fmt: Format, params: Mapping[str, float], plan: RoundPlan, lost: tuple[int, ...] = ()
) -> list[PlannedPhase]:
    """Every phase of the meeting; the inserted breaks numbered in `lost` come after the
    rounds, before the close."""
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
        # the break rules count the rounds planned now (those the bids made, say)
        rule_names = _rule_names(fmt, {**params, **plan.settings}, plan, len(plan.rounds))
        since = sum(p.planned for p in phases) / 60
        for r, rnd in enumerate(plan.rounds):
            for i, (spec, minutes) in enumerate(
                zip(rounds.phases, round_phase_minutes(fmt, names, rnd.minutes), strict=True)
            ):
                add(spec, r, "round", f"round:{r}:{i}", minutes)
                since += minutes
            if _break_due(fmt, rule_names, r, since, last=r + 1 == len(plan.rounds)):
                for i, spec in enumerate(rounds.break_phases):
                    add(spec, None, "break", f"break:{r}:{i}", None)
                since = 0.0
    for n in lost:
        minutes = plan.breaks[n].minutes
        add(break_spec(minutes), None, "break", f"extra:{n}", minutes)
    for i, spec in enumerate(fmt.closing):
        add(spec, None, "closing", f"closing:{i}", None)
    return phases


def _rule_names(
    fmt: Format, values: Mapping[str, float], plan: RoundPlan, count: int
) -> Mapping[str, float]:
    """The names a break rule reads, with the format's number of rounds (a parameter such
    as ``issue_holders``) set to the `count` of rounds actually planned: where the bids
    decided the rounds, "after half the rounds" means half the rounds they made."""
    assert fmt.rounds is not None
    source = fmt.rounds.count
    if count > 0 and isinstance(source, str) and source in values:
        values = {**values, source: float(count)}
    try:
        return fmt.names(values, len(plan.members), len(plan.present))
    except ExpressionError as exc:
        raise PlanError(f"{fmt.title}: the round before the break: {exc}") from None


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


def _rounds_block(
    fmt: Format,
    names: Mapping[str, float],
    lengths: list[float | None],
    rule_names: Mapping[str, float] | None = None,
) -> float:
    """Minutes that rounds of these lengths take, breaks included (the opening counted for
    a break by time); the break rules read `rule_names` (by default `names`)."""
    assert fmt.rounds is not None
    rules = names if rule_names is None else rule_names
    since = sum(_evaluate(fmt, spec, names) for spec in fmt.opening)
    total = 0.0
    for r, length in enumerate(lengths):
        minutes = sum(round_phase_minutes(fmt, names, length))
        total += minutes
        since += minutes
        if _break_due(fmt, rules, r, since, last=r + 1 == len(lengths)):
            total += sum(_evaluate(fmt, spec, names) for spec in fmt.rounds.break_phases)
            since = 0.0
    return total


def breaks_minutes(fmt: Format, params: Mapping[str, float], plan: RoundPlan, lengths) -> float:
    """Minutes of the format's own breaks that rounds of `lengths` minutes would bring (as
    many rounds as `lengths` has: the break rules count these rounds)."""
    lengths = list(lengths)
    names = fmt.names(params, len(plan.members), len(plan.present))
    rules = _rule_names(fmt, params, plan, len(lengths))
    return _rounds_block(fmt, names, lengths, rules) - sum(
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


@dataclass(frozen=True)
class MovedBreak:
    """An inserted break that could not stay at its clock point, and where it goes now."""

    minutes: float  # the break's length
    after_round: int | None  # the round it now follows (0-based); None: no round is left
    shift: float  # minutes later (+) or earlier (−) than it would have started


TOLERANCE = 60.0  # seconds: rounds are whole minutes, so a break within a minute has stayed


def settle_breaks(
    fmt: Format,
    params: Mapping[str, float],
    before: RoundPlan,
    after: RoundPlan,
    *,
    rounds_minutes: float | None = None,
) -> tuple[RoundPlan, tuple[MovedBreak, ...]]:
    """`after` (the rounds the bids made, say) with every break the facilitator inserted
    kept: one whose phase is gone (the stretch kept for the rounds) goes to the end of the
    round that ends at its clock point, else of the round in progress then, else of the
    last round; those that had to move are returned. Clock points count from where the
    rounds begin; `rounds_minutes` is how long the stretch kept for them really is now (the
    minutes left for the rounds at Bids), when it is not its planned length."""
    new = _phases(fmt, params, after)
    lost = _lost_breaks(after, new)
    if not lost:
        return after, ()
    old = build_timeline(fmt, params, before)
    starts = _starts(old.phases)
    block = next((p for p in old.phases if p.key == AFTER_BIDS), None)
    ref = starts[block.key] if block is not None else 0.0
    ends: list[tuple[int | None, str, float]] = [
        (p.round_index, p.key, start + p.planned)
        for p, start in zip(new, _starts(new).values(), strict=True)
        if p.round_index is not None and p.key.endswith(f":{len(fmt.rounds.phases) - 1}")
    ] if fmt.rounds is not None else []  # fmt: skip
    if not ends:  # no round at all: after the last phase before the close
        last = [p for p in new if p.section != "closing"]
        if last:
            ends = [(None, last[-1].key, _starts(new)[last[-1].key] + last[-1].planned)]
    breaks = list(after.breaks)
    moves = []
    added: dict[str, float] = {}  # seconds of lost breaks already put after a phase
    for n in lost:
        if f"extra:{n}" not in starts:
            continue  # new in `after`: no clock point to keep, it comes before the close
        when = starts[f"extra:{n}"] - ref
        if block is not None and rounds_minutes is not None and when >= block.planned - 1e-6:
            when += rounds_minutes * 60 - block.planned
        if not ends:
            continue  # nothing but the close: the break stays before it
        at = [e for e in ends if e[2] - ref + added.get(e[1], 0.0) >= when - TOLERANCE]
        round_index, key, end = at[0] if at else ends[-1]
        end += added.get(key, 0.0)
        breaks[n] = replace(breaks[n], after=key)
        added[key] = added.get(key, 0.0) + breaks[n].minutes * 60
        if abs(end - ref - when) >= TOLERANCE:
            moves.append(MovedBreak(breaks[n].minutes, round_index, (end - ref - when) / 60))
    return replace(after, breaks=tuple(breaks)), tuple(moves)


def _starts(phases) -> dict[str, float]:
    """Each phase's key and its planned start, in seconds from the meeting's start."""
    out: dict[str, float] = {}
    at = 0.0
    for p in phases:
        out[p.key] = at
        at += p.planned
    return out


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
