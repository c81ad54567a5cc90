"""The session as the widgets see it: a small protocol instead of the concrete controller.

The live `SessionController` and the read-only `PastSessionController` both satisfy it, so
the timeline, the room view and the review draw either, and none of them can reach the
store, the notes' text or the undo stack through it.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import SignalInstance

from facilitator.core.session.room import RoomState
from facilitator.core.session.runner import SessionRunner


class SessionView(Protocol):
    changed: SignalInstance  # phase, state, plan or lengths changed: redraw everything
    ticked: SignalInstance  # the countdown's displayed second changed: redraw the clocks

    @property
    def runner(self) -> SessionRunner: ...

    def goto(self, index: int) -> None:
        """A click on a phase: jump there (or say why not)."""


class RoomSource(Protocol):
    """What the room view draws from: `RoomState`, and the signals to redraw it on."""

    changed: SignalInstance
    ticked: SignalInstance

    def room_state(self) -> RoomState: ...


class ReviewedSession(SessionView, Protocol):
    """What the reviews need besides: the title and how many commitments each person made."""

    notes_changed: SignalInstance

    @property
    def title(self) -> str: ...

    def commitment_counts(self) -> dict[str, int]:
        """Each person's number of actions noted for them: a count, never their text."""
        ...


class LaptopSession(ReviewedSession, Protocol):
    """The laptop's review also lists the actions' text: never handed to the room."""

    def notes(self) -> list[Any]: ...
