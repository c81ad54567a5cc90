"""What a report says about one session, gathered once for every writer.

The figures come from `facilitator.core.session.balance` (nothing is recomputed here); this module
only puts them side by side: each phase with its plan, actual time, overrun and who spoke,
each round, each person, and, unless left out, the private notes and actions. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.core.i18n import translate
from facilitator.core.session.balance import (
    PersonBalance,
    PhaseBalance,
    RoundBalance,
    airtime,
    airtime_by_phase,
    person_balance,
    phase_balance,
    round_balance,
)
from facilitator.core.session.events import RoomCue, room_cues
from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.services.past import PastSession


@dataclass(frozen=True)
class PhaseLine:
    """One phase: its balance figures, where it sits, and each person's airtime in it."""

    balance: PhaseBalance
    section: str  # opening, round, break or closing
    holder: str | None  # the round's holder, for round phases
    airtime: dict[str, float] = field(default_factory=dict)  # person -> seconds speaking

    @property
    def unmarked(self) -> float:
        """Active seconds with nobody marked as speaking."""
        return max(0.0, self.balance.actual - sum(self.airtime.values()))


@dataclass(frozen=True)
class NoteLine:
    where: str  # "Round 2 (Ben) · Clarifying questions", or "Before the start"
    text: str
    action_owner: str | None
    written_wall: float
    review: bool = False  # written in a review phase: what helped, what could be better


@dataclass(frozen=True)
class CueLine:
    """A banner the room saw (the phase's rule, a message): room-visible by nature, so it
    is in every report, with notes or without."""

    where: str  # the phase, as a note's: "Round 2 (Ben) · Clarifying questions"
    kind: RoomCue
    text: str
    wall: float
    elapsed: float  # session time (pauses excluded)


@dataclass(frozen=True)
class SessionReport:
    session_id: int
    title: str
    format_id: str
    format_title: str
    state: SessionState
    participants: tuple[str, ...]
    agreements: tuple[str, ...]
    holder_role: str  # what the format calls a round's holder: Client, Issue holder…
    created_wall: float
    started_wall: float | None
    last_wall: float
    phases: tuple[PhaseLine, ...]
    rounds: tuple[RoundBalance, ...]
    people: tuple[PersonBalance, ...]
    notes: tuple[NoteLine, ...]  # empty when the report is made without notes
    with_notes: bool
    cues: tuple[CueLine, ...] = ()  # in the order shown

    @property
    def planned_total(self) -> float:
        return sum(p.balance.planned for p in self.phases)

    @property
    def actual_total(self) -> float:
        return sum(p.balance.actual for p in self.phases)

    @property
    def overrun_total(self) -> float:
        return sum(p.balance.overrun for p in self.phases)

    @property
    def airtime_total(self) -> float:
        return sum(p.airtime for p in self.people)

    @property
    def actions(self) -> tuple[NoteLine, ...]:
        return tuple(n for n in self.notes if n.action_owner)

    @property
    def review_notes(self) -> tuple[NoteLine, ...]:
        """Notes written in a review: what helped and what could be better."""
        return tuple(n for n in self.notes if n.review)


def build_report(past: PastSession, *, notes: bool = True) -> SessionReport:
    """The report of `past`; with `notes=False` nothing private is in it (for sharing)."""
    runner = past.runner
    timeline = runner.timeline
    by_phase = airtime_by_phase(runner)
    phases = tuple(
        PhaseLine(
            balance=b,
            section=timeline[b.index].section,
            holder=timeline.holder_of(b.round_index),
            airtime=dict(by_phase.get(b.index, {})),
        )
        for b in phase_balance(runner)
    )
    people = person_balance(runner)
    talk = airtime(runner)
    # Someone marked as speaking and later dropped from the plan still counts.
    known = {p.person for p in people}
    people += [
        PersonBalance(name, 0.0, 0.0, secs) for name, secs in talk.items() if name not in known
    ]
    holder = timeline.fmt.holder_role
    return SessionReport(
        session_id=past.session_id,
        title=past.title,
        format_id=timeline.fmt.id,
        format_title=timeline.fmt.title,
        state=runner.state,
        participants=tuple(timeline.plan.participants),
        agreements=tuple(str(a) for a in past.record.agreements),
        holder_role=holder.name if holder is not None else translate("Report", "Holder"),
        created_wall=past.record.created_wall,
        started_wall=past.started_wall,
        last_wall=past.last_wall,
        phases=phases,
        rounds=tuple(round_balance(runner)),
        people=tuple(people),
        notes=tuple(_note_lines(past)) if notes else (),
        with_notes=notes,
        cues=tuple(
            CueLine(_where(timeline, c.phase), c.kind, c.text, c.wall, c.elapsed)
            for c in room_cues(runner.events)
        ),
    )


def _where(timeline, index: int | None) -> str:
    """A phase as a report names it: "Round 2 (Ben) · Clarifying questions"."""
    if index is None:
        return "Before the start"
    if not 0 <= index < len(timeline):
        return ""
    phase = timeline[index]
    if phase.round_index is None:
        return phase.name
    return f"Round {phase.round_index + 1} ({timeline.holder_of(phase.round_index)}) · {phase.name}"


def _note_lines(past: PastSession) -> list[NoteLine]:
    timeline = past.timeline
    lines = []
    for note in past.notes:
        if not note.text.strip():
            continue
        where = translate("Report", "Before the start")
        review = False
        if note.phase_index is not None and 0 <= note.phase_index < len(timeline):
            phase = timeline[note.phase_index]
            where = phase.name
            review = phase.spec.review
            if phase.round_index is not None:
                holder = timeline.holder_of(phase.round_index)
                where = translate("Report", "Round {n} ({holder}) · {phase}").format(
                    n=phase.round_index + 1, holder=isolate(holder or ""), phase=isolate(phase.name)
                )
        elif note.round_index is not None:
            where = translate("Report", "Round {n}").format(n=note.round_index + 1)
        lines.append(
            NoteLine(where, note.text.strip(), note.action_owner, note.created_wall, review)
        )
    return lines
