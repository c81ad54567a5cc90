"""One snapshot of every balance figure a chart or a review needs, computed in one go.

Charts are handed a snapshot rather than the runner, so a redraw reads the segments once
and a chart never does time arithmetic of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.formats.format import Assign
from facilitator.core.session.balance import (
    GroupBalance,
    PersonBalance,
    PhaseBalance,
    PhaseGroup,
    airtime_by_phase,
    group_balance,
    is_exchange,
    person_balance,
    phase_balance,
    phase_groups,
)
from facilitator.core.session.runner import SessionRunner


@dataclass(frozen=True)
class SessionFigures:
    title: str
    participants: tuple[str, ...]
    phases: tuple[PhaseBalance, ...]
    groups: tuple[PhaseGroup, ...]
    speaking: Mapping[int, Mapping[str, float]]  # phase index -> person -> seconds
    exchange: bool  # co-consulting: received against given, not a group mean
    people: tuple[PersonBalance, ...]
    group: GroupBalance
    current_group: int | None  # the group of the phase in progress (where the session stands)
    holder_role: str  # the format's name for a round's holder ("Client", "Case giver")
    helper_role: str  # its name for those who help in a round ("Consultant", "Adviser")

    def group_phases(self, group: PhaseGroup) -> list[PhaseBalance]:
        return [self.phases[i] for i in group.phases]

    def group_airtime(self, group: PhaseGroup) -> dict[str, dict[int, float]]:
        """Person -> phase index -> seconds speaking in one group, everyone listed."""
        out: dict[str, dict[int, float]] = {p: {} for p in self.participants}
        for i in group.phases:
            for person, seconds in self.speaking.get(i, {}).items():
                out.setdefault(person, {})[i] = seconds
        return out

    @property
    def tracked(self) -> bool:
        """Whether anyone was ever marked as speaking."""
        return any(self.speaking.values())


def session_figures(runner: SessionRunner, title: str = "") -> SessionFigures:
    timeline = runner.timeline
    plan = timeline.plan
    groups = tuple(phase_groups(runner))
    index = runner.index
    current = next((n for n, g in enumerate(groups) if index in g.phases), None)
    holder = timeline.fmt.holder_role
    rest = next(iter(timeline.fmt.roles_by(Assign.REST)), None)
    return SessionFigures(
        title=title or timeline.fmt.title,
        participants=tuple(plan.participants),
        phases=tuple(phase_balance(runner)),
        groups=groups,
        speaking=airtime_by_phase(runner),
        exchange=is_exchange(runner),
        people=tuple(person_balance(runner)),
        group=group_balance(runner),
        current_group=current,
        holder_role=holder.name if holder else "",
        helper_role=rest.name if rest else "",
    )
