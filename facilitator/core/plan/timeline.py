"""The planned timeline of one meeting: every phase in order with its planned seconds.

Built from a format, its parameters and a round plan: opening phases, then each round's
phases (with the break after the round the format names), then closing phases.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.formats.expr import ExpressionError, evaluate
from facilitator.core.formats.format import MAX_PHASE_MINUTES, Assign, Format, PhaseSpec
from facilitator.core.plan.rounds import PlanError, RoundPlan


@dataclass(frozen=True)
class PlannedPhase:
    index: int
    spec: PhaseSpec
    planned: float  # seconds
    round_index: int | None  # None for opening, closing and break phases
    section: str  # "opening", "round", "break" or "closing"

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
        return roles


def build_timeline(fmt: Format, params: Mapping[str, float], plan: RoundPlan) -> Timeline:
    names = fmt.names(params, len(plan.members), len(plan.present))
    phases: list[PlannedPhase] = []

    def add(spec: PhaseSpec, round_index: int | None, section: str) -> None:
        try:
            minutes = evaluate(spec.minutes, names)
        except ExpressionError as exc:
            raise PlanError(f"{fmt.title}, phase '{spec.name}': {exc}") from None
        if not math.isfinite(minutes) or minutes <= 0 or minutes > MAX_PHASE_MINUTES:
            raise PlanError(
                f"{fmt.title}, phase '{spec.name}' would last {minutes:g} minutes with these "
                f"settings; choose other values."
            )
        phases.append(PlannedPhase(len(phases), spec, minutes * 60, round_index, section))

    for spec in fmt.opening:
        add(spec, None, "opening")
    if fmt.rounds is not None:
        break_after = None
        if fmt.rounds.break_after is not None and fmt.rounds.break_phases:
            try:
                break_after = int(evaluate(fmt.rounds.break_after, names))
            except (ExpressionError, OverflowError, ValueError) as exc:
                raise PlanError(f"{fmt.title}: the round before the break: {exc}") from None
        for r in range(len(plan.rounds)):
            for spec in fmt.rounds.phases:
                add(spec, r, "round")
            if break_after == r + 1:
                for spec in fmt.rounds.break_phases:
                    add(spec, None, "break")
    for spec in fmt.closing:
        add(spec, None, "closing")
    if not phases:
        raise PlanError(f"{fmt.title} has no phases with this plan.")
    return Timeline(fmt, dict(params), plan, tuple(phases))
