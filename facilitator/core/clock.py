"""Clocks: the only source of time for the session engine.

The runner never counts timer ticks. It asks a clock for a monotonic reading (to measure
intervals inside one process) and for wall-clock time (to stamp events, and to bridge the
gap when the program was stopped while a session was running).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""

    def wall(self) -> float:
        """Seconds since the Unix epoch."""


_CLOCK_GETTIME: Callable[[int], float] | None = getattr(time, "clock_gettime", None)


def suspend_counting_source(
    platform: str = sys.platform,
    clock_gettime: Callable[[int], float] | None = _CLOCK_GETTIME,
) -> Callable[[], float]:
    """A monotonic reading that keeps counting while the computer is suspended.

    `time.monotonic()` stops during suspend on Linux (CLOCK_MONOTONIC), so a session left
    running while the lid was closed would come back with the break uncounted. Linux:
    CLOCK_BOOTTIME. macOS: CLOCK_MONOTONIC (which counts sleep there; `time.monotonic`
    does not). Windows: `time.monotonic` (GetTickCount64 counts sleep).
    """
    if clock_gettime is not None:
        if platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
            boottime = time.CLOCK_BOOTTIME
            return lambda: clock_gettime(boottime)
        if platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
            mono = time.CLOCK_MONOTONIC
            return lambda: clock_gettime(mono)
    return time.monotonic


class SystemClock:
    """The real clock; its monotonic reading counts time spent suspended."""

    def __init__(self, source: Callable[[], float] | None = None) -> None:
        self._source = source or suspend_counting_source()
        self._last = self._source()

    def monotonic(self) -> float:
        now = self._source()
        if now < self._last:  # never backwards, whatever the source does
            now = self._last
        self._last = now
        return now

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

    def suspend(self, seconds: float) -> None:
        """The computer sleeps: wall time and a suspend-counting monotonic clock jump."""
        self.advance(seconds)

    def restart_process(self, gap: float = 0.0) -> None:
        """Model a new process: wall time moves on by `gap`, the monotonic origin changes."""
        self._wall += gap
        self._mono = 5.0
