"""A stored session opened read-only: rebuilt from its events, never written to.

`LiveSession.open` rebuilds a session to carry it on: a session that was running when the
program stopped gets a REOPEN event and its clock runs again. A look back must do none of
that. Here the events are replayed on a clock frozen at the last recorded action, nothing
is handed to the store, and the runner refuses every action, so a finished (or abandoned)
session shows exactly what was recorded and cannot be changed by the history window, the
reports or the command line.

The end of an abandoned session is decided here too: marked finished where it stopped, or
put in the bin (hidden everywhere, restorable) until the bin is emptied, which erases it
for good from the records, their backups and copies (`store.erasure`). The session running
now in the program is never touched: callers pass its id as `running_now`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.core.clock import Clock
from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.core.session.events import Event, EventKind
from facilitator.core.session.runner import InvalidAction, SessionRunner
from facilitator.services.recorded import read_recorded
from facilitator.store.erasure import Eraser
from facilitator.store.records import NoteRecord, SessionRecord
from facilitator.store.sessions import SessionStore

READ_ONLY = QT_TRANSLATE_NOOP(
    "PastSession", "This is a past session, opened read-only; it cannot be changed."
)


class FrozenClock:
    """A clock standing still at one moment: the last recorded action of a session."""

    def __init__(self, wall: float) -> None:
        self._wall = wall

    def monotonic(self) -> float:
        return 0.0

    def wall(self) -> float:
        return self._wall


class ReadOnlyRunner(SessionRunner):
    """A runner replayed from events that refuses every further action."""

    def __init__(self, timeline, clock: Clock, events: Iterable[Event]) -> None:
        self._sealed = False
        super().__init__(timeline, clock, events, record=None)
        self._sealed = True

    def _act(self, kind: EventKind, data: dict | None = None, *, elapsed=None) -> None:
        if not self._sealed and kind is EventKind.REOPEN:
            return  # a look back does not carry a session on: its time stays as recorded
        raise InvalidAction(translate("PastSession", READ_ONLY))

    def _require_started(self, action: str) -> None:
        raise InvalidAction(translate("PastSession", READ_ONLY))  # before any other reason: nothing here may change

    def _require(self, state, action: str) -> None:
        raise InvalidAction(translate("PastSession", READ_ONLY))


@dataclass(frozen=True)
class PastSession:
    """Everything recorded about one session, for viewing and reports."""

    record: SessionRecord
    runner: ReadOnlyRunner
    notes: tuple[NoteRecord, ...]

    @property
    def session_id(self) -> int:
        return self.record.id

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def timeline(self):
        return self.runner.timeline

    @property
    def started_wall(self) -> float | None:
        # the first start: plan edits and messages to the room may come before it
        return next((e.wall for e in self.runner.events if e.kind is EventKind.START), None)

    @property
    def last_wall(self) -> float:
        """When the last action was recorded (the creation time if there was none)."""
        events = self.runner.events
        return events[-1].wall if events else self.record.created_wall


def open_past(store: SessionStore, session_id: int) -> PastSession:
    """Read session `session_id` back; LookupError if there is none. Writes nothing."""
    found = read_recorded(store, session_id)
    events = found.events
    clock = FrozenClock(events[-1].wall if events else found.record.created_wall)
    runner = ReadOnlyRunner(found.timeline, clock, events)
    return PastSession(found.record, runner, tuple(store.notes(session_id)))


def mark_finished(
    store: SessionStore, session_id: int, now_wall: float, *, running_now: Collection[int] = ()
) -> None:
    """An abandoned session marked finished: a FINISH event at the active time it had
    reached (no time is added for the days it lay open). ValueError if it is finished or
    is the session running now."""
    record = store.get_session(session_id)
    if record is None:
        raise LookupError(f"There is no session {session_id}.")
    if session_id in running_now:
        raise ValueError(f"Session {session_id} is running now; finish it in its window.")
    events = store.events(session_id)
    if any(e.kind is EventKind.FINISH for e in events):
        raise ValueError(f"Session {session_id} is finished already.")
    elapsed = events[-1].elapsed if events else 0.0
    store.append_event(session_id, Event(EventKind.FINISH, now_wall, elapsed, {"marked": True}))


def can_discard(record: SessionRecord, running_now: Collection[int] = ()) -> bool:
    """Whether a session may go to the bin: one not finished and not running now (a
    finished session is a record of a meeting that took place, and is kept)."""
    return record.state != "finished" and record.id not in running_now


def discard(
    store: SessionStore, session_id: int, now_wall: float, *, running_now: Collection[int] = ()
) -> None:
    """Put an unfinished session in the bin. LookupError if there is no such session;
    ValueError if it is finished, running now, or in the bin already."""
    record = store.get_session(session_id)
    if record is None:
        raise LookupError(f"There is no session {session_id}.")
    if session_id in running_now:
        raise ValueError(f"Session {session_id} is running now; it cannot be discarded.")
    if not can_discard(record):
        raise ValueError(f"Session {session_id} is finished; only unfinished ones are discarded.")
    if not store.discard(session_id, now_wall):
        raise ValueError(f"Session {session_id} is in the bin already.")


def restore(store: SessionStore, session_id: int) -> None:
    """Take a session out of the bin. LookupError if there is no such session; ValueError
    if it is not in the bin."""
    if not store.restore(session_id):
        raise ValueError(f"Session {session_id} is not in the bin.")


@dataclass(frozen=True)
class BinEmptied:
    """What emptying the bin did."""

    erased: int  # sessions deleted for good
    failed: list[tuple[Path, str]] = field(default_factory=list)  # copies left as they were


def empty_bin(store: SessionStore) -> BinEmptied:
    """Delete every session in the bin for good: its events, notes and links, in the
    records and in every backup and damaged copy (secure erasure), and its recovery file.
    A copy that could not be rewritten is named in `failed`; the erase is finished at the
    next opening of the records."""
    binned = store.binned()
    if not binned:
        return BinEmptied(0)
    result = Eraser(store.conn, store.folder, store.key).erase_sessions(binned)
    return BinEmptied(len(binned), list(result.failed))
