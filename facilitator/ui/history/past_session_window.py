"""A past session, read-only: what happened, with its timeline, figures and notes.

Opened from the history. It shows the session as recorded and offers no way to change it:
no navigation, no undo, the notes as plain text that cannot be edited. The figures are the
report's tables (`facilitator.reports.tables`), so the window and the reports agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.text import isolate
from facilitator.reports.model import build_report
from facilitator.reports.tables import (
    Table,
    action_table,
    airtime_table,
    notes_table,
    people_table,
    phase_table,
    round_table,
    summary,
)
from facilitator.services.past import PastSession
from facilitator.ui.common.past_controller import PastSessionController
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.common.timeline_widget import PhaseTimelineWidget
from facilitator.ui.reports.export import export_button

BANNER_STYLE = "background: #e8f1f8; border: 1px solid #0072b2; border-radius: 4px; padding: 6px;"


def table_widget(table: Table, name: str, stretch: int = -1) -> QTableWidget:
    """A read-only QTableWidget showing `table` (its totals as a last, bold row); column
    `stretch` (the last by default) takes the room left."""
    rows = list(table.rows) + ([table.footer] if table.footer is not None else [])
    widget = QTableWidget(len(rows), len(table.headers), objectName=name)
    widget.setHorizontalHeaderLabels(list(table.headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().setVisible(False)
    widget.setWordWrap(True)
    for r, row in enumerate(rows):
        total = table.footer is not None and r == len(rows) - 1
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if table.numeric[c]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.setItem(r, c, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch % len(table.headers), QHeaderView.ResizeMode.Stretch)
    widget.resizeRowsToContents()
    return widget


class PastSessionWindow(QMainWindow):
    def __init__(self, past: PastSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pastSessionWindow")
        self.past = past
        self.report = build_report(past)
        self.setWindowTitle(self.tr("{title} — read-only — Facilitator").format(title=isolate(past.title)))
        self.controller = PastSessionController(past, self)
        self.controller.action_refused.connect(lambda t: self.statusBar().showMessage(t, 4000))

        heading = QLabel(past.title, objectName="pastTitle")
        heading.setStyleSheet("font-size: 18pt; font-weight: 700;")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        banner = QLabel(
            self.tr("Read-only: a past session as it was recorded. Nothing here can be changed."),
            objectName="readOnlyBanner",
            wordWrap=True,
        )
        banner.setStyleSheet(BANNER_STYLE)
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        for n, (label, value) in enumerate(summary(self.report)):
            row, column = n % 4, 2 * (n // 4)
            name = QLabel(label + ":")  # translated by the report
            name.setStyleSheet("font-weight: 600;")
            shown = QLabel(value, objectName=f"fact_{n}", wordWrap=True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            facts.addWidget(name, row, column)
            facts.addWidget(shown, row, column + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        self.timeline = PhaseTimelineWidget(self.controller)  # type: ignore[arg-type]
        self.timeline.setCursor(Qt.CursorShape.ArrowCursor)

        self.tabs = QTabWidget(objectName="pastTabs")
        self.tabs.addTab(table_widget(phase_table(self.report), "phaseTable"), self.tr("Phases"))
        if self.report.rounds:
            self.tabs.addTab(
                table_widget(round_table(self.report), "roundTable"), self.tr("Rounds")
            )
        self.tabs.addTab(table_widget(people_table(self.report), "peopleTable"), self.tr("People"))
        self.tabs.addTab(
            table_widget(airtime_table(self.report), "airtimeTable"), self.tr("Airtime by phase")
        )
        if self.report.actions:
            self.tabs.addTab(
                table_widget(action_table(self.report), "actionTable", 1), self.tr("Actions")
            )
        notes = table_widget(notes_table(self.report), "notesTable", 1)
        self.tabs.addTab(notes, self.tr("Notes (private, {n})").format(n=len(self.report.notes)))

        self.tabs.setAccessibleName(self.tr("Session report"))
        for i in range(self.tabs.count()):  # each table is named by its tab
            self.tabs.widget(i).setAccessibleName(self.tabs.tabText(i))
        self.export = export_button(self, lambda: self.past, self._exported)
        close = QPushButton(self.tr("Close"), objectName="closeButton")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export)
        buttons.addWidget(close)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(heading)
        layout.addWidget(banner)
        layout.addLayout(facts)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        fit_to_screen(self, 1100, 760)
        add_close_keys(self)  # Escape or Ctrl+W

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a view of the session (the charts) after the figures."""
        self.tabs.insertTab(1, widget, title)

    def _exported(self, path) -> None:
        self.statusBar().showMessage(self.tr("Report written to {path}").format(path=path), 8000)
