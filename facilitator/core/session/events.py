"""Session events: every action a facilitator takes, stamped with when it happened.

A session is rebuilt by replaying its events; the store persists them one by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    GOTO = "goto"  # next, previous, skip round and jumps all move to a phase index
    ADJUST = "adjust"  # extend (+) or shorten (-) the current phase, in seconds
    SPEAKER = "speaker"  # who is speaking now (a participant name, or None for nobody)
    FINISH = "finish"
    REOPEN = "reopen"  # the program came back after it stopped while the session was running
    PLAN = "plan"  # the round plan changed (a swap, a late arrival, an absentee)
    # a move taken back: back to "index", and the time since "since" (session elapsed)
    # counts for that phase, as if the move had never been made; "forget" lists phases
    # entered only by the move (they count as not visited again)
    UNDO_GOTO = "undo_goto"
    # a banner across the room view: "kind" (a RoomCue code), "text" as the room saw it,
    # "index" the phase in progress (the room sees it, so it is no private note)
    CUE = "cue"


class RoomCue(StrEnum):
    """What a CUE event showed the room: a stable code, never display text."""

    RULE = "rule"  # the phase's rule, at one key ("Clarifying questions only")
    MESSAGE = "message"  # a message the facilitator typed or picked for the room


class Move(StrEnum):
    """Why a GOTO event moved the session: a stable code, never display text."""

    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    SKIP_ROUND = "skip_round"
    UNDO = "undo"

    @classmethod
    def parse(cls, value: object) -> Move:
        """The code of a stored reason; records written before codes were used hold the
        undo command's English label ('next phase', 'jump to describe the case')."""
        text = str(value or "").strip().lower()
        try:
            return cls(text)
        except ValueError:
            pass
        for prefix, move in (
            ("next", cls.NEXT), ("previous", cls.PREVIOUS), ("skip", cls.SKIP_ROUND),
            ("undo", cls.UNDO),
        ):  # fmt: skip
            if text.startswith(prefix):
                return move
        return cls.JUMP


@dataclass(frozen=True)
class Event:
    """One recorded action.

    `wall` is the wall-clock time (Unix seconds) and `elapsed` the session's active time
    (seconds spent running, pauses excluded) at the moment of the action.
    """

    kind: EventKind
    wall: float
    elapsed: float
    data: dict[str, Any] = field(default_factory=dict)
    seq: int | None = None

    @property
    def move(self) -> Move | None:
        """For a GOTO, why it moved (old records' labels read as codes); else None."""
        return Move.parse(self.data.get("reason")) if self.kind is EventKind.GOTO else None


@dataclass(frozen=True)
class CueLine:
    """One banner the room saw: when (wall clock and session time), in which phase, what."""

    kind: RoomCue
    text: str
    wall: float
    elapsed: float
    phase: int | None  # the phase in progress; None before the start


def room_cues(events: Iterable[Event]) -> tuple[CueLine, ...]:
    """Every banner shown to the room, in order (for the report and the review)."""
    lines = []
    for e in events:
        if e.kind is not EventKind.CUE or not str(e.data.get("text", "")).strip():
            continue
        try:
            kind = RoomCue(str(e.data.get("kind")))
        except ValueError:
            kind = RoomCue.MESSAGE
        index = None if e.data.get("index") is None else int(e.data["index"])
        lines.append(CueLine(kind, str(e.data["text"]), e.wall, e.elapsed, index))
    return tuple(lines)
