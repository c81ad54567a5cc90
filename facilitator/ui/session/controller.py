"""The Qt side of a live session: intents in, signals out, every edit undoable.

Widgets call the intent methods (``next_phase``…) and redraw on ``changed`` (something in
the session changed) and ``ticked`` (the displayed seconds changed). The controller asks
the core for everything; it does no time arithmetic of its own beyond scheduling the next
repaint for the moment the countdown's text changes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.core.plan import edits
from facilitator.core.plan.bids import agree, apply_bids, insert_break, set_helping
from facilitator.core.plan.rounds import Bid, PlanError, RoundPlan
from facilitator.core.plan.timeline import (
    MovedBreak,
    breaks_minutes,
    propose_for_time,
    settle_breaks,
    short_rounds_text,
)
from facilitator.core.session.balance import actions_by_person
from facilitator.core.session.cues import CueWatcher
from facilitator.core.session.events import Move, RoomCue
from facilitator.core.session.room import RoomBanner, RoomState, cue_text
from facilitator.core.session.runner import InvalidAction, SessionRunner, SessionState
from facilitator.core.text import isolate
from facilitator.core.timefmt import minutes_text
from facilitator.services.live import LiveSession
from facilitator.store.cipher import DB_ERRORS
from facilitator.store.records import NoteRecord
from facilitator.store.unsaved import UnsavedNote
from facilitator.ui.session.commands import Adjust, Goto, NoteEdit, NoteRef, Replan

RETRY_MS = 5000  # how soon a failed write is tried again
CUE_SECONDS = 8.0  # the phase's rule across the room view
MESSAGE_SECONDS = 20.0  # a message typed for the room


class SessionController(QObject):
    changed = Signal()  # phase, state, plan or lengths changed: redraw everything
    ticked = Signal()  # the countdown's displayed second changed: redraw the clocks
    cue_reached = Signal(object)  # a Cue: a warning point or the end of a phase
    action_refused = Signal(str)  # an intent that could not be carried out, and why
    notes_changed = Signal(object)  # the note saved (a NoteRecord), or None: many changed
    save_failed = Signal(str)  # the records could not be written; what was typed is kept
    note_restored = Signal(object, object)  # (old id, id now or None) after undo or redo
    saved_again = Signal()  # all that was kept in memory after a failed write is written
    bids_requested = Signal()  # Next at the end of Bids: the bids decide the rounds first
    agreement_requested = Signal()  # Next at the end of the pair's agreement: confirm it first
    jump_confirmation_needed = Signal(int, str)  # (phase index, question) for a long jump

    def __init__(self, live: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.undo_stack = QUndoStack(self)
        self._note_refs: dict[int, NoteRef] = {}
        self._note_unsaved = False
        self._failing = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.retry_saving)
        if live.unsaved_events:  # e.g. the reopening could not be written
            QTimer.singleShot(0, self._check_saving)
        self._banner = RoomBanner()
        self._banner_timer = QTimer(self, singleShot=True)
        self._banner_timer.timeout.connect(self.changed)  # the banner's time is up: redraw
        self._cues = CueWatcher(live.runner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._schedule()

    @property
    def runner(self) -> SessionRunner:
        return self.live.runner

    # -- intents ---------------------------------------------------------------------
    def toggle_running(self) -> None:
        self._do(lambda r: r.toggle())

    # Moves: the runner says where each goes, or why it cannot; the window only turns
    # the answer into an undoable step or a message.
    def next_phase(self) -> None:
        if self.runner.state is SessionState.NOT_STARTED:
            self.toggle_running()  # the clicker's first press starts the session
        elif self.bids_due():
            self.bids_requested.emit()
        elif self.agreement_due():
            self.agreement_requested.emit()
        else:
            self._move(self.runner.next_index, Move.NEXT, self.tr("Next phase"))

    def previous_phase(self) -> None:
        self._move(self.runner.previous_index, Move.PREVIOUS, self.tr("Previous phase"))

    def goto(self, index: int, *, confirmed: bool = False) -> None:
        """A click on a phase. A jump over more than one phase is confirmed first (the
        window asks, then calls again with `confirmed`)."""

        def target() -> int:
            self.runner.check_goto(index)
            return index

        r = self.runner
        name = r.timeline[index].name if 0 <= index < len(r.timeline) else ""
        started = r.state in (SessionState.RUNNING, SessionState.PAUSED)
        if started and not confirmed and 0 <= index < len(r.timeline):
            passed = abs(index - r.index) - 1
            if passed > 0:
                self.jump_confirmation_needed.emit(
                    index,
                    self.tr("Jump to “{name}”, passing over %n phase(s)?", "", passed).format(
                        name=name
                    ),
                )
                return
        self._move(target, Move.JUMP, self.tr("Jump to {name}").format(name=isolate(name)))

    def skip_round(self) -> None:
        self._move(self.runner.skip_round_index, Move.SKIP_ROUND, self.tr("Skip round"))

    def _move(self, where, move: Move, text: str) -> None:
        try:
            target = where()
        except InvalidAction as exc:
            self._refuse(str(exc))
            return
        if target != self.runner.index:
            self.undo_stack.push(Goto(self, target, move, text))

    def adjust(self, seconds: float) -> None:
        r = self.runner
        if r.state not in (SessionState.RUNNING, SessionState.PAUSED):
            self._refuse(self.tr("Start the session first."))
            return
        text = self.tr("Extend phase") if seconds > 0 else self.tr("Shorten phase")
        self.undo_stack.push(Adjust(self, seconds, text))

    def set_speaker(self, person: str | None) -> None:
        self._do(lambda r: r.set_speaker(person))

    def finish(self) -> None:
        self._do(lambda r: r.finish())
        self.undo_stack.clear()

    # -- plan edits: re-validated by the core, undoable ----------------------------------
    def swap_people(self, a: str, b: str) -> None:
        """Swap two people's roles in the rounds not yet begun (and in the fixed roles
        while no round has begun)."""
        start = self.runner.rounds_begun()
        self._replan(
            lambda fmt, params, plan: edits.swap(fmt, params, plan, a, b, from_round=start),
            self.tr("Swap {a} and {b}").format(a=a, b=b),
        )

    def mark_absent(self, person: str) -> None:
        """`person` has left or did not come: later rounds are dealt again without them."""
        start = self.runner.rounds_begun()
        self._replan(
            lambda fmt, params, plan: edits.mark_absent(
                fmt, params, plan, person, from_round=start
            ),
            self.tr("{person} absent").format(person=isolate(person)),
        )

    def add_late(self, person: str, *, brings_issue: bool = False) -> None:
        """A late arrival joins now as one of the members (in the round in progress too);
        with an issue they get a round of their own at the end."""
        r = self.runner
        start = r.rounds_begun()
        current = r.phase.round_index if r.state is not SessionState.NOT_STARTED else None
        self._replan(
            lambda fmt, params, plan: edits.add_late(
                fmt, params, plan, person, from_round=start, brings_issue=brings_issue,
                current_round=current,
            ),
            self.tr("{person} arrived").format(person=isolate(" ".join(person.split()))),
        )  # fmt: skip

    def insert_break(self, minutes: float) -> None:
        """A break of `minutes` after the phase in progress (one undoable step)."""
        key = self.runner.phase.key
        self._replan(
            lambda fmt, params, plan: insert_break(plan, key, minutes),
            self.tr("Break of {n:g} min").format(n=minutes),
        )

    # -- bids: they decide the holders, their order and their time ---------------------
    def bids_due(self) -> bool:
        """At the Bids phase with the rounds still to be decided."""
        r = self.runner
        return (
            r.state in (SessionState.RUNNING, SessionState.PAUSED)
            and r.phase.spec.bids
            and r.timeline.plan.awaits_bids
        )

    def bid_candidates(self) -> tuple[str, ...]:
        """Who may bid: the members present (not the facilitator)."""
        return self.runner.timeline.plan.members

    def minutes_for_rounds(self) -> float:
        return self.runner.minutes_for_rounds()

    def propose(self, bids: list[Bid], *, by_bid: bool = False) -> list[tuple[str, float]]:
        t = self.runner.timeline
        return propose_for_time(
            t.fmt, t.params, t.plan, bids, self.minutes_for_rounds(), by_bid=by_bid
        )

    def break_minutes_for(self, lengths: list[float]) -> float:
        """Minutes of the method's own breaks that rounds of these lengths bring."""
        t = self.runner.timeline
        return breaks_minutes(t.fmt, t.params, t.plan, lengths)

    def short_rounds_text(self, lengths: list[float]) -> str:
        return short_rounds_text(self.runner.timeline.fmt, lengths)

    def record_bids(
        self, bids: list[Bid], chosen: list[tuple[str, float | None]], *, then_next: bool = True
    ) -> bool:
        """The rounds decided at Bids, created in one undoable step (with the move to the
        first round when `then_next`). True when done; else the refusal says why."""
        r = self.runner
        if r.state is SessionState.FINISHED:
            self._refuse(self.tr("The session has finished."))
            return False
        try:
            new, _moved = self._bid_plan(bids, chosen)
        except PlanError as exc:
            self._refuse(str(exc))
            return False
        self.undo_stack.beginMacro(self.tr("Bids: %n round(s)", "", len(chosen)))
        self.undo_stack.push(Replan(self, new, self.tr("Bids")))
        if then_next and r.timeline.plan == new:
            self._move(r.next_index, Move.NEXT, self.tr("Next phase"))
        self.undo_stack.endMacro()
        return r.timeline.plan == new

    def _bid_plan(
        self, bids: list[Bid], chosen: list[tuple[str, float | None]]
    ) -> tuple[RoundPlan, tuple[MovedBreak, ...]]:
        """The plan with the rounds `chosen`, every break inserted so far kept (at the same
        clock point where it can be), and the breaks that had to move."""
        r = self.runner
        t = r.timeline
        new = apply_bids(t.fmt, t.params, t.plan, chosen, bids, from_round=r.rounds_begun())
        return settle_breaks(t.fmt, t.params, t.plan, new, rounds_minutes=self.minutes_for_rounds())

    def moved_breaks_text(self, bids: list[Bid], chosen: list[tuple[str, float]]) -> str:
        """For the proposal: which inserted breaks these rounds would move, or ''."""
        try:
            new, moved = self._bid_plan(bids, list(chosen))
        except PlanError:
            return ""
        lines = []
        for m in moved:
            where = (
                self.tr("after round {n} ({holder})").format(
                    n=m.after_round + 1, holder=new.rounds[m.after_round].holder
                )
                if m.after_round is not None
                else self.tr("before the close")
            )
            shift = minutes_text(abs(m.shift) * 60)
            lines.append(
                (
                    self.tr("Break of {minutes}: now {where}, {shift} later.")
                    if m.shift > 0
                    else self.tr("Break of {minutes}: now {where}, {shift} earlier.")
                ).format(minutes=minutes_text(m.minutes * 60), where=where, shift=shift)
            )
        return " ".join(lines)

    # -- the pair's agreement and the client's way of being helped ---------------------
    def agreement_due(self) -> bool:
        """At the agreement phase with the agreement not yet confirmed."""
        r = self.runner
        return (
            r.state in (SessionState.RUNNING, SessionState.PAUSED)
            and r.phase.spec.agreement
            and not r.timeline.plan.agreed
        )

    def confirm_agreement(
        self, first: str, settings: dict[str, float], *, then_next: bool = True
    ) -> bool:
        """Who goes first and the settings agreed (the time each way), confirmed in one
        undoable step with the move on. True when done; else the refusal says why."""
        r = self.runner
        t = r.timeline
        try:
            new = agree(t.fmt, t.params, t.plan, first=first, settings=settings)
        except (PlanError, ValueError) as exc:
            self._refuse(str(exc))
            return False
        self.undo_stack.beginMacro(self.tr("Agreement: {first} goes first").format(first=first))
        self.undo_stack.push(Replan(self, new, self.tr("Agreement")))
        if then_next and r.timeline.plan == new:
            self._move(r.next_index, Move.NEXT, self.tr("Next phase"))
        self.undo_stack.endMacro()
        return r.timeline.plan == new

    def helping_due(self) -> bool:
        """In a phase where the client says how they want to be helped."""
        r = self.runner
        return r.phase.spec.helping and r.phase.round_index is not None

    def set_helping(self, text: str) -> None:
        """How this round's client wants to be helped; shown to the room for the turn."""
        r = self.runner
        index = r.phase.round_index
        if index is None:
            self._refuse(self.tr("This phase is not part of a client's turn."))
            return
        holder = r.timeline.holder_of(index) or ""
        self._replan(
            lambda fmt, params, plan: set_helping(plan, index, text),
            self.tr("How {holder} wants to be helped").format(holder=isolate(holder)),
        )

    def helping_presets(self) -> list[str]:
        return [
            self.tr("Listen only, please."),
            self.tr("Questions welcome."),
            self.tr("Ideas and suggestions welcome."),
        ]

    # -- cues to the room: a banner for a few seconds, each recorded in the session ------
    def show_cue(self) -> None:
        """The phase's rule as a banner across the room view."""
        self.show_message(cue_text(self.runner), CUE_SECONDS, kind=RoomCue.RULE)

    def cue_presets(self) -> list[str]:
        """Messages tied to the method's rules for this phase, then general ones."""
        spec = self.runner.phase.spec
        presets = [cue_text(self.runner), *spec.rules]
        presets += [
            self.tr("Five minutes left."),
            self.tr("Please come back to the room."),
            self.tr("Please keep to the time."),
        ]
        return list(dict.fromkeys(p for p in presets if p))

    def show_message(
        self, text: str, seconds: float = MESSAGE_SECONDS, *, kind: RoomCue = RoomCue.MESSAGE
    ) -> None:
        """A banner across the room view for `seconds`, recorded with the session (it shows
        in the report and the review); empty text takes the banner down."""
        if not text.strip():
            self._banner.clear()
            self.changed.emit()
            return
        shown = RoomBanner()
        now = self.live.clock.monotonic()
        shown.show(text, now, seconds)
        recorded = len(self.runner.events)
        self._do(lambda r: r.cue(shown.current(now), kind))
        if len(self.runner.events) > recorded:  # not refused (a finished session)
            self._banner = shown
            self._banner_timer.start(int(seconds * 1000) + 50)
            self.changed.emit()

    def banner(self) -> str:
        return self._banner.current(self.live.clock.monotonic())

    def _replan(self, edit, text: str) -> None:
        timeline = self.runner.timeline
        if self.runner.state is SessionState.FINISHED:
            self._refuse(self.tr("The session has finished."))
            return
        try:
            new = edit(timeline.fmt, timeline.params, timeline.plan)
        except PlanError as exc:
            self._refuse(str(exc))
            return
        self.undo_stack.push(Replan(self, new, text))

    def notes(self) -> list[NoteRecord]:
        return self.live.notes()

    def recent_notes(self, limit: int) -> tuple[list[NoteRecord], int]:
        """The last `limit` notes (oldest first) and how many there are in all."""
        return self.live.recent_notes(limit)

    def room_state(self) -> RoomState:
        """What the room may see now (the room view and the LAN viewer draw this)."""
        return self.live.room_state(banner=self.banner())

    @property
    def title(self) -> str:
        return self.live.title

    def commitment_counts(self) -> dict[str, int]:
        """How many actions each person took on: the number only, for the room."""
        return {person: len(found) for person, found in actions_by_person(self.notes()).items()}

    def save_note(self, note_id: int | None, text: str, owner: str | None) -> int | None:
        """Create or update a note; returns its id, or None if it could not be written (the
        caller keeps the text and tries again). Each save is one step on the undo stack."""
        before = None if note_id is None else self._note(note_id)
        try:
            if note_id is None:
                note_id = self.live.add_note(text, action_owner=owner)
            else:
                self.live.update_note(note_id, text, action_owner=owner)
        except DB_ERRORS + (OSError,) as exc:
            self._note_unsaved = True
            self._failing = True
            self.save_failed.emit(self._unsaved_text(exc))
            return None
        self._note_unsaved = False
        self._check_saving()
        after = self._note(note_id)
        if after is not None and (before is None or _content(before) != _content(after)):
            ref = self._note_refs.setdefault(note_id, NoteRef(note_id))
            self.undo_stack.push(NoteEdit(self, ref, before, after))
        self.notes_changed.emit(after)
        return note_id

    def save_kept_note(self, kept: UnsavedNote) -> bool:
        """Write a note kept in memory while writing failed (see the notes pane); False if
        writing still fails."""
        try:
            if kept.note_id is None:
                note_id = self.live.add_kept_note(kept)
            else:
                note_id = kept.note_id
                self.live.update_note(note_id, kept.text, action_owner=kept.action_owner)
        except DB_ERRORS + (OSError,) as exc:
            self._failing = True
            self.save_failed.emit(self._unsaved_text(exc))
            return False
        self._check_saving()
        self.notes_changed.emit(self._note(note_id))
        return True

    def delete_note(self, note_id: int) -> None:
        before = self._note(note_id)
        if before is None:
            return
        ref = self._note_refs.setdefault(note_id, NoteRef(note_id))
        self._put_note(ref, None)
        if ref.id is None:  # deleted
            self.undo_stack.push(NoteEdit(self, ref, before, None))

    def retry_saving(self) -> bool:
        """Write the session's events kept in memory; True when nothing is left unwritten.
        Called every few seconds while writing fails, and on demand."""
        self.live.save_pending()
        return self._check_saving()

    def stop_retrying(self) -> None:
        """The window has closed: no more attempts to write (what was kept is given up)."""
        self._retry.stop()

    # -- internals -------------------------------------------------------------------
    def _unsaved_text(self, error: Exception | None) -> str:
        return self.tr(
            "Not saved yet: the records in {folder} cannot be written ({error}). The session "
            "goes on and nothing is lost: what you do and type is kept in memory and written "
            "as soon as writing works again."
        ).format(folder=self.live.store.folder, error=error)

    def _check_saving(self) -> bool:
        if self.live.unsaved_events:
            self._failing = True
            self.save_failed.emit(self._unsaved_text(self.live.writer.error))
            self._retry.start()
            return False
        if self._failing and not self._note_unsaved:
            self._failing = False
            self.saved_again.emit()
        return not self._note_unsaved

    def note(self, note_id: int) -> NoteRecord | None:
        """One note of this session, read by its id."""
        return self._note(note_id)

    def _note(self, note_id: int) -> NoteRecord | None:
        note = self.live.store.note(note_id)
        return note if note is not None and note.session_id == self.live.session_id else None

    def _put_note(self, ref: NoteRef, state: NoteRecord | None) -> None:
        """Bring a note back to `state` (None: the note did not exist) for undo or redo."""
        old = ref.id
        try:
            if state is None:
                if ref.id is not None:
                    self.live.delete_note(ref.id)
                    self._note_refs.pop(ref.id, None)
                    ref.id = None
            elif ref.id is None:
                ref.id = self.live.restore_note(state)
                self._note_refs[ref.id] = ref
            else:
                self.live.update_note(ref.id, state.text, action_owner=state.action_owner)
        except DB_ERRORS + (OSError,) as exc:
            self.save_failed.emit(
                self.tr("The note could not be changed back ({error}).").format(error=exc)
            )
            return
        self.notes_changed.emit(None)
        self.note_restored.emit(old, ref.id)

    def _do(self, action) -> None:
        try:
            action(self.runner)
        except InvalidAction as exc:
            self._refuse(str(exc))
            return
        self._cues.poll()  # a jump or an extension is not a cue
        if self.live.unsaved_events or self._failing:
            self.live.save_pending()
            self._check_saving()
        self.changed.emit()
        self._schedule()

    def _refuse(self, message: str) -> None:
        self.action_refused.emit(message)

    def _tick(self) -> None:
        for cue in self._cues.poll():
            self.cue_reached.emit(cue)
        self.ticked.emit()
        self._schedule()

    def _schedule(self) -> None:
        """Wake up when the countdown's whole second next changes (and no more often)."""
        if self.runner.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        remaining = self.runner.remaining()
        fraction = remaining - math.floor(remaining)  # time until the shown second changes
        self._timer.start(max(20, int(fraction * 1000) + 15) if fraction > 0 else 1000)


def _content(note: NoteRecord) -> tuple[str, str | None]:
    return note.text, note.action_owner
