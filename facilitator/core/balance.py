"""Time balance: planned against actual time per phase and round, airtime per person,
and time received against time given.

Everything here is computed from a runner's segments and timeline at any moment, during
the session or after it; nothing is stored twice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from facilitator.core.runner import SessionRunner


@dataclass(frozen=True)
class PhaseBalance:
    index: int
    name: str
    round_index: int | None
    planned: float  # seconds, extensions included
    original: float  # seconds as first planned
    actual: float
    skipped: bool

    @property
    def overrun(self) -> float:
        """Seconds over the (extended) plan; 0 when on or under time."""
        return max(0.0, self.actual - self.planned)


@dataclass(frozen=True)
class RoundBalance:
    round_index: int
    holder: str
    phases: tuple[PhaseBalance, ...]

    @property
    def planned(self) -> float:
        return sum(p.planned for p in self.phases)

    @property
    def actual(self) -> float:
        return sum(p.actual for p in self.phases)

    @property
    def overrun(self) -> float:
        return max(0.0, self.actual - self.planned)

    @property
    def skipped(self) -> bool:
        return all(p.skipped for p in self.phases)


@dataclass(frozen=True)
class PersonBalance:
    person: str
    received: float  # active seconds of the rounds they held (as client, issue holder, case giver)
    given: float  # active seconds of other people's rounds they took part in
    airtime: float  # seconds marked as speaking


def phase_balance(runner: SessionRunner) -> list[PhaseBalance]:
    actual: dict[int, float] = defaultdict(float)
    for seg in runner.segments():
        actual[seg.phase] += seg.seconds
    return [
        PhaseBalance(
            p.index,
            p.name,
            p.round_index,
            runner.planned(p.index),
            p.planned,
            actual[p.index],
            runner.is_skipped(p.index),
        )
        for p in runner.timeline.phases
    ]


def round_balance(runner: SessionRunner) -> list[RoundBalance]:
    phases = phase_balance(runner)
    plan = runner.timeline.plan
    return [
        RoundBalance(r, rnd.holder, tuple(p for p in phases if p.round_index == r))
        for r, rnd in enumerate(plan.rounds)
    ]


def airtime(runner: SessionRunner) -> dict[str, float]:
    """Seconds each participant was marked as speaking (everyone listed, zeros included)."""
    totals = {p: 0.0 for p in runner.timeline.plan.participants}
    for seg in runner.segments():
        if seg.speaker is not None:
            totals[seg.speaker] = totals.get(seg.speaker, 0.0) + seg.seconds
    return totals


def airtime_by_phase(runner: SessionRunner) -> dict[int, dict[str, float]]:
    """Phase index -> person -> seconds speaking; phases without any speaker are absent."""
    out: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for seg in runner.segments():
        if seg.speaker is not None:
            out[seg.phase][seg.speaker] += seg.seconds
    return {k: dict(v) for k, v in out.items()}


def person_balance(runner: SessionRunner) -> list[PersonBalance]:
    """Per participant: time received as holder against time given in others' rounds.

    For co-consulting this is the time each person was client against the time they were
    consultant; for group formats, time as issue holder or case giver against time spent
    helping. Fixed roles (facilitator, coach) neither receive nor give here.
    """
    plan = runner.timeline.plan
    rounds = round_balance(runner)
    talk = airtime(runner)
    received: dict[str, float] = defaultdict(float)
    given: dict[str, float] = defaultdict(float)
    for rb in rounds:
        rnd = plan.rounds[rb.round_index]
        received[rb.holder] += rb.actual
        for people in rnd.roles.values():
            for person in people:
                if person != rb.holder:
                    given[person] += rb.actual
    return [PersonBalance(p, received[p], given[p], talk.get(p, 0.0)) for p in plan.participants]
