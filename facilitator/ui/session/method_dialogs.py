"""Dialogs for the steps of a method during a session: the bids that decide the rounds,
a late arrival, a break, a message to the room. Each asks the controller; none decides
what is allowed or does time arithmetic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.i18n import in_sentence
from facilitator.core.plan.rounds import Bid
from facilitator.core.text import isolate
from facilitator.core.timefmt import clock_text, minutes_text
from facilitator.ui.common.elided import plain_tooltip
from facilitator.ui.common.screen_fit import fit_to_width

if TYPE_CHECKING:
    from facilitator.ui.session.controller import SessionController

MAX_ROUND_MINUTES = 240


def _plain(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel(text, objectName=name or None)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class BidsDialog(QDialog):
    """Who bids for help (and how much time, how pressing); the rounds proposed for the
    time left, equal or by bid; the facilitator adjusts the order and the lengths."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bidsDialog")
        self._c = controller
        fmt = controller.runner.timeline.fmt
        holder = fmt.holder_role.name if fmt.holder_role else self.tr("Holder")
        self.setWindowTitle(self.tr("Bids for help"))
        self._available = controller.minutes_for_rounds()
        end = controller.runner.projected_end_wall()

        intro = _plain(
            self.tr(
                "Tick who bids for help. The rounds share the {minutes} left for them, so the "
                "meeting still ends at {end}. Members who do not bid stay set members."
            ).format(minutes=minutes_text(self._available * 60), end=clock_text(end)),
            name="bidsIntro",
        )
        self.bids_table = QTableWidget(0, 3, objectName="bidsTable")
        self.bids_table.setHorizontalHeaderLabels(
            [self.tr("Bids"), self.tr("Minutes asked"), self.tr("Pressing")]
        )
        self.bids_table.verticalHeader().hide()
        self.bids_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.bids_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._people = list(controller.bid_candidates())
        self._minutes: list[QSpinBox] = []
        self._urgency: list[QComboBox] = []
        for row, person in enumerate(self._people):
            self.bids_table.insertRow(row)
            item = QTableWidgetItem(person)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(plain_tooltip(person))
            self.bids_table.setItem(row, 0, item)
            spin = QSpinBox(minimum=0, maximum=MAX_ROUND_MINUTES, suffix=self.tr(" min"))
            spin.setSpecialValueText(self.tr("—"))
            spin.valueChanged.connect(self._bids_changed)
            self.bids_table.setCellWidget(row, 1, spin)
            self._minutes.append(spin)
            combo = QComboBox()
            combo.addItems([self.tr("—"), self.tr("a little"), self.tr("quite"), self.tr("very")])
            combo.currentIndexChanged.connect(self._bids_changed)
            self.bids_table.setCellWidget(row, 2, combo)
            self._urgency.append(combo)
        self.bids_table.itemChanged.connect(self._bids_changed)

        self.equal = QRadioButton(self.tr("Equal time"), objectName="equalTime", checked=True)
        self.by_bid = QRadioButton(self.tr("Time by bid"), objectName="timeByBid")
        group = QButtonGroup(self)
        for button in (self.equal, self.by_bid):
            group.addButton(button)
        self.equal.toggled.connect(self._bids_changed)
        split_row = QHBoxLayout()
        split_row.addWidget(_plain(self.tr("Share the time:"), wrap=False))
        split_row.addWidget(self.equal)
        split_row.addWidget(self.by_bid)
        split_row.addStretch(1)

        self.rounds_table = QTableWidget(0, 2, objectName="roundsTable")
        self.rounds_table.setHorizontalHeaderLabels([holder, self.tr("Round length")])
        self.rounds_table.verticalHeader().setVisible(True)
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rh = self.rounds_table.horizontalHeader()
        rh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        up = QPushButton(self.tr("Earlier"), objectName="roundEarlier")
        down = QPushButton(self.tr("Later"), objectName="roundLater")
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        move_row = QHBoxLayout()
        move_row.addWidget(up)
        move_row.addWidget(down)
        move_row.addStretch(1)
        self.total_label = _plain(name="roundsTotal")
        self.warning = _plain(name="shortRounds")
        self.warning.setStyleSheet("color: #8A4B00;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the rounds")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bids_table, 2)
        layout.addLayout(split_row)
        layout.addWidget(_plain(self.tr("Rounds, in this order:"), wrap=False))
        layout.addWidget(self.rounds_table, 2)
        layout.addLayout(move_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        self._rounds: list[tuple[str, float]] = []
        self._bids_changed()

    # -- what the facilitator chose ----------------------------------------------------
    def bids(self) -> list[Bid]:
        out = []
        for row, person in enumerate(self._people):
            if self.bids_table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            minutes = self._minutes[row].value() or None
            urgency = self._urgency[row].currentIndex() or None
            out.append(Bid(person, None if minutes is None else float(minutes), urgency))
        return out

    def rounds(self) -> list[tuple[str, float]]:
        return [
            (self.rounds_table.item(row, 0).text(), float(self._round_spin(row).value()))
            for row in range(self.rounds_table.rowCount())
        ]

    def set_bid(self, person: str, minutes: int = 0, urgency: int = 0) -> None:
        row = self._people.index(person)
        self._minutes[row].setValue(minutes)
        self._urgency[row].setCurrentIndex(urgency)
        self.bids_table.item(row, 0).setCheckState(Qt.CheckState.Checked)

    def accept(self) -> None:
        if self._c.record_bids(self.bids(), self.rounds()):
            super().accept()

    # -- internals ---------------------------------------------------------------------
    def _round_spin(self, row: int) -> QSpinBox:
        return self.rounds_table.cellWidget(row, 1)

    def _bids_changed(self, *_args) -> None:
        self._fill(self._c.propose(self.bids(), by_bid=self.by_bid.isChecked()))

    def _fill(self, rounds: list[tuple[str, float]]) -> None:
        self.rounds_table.setRowCount(0)
        for row, (person, minutes) in enumerate(rounds):
            self.rounds_table.insertRow(row)
            item = QTableWidgetItem(person)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(plain_tooltip(person))
            self.rounds_table.setItem(row, 0, item)
            spin = QSpinBox(minimum=1, maximum=MAX_ROUND_MINUTES, suffix=self.tr(" min"))
            spin.setValue(round(minutes))
            spin.valueChanged.connect(self._lengths_changed)
            self.rounds_table.setCellWidget(row, 1, spin)
        self._lengths_changed()

    def _move(self, step: int) -> None:
        row = self.rounds_table.currentRow()
        rounds = self.rounds()
        if row < 0 or not 0 <= row + step < len(rounds):
            return
        rounds[row], rounds[row + step] = rounds[row + step], rounds[row]
        self._fill(rounds)
        self.rounds_table.selectRow(row + step)

    def _lengths_changed(self, *_args) -> None:
        lengths = [m for _, m in self.rounds()]
        if not lengths:
            self.total_label.setText(
                self.tr("Nobody has bid yet: with no rounds the meeting goes on to its close.")
            )
        else:
            pause = self._c.break_minutes_for(lengths)
            text = self.tr("%n round(s): {total}", "", len(lengths)).format(
                total=minutes_text(sum(lengths) * 60)
            )
            if pause:
                text += self.tr(", and a break of {pause}").format(pause=minutes_text(pause * 60))
            self.total_label.setText(
                text
                + self.tr(" — of the {available} left.").format(
                    available=minutes_text(self._available * 60)
                )
            )
        warning = self._c.short_rounds_text(lengths)
        if warning:
            warning += " " + self.tr("Fewer rounds give each more time.")
        moved = self._c.moved_breaks_text(self.bids(), self.rounds())
        warning = " ".join(part for part in (warning, moved) if part)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))


