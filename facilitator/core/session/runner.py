"""The session runner: the state of a running meeting, derived from its events.

Every action becomes an ``Event`` stamped with wall-clock time and the session's elapsed
active time (pauses excluded), is applied to the state, and is handed to ``record`` (the
store). Replaying the same events rebuilds the same state, so a session survives the
program stopping. Remaining and elapsed time are always computed from the injected clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.core.clock import Clock
from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.core.plan.rounds import PlanError, RoundPlan
from facilitator.core.plan.timeline import AFTER_BIDS, PlannedPhase, Timeline, build_timeline
from facilitator.core.session.events import Event, EventKind, Move, RoomCue


class SessionState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


_STATE_WORDS = {
    SessionState.NOT_STARTED: QT_TRANSLATE_NOOP("Runner", "not started"),
    SessionState.RUNNING: QT_TRANSLATE_NOOP("Runner", "running"),
    SessionState.PAUSED: QT_TRANSLATE_NOOP("Runner", "paused"),
    SessionState.FINISHED: QT_TRANSLATE_NOOP("Runner", "finished"),
}


class InvalidAction(RuntimeError):
    """An action that makes no sense in the current state (e.g. pause before start)."""


@dataclass(frozen=True)
class Segment:
    """A stretch of active time spent in one phase with one speaker (or nobody)."""

    phase: int
    speaker: str | None
    start: float  # session elapsed seconds
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass
class _State:
    state: SessionState = SessionState.NOT_STARTED
    index: int = 0
    speaker: str | None = None
    adjust: dict[int, float] = field(default_factory=dict)
    visited: set[int] = field(default_factory=set)
    segments: list[Segment] = field(default_factory=list)
    open_since: float = 0.0  # elapsed at which the current segment began
    elapsed: float = 0.0  # elapsed at the last event
    started_wall: float | None = None
    finished_wall: float | None = None


class SessionRunner:
    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        events: Iterable[Event] = (),
        record: Callable[[Event], None] | None = None,
    ) -> None:
        self.timeline = timeline
        self._clock = clock
        self._record = record
        self._s = _State()
        self._events: list[Event] = []
        for event in events:
            self._apply(event)
        self._anchor_mono = clock.monotonic()
        if self._s.state is SessionState.RUNNING and self._events:
            # The process stopped while the session ran; time went on in the room.
            last = self._events[-1]
            gap = max(0.0, clock.wall() - last.wall)
            self._act(EventKind.REOPEN, {"gap": gap}, elapsed=last.elapsed + gap)

    # -- time --------------------------------------------------------------------------
    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    @property
    def state(self) -> SessionState:
        return self._s.state

    @property
    def index(self) -> int:
        return self._s.index

    @property
    def phase(self) -> PlannedPhase:
        return self.timeline[self._s.index]

    @property
    def speaker(self) -> str | None:
        return self._s.speaker

    def elapsed(self) -> float:
        """Active seconds since the start, pauses excluded."""
        if self._s.state is SessionState.RUNNING:
            return self._s.elapsed + (self._clock.monotonic() - self._anchor_mono)
        return self._s.elapsed

    def planned(self, index: int) -> float:
        """A phase's planned seconds including extensions and shortenings."""
        return max(0.0, self.timeline[index].planned + self._s.adjust.get(index, 0.0))

    def segments(self) -> list[Segment]:
        """Every stretch of active time so far, the current one included."""
        segs = list(self._s.segments)
        if self._s.state in (SessionState.RUNNING, SessionState.PAUSED):
            now = self.elapsed()
            if now > self._s.open_since:
                segs.append(Segment(self._s.index, self._s.speaker, self._s.open_since, now))
        return segs

    def actual(self, index: int) -> float:
        """Active seconds spent in phase `index` so far."""
        return sum(s.seconds for s in self.segments() if s.phase == index)

    def remaining(self) -> float:
        """Seconds left in the current phase; negative once it overruns."""
        return self.planned(self._s.index) - self.actual(self._s.index)

    def progress(self, index: int | None = None) -> float:
        """How much of a phase's (extended) plan has been used, from 0 to 1."""
        index = self._s.index if index is None else index
        planned = self.planned(index)
        return 1.0 if planned <= 0 else min(1.0, self.actual(index) / planned)

    def rounds_begun(self) -> int:
        """How many rounds have been entered so far (plan edits apply to the others)."""
        begun = [self.timeline[i].round_index for i in self._s.visited]
        return max((r for r in begun if r is not None), default=-1) + 1

    def was_visited(self, index: int) -> bool:
        return index in self._s.visited

    def is_skipped(self, index: int) -> bool:
        """A phase passed over without being entered (by a skip, a jump or the finish)."""
        if index in self._s.visited:
            return False
        return index < self._s.index or self._s.state is SessionState.FINISHED

    def remaining_total(self) -> float:
        """Planned seconds still ahead: what is left of this phase and all later ones."""
        if self._s.state is SessionState.FINISHED:
            return 0.0
        ahead = sum(self.planned(i) for i in range(self._s.index + 1, len(self.timeline)))
        return max(0.0, self.remaining()) + ahead

    def projected_end_wall(self) -> float:
        return self._clock.wall() + self.remaining_total()

    def phase_end_wall(self) -> float | None:
        """When the current phase ends by its plan, while the session runs (the end of a
        break, for the room); None when paused, not started or finished."""
        if self._s.state is not SessionState.RUNNING:
            return None
        return self._clock.wall() + max(0.0, self.remaining())

    def minutes_for_rounds(self) -> float:
        """At Bids: the minutes the rounds still have if the meeting is to end on time —
        the plan's total less the time spent so far and the phases still to come other
        than the stretch kept for the rounds (a Bids phase that ran over shortens them)."""
        ahead = sum(
            self.planned(i)
            for i in range(self._s.index + 1, len(self.timeline))
            if self.timeline[i].key != AFTER_BIDS
        )
        total = sum(self.planned(i) for i in range(len(self.timeline)))
        return max(0.0, total - self.elapsed() - ahead) / 60

    # -- actions -----------------------------------------------------------------------
    def start(self) -> None:
        self._require(SessionState.NOT_STARTED, QT_TRANSLATE_NOOP("Runner", "start"))
        self._act(EventKind.START, {"index": 0})

    def pause(self) -> None:
        self._require(SessionState.RUNNING, QT_TRANSLATE_NOOP("Runner", "pause"))
        self._act(EventKind.PAUSE)

    def resume(self) -> None:
        self._require(SessionState.PAUSED, QT_TRANSLATE_NOOP("Runner", "resume"))
        self._act(EventKind.RESUME)

    def toggle(self) -> None:
        """Space bar: start, pause or resume, whichever applies."""
        {
            SessionState.NOT_STARTED: self.start,
            SessionState.RUNNING: self.pause,
            SessionState.PAUSED: self.resume,
        }.get(self._s.state, self._finished)()

    # Where each move goes, or InvalidAction saying why it cannot: the one set of rules
    # that the runner applies and the window asks before it offers an undoable step.
    def next_index(self) -> int:
        self._require_started(QT_TRANSLATE_NOOP("Runner", "go to the next phase"))
        if self._s.index + 1 >= len(self.timeline):
            raise InvalidAction(translate("Runner", "This is the last phase; use Finish to end the session."))
        return self._s.index + 1

    def previous_index(self) -> int:
        self._require_started(QT_TRANSLATE_NOOP("Runner", "go back a phase"))
        if self._s.index == 0:
            raise InvalidAction(translate("Runner", "There is no earlier phase."))
        return self._s.index - 1

    def skip_round_index(self) -> int:
        """The first phase after the current round."""
        self._require_started(QT_TRANSLATE_NOOP("Runner", "skip a round"))
        current = self.phase.round_index
        if current is None:
            raise InvalidAction(translate("Runner", "The current phase is not part of a round."))
        after = [
            p.index
            for p in self.timeline.phases
            if p.index > self._s.index and p.round_index != current
        ]
        if not after:
            raise InvalidAction(translate("Runner", "This is the last round; use Finish to end the session."))
        return after[0]

    def check_goto(self, index: int) -> None:
        self._require_started(QT_TRANSLATE_NOOP("Runner", "move to another phase"))
        if not 0 <= index < len(self.timeline):
            raise InvalidAction(translate("Runner", "There is no phase {n}.").format(n=index + 1))

    def next_phase(self) -> None:
        self.goto(self.next_index(), reason=Move.NEXT)

    def previous_phase(self) -> None:
        self.goto(self.previous_index(), reason=Move.PREVIOUS)

    def goto(self, index: int, *, reason: Move = Move.JUMP) -> None:
        self.check_goto(index)
        if index != self._s.index:
            self._act(EventKind.GOTO, {"index": index, "reason": Move(reason).value})

    def undo_goto(self, index: int, *, since: float, forget: Iterable[int] = ()) -> None:
        """Take back a move made at elapsed `since`: back to phase `index`, with the time
        spent since then counted for it, so an undone jump leaves no time in the record."""
        self.check_goto(index)
        self._act(
            EventKind.UNDO_GOTO,
            {"index": index, "since": float(since), "forget": sorted(set(forget))},
        )

    def skip_round(self) -> None:
        """Leave the current round for the first phase after it."""
        self.goto(self.skip_round_index(), reason=Move.SKIP_ROUND)

    def adjust(self, seconds: float) -> float:
        """Extend (+) or shorten (−) the current phase; returns the change made, which is
        less than asked for when a phase cannot be shortened below zero."""
        self._require_started(QT_TRANSLATE_NOOP("Runner", "change the phase length"))
        index = self._s.index
        change = max(seconds, -self.planned(index))
        if change:
            self._act(EventKind.ADJUST, {"index": index, "seconds": change})
        return change

    def set_speaker(self, person: str | None) -> None:
        self._require_started(QT_TRANSLATE_NOOP("Runner", "mark who is speaking"))
        if person is not None and person not in self.timeline.plan.participants:
            raise InvalidAction(translate("Runner", "{person} is not a participant.").format(person=person))
        if person != self._s.speaker:
            self._act(EventKind.SPEAKER, {"speaker": person})

    def replan(self, plan: RoundPlan) -> None:
        """Use an edited round plan from now on. Only rounds not yet begun may change
        shape; the phase in progress must stay where it is."""
        if self._s.state is SessionState.FINISHED:
            raise InvalidAction(translate("Runner", "The session has finished."))
        fmt, params = self.timeline.fmt, self.timeline.params
        try:
            new = build_timeline(fmt, params, plan)
        except PlanError as exc:
            raise InvalidAction(str(exc)) from None
        moved = self._s.index >= len(new) or new[self._s.index].spec != self.phase.spec
        if self._s.state is not SessionState.NOT_STARTED and moved:
            raise InvalidAction(
                translate(
                    "Runner",
                    "That change would move the phase in progress; change later rounds only.",
                )
            )
        self._act(EventKind.PLAN, {"plan": plan.to_json()})

    def cue(self, text: str, kind: RoomCue = RoomCue.MESSAGE) -> None:
        """Record a banner shown to the room (the phase's rule, a message) at this moment;
        it changes nothing else. Before the start too (a welcome), not once finished."""
        if self._s.state is SessionState.FINISHED:
            raise InvalidAction(translate("Runner", "The session has finished."))
        text = " ".join(text.split())
        if text:
            started = self._s.state is not SessionState.NOT_STARTED
            index = self._s.index if started else None  # None: before the start
            data = {"kind": RoomCue(kind).value, "text": text, "index": index}
            self._act(EventKind.CUE, data)

    def finish(self) -> None:
        self._require_started(QT_TRANSLATE_NOOP("Runner", "finish"))
        self._act(EventKind.FINISH)

    # -- internals ---------------------------------------------------------------------
    def _finished(self) -> None:
        raise InvalidAction(translate("Runner", "The session has finished."))

    def _require(self, state: SessionState, action: str) -> None:
        if self._s.state is not state:
            raise self._cannot(action)

    def _require_started(self, action: str) -> None:
        if self._s.state not in (SessionState.RUNNING, SessionState.PAUSED):
            raise self._cannot(action)

    def _cannot(self, action: str) -> InvalidAction:
        return InvalidAction(
            translate("Runner", "Cannot {action}: the session is {state}.").format(
                action=translate("Runner", action),
                state=translate("Runner", _STATE_WORDS[self._s.state]),
            )
        )

    def _act(
        self, kind: EventKind, data: dict | None = None, *, elapsed: float | None = None
    ) -> None:
        at = self.elapsed() if elapsed is None else elapsed
        event = Event(kind, self._clock.wall(), at, dict(data or {}))
        self._apply(event)
        self._anchor_mono = self._clock.monotonic()
        if self._record is not None:
            self._record(event)

    def _close_segment(self, at: float) -> None:
        s = self._s
        if at > s.open_since:
            s.segments.append(Segment(s.index, s.speaker, s.open_since, at))
        s.open_since = at

    def _apply(self, event: Event) -> None:
        """Change the state by one event; used for live actions and for replay alike."""
        s = self._s
        kind, at = event.kind, event.elapsed
        if kind is EventKind.START:
            s.state, s.index, s.open_since, s.started_wall = SessionState.RUNNING, 0, at, event.wall
            s.visited.add(0)
        elif kind is EventKind.PAUSE:
            s.state = SessionState.PAUSED
        elif kind in (EventKind.RESUME, EventKind.REOPEN):
            s.state = SessionState.RUNNING
        elif kind is EventKind.GOTO:
            self._close_segment(at)
            s.index = int(event.data["index"])
            s.visited.add(s.index)
        elif kind is EventKind.UNDO_GOTO:
            self._close_segment(at)
            back, since = int(event.data["index"]), float(event.data["since"])
            s.segments = [
                Segment(back, g.speaker, g.start, g.end) if g.start >= since - 1e-9 else g
                for g in s.segments
            ]
            s.index = back
            s.visited -= {int(i) for i in event.data.get("forget", ())}
            s.visited.add(back)
        elif kind is EventKind.ADJUST:
            i = int(event.data["index"])
            s.adjust[i] = s.adjust.get(i, 0.0) + float(event.data["seconds"])
        elif kind is EventKind.SPEAKER:
            self._close_segment(at)
            s.speaker = event.data.get("speaker")
        elif kind is EventKind.PLAN:
            plan = RoundPlan.from_json(event.data["plan"])
            self.timeline = build_timeline(self.timeline.fmt, self.timeline.params, plan)
        elif kind is EventKind.FINISH:
            self._close_segment(at)
            s.state, s.speaker, s.finished_wall = SessionState.FINISHED, None, event.wall
        s.elapsed = at
        self._events.append(event)
