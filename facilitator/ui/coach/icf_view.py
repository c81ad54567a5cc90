"""The ICF client coaching log and progress toward ACC, PCC and MCC, with export.

The start of coach-specific training is a setting of the log (the command line reads the
same one): sessions before it count nowhere, in the table, the totals or the progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.icf import IcfLog
from facilitator.core.coaching.icf_export import table, write_log
from facilitator.core.coaching.model import format_hours
from facilitator.core.dates import date_text
from facilitator.core.numbers import decimal_text, integer_text, local_decimal
from facilitator.services.icf import icf_log
from facilitator.store.coaching_goals import GoalStore
from facilitator.ui.coach.engagement import date_edit, pydate, qdate
from facilitator.ui.coach.model import CoachLog

HOURS_COLUMNS = (7, 8)  # paid and pro bono hours in the export's table


class IcfView(QWidget):
    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icfView")
        self._log = log
        self.icf: IcfLog | None = None
        self.table = QTableWidget(objectName="icfTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("ICF coaching log"))
        self.table.setAccessibleDescription(
            self.tr("One row per client: the hours counted toward the ICF credentials.")
        )
        self.summary = QLabel(objectName="icfSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names clients
        self.export_button = QPushButton(self.tr("Export ICF log…"), objectName="exportIcf")
        self._settings = GoalStore(log.store.conn)
        self.training = QCheckBox(self.tr("Coach-specific training started on"),
                                  objectName="trainingStarted")  # fmt: skip
        self.training.setToolTip(self.tr("ICF counts coaching hours from the start of your "
                                         "coach-specific training; earlier sessions are left out."))  # fmt: skip
        self.training_date = date_edit("trainingStart")
        self.training_date.setAccessibleName(self.tr("Coach-specific training started on"))
        start = self._settings.training_start()
        self.training.setChecked(start is not None)
        self.training_date.setDate(qdate(start or log.today()))
        self.training_date.setEnabled(start is not None)
        self.training.toggled.connect(self._training_edited)
        self.training_date.dateChanged.connect(self._training_edited)
        self.progress_box = QGroupBox(self.tr("Progress toward the credentials (experience hours)"))
        self.grid = QGridLayout(self.progress_box)
        top = QHBoxLayout()
        top.addWidget(self.training)
        top.addWidget(self.training_date)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.progress_box)
        self.export_button.clicked.connect(self._export)
        self._stale = False
        log.changed.connect(self._log_changed)
        self.refresh()

    def _log_changed(self) -> None:
        """Every autosave in the log says so: rebuild the table only when it can be seen,
        else once, the next time its tab is shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        store = self._log.store
        since = self._settings.training_start()
        icf = icf_log(store.conn, self._log.today(), since=since)
        self.icf = icf
        cells = table(icf)
        self.table.setColumnCount(len(cells[0]))
        self.table.setHorizontalHeaderLabels(cells[0])
        self.table.setRowCount(len(cells) - 1)
        for r, line in enumerate(cells[1:]):
            for c, text in enumerate(line):
                shown = local_decimal(text) if c in HOURS_COLUMNS else text  # the export: dots
                self.table.setItem(r, c, QTableWidgetItem(shown))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        notes = [self.tr("As of {d}.").format(d=date_text(icf.today))]
        if since is not None:
            notes.append(self.tr("Sessions before {d} (start of training) are left out.")
                         .format(d=date_text(since)))  # fmt: skip
        notes.append(self.tr("{t} h: {p} paid, {b} pro bono.").format(
            t=_hours(icf.total), p=_hours(icf.paid), b=_hours(icf.pro_bono)))  # fmt: skip
        if icf.awaiting_payment:
            notes.append(self.tr("{h} h of paid engagements wait for their fee to be marked paid.")
                         .format(h=_hours(icf.awaiting_payment)))  # fmt: skip
        for reason in icf.left_off:
            notes.append(self.tr("Left off — {r}.").format(r=reason))
        self.summary.setText(" ".join(notes))
        self._fill_progress(icf)

    def _training_edited(self, *_args) -> None:
        on = self.training.isChecked()
        self.training_date.setEnabled(on)
        day = pydate(self.training_date.date()) if on else None
        if self._log.saved(lambda: self._settings.set_training_start(day), notify=True):
            self.refresh()  # edited here, so seen here: at once, hidden or not

    def _fill_progress(self, icf: IcfLog) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from the screen now, deleted when Qt can
                item.widget().deleteLater()
        heads = (
            "",
            self.tr("Hours"),
            self.tr("Paid hours"),
            self.tr("Clients"),
            self.tr("Last 18 months"),
            "",
        )
        for c, text in enumerate(heads):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, c)
        for r, p in enumerate(icf.progress(), 1):
            cred = p.credential
            self.grid.addWidget(QLabel(f"<b>{cred.name}</b>"), r, 0)
            figures = [(p.hours, cred.hours), (p.paid, cred.paid), (p.clients, cred.clients)]
            if cred.recent_hours is not None:
                figures.append((p.recent, cred.recent_hours))
            for c, (have, need) in enumerate(figures, 1):
                bar = QProgressBar(objectName=f"progress_{cred.name}_{c}")
                bar.setRange(0, 1000)
                bar.setValue(int(min(1, float(have) / need) * 1000))
                figure = decimal_text(float(have), 2, group=True)
                if float(have) == int(have):
                    figure = integer_text(int(have))
                bar.setFormat(f"{figure} / {integer_text(need)}")
                self.grid.addWidget(bar, r, c)
            if cred.recent_hours is None:
                self.grid.addWidget(QLabel(self.tr("not required")), r, 4)
            status = (
                self.tr("✔ experience met")
                if p.met
                else self.tr("Still needed: ") + ", ".join(p.missing)
            )
            label = QLabel(status, objectName=f"missing_{cred.name}", wordWrap=True)
            self.grid.addWidget(label, r, 5)
        self.grid.setColumnStretch(5, 1)

    def export_to(self, path: Path) -> Path | None:
        if self.icf is None:
            return None
        try:
            return write_log(self.icf, path)
        except (ValueError, OSError) as exc:
            self.summary.setText(self.tr("Not exported: {e}").format(e=exc))
            return None

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export ICF log"), "icf-coaching-log.csv",
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if name:
            path = self.export_to(Path(name))
            if path is not None:
                self.summary.setText(self.tr("Exported to {p}.").format(p=path))


def _hours(value) -> str:
    """Hours as the ICF export rounds them, written the language's way ('12,50')."""
    return local_decimal(format_hours(value))
