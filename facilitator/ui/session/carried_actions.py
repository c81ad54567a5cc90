"""Commitments from the group's earlier meetings, shown on the laptop during the catch-up.

Each member's actions from the last meeting they attended, so the facilitator can ask
"what did you try?" in the catch-up round. Shown only while the meeting is in its opening
phases (catch-up, bids for help); the lines of whoever is marked as speaking are picked
out with a mark and bold type, not colour alone. Never shown on the room view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from facilitator.core.clock import SystemClock
from facilitator.core.groups.memory import Carried
from facilitator.core.session.runner import SessionState
from facilitator.services.group_history import carried_for_session
from facilitator.ui.session.controller import SessionController

SPEAKING_MARK = "▶"


class CarriedActionsPanel(QFrame):
    def __init__(
        self,
        controller: SessionController,
        carried: Sequence[Carried],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carriedActions")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._c = controller
        self._carried = list(carried)
        title = QLabel(
            self.tr("Commitments from earlier meetings — ask about them in the catch-up"),
            wordWrap=True,
        )
        title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        self._lines: list[QLabel] = []
        for _ in self._carried:
            line = QLabel(wordWrap=True, objectName="carriedLine")
            line.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(line)
            self._lines.append(line)
        controller.changed.connect(self._redraw)
        self._redraw()

    def lines(self) -> list[str]:
        return [line.text() for line in self._lines]

    def is_due(self) -> bool:
        """True while there is something to carry and the meeting is in its opening."""
        r = self._c.runner
        return (
            bool(self._carried)
            and r.state is not SessionState.FINISHED
            and r.phase.section == "opening"
        )

    def _redraw(self) -> None:
        self.setVisible(self.is_due())
        speaker = (self._c.runner.speaker or "").casefold()
        for item, line in zip(self._carried, self._lines, strict=True):
            speaking = bool(speaker) and item.person.casefold() == speaker
            text = self.tr("{who}: {text} (meeting {n})").format(
                who=item.person, text=item.text, n=item.meeting_number
            )
            line.setText(f"{SPEAKING_MARK} {text}" if speaking else f"•  {text}")
            line.setStyleSheet("font-weight: 700;" if speaking else "")


def carried_panel_for(controller: SessionController) -> CarriedActionsPanel:
    """The panel for this session, with its group's commitments (none outside a group)."""
    live = controller.live
    return CarriedActionsPanel(
        controller, carried_for_session(live.store.conn, live.session_id, SystemClock())
    )
