"""Which room states are worth sending: a change of anything but the running clock.

The browsers count down by themselves from the last state (its remaining seconds and the
server's time when it was taken), so the laptop only sends a new state when something
other than the passing of time changed: the phase, the mode, the roles, an extension, a
pause — or a clock that no longer agrees with what the browsers would compute.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# fields that move with the clock while the session runs; the browsers derive them
# fields that move with the clock: the browsers reckon them, so they alone send nothing
# (`ends_at_wall` is the wall clock plus the time left: it jitters with every reading)
CLOCK_FIELDS = frozenset(
    {"remaining_s", "actual_s", "session_remaining_s", "progress", "ends_at_wall"}
)
DRIFT_S = 0.25  # a clock further off than this from the browsers' reckoning is resent


@dataclass(frozen=True)
class Snapshot:
    version: int
    at: float  # the server's wall time when the state was taken
    state: Mapping[str, Any]

    def message(self, sent: float) -> str:
        """The text of one server-sent event: the state and when it left the server."""
        return json.dumps(
            {"v": self.version, "at": self.at, "sent": sent, "state": self.state},
            ensure_ascii=False,
            separators=(",", ":"),
        )


def _running(state: Mapping[str, Any]) -> bool:
    return state.get("session_state") == "running"


def _ahead(state: Mapping[str, Any]) -> float:
    """Planned seconds after the current phase (does not move with the clock)."""
    return float(state["session_remaining_s"]) - max(0.0, float(state["remaining_s"]))


def expected_remaining(old: Snapshot, now: float) -> float:
    """What a browser shows as the phase's remaining seconds at `now`, from `old`."""
    remaining = float(old.state["remaining_s"])
    return remaining - (now - old.at) if _running(old.state) else remaining


def worth_sending(old: Snapshot | None, new: Mapping[str, Any], now: float) -> bool:
    """True when the browsers, reckoning from `old`, would not show `new` at `now`."""
    if old is None:
        return True
    before = {k: v for k, v in old.state.items() if k not in CLOCK_FIELDS}
    after = {k: v for k, v in new.items() if k not in CLOCK_FIELDS}
    if before != after:
        return True
    if abs(expected_remaining(old, now) - float(new["remaining_s"])) > DRIFT_S:
        return True
    return abs(_ahead(old.state) - _ahead(new)) > DRIFT_S


class Feed:
    """The latest state worth sending, numbered; `offer` keeps a new one only if it is."""

    def __init__(self) -> None:
        self.latest: Snapshot | None = None

    def offer(self, state: Mapping[str, Any], now: float) -> Snapshot | None:
        """Keep `state` (taken at `now`) if the browsers need it; returns it, else None."""
        if not worth_sending(self.latest, state, now):
            return None
        version = 1 if self.latest is None else self.latest.version + 1
        self.latest = Snapshot(version, now, state)
        return self.latest
