"""Opening the coach's log from the app, with the one-to-one coaching format as its timer.

The timer session's participants are the neutral "Coach" and "Client": the room view
(if the coach projects the timer) never sees a name from the log.
"""

from __future__ import annotations

from typing import Any

from facilitator.services.live import LiveSession
from facilitator.store.coaching import CoachingStore
from facilitator.ui.common.screen_fit import fit_to_screen

TIMER_FORMAT = "one-to-one-coaching"
TIMER_PEOPLE = ("Coach", "Client")


def start_coaching_timer(facilitator: Any, minutes: int) -> LiveSession | None:
    """Create and open a one-to-one coaching session of `minutes`; None if impossible."""
    try:
        fmt = facilitator.catalog.get(TIMER_FORMAT)
        live = LiveSession.create(
            facilitator.store, fmt, list(TIMER_PEOPLE), facilitator.clock,
            params={"session_minutes": minutes}, title=fmt.title,
        )  # fmt: skip
    except (KeyError, ValueError):
        return None
    start = facilitator.start
    facilitator.start = None  # keep the start screen open behind the coach's log
    try:
        facilitator.open_session(live)
    finally:
        facilitator.start = start
    return live


def open_coach_log(facilitator: Any):
    from facilitator.store.erasure import Eraser
    from facilitator.ui.coach.window import CoachWindow

    records = facilitator.records
    window = CoachWindow(
        CoachingStore(records.conn),
        facilitator.clock,
        start_timer=lambda minutes: start_coaching_timer(facilitator, minutes),
        eraser=Eraser(records.conn, records.data_dir, records.key),
    )
    fit_to_screen(window, 1280, 860)
    window.show()
    return window
