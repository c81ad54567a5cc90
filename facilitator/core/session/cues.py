"""Cues: the moments a phase reaches a warning point or its end.

A ``CueWatcher`` is polled whenever the screen repaints. It compares the remaining time
now with the remaining time at the last poll, so a cue is given once when its moment is
crossed, however irregular the polling, and never again for the same phase visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.session.runner import SessionRunner, SessionState


class CueKind(StrEnum):
    WARNING = "warning"
    END = "end"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    phase: int
    seconds_left: float  # the warning point (0 for the end)


class CueWatcher:
    def __init__(self, runner: SessionRunner) -> None:
        self._runner = runner
        self._phase: int | None = None
        self._last: float | None = None

    def poll(self) -> list[Cue]:
        runner = self._runner
        if runner.state is not SessionState.RUNNING:
            self._phase, self._last = None, None
            return []
        index, remaining = runner.index, runner.remaining()
        if index != self._phase:
            self._phase, self._last = index, remaining
            return []
        before, self._last = self._last, remaining
        if before is None or remaining >= before:
            return []  # an extension moved the end away: nothing crossed
        points = [(CueKind.WARNING, w) for w in runner.timeline[index].warn_at] + [
            (CueKind.END, 0.0)
        ]
        crossed = [Cue(kind, index, at) for kind, at in points if remaining <= at < before]
        # after a long stall only the latest cue matters: one chime, not a burst
        return crossed[-1:]
