"""What the room may see: one Qt-free function from the live session to a plain value.

The room view on the projector and the LAN viewer render `RoomState` and nothing else,
so the rule "never notes, never a client's record" is kept (and tested) here, in one
place: the state is built from the runner's timeline, its round plan and the format —
phase, time, roles with their microphone cues, rules, what comes next — and from nothing
that holds notes or the coach's log.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from facilitator.core.session.runner import SessionRunner, SessionState


class RoomMode(StrEnum):
    """How the room should read the clock; never told by colour alone."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    WARNING = "warning"  # inside the phase's warning time
    OVER = "over"  # past the phase's plan (paused or not: the room must see it first)
    PAUSED = "paused"
    FINISHED = "finished"
    BLANK = "blank"  # the facilitator blanked the screen: show nothing at all


class Cue(StrEnum):
    """What a role does in this phase, for the room and for each participant."""

    SPEAKS = "speaks"
    LISTENS = "listens"
    MUTED = "muted"  # listens with the microphone off
    NONE = ""


@dataclass(frozen=True)
class RoomRole:
    role_id: str
    name: str
    people: tuple[str, ...]
    cue: Cue
    instruction: str  # what this role does now, from the format


@dataclass(frozen=True)
class UpNext:
    name: str
    planned_s: float
    # set when the next phase begins a new round: that round, and who holds it (the
    # next case giver or case holder), so the room knows who is next before it starts
    round_index: int | None = None
    holder_role: str = ""
    holder: str = ""


@dataclass(frozen=True)
class RoomState:
    mode: RoomMode
    session_state: SessionState  # not started, running, paused, finished
    format_title: str
    phase_index: int
    phase_count: int
    phase_name: str
    round_index: int | None  # None outside rounds (opening, break, closing)
    round_count: int
    is_break: bool
    planned_s: float  # this phase's plan, extensions included
    actual_s: float  # active seconds spent in it so far
    remaining_s: float  # negative once it runs over
    warn_minutes: int | None  # whole minutes left, while in the warning time
    roles: tuple[RoomRole, ...]
    rules: tuple[str, ...]
    up_next: UpNext | None  # None at the last phase: next is the end of the session
    session_remaining_s: float  # planned seconds still ahead, this phase included

    @property
    def progress(self) -> float:
        """How much of the phase's plan has been used, from 0 to 1."""
        return 1.0 if self.planned_s <= 0 else min(1.0, self.actual_s / self.planned_s)

    def roles_of(self, person: str) -> tuple[RoomRole, ...]:
        """The roles `person` holds in this phase (a participant's own page)."""
        return tuple(r for r in self.roles if person in r.people)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values, for the LAN viewer."""
        data = asdict(self)
        data["mode"] = self.mode.value
        data["session_state"] = self.session_state.value
        data["roles"] = [{**asdict(r), "cue": r.cue.value} for r in self.roles]
        data["progress"] = self.progress
        return data


def _mode(runner: SessionRunner, remaining: float) -> tuple[RoomMode, int | None]:
    state = runner.state
    if state is SessionState.NOT_STARTED:
        return RoomMode.NOT_STARTED, None
    if state is SessionState.FINISHED:
        return RoomMode.FINISHED, None
    if remaining < 0:
        return RoomMode.OVER, None
    if state is SessionState.PAUSED:
        return RoomMode.PAUSED, None
    warn = runner.phase.warn_at
    if warn and remaining <= warn[0]:
        return RoomMode.WARNING, max(1, math.ceil(remaining / 60))
    return RoomMode.RUNNING, None


def _roles(runner: SessionRunner) -> tuple[RoomRole, ...]:
    spec = runner.phase.spec
    held = runner.timeline.roles_at(runner.index)
    out = []
    for role in runner.timeline.fmt.roles:
        people = held.get(role.id, ())
        if not people:
            continue
        if role.id in spec.muted:
            cue = Cue.MUTED
        elif role.id in spec.speakers:
            cue = Cue.SPEAKS
        elif role.id in spec.listeners:
            cue = Cue.LISTENS
        else:
            cue = Cue.NONE
        out.append(
            RoomRole(role.id, role.name, tuple(people), cue, spec.instructions.get(role.id, ""))
        )
    return tuple(out)


def _up_next(runner: SessionRunner, following) -> UpNext:
    planned = runner.planned(following.index)
    starts_round = (
        following.round_index is not None and following.round_index != runner.phase.round_index
    )
    holder_role = runner.timeline.fmt.holder_role
    if not starts_round or holder_role is None:
        return UpNext(following.name, planned)
    holder = runner.timeline.holder_of(following.round_index) or ""
    return UpNext(following.name, planned, following.round_index, holder_role.name, holder)


def room_state(runner: SessionRunner, *, blanked: bool = False) -> RoomState:
    """Everything the room may see of the session now, and nothing more."""
    timeline, phase = runner.timeline, runner.phase
    remaining = runner.remaining()
    mode, warn_minutes = _mode(runner, remaining)
    if blanked:
        mode, warn_minutes = RoomMode.BLANK, None
    following = timeline[phase.index + 1] if phase.index + 1 < len(timeline) else None
    return RoomState(
        mode=mode,
        session_state=runner.state,
        format_title=timeline.fmt.title,
        phase_index=phase.index,
        phase_count=len(timeline),
        phase_name=phase.name,
        round_index=phase.round_index,
        round_count=len(timeline.plan.rounds),
        is_break=phase.spec.is_break,
        planned_s=runner.planned(phase.index),
        actual_s=runner.actual(phase.index),
        remaining_s=remaining,
        warn_minutes=warn_minutes,
        roles=_roles(runner),
        rules=tuple(phase.spec.rules),
        up_next=None if following is None else _up_next(runner, following),
        session_remaining_s=runner.remaining_total(),
    )
