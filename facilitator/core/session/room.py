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

from facilitator.core.i18n import in_sentence, translate
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
    holder: str | None = None  # who holds the next round, when it is a new round's start
    holder_role: str = ""  # that role's name ("Case giver")
    round_index: int | None = None  # that round, when the next phase begins or leads to one


class RoomBanner:
    """A short text across the room view for a few seconds: the phase's rule at a key
    press, or a message the facilitator typed. Times from the session's monotonic clock."""

    def __init__(self) -> None:
        self._text = ""
        self._until = 0.0

    def show(self, text: str, now: float, seconds: float) -> None:
        self._text, self._until = " ".join(text.split())[:MAX_BANNER], now + seconds

    def clear(self) -> None:
        self._text, self._until = "", 0.0

    def current(self, now: float) -> str:
        return self._text if now < self._until else ""

    def seconds_left(self, now: float) -> float:
        return max(0.0, self._until - now) if self._text else 0.0


MAX_BANNER = 140  # a banner is read from across a room: a line or two


def cue_text(runner: SessionRunner) -> str:
    """The phase's rule as a banner: its own cue, else the microphone cues and the first
    rule ("Case giver: microphone off")."""
    spec = runner.phase.spec
    if spec.cue:
        return spec.cue
    fmt = runner.timeline.fmt
    parts = [
        translate("Room", "{role}: microphone off").format(role=fmt.role(rid).name)
        for rid in spec.muted
    ]
    if spec.rules:
        parts.append(spec.rules[0])
    return " · ".join(parts) or spec.name


@dataclass(frozen=True)
class RoleHolders:
    role_id: str
    name: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class RoundAhead:
    """A round not begun yet, so each participant can see when their turn comes."""

    round_index: int
    holder: str
    roles: tuple[RoleHolders, ...]
    starts_after_s: float  # planned seconds from the end of the current phase to its start


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
    people: tuple[str, ...] = ()  # everyone present, to pick one's own name
    round_holder: str | None = None  # whose round this is (the case giver, the client)
    rounds_ahead: tuple[RoundAhead, ...] = ()
    ends_at_wall: float | None = None  # when this phase ends by its plan, while running
    banner: str = ""  # a cue or a message from the facilitator, shown for a few seconds
    helping: str = ""  # how the client wants to be helped in this turn (co-consulting)

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
        # A role's name inside a sentence ("you are issue holder", "jako osoba
        # doradzająca"; German nouns keep their capital) for the personal page.
        data["roles"] = [
            {**asdict(r), "cue": r.cue.value, "in_sentence": in_sentence(r.name)}
            for r in self.roles
        ]
        for ahead in data["rounds_ahead"]:
            for role in ahead["roles"]:
                role["in_sentence"] = in_sentence(role["name"])
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


def _up_next(runner: SessionRunner) -> UpNext | None:
    timeline, phase = runner.timeline, runner.phase
    if phase.index + 1 >= len(timeline):
        return None
    following = timeline[phase.index + 1]
    holder = None
    if following.round_index is not None and following.round_index != phase.round_index:
        holder = timeline.holder_of(following.round_index)
    else:
        # after a round comes a break: name who holds the round after it
        later = next(
            (p for p in timeline.phases[phase.index + 1 :] if p.round_index is not None), None
        )
        if phase.round_index is not None and following.round_index is None and later:
            holder = timeline.holder_of(later.round_index)
    role = timeline.fmt.holder_role
    next_round = following.round_index
    if holder is not None and (next_round is None or next_round == phase.round_index):
        later = next(
            (p for p in timeline.phases[phase.index + 1 :] if p.round_index is not None), None
        )
        next_round = later.round_index if later is not None else None
    return UpNext(
        following.name,
        runner.planned(following.index),
        holder,
        role.name if role is not None and holder is not None else "",
        next_round if holder is not None else None,
    )


def _rounds_ahead(runner: SessionRunner) -> tuple[RoundAhead, ...]:
    if runner.state is SessionState.FINISHED:
        return ()
    timeline = runner.timeline
    names = {role.id: role.name for role in timeline.fmt.roles}
    out, after = [], 0.0
    seen: set[int] = set()
    for phase in timeline.phases[runner.index + 1 :]:
        r = phase.round_index
        if r is not None and r not in seen and r != runner.phase.round_index:
            seen.add(r)
            held = timeline.plan.roles_in(r)
            roles = tuple(
                RoleHolders(rid, names.get(rid, rid), tuple(people))
                for rid, people in held.items()
                if people
            )
            out.append(RoundAhead(r, timeline.holder_of(r) or "", roles, after))
        after += runner.planned(phase.index)
    return tuple(out)


def room_state(
    runner: SessionRunner, *, blanked: bool = False, banner: str = "", helping: str = ""
) -> RoomState:
    """Everything the room may see of the session now, and nothing more."""
    timeline, phase = runner.timeline, runner.phase
    remaining = runner.remaining()
    mode, warn_minutes = _mode(runner, remaining)
    if blanked:
        mode, warn_minutes, banner = RoomMode.BLANK, None, ""
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
        rules=timeline.rules_at(phase.index),
        up_next=_up_next(runner),
        session_remaining_s=runner.remaining_total(),
        people=timeline.plan.present,
        round_holder=timeline.holder_of(phase.round_index),
        rounds_ahead=_rounds_ahead(runner),
        ends_at_wall=runner.phase_end_wall(),
        banner=banner,
        helping=helping or timeline.helping_at(phase.index),
    )