class LateArrivalDialog(QDialog):
    """Who arrived, and whether they bring an issue (default: no, they join now)."""

    def __init__(self, rest_role: str, holder_role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateArrivalDialog")
        self.setWindowTitle(self.tr("Late arrival"))
        self.name = QLineEdit(objectName="lateName", maxLength=200)
        self.brings_issue = QCheckBox(
            self.tr("Brings an issue: a round as {holder} at the end").format(
                holder=in_sentence(holder_role)
            ),
            objectName="bringsIssue",
        )
        hint = _plain(
            self.tr(
                "Without an issue they join now as {rest}, in this round and the rest; "
                "the meeting's end stays where it is."
            ).format(rest=in_sentence(rest_role)),
            name="lateHint",
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brings_issue)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        fit_to_width(self, 440)


class RoomMessageDialog(QDialog):
    """A short message across the room view: the phase's rules offered as presets."""

    def __init__(self, presets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomMessageDialog")
        self.setWindowTitle(self.tr("Message to the room"))
        self.text = QComboBox(objectName="roomMessage", editable=True)
        self.text.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.text.addItems(presets)
        self.text.lineEdit().setMaxLength(140)
        self.text.setMinimumContentsLength(30)
        self.text.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show in the room"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(self.tr("Shown across the room view for 20 seconds (empty: take it down)."))
        )
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_width(self, 520)

    def message(self) -> str:
        return self.text.currentText().strip()


class AgreementDialog(QDialog):
    """The pair's agreement, confirmed in its phase: who goes first, the time each way
    (the format's settings), and the other agreements of the phase ticked."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("The pair's agreement"))
        self._c = controller
        t = controller.runner.timeline
        fmt = t.fmt
        holder = fmt.holder_role.name if fmt.holder_role else self.tr("Holder")
        self.first = QComboBox(objectName="goesFirst")
        self.first.addItems([r.holder for r in t.plan.rounds])
        self.first.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.first.setMinimumContentsLength(20)
        values = {**t.params, **t.plan.settings}
        self.fields: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(
            self.tr("Goes first as {holder}:").format(holder=in_sentence(holder)), self.first
        )
        for param in fmt.parameters:
            spin = QSpinBox(objectName=f"agreed_{param.id}")
            spin.setRange(int(param.minimum), int(param.maximum))
            spin.setValue(int(values.get(param.id, param.default)))
            if param.unit:
                spin.setSuffix(f" {param.unit}")
            self.fields[param.id] = spin
            form.addRow(param.label + ":", spin)
        self.ticks: list[QCheckBox] = []
        for rule in controller.runner.phase.spec.rules:
            if "{" in rule:
                continue  # the settings above
            box = QCheckBox(rule, objectName="agreedRule")
            box.toggled.connect(self._update)
            self.ticks.append(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Confirm and begin"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(self.tr("What the pair agreed; the room shows it while they work."))
        )
        layout.addLayout(form)
        for box in self.ticks:
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._update()
        fit_to_width(self, 460)

    def _update(self, *_args) -> None:
        self._ok.setEnabled(all(box.isChecked() for box in self.ticks))

    def accept(self) -> None:
        settings = {pid: float(spin.value()) for pid, spin in self.fields.items()}
        if self._c.confirm_agreement(self.first.currentText(), settings):
            super().accept()


class HelpingDialog(QDialog):
    """How the client wants to be helped in this turn, in their words or a preset."""

    def __init__(
        self, holder: str, current: str, presets: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpingDialog")
        self.setWindowTitle(
            self.tr("How {holder} wants to be helped").format(holder=isolate(holder))
        )
        self.text = QComboBox(objectName="helpingText", editable=True)
        self.text.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.text.addItems(presets)
        self.text.lineEdit().setMaxLength(200)
        self.text.setEditText(current)
        self.text.setMinimumContentsLength(30)
        self.text.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        question = _plain(
            self.tr(
                "{holder}, how would you like to be helped? Shown to both for this turn."
            ).format(holder=isolate(holder))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_width(self, 520)

    def wish(self) -> str:
        return self.text.currentText().strip()
