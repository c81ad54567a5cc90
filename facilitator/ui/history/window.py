"""The history: every past session, filtered by format, date range and participant.

The window asks its `HistoryStore` for the sessions that match the filters (newest first,
capped, with the number of all matches) and shows them. Opening one emits
`open_requested`; the report of the selected session can be exported from here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.numbers import integer_text
from facilitator.reports.tables import date_text
from facilitator.services.past import PastSession
from facilitator.store.history import HistoryPage, HistoryQuery, HistoryStore, local_day_start
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.reports.export import export_button

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_TEXT = {
    "finished": QT_TRANSLATE_NOOP("HistoryWindow", "finished"),
    "running": QT_TRANSLATE_NOOP("HistoryWindow", "not finished (was running)"),
    "paused": QT_TRANSLATE_NOOP("HistoryWindow", "not finished (paused)"),
    "not_started": QT_TRANSLATE_NOOP("HistoryWindow", "not started"),
}


class HistoryWindow(QWidget):
    open_requested = Signal(int)  # a session id, to be shown read-only

    def __init__(
        self,
        history: HistoryStore,
        load: Callable[[int], PastSession],
        parent: QWidget | None = None,
        *,
        mark_finished: Callable[[int], None] | None = None,
        is_open: Callable[[int], bool] = lambda _sid: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("History — Facilitator"))
        self._history = history
        self._load = load
        self._mark_finished = mark_finished
        self._is_open = is_open
        self._formats = dict(history.format_choices())
        self._refresh_soon = QTimer(self, singleShot=True, interval=250)
        self._refresh_soon.timeout.connect(self.refresh)

        self.format = QComboBox(objectName="formatFilter")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Any format"), None)
        for format_id, title in history.format_choices():
            self.format.addItem(title, format_id)
        self.person = QComboBox(objectName="personFilter", editable=True)
        self.person.setAccessibleName(self.tr("Participant"))
        self.person.addItem("")
        self.person.addItems(history.people())
        self.person.lineEdit().setPlaceholderText(self.tr("Anyone"))
        self.person.setMinimumContentsLength(14)
        today = QDate.currentDate()
        self.use_since = QCheckBox(self.tr("From"), objectName="useSince")
        self.since = QDateEdit(today.addMonths(-3), objectName="sinceDate", calendarPopup=True)
        self.since.setAccessibleName(self.tr("From date"))
        self.use_until = QCheckBox(self.tr("to"), objectName="useUntil")
        self.until = QDateEdit(today, objectName="untilDate", calendarPopup=True)
        self.until.setAccessibleName(self.tr("Until date"))
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        clear = QPushButton(self.tr("Clear filters"), objectName="clearFilters")
        clear.clicked.connect(self.clear_filters)

        self.format.currentIndexChanged.connect(self.refresh)
        self.person.currentTextChanged.connect(lambda _t: self._refresh_soon.start())
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.refresh)
            edit.dateChanged.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Format:")))
        filters.addWidget(self.format)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Participant:")))
        filters.addWidget(self.person)
        filters.addSpacing(12)
        for widget in (self.use_since, self.since, self.use_until, self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(clear)

        self.count = QLabel(objectName="historyCount")
        self.tree = QTreeWidget(objectName="historyList")
        self.tree.setAccessibleName(self.tr("Sessions"))
        self.tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Session"), self.tr("Format"), self.tr("Participants"),
             self.tr("State")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))  # Return, double-click
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.open_button = QPushButton(self.tr("Open (read-only)"), objectName="openButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.export = export_button(self, self._selected_past)
        self.finish_button = QPushButton(self.tr("Mark finished…"), objectName="markFinished")
        self.finish_button.setToolTip(
            self.tr("An abandoned session: end it where it stopped, adding no time.")
        )
        self.finish_button.clicked.connect(self._confirm_mark_finished)
        self.finish_button.setVisible(mark_finished is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.export)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1100, 640)
        add_close_keys(self)  # Escape or Ctrl+W
        self.refresh()
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setFocus()  # the list first: arrows choose, Return opens

    # -- public ------------------------------------------------------------------------
    def query(self) -> HistoryQuery:
        """The filters as set in the window."""
        since = until = None
        if self.use_since.isChecked():
            since = local_day_start(self.since.date().toPython())
        if self.use_until.isChecked():
            until = local_day_start(self.until.date().toPython() + dt.timedelta(days=1))
        return HistoryQuery(
            format_id=self.format.currentData(),
            since=since,
            until=until,
            participant=self.person.currentText().strip() or None,
        )

    def refresh(self) -> None:
        self._refresh_soon.stop()
        self._show(self._history.search(self.query()))

    def clear_filters(self) -> None:
        for widget in (self.format, self.person, self.use_since, self.use_until):
            widget.blockSignals(True)
        self.format.setCurrentIndex(0)
        self.person.setCurrentText("")
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        for widget in (self.format, self.person, self.use_since, self.use_until):
            widget.blockSignals(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.refresh()

    def session_ids(self) -> list[int]:
        """The sessions listed, top to bottom."""
        root = self.tree.invisibleRootItem()
        return [int(root.child(i).data(0, ID_ROLE)) for i in range(root.childCount())]

    # -- internals ---------------------------------------------------------------------
    def _show(self, page: HistoryPage) -> None:
        self.tree.clear()
        for row in page.rows:
            item = QTreeWidgetItem(
                self.tree,
                [
                    date_text(row.created_wall),
                    row.title,
                    self._formats.get(row.format_id, row.format_id),
                    ", ".join(row.participants),
                    self.tr("running now")
                    if self._is_open(row.id) and row.state != "finished"
                    else self.tr(STATE_TEXT.get(row.state, row.state)),
                ],
            )
            item.setData(0, ID_ROLE, row.id)
            item.setData(1, ID_ROLE, row.state)
        if page.total == 0:
            text = self.tr("No sessions match these filters.")
        elif page.truncated:
            text = self.tr("The newest {shown} of {total} matching sessions.").format(
                shown=len(page.rows), total=integer_text(page.total)
            )
        else:
            text = self.tr("%n session(s).", "", page.total)
        self.count.setText(text)
        if page.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _selected_past(self) -> PastSession | None:
        session_id = self._selected_id()
        return None if session_id is None else self._load(session_id)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(int(item.data(0, ID_ROLE)))

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        chosen = item is not None
        self.open_button.setEnabled(chosen)
        self.export.setEnabled(chosen)
        self.finish_button.setEnabled(
            item is not None
            and item.data(1, ID_ROLE) != "finished"
            and not self._is_open(int(item.data(0, ID_ROLE)))
        )

    def _confirm_mark_finished(self) -> None:
        session_id = self._selected_id()
        if session_id is None or self._mark_finished is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Mark finished"),
            self.tr(
                "Mark “{title}” finished where it stopped? It can no longer be resumed."
            ).format(title=self.tree.currentItem().text(1)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._mark_finished(session_id)
            self.refresh()
