"""The laptop's header: phase, round, a large countdown, progress and the projected end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from facilitator.core.session.room import RoomMode
from facilitator.core.session.runner import SessionState
from facilitator.core.timefmt import clock_text, countdown_text, minutes_text
from facilitator.ui.common.elided import ElidedLabel, isolate
from facilitator.ui.session.controller import SessionController


class CountdownPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownPanel")
        self._c = controller
        self._phase = QLabel(objectName="phaseName")
        self._phase.setFont(_font(20, bold=True))
        self._phase.setWordWrap(True)
        for label in (self._phase,):
            label.setTextFormat(Qt.TextFormat.PlainText)  # never markup from a format or name
        self._where = ElidedLabel(objectName="phaseWhere")  # names the case giver: elided
        self._status = QLabel(objectName="sessionStatus")
        self._status.setFont(_font(12, bold=True))
        self._clock = QLabel(objectName="countdown")
        self._clock.setFont(_font(54, bold=True, mono=True))
        self._clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._bar = QProgressBar(objectName="phaseProgress")
        self._bar.setRange(0, 1000)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(10)
        self._end = QLabel(objectName="projectedEnd")
        self._end.setAlignment(Qt.AlignmentFlag.AlignRight)

        grid = QGridLayout(self)
        grid.addWidget(self._phase, 0, 0)
        grid.addWidget(self._clock, 0, 1, 2, 1)
        grid.addWidget(self._where, 1, 0)
        grid.addWidget(self._status, 2, 0)
        grid.addWidget(self._end, 2, 1)
        grid.addWidget(self._bar, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        controller.changed.connect(self._redraw)
        controller.ticked.connect(self._tick)
        self._redraw()

    def _redraw(self) -> None:
        r = self._c.runner
        phase = r.phase
        self._phase.setText(phase.name)
        parts = [self.tr("Phase {n} of {total}").format(n=r.index + 1, total=len(r.timeline))]
        if phase.round_index is not None:
            holder_role = r.timeline.fmt.holder_role
            parts.append(
                self.tr("Round {n} of {total}").format(
                    n=phase.round_index + 1, total=len(r.timeline.plan.rounds)
                )
            )
            if holder_role is not None:
                holder = isolate(r.timeline.holder_of(phase.round_index) or "")
                parts.append(f"{isolate(holder_role.name)}: {holder}")
        parts.append(self.tr("planned {length}").format(length=minutes_text(r.planned(r.index))))
        self._where.setText(" · ".join(parts))
        self._status.setText(
            {
                SessionState.NOT_STARTED: self.tr("Not started — press Space to start"),
                SessionState.RUNNING: self.tr("Running"),
                SessionState.PAUSED: self.tr("PAUSED — press Space to resume"),
                SessionState.FINISHED: self.tr("Session finished"),
            }[r.state]
        )
        self._tick()

    def _tick(self) -> None:
        r = self._c.runner
        remaining = r.remaining()
        over = remaining < 0 and r.state is not SessionState.FINISHED
        self._clock.setText(countdown_text(remaining) + (self.tr(" over") if over else ""))
        # the same cue as the room's (RoomState decides): orange from the warning point,
        # vermillion and the word "over" past the plan
        mode = self._c.room_state().mode
        look = {RoomMode.WARNING: "warn", RoomMode.OVER: "over"}.get(mode, "")
        if look != self._clock.property("cue"):
            self._clock.setProperty("cue", look)
            self._clock.setStyleSheet(_CLOCK_STYLE.get(look, ""))
        self._bar.setValue(int(r.progress() * 1000))
        if r.state is SessionState.FINISHED:
            self._end.setText("")
        else:
            end = clock_text(r.projected_end_wall())
            self._end.setText(self.tr("Ends ≈ {end}").format(end=end))


_CLOCK_STYLE = {
    "warn": "color: #A66F00; border-bottom: 4px solid #E69F00;",  # Okabe–Ito orange, darker
    "over": "color: #D55E00; border-bottom: 4px solid #D55E00;",
}


def _font(points: int, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont()
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    font.setPointSize(points)
    font.setBold(bold)
    return font
