"""Clocks: the only source of time for the session engine.

The runner never counts timer ticks. It asks a clock for a monotonic reading (to measure
intervals inside one process) and for wall-clock time (to stamp events, and to bridge the
gap when the program was stopped while a session was running).
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""

    def wall(self) -> float:
        """Seconds since the Unix epoch."""


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class FakeClock:
    """A clock that moves only when told to; tests jump it hours ahead."""

    def __init__(self, wall: float = 1_800_000_000.0, monotonic: float = 1000.0) -> None:
        self._wall = wall
        self._mono = monotonic

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        self._wall += seconds
        self._mono += seconds

    def restart_process(self, gap: float = 0.0) -> None:
        """Model a new process: wall time moves on by `gap`, the monotonic origin changes."""
        self._wall += gap
        self._mono = 5.0
