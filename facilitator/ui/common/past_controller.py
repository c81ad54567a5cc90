"""The Qt side of a past session: what the session widgets need to draw it, and no way
to change it.

The timeline widget takes a controller with `runner`, `changed`, `ticked` and `goto`;
this one has them, never ticks, and refuses the jump a click on a phase asks for, saying
so through `action_refused`. The runner itself refuses any action too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.core.i18n import translate
from facilitator.core.session.runner import SessionRunner
from facilitator.services.past import READ_ONLY, PastSession


class PastSessionController(QObject):
    changed = Signal()
    ticked = Signal()
    action_refused = Signal(str)
    read_only = True

    def __init__(self, past: PastSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.past = past

    @property
    def runner(self) -> SessionRunner:
        return self.past.runner

    def goto(self, index: int) -> None:  # the timeline widget's click
        self.action_refused.emit(translate("PastSession", READ_ONLY))
