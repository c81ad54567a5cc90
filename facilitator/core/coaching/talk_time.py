"""Who is talking: coach and client talk time from two keys, measured on a clock.

The widget only says who started talking (or that nobody is); the seconds come from the
injected clock's monotonic reading, never from counting ticks.
"""

from __future__ import annotations

from facilitator.core.clock import Clock

COACH, CLIENT = "coach", "client"


class TalkTimer:
    def __init__(self, clock: Clock, coach: float = 0.0, client: float = 0.0) -> None:
        self._clock = clock
        self._totals = {COACH: float(coach), CLIENT: float(client)}
        self._who: str | None = None
        self._since = 0.0

    @property
    def speaking(self) -> str | None:
        return self._who

    def switch(self, who: str | None) -> None:
        """`who` starts talking now (None: nobody); pressing the same key again stops."""
        if who not in (COACH, CLIENT, None):
            raise ValueError(f"unknown speaker {who!r}")
        now = self._clock.monotonic()
        if self._who is not None:
            self._totals[self._who] += now - self._since
        self._who = None if who == self._who else who
        self._since = now

    def seconds(self, who: str) -> float:
        extra = self._clock.monotonic() - self._since if who == self._who else 0.0
        return self._totals[who] + extra

    def whole_seconds(self) -> tuple[int, int]:
        return int(self.seconds(COACH)), int(self.seconds(CLIENT))
