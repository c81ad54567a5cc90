"""Mentor coaching hours and continuing coach education (CCE), and how far they go toward
renewing the credential (40 CCE units in 3 years: 24 in the Core Competencies, 3 in
Coaching Ethics; 10 h of mentor coaching for ACC), with their own export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.model import format_hours, hours
from facilitator.core.coaching.renewal import Renewal, development_csv, renewal, units_text
from facilitator.core.files import write_atomically
from facilitator.core.numbers import local_decimal as _local
from facilitator.store.coaching_development import DevelopmentStore
from facilitator.ui.coach.engagement import date_edit, pydate, qdate
from facilitator.ui.coach.model import CoachLog


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(objectName=name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _units(name: str) -> QDoubleSpinBox:
    return QDoubleSpinBox(objectName=name, decimals=2, maximum=1000, singleStep=0.5)


class DevelopmentView(QWidget):
    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("developmentView")
        self._log = log
        self._store = DevelopmentStore(log.store.conn)
        self.result: Renewal | None = None

        self.summary = QLabel(objectName="renewalSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export CCE and mentoring log…"),
                                         objectName="exportDevelopment")  # fmt: skip
        self.message = QLabel(objectName="developmentMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.cce_table = _table("cceTable", [self.tr("Date"), self.tr("Title"), self.tr("Provider"),
                                             self.tr("CCE units"), self.tr("Core Competencies"),
                                             self.tr("Coaching Ethics")])  # fmt: skip
        self.cce_date = date_edit("cceDate")
        self.cce_title = QLineEdit(objectName="cceTitle", placeholderText=self.tr("Course or event"))
        self.cce_provider = QLineEdit(objectName="cceProvider", placeholderText=self.tr("Provider"))
        self.cce_units, self.cce_core, self.cce_ethics = (
            _units("cceUnits"), _units("cceCore"), _units("cceEthics"))  # fmt: skip
        self.cce_units.setPrefix(self.tr("units "))
        self.cce_core.setPrefix(self.tr("core "))
        self.cce_ethics.setPrefix(self.tr("ethics "))
        self.add_cce_button = QPushButton(self.tr("Add"), objectName="addCce")
        self.remove_cce_button = QPushButton(self.tr("Remove"), objectName="removeCce")

        self.mentor_table = _table("mentorTable", [self.tr("Date"), self.tr("Mentor"),
                                                   self.tr("Individual/Group"), self.tr("Hours"),
                                                   self.tr("Notes")])  # fmt: skip
        self.mentor_date = date_edit("mentorDate")
        self.mentor_name = QLineEdit(objectName="mentorName", placeholderText=self.tr("Mentor coach"))
        self.mentor_group = QCheckBox(self.tr("in a group"), objectName="mentorGroup")
        self.mentor_minutes = QSpinBox(objectName="mentorMinutes", maximum=24 * 60, value=60,
                                       suffix=self.tr(" min"))  # fmt: skip
        self.mentor_notes = QLineEdit(objectName="mentorNotes", placeholderText=self.tr("Notes"))
        self.add_mentor_button = QPushButton(self.tr("Add"), objectName="addMentor")
        self.remove_mentor_button = QPushButton(self.tr("Remove"), objectName="removeMentor")
        for edit in (self.cce_date, self.mentor_date):
            edit.setDate(qdate(log.today()))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        cce_box = QGroupBox(self.tr("Continuing coach education (CCE)"))
        cce_row = QHBoxLayout()
        for widget, stretch in ((self.cce_date, 0), (self.cce_title, 2), (self.cce_provider, 1),
                                (self.cce_units, 0), (self.cce_core, 0), (self.cce_ethics, 0),
                                (self.add_cce_button, 0), (self.remove_cce_button, 0)):  # fmt: skip
            cce_row.addWidget(widget, stretch)
        cl = QVBoxLayout(cce_box)
        cl.addWidget(self.cce_table)
        cl.addLayout(cce_row)
        mentor_box = QGroupBox(self.tr("Mentor coaching"))
        mentor_row = QHBoxLayout()
        for widget, stretch in ((self.mentor_date, 0), (self.mentor_name, 1),
                                (self.mentor_group, 0), (self.mentor_minutes, 0),
                                (self.mentor_notes, 2), (self.add_mentor_button, 0),
                                (self.remove_mentor_button, 0)):  # fmt: skip
            mentor_row.addWidget(widget, stretch)
        ml = QVBoxLayout(mentor_box)
        ml.addWidget(self.mentor_table)
        ml.addLayout(mentor_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(cce_box, 1)
        layout.addWidget(mentor_box, 1)

        self.add_cce_button.clicked.connect(self.add_cce)
        self.remove_cce_button.clicked.connect(
            lambda: self._remove(self.cce_table, self._store.delete_cce))
        self.add_mentor_button.clicked.connect(self.add_mentor)
        self.remove_mentor_button.clicked.connect(
            lambda: self._remove(self.mentor_table, self._store.delete_mentor))
        self.export_button.clicked.connect(self._export)
        log.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        cce, mentor = self._store.cce(), self._store.mentor_sessions()
        self.result = renewal(cce, mentor, self._log.today())
        self.summary.setText("\n".join(line.strip() for line in self.result.lines()))
        self._fill(self.cce_table, [(c.id, [c.completed_on.isoformat(), c.title, c.provider,
                                            _local(units_text(c.units)), _local(units_text(c.core)),
                                            _local(units_text(c.ethics))]) for c in cce])  # fmt: skip
        self._fill(self.mentor_table, [(m.id, [
            m.held_on.isoformat(), m.mentor,
            self.tr("Group") if m.group else self.tr("Individual"),
            _local(format_hours(hours(m.seconds))), m.notes]) for m in mentor])  # fmt: skip

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                table.setItem(r, c, item)

    def add_cce(self) -> int | None:
        log = self._log
        title = self.cce_title.text()
        units, core, ethics = (round(s.value(), 2) for s in
                               (self.cce_units, self.cce_core, self.cce_ethics))  # fmt: skip
        record = log.do(lambda: self._store.add_cce(
            pydate(self.cce_date.date()), title, f"{units:.2f}", core=f"{core:.2f}",
            ethics=f"{ethics:.2f}", provider=self.cce_provider.text(), now=log.now()))  # fmt: skip
        self._after_add(record, (self.cce_title,))
        return record

    def add_mentor(self) -> int | None:
        log = self._log
        record = log.do(lambda: self._store.add_mentor(
            pydate(self.mentor_date.date()), self.mentor_minutes.value() * 60,
            mentor=self.mentor_name.text(), group=self.mentor_group.isChecked(),
            notes=self.mentor_notes.text(), now=log.now()))  # fmt: skip
        self._after_add(record, (self.mentor_notes,))
        return record

    def _after_add(self, record: int | None, clear: tuple[QLineEdit, ...]) -> None:
        if record is None:
            self.message.setText(self.tr("Not added; see the status line for why."))
            return
        self.message.setText("")
        for edit in clear:
            edit.clear()

    def _remove(self, table: QTableWidget, delete) -> None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None:
            self.message.setText(self.tr("Choose a line first."))
            return
        row_id = item.data(Qt.ItemDataRole.UserRole)
        self._log.do(lambda: delete(row_id))

    def export_to(self, path: Path) -> Path | None:
        result = self.result
        if result is None:
            return None
        text = development_csv(self._store.cce(), self._store.mentor_sessions(), result)
        try:
            write_atomically(Path(path), text.encode("utf-8-sig"))
        except OSError as exc:
            self.message.setText(self.tr("Not exported: {e}").format(e=exc))
            return None
        self.message.setText(self.tr("Exported to {p}.").format(p=path))
        return Path(path)

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CCE and mentoring log"), "cce-and-mentoring.csv",
            self.tr("CSV (*.csv)"))  # fmt: skip
        if name:
            self.export_to(Path(name))
