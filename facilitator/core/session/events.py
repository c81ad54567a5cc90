"""Session events: every action a facilitator takes, stamped with when it happened.

A session is rebuilt by replaying its events; the store persists them one by one.
"""

from __future__ import annotations

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
