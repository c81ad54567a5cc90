"""The round plan on the new-session screen: who holds which role in each round, and its edits.

A table of the rounds (the holder in bold), buttons to move a round up or down or deal them
again, and two lists to swap two people. The editor plans nothing itself: a move or a swap
leaves as ``swap_requested`` (two names), a reshuffle as ``reshuffle_requested``; the dialog
plans again and shows the result with `show_plan`. Its words keep the dialog's translation
context, ``NewSessionDialog``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.formats.format import Assign, Format
from facilitator.core.plan.rounds import RoundPlan


class RoundPlanEditor(QWidget):
    swap_requested = Signal(str, str)  # two people to swap (a swap, or a round moved)
    reshuffle_requested = Signal()  # deal the rounds again in another order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: RoundPlan | None = None
        self._rounds_shown = False
        self._table = QTableWidget(objectName="roundPlan")
        self._table.setAccessibleName(QCoreApplication.translate("NewSessionDialog", "Round plan"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(True)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.horizontalHeader().sectionResized.connect(self._table.resizeRowsToContents)
        self._table.itemSelectionChanged.connect(self._update_moves)
        self._up = _button(
            QCoreApplication.translate("NewSessionDialog", "Move round up"), "moveUp",
            lambda: self._move(-1),
        )  # fmt: skip
        self._down = _button(
            QCoreApplication.translate("NewSessionDialog", "Move round down"), "moveDown",
            lambda: self._move(1),
        )  # fmt: skip
        self._shuffle = _button(
            QCoreApplication.translate("NewSessionDialog", "Reshuffle"), "reshuffle",
            self.reshuffle_requested.emit,
        )  # fmt: skip
        for button in (self._up, self._down):
            button.setToolTip(
                QCoreApplication.translate(
                    "NewSessionDialog", "Select a round in the table, then move it."
                )
            )
        self._shuffle.setToolTip(
            QCoreApplication.translate("NewSessionDialog", "Deal the rounds again in a new order.")
        )
        self._swap_a = QComboBox(objectName="swapFirst")
        self._swap_b = QComboBox(objectName="swapSecond")
        self._swap_a.setAccessibleName(
            QCoreApplication.translate("NewSessionDialog", "Swap this person")
        )
        self._swap_b.setAccessibleName(
            QCoreApplication.translate("NewSessionDialog", "with this person")
        )
        self._swap = _button(
            QCoreApplication.translate("NewSessionDialog", "Swap"), "swapButton",
            self._swap_people,
        )  # fmt: skip
        self._swap_a.currentIndexChanged.connect(self._fill_second_choice)
        self._swap_b.currentIndexChanged.connect(self._update_swap)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self._table, 1)
        moves = QHBoxLayout()
        for widget in (self._up, self._down):
            moves.addWidget(widget)
        moves.addStretch(1)
        moves.addWidget(self._shuffle)
        col.addLayout(moves)
        swaps = QHBoxLayout()
        swaps.addWidget(QLabel(QCoreApplication.translate("NewSessionDialog", "Swap")))
        swaps.addWidget(self._swap_a, 1)
        swaps.addWidget(QLabel(QCoreApplication.translate("NewSessionDialog", "with")))
        swaps.addWidget(self._swap_b, 1)
        swaps.addWidget(self._swap)
        col.addLayout(swaps)

    @property
    def rounds_shown(self) -> bool:
        """Whether the plan has rounds to show (not a method of fixed roles only, nor rounds
        still to be decided at the bids)."""
        return self._rounds_shown

    def show_plan(self, fmt: Format | None, plan: RoundPlan | None) -> None:
        """The rounds of `plan` under the roles of `fmt`; the swap lists offer its people."""
        self._plan = plan
        self._fill_table(fmt, plan)
        self._fill_swap_choices()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._table.resizeRowsToContents)  # wrap names to the new width

    # -- showing ----------------------------------------------------------------------------

    def _fill_table(self, fmt: Format | None, plan: RoundPlan | None) -> None:
        self._table.clearContents()
        rounds = plan.rounds if plan is not None else ()
        has_rounds = fmt is not None and fmt.rounds is not None
        has_rounds = has_rounds and not (plan is not None and plan.awaits_bids)
        columns = _columns(fmt)
        self._table.setColumnCount(len(columns))
        self._table.setHorizontalHeaderLabels([name for _, name in columns])
        self._table.setRowCount(len(rounds))
        self._table.setVerticalHeaderLabels(
            [
                QCoreApplication.translate("NewSessionDialog", "Round {n}").format(n=i + 1)
                for i in range(len(rounds))
            ]
        )
        bold = QFont(self._table.font())
        bold.setBold(True)
        for row, rnd in enumerate(rounds):
            for col, (rid, _) in enumerate(columns):
                item = QTableWidgetItem(", ".join(rnd.roles.get(rid, ())))
                if col == 0:  # the round's holder
                    item.setFont(bold)
                self._table.setItem(row, col, item)
        self._table.resizeColumnsToContents()
        self._table.resizeRowsToContents()
        for widget in (self._table, self._up, self._down, self._shuffle):
            widget.setVisible(has_rounds)
        # without the table only the swap lists are left: they take no more than they need
        vertical = QSizePolicy.Policy.Preferred if has_rounds else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self._rounds_shown = has_rounds
        QTimer.singleShot(0, self._table.resizeRowsToContents)  # once the columns have settled
        self._update_moves()

    def _fill_swap_choices(self) -> None:
        people = list(self._plan.present) if self._plan is not None else []
        _refill(self._swap_a, people)
        self._fill_second_choice()

    def _fill_second_choice(self) -> None:
        """Everyone but the person picked first: a swap with oneself is no swap."""
        people = list(self._plan.present) if self._plan is not None else []
        first = self._swap_a.currentText()
        _refill(self._swap_b, [p for p in people if p != first])
        self._update_swap()

    def _update_moves(self) -> None:
        row = self._table.currentRow() if self._table.selectedItems() else -1
        count = self._table.rowCount()
        self._up.setEnabled(row > 0)
        self._down.setEnabled(0 <= row < count - 1)
        self._shuffle.setEnabled(self._plan is not None and count > 0)

    def _update_swap(self) -> None:
        a, b = self._swap_a.currentText(), self._swap_b.currentText()
        self._swap.setEnabled(self._plan is not None and bool(a) and bool(b) and a != b)

    # -- edits ------------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        """A round moved is its holder swapped with the next (or previous) round's."""
        row = self._table.currentRow()
        if self._plan is None or not 0 <= row + step < len(self._plan.rounds) or row < 0:
            return
        rounds = self._plan.rounds
        self.swap_requested.emit(rounds[row].holder, rounds[row + step].holder)
        self._table.selectRow(row + step)

    def _swap_people(self) -> None:
        a, b = self._swap_a.currentText(), self._swap_b.currentText()
        if a and b and a != b:
            self.swap_requested.emit(a, b)


def _refill(box: QComboBox, people: list[str]) -> None:
    """`people` in `box`, the one chosen before still chosen if they are there (else the
    first), without a signal for the refill itself."""
    keep = box.currentText()
    box.blockSignals(True)
    box.clear()
    box.addItems(people)
    index = box.findText(keep)
    box.setCurrentIndex(index if index >= 0 else (0 if people else -1))
    box.blockSignals(False)


def _columns(fmt: Format | None) -> list[tuple[str, str]]:
    """(role id, role name) for the table's columns: the holder, the duties, the rest."""
    if fmt is None:
        return []
    order = (Assign.HOLDER, Assign.DUTY, Assign.REST)
    return [(r.id, r.name) for a in order for r in fmt.roles_by(a)]


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
