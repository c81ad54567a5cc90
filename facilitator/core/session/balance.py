"""Time balance: planned against actual time per phase and round, airtime per person,
and time received against time given.

Everything here is computed from a runner's segments and timeline at any moment, during
the session or after it; nothing is stored twice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from facilitator.core.session.runner import SessionRunner


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


# -- per round and across the session, for the charts and the review ----------------------
def phase_airtime(
    runner: SessionRunner, phases: list[int] | tuple[int, ...]
) -> dict[str, dict[int, float]]:
    """Person -> phase index -> seconds speaking, over the given phases.

    Every participant is listed (an empty dict for someone who did not speak), in the
    plan's order; phases where a person did not speak are absent from their dict."""
    wanted = set(phases)
    out: dict[str, dict[int, float]] = {p: {} for p in runner.timeline.plan.participants}
    for seg in runner.segments():
        if seg.speaker is not None and seg.phase in wanted:
            person = out.setdefault(seg.speaker, {})
            person[seg.phase] = person.get(seg.phase, 0.0) + seg.seconds
    return out


def round_airtime(runner: SessionRunner, round_index: int) -> dict[str, dict[int, float]]:
    """Person -> phase index -> seconds speaking within one round."""
    return phase_airtime(runner, [p.index for p in runner.timeline.round_phases(round_index)])


@dataclass(frozen=True)
class PhaseGroup:
    """Phases charted together: one round's, or all those outside the rounds (opening,
    breaks and closing; the whole session for a format without rounds)."""

    round_index: int | None
    holder: str | None
    phases: tuple[int, ...]


def phase_groups(runner: SessionRunner) -> list[PhaseGroup]:
    """Each round in order, then the phases outside the rounds if there are any."""
    timeline = runner.timeline
    groups = [
        PhaseGroup(r, rnd.holder, tuple(p.index for p in timeline.round_phases(r)))
        for r, rnd in enumerate(timeline.plan.rounds)
    ]
    outside = tuple(p.index for p in timeline.phases if p.round_index is None)
    if outside:
        groups.append(PhaseGroup(None, None, outside))
    return groups


def overruns(runner: SessionRunner) -> list[PhaseBalance]:
    """The phases that ran over their (extended) plan, in session order."""
    return [p for p in phase_balance(runner) if p.overrun > 0]


def is_exchange(runner: SessionRunner) -> bool:
    """Two members who each hold a round of their own (co-consulting): the fair measure is
    the time each received against the time each gave, not a group mean."""
    plan = runner.timeline.plan
    holders = {r.holder for r in plan.rounds}
    return len(plan.members) == 2 and holders == set(plan.members)


@dataclass(frozen=True)
class MemberBalance:
    person: str
    airtime: float  # seconds marked as speaking, the whole session
    holder_time: float  # active seconds of the rounds they held
    holds_round: bool  # the plan gives them a round (held, running, ahead or skipped)


@dataclass(frozen=True)
class GroupBalance:
    members: tuple[MemberBalance, ...]
    mean_airtime: float  # over the members listed
    mean_holder_time: float  # over the members who hold a round; 0 when nobody does

    def member(self, person: str) -> MemberBalance:
        return next(m for m in self.members if m.person == person)


def group_balance(runner: SessionRunner) -> GroupBalance:
    """Each member's airtime and time as holder, and the means to set them against.

    Members are the participants outside the fixed roles (the facilitator, the coach); one
    marked absent is still listed if they spoke or hold a round, so that nothing they did
    is hidden. The holder-time mean is taken over those who hold a round: in Action
    Learning only the bidders do, and a member without a round is no imbalance. A format
    without rounds lists everyone, fixed roles included."""
    plan = runner.timeline.plan
    fixed = {p for people in plan.fixed.values() for p in people}
    if runner.timeline.fmt.rounds is None:
        fixed = set()  # one-to-one coaching: the balance is the coach's talk and the client's
    talk = airtime(runner)
    held: dict[str, float] = defaultdict(float)
    for rb in round_balance(runner):
        held[rb.holder] += rb.actual
    holders = {r.holder for r in plan.rounds}
    members = tuple(
        MemberBalance(p, talk.get(p, 0.0), held.get(p, 0.0), p in holders)
        for p in plan.participants
        if p not in fixed and (p not in plan.absent or talk.get(p, 0.0) > 0 or p in holders)
    )
    holding = [m.holder_time for m in members if m.holds_round]
    return GroupBalance(
        members,
        sum(m.airtime for m in members) / len(members) if members else 0.0,
        sum(holding) / len(holding) if holding else 0.0,
    )


def actions_by_person(notes) -> dict[str, list]:
    """Notes that are actions (an ``action_owner`` set), grouped by owner in the order the
    owners first appear; each owner's actions keep their order. Takes any objects with
    ``action_owner`` (the store's NoteRecord)."""
    out: dict[str, list] = {}
    for note in notes:
        owner = getattr(note, "action_owner", None)
        if owner:
            out.setdefault(owner, []).append(note)
    return out
