"""A live session: the core runner wired to the store, so every action is recorded.

Qt-free, so the command line, the tests and the windows share it. A session is created
from a format, its parameters and the participants, or opened again from its stored
events, which rebuilds it exactly (at the right time if it was running when the program
stopped).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from facilitator.core.clock import Clock
from facilitator.core.files import write_atomically
from facilitator.core.formats.format import Format
from facilitator.core.plan.rounds import RoundPlan, check_plan, make_plan
from facilitator.core.plan.timeline import Timeline, build_timeline
from facilitator.core.session.events import Event, EventKind
from facilitator.core.session.room import RoomState, room_state
from facilitator.core.session.runner import SessionRunner, SessionState
from facilitator.services.recorded import read_recorded
from facilitator.store.cipher import DB_ERRORS
from facilitator.store.records import NoteRecord
from facilitator.store.sessions import SessionStore
from facilitator.store.unsaved import UnsavedNote, dumps_unsaved, unsaved_path

T = TypeVar("T")
# Errors after which a new connection may succeed: read-only, I/O error, cannot open.
_REOPEN_CODES = (8, 10, 14)


def worth_reopening(error: BaseException | None) -> bool:
    """True for write errors that a fresh connection may not have (a read-only file)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, DB_ERRORS) and code is not None and code & 0xFF in _REOPEN_CODES


class EventWriter:
    """Writes a session's events to the store in order. An event that cannot be written
    (a read-only or full disk) is kept, with those after it, and written by `flush` once
    writing works again; the session goes on in memory meanwhile."""

    def __init__(
        self,
        store: SessionStore,
        session_id: int,
        after_write: Callable[[Event], None] | None = None,
    ) -> None:
        self._store = store
        self._session_id = session_id
        self._after_write = after_write
        self.pending: list[Event] = []
        self.error: Exception | None = None

    def __call__(self, event: Event) -> None:
        self.pending.append(event)
        self.flush()

    def flush(self) -> bool:
        """Write what is pending; True when nothing is left unwritten."""
        while self.pending:
            try:
                self._store.append_event(self._session_id, self.pending[0])
            except DB_ERRORS + (OSError,) as exc:
                self.error = exc
                return False
            written = self.pending.pop(0)
            if self._after_write is not None:
                self._after_write(written)
        self.error = None
        return True


CHECKPOINT_EVERY = 120.0  # seconds of typing at most between two checkpoints
_BACKUP_AFTER = (EventKind.START, EventKind.FINISH)


def at_milestones(store: SessionStore) -> Callable[[Event], None]:
    """After each written event (a phase change, a pause…): a checkpoint, so the records
    file holds the session without its -wal; at a session's start and end: a backup."""

    def written(event: Event) -> None:
        store.checkpoint()
        if event.kind in _BACKUP_AFTER:
            store.backup(now=event.wall)

    return written


