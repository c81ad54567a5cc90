"""The session's undoable steps: a move, a change of length, a new plan, a note's edit.

Each command asks the controller to carry it out (``_do``: the core decides, the
controller records and tells the widgets), so undo and redo take the same road as the
first time. The controller creates them; nothing else does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.core.plan.rounds import RoundPlan
from facilitator.core.session.events import Move
from facilitator.core.session.runner import SessionRunner
from facilitator.store.records import NoteRecord

if TYPE_CHECKING:
    from facilitator.ui.session.controller import SessionController


class Goto(QUndoCommand):
    """A move to another phase (next, previous, a jump, a skipped round)."""

    def __init__(self, controller: SessionController, target: int, move: Move, text: str) -> None:
        super().__init__(text)
        self._c = controller
        self._source = controller.runner.index
        self._target = target
        self._move = move  # stored in the event as a code; `text` is only for the menu
        self._since = 0.0
        self._forget: list[int] = []

    def redo(self) -> None:
        def act(r: SessionRunner) -> None:
            self._forget = [] if r.was_visited(self._target) else [self._target]
            r.goto(self._target, reason=self._move)
            self._since = r.events[-1].elapsed

        self._c._do(act)

    def undo(self) -> None:
        # the time since the move counts for the phase it left: no trace in the figures
        self._c._do(lambda r: r.undo_goto(self._source, since=self._since, forget=self._forget))


class Adjust(QUndoCommand):
    """The phase in progress made longer or shorter."""

    def __init__(self, controller: SessionController, seconds: float, text: str) -> None:
        super().__init__(text)
        self._c = controller
        self._seconds = seconds
        self._made = 0.0

    def redo(self) -> None:
        def act(r: SessionRunner) -> None:
            self._made = r.adjust(self._seconds)

        self._c._do(act)

    def undo(self) -> None:
        self._c._do(lambda r: r.adjust(-self._made))


class Replan(QUndoCommand):
    """The plan replaced by an edited one (a swap, an absence, a break, the bids…)."""

    def __init__(self, controller: SessionController, new: RoundPlan, text: str) -> None:
        super().__init__(text)
        self._c = controller
        self._old = controller.runner.timeline.plan
        self._new = new

    def redo(self) -> None:
        self._c._do(lambda r: r.replan(self._new))

    def undo(self) -> None:
        self._c._do(lambda r: r.replan(self._old))


class NoteRef:
    """One note across undo and redo: its id changes if its creation is undone and redone."""

    __slots__ = ("id",)

    def __init__(self, note_id: int | None) -> None:
        self.id = note_id


class NoteEdit(QUndoCommand):
    """A burst of typing in a note (or its action owner), as saved; or a note's creation."""

    def __init__(
        self, controller: SessionController, ref: NoteRef,
        before: NoteRecord | None, after: NoteRecord | None,
    ) -> None:  # fmt: skip
        if before and after:
            text = QCoreApplication.translate("SessionController", "Note")
        elif after:
            text = QCoreApplication.translate("SessionController", "New note")
        else:
            text = QCoreApplication.translate("SessionController", "Delete note")
        super().__init__(text)
        self._c = controller
        self._ref = ref
        self._before = before
        self._after = after
        self._done = True  # pushed after it was saved: the first redo has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._c._put_note(self._ref, self._after)

    def undo(self) -> None:
        self._c._put_note(self._ref, self._before)
