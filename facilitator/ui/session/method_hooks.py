"""The method's own steps in the facilitation window: the bids that decide the rounds,
breaks, late arrivals and cues to the room. Wires the actions (built in ``actions``) to
the dialogs and the controller, so the main window only adds them to its menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator.core.formats.format import Assign
from facilitator.ui.session.actions import Act
from facilitator.ui.session.method_dialogs import (
    AgreementDialog,
    BidsDialog,
    HelpingDialog,
    LateArrivalDialog,
    RoomMessageDialog,
)

if TYPE_CHECKING:
    from facilitator.ui.session.main_window import MainWindow

DEFAULT_BREAK_MINUTES = 15


class MethodHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._c = window.controller
        a = window.actions_by_id
        a[Act.BIDS].triggered.connect(self.record_bids)
        a[Act.INSERT_BREAK].triggered.connect(self.insert_break)
        a[Act.ROOM_CUE].triggered.connect(self._c.show_cue)
        a[Act.ROOM_MESSAGE].triggered.connect(self.message_to_room)
        a[Act.LATE].triggered.connect(self.late_arrival)
        a[Act.AGREEMENT].triggered.connect(self.confirm_agreement)
        a[Act.HELPING].triggered.connect(self.ask_helping)
        self._c.bids_requested.connect(self.record_bids)
        self._c.agreement_requested.connect(self.confirm_agreement)
        self._c.jump_confirmation_needed.connect(self.confirm_jump)
        self._c.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        a = self._w.actions_by_id
        a[Act.BIDS].setEnabled(self._c.bids_due())
        a[Act.AGREEMENT].setEnabled(self._c.agreement_due())
        a[Act.HELPING].setEnabled(self._c.helping_due())
        fmt = self._c.runner.timeline.fmt
        every = (*fmt.opening, *(fmt.rounds.phases if fmt.rounds else ()))
        a[Act.AGREEMENT].setVisible(any(p.agreement for p in every))
        a[Act.HELPING].setVisible(any(p.helping for p in every))
        a[Act.BIDS].setVisible(fmt.bids_phase is not None)

    def record_bids(self) -> None:
        if not self._c.bids_due():
            return
        BidsDialog(self._c, self._w).exec()

    def confirm_jump(self, index: int, question: str) -> None:
        answer = QMessageBox.question(self._w, self.tr("Jump"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._c.goto(index, confirmed=True)

    def confirm_agreement(self) -> None:
        if self._c.agreement_due():
            AgreementDialog(self._c, self._w).exec()

    def ask_helping(self) -> None:
        r = self._c.runner
        if not self._c.helping_due():
            return
        holder = r.timeline.holder_of(r.phase.round_index) or ""
        dialog = HelpingDialog(
            holder, r.timeline.helping_at(r.index), self._c.helping_presets(), self._w
        )
        if dialog.exec():
            self._c.set_helping(dialog.wish())

    def insert_break(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self._w,
            self.tr("Insert a break"),
            self.tr("A break after “{phase}”, in minutes:").format(phase=self._c.runner.phase.name),
            DEFAULT_BREAK_MINUTES,
            1,
            120,
        )
        if ok:
            self._c.insert_break(minutes)

    def late_arrival(self) -> None:
        fmt = self._c.runner.timeline.fmt
        rest = next(iter(fmt.roles_by(Assign.REST)), None)
        holder = fmt.holder_role
        dialog = LateArrivalDialog(
            rest.name if rest else self.tr("a member"),
            holder.name if holder else self.tr("holder"),
            self._w,
        )
        dialog.brings_issue.setVisible(holder is not None)
        if dialog.exec() and dialog.name.text().strip():
            self._c.add_late(dialog.name.text(), brings_issue=dialog.brings_issue.isChecked())

    def message_to_room(self) -> None:
        dialog = RoomMessageDialog(self._c.cue_presets(), self._w)
        if dialog.exec():
            self._c.show_message(dialog.message())


def install_methods(window: MainWindow) -> MethodHooks:
    return MethodHooks(window)