@dataclass
class LiveSession:
    store: SessionStore
    session_id: int
    title: str
    runner: SessionRunner
    _clock: Clock
    writer: EventWriter | None = field(default=None, repr=False)
    _checkpointed: float | None = field(default=None, repr=False)  # monotonic, last one

    @property
    def unsaved_events(self) -> int:
        """How many of the session's events wait to be written."""
        return len(self.writer.pending) if self.writer else 0

    def save_pending(self) -> bool:
        """Try again to write events kept in memory; True when all are written. After a
        read-only or I/O error the records are opened again first."""
        if self.writer is None or self.writer.flush():
            return True
        if worth_reopening(self.writer.error) and self.store.reopen():
            return self.writer.flush()
        return False

    def _write(self, write: Callable[[], T]) -> T:
        """Run one write; after an error a new connection may not have, once more. Every
        few minutes of typing, a checkpoint."""
        try:
            done = write()
        except DB_ERRORS as exc:
            if not (worth_reopening(exc) and self.store.reopen()):
                raise
            done = write()
        now = self._clock.monotonic()
        if self._checkpointed is None:
            self._checkpointed = now
        elif now - self._checkpointed >= CHECKPOINT_EVERY:
            self.store.checkpoint()
            self._checkpointed = now
        return done

    # -- what could not be written when the program must stop ---------------------------
    def unsaved_note(self, note_id: int | None, text: str, owner: str | None) -> UnsavedNote:
        """The note being typed, stamped as `add_note` would stamp it now."""
        runner = self.runner
        started = runner.state is not SessionState.NOT_STARTED
        return UnsavedNote(
            note_id, text, owner,
            runner.phase.round_index if started else None,
            runner.index if started else None,
            self._clock.wall(),
        )  # fmt: skip

    def unsaved_text(self, notes: Sequence[UnsavedNote]) -> str:
        """Everything not yet written (events in memory and `notes`), as a recovery file."""
        pending = self.writer.pending if self.writer else []
        return dumps_unsaved(self.session_id, self.title, pending, notes)

    def keep_unsaved(
        self, notes: Sequence[UnsavedNote], folder: Path | None = None
    ) -> Path | None:
        """Write what is not yet written to the recovery file beside the records (which the
        next start replays); None if there was nothing to keep."""
        if not self.unsaved_events and not notes:
            return None
        folder = folder or self.store.folder
        if folder is None:
            raise OSError("the records are not in a folder")
        return write_atomically(unsaved_path(folder, self.session_id), self.unsaved_text(notes))

    def add_kept_note(self, kept: UnsavedNote) -> int:
        """Write a note kept in memory while writing failed, stamped as when it was typed."""
        return self._write(
            lambda: self.store.add_note(
                self.session_id, kept.text, round_index=kept.round_index,
                phase_index=kept.phase_index, action_owner=kept.action_owner, now=kept.wall,
            )
        )

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def timeline(self) -> Timeline:
        return self.runner.timeline

    @property
    def fmt(self) -> Format:
        return self.runner.timeline.fmt

    @property
    def plan(self) -> RoundPlan:
        return self.runner.timeline.plan

    @classmethod
    def create(
        cls,
        store: SessionStore,
        fmt: Format,
        participants: Sequence[str],
        clock: Clock,
        *,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
        pins: Mapping[str, Sequence[str]] | None = None,
        agreements: Sequence[str] = (),
        title: str | None = None,
        plan: RoundPlan | None = None,
        at_bids: bool = False,
    ) -> LiveSession:
        """Plan and store a new session; raises ``ValueError`` (``PlanError``) on bad input.
        A `plan` made (and edited) beforehand is checked and used as it is. With `at_bids`
        a method with a Bids phase leaves its rounds to the bids."""
        values = fmt.resolve_params(params)
        if plan is None:
            plan = make_plan(fmt, values, participants, seed=seed, pins=pins, at_bids=at_bids)
        else:
            check_plan(fmt, values, plan)
        timeline = build_timeline(fmt, values, plan)
        title = title or fmt.title
        session_id = store.create_session(
            format_id=fmt.id,
            title=title,
            format_source=fmt.text,
            params=values,
            participants=list(plan.participants),
            plan=plan.to_json(),
            agreements=list(agreements),
            now=clock.wall(),
        )
        return cls._wire(store, session_id, title, timeline, clock, ())

    @classmethod
    def open(cls, store: SessionStore, session_id: int, clock: Clock) -> LiveSession:
        """Rebuild a stored session from its format text, plan and events."""
        found = read_recorded(store, session_id)
        return cls._wire(store, session_id, found.record.title, found.timeline, clock, found.events)

    @classmethod
    def _wire(cls, store, session_id, title, timeline, clock, events) -> LiveSession:
        writer = EventWriter(store, session_id, at_milestones(store))
        runner = SessionRunner(timeline, clock, events, record=writer)
        return cls(store, session_id, title, runner, clock, writer)

    # -- notes: private to the laptop, stamped with where in the session they were written --
    def add_note(self, text: str, *, action_owner: str | None = None) -> int:
        runner = self.runner
        started = runner.state is not SessionState.NOT_STARTED
        return self._write(
            lambda: self.store.add_note(
                self.session_id,
                text,
                round_index=runner.phase.round_index if started else None,
                phase_index=runner.index if started else None,
                action_owner=action_owner,
                now=self._clock.wall(),
            )
        )

    def restore_note(self, note: NoteRecord) -> int:
        """Put back a deleted note with its text, owner, stamp and time; returns its new id."""
        return self.store.add_note(
            self.session_id,
            note.text,
            round_index=note.round_index,
            phase_index=note.phase_index,
            action_owner=note.action_owner,
            now=note.created_wall,
        )

    def update_note(self, note_id: int, text: str, *, action_owner: str | None) -> None:
        self._write(
            lambda: self.store.update_note(
                note_id, text, action_owner=action_owner, now=self._clock.wall()
            )
        )

    def delete_note(self, note_id: int) -> None:
        self.store.delete_note(note_id)

    def notes(self) -> list[NoteRecord]:
        return self.store.notes(self.session_id)

    def recent_notes(self, limit: int) -> tuple[list[NoteRecord], int]:
        """The last `limit` notes (oldest first) and the number of notes in all."""
        return self.store.recent_notes(self.session_id, limit)

    def room_state(self, *, blanked: bool = False, banner: str = "") -> RoomState:
        """What the room may see now: built from the runner alone, never from notes."""
        return room_state(self.runner, blanked=blanked, banner=banner)
