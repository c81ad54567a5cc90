"""The history: every past session, filtered by format, date range and participant.

The window asks its `HistoryStore` for the sessions that match the filters (newest first,
capped, with the number of all matches) and shows them. Opening one emits
`open_requested`; the report of the selected session can be exported from here too.

An abandoned session (not finished, not the one running now in the program) can be marked
finished or discarded (Delete key); a discarded one goes to the bin, listed when "Show the
bin" is ticked, where it can be restored or the bin emptied for good. Each of these asks
first, then leaves the window as an intent (`*_requested`); whoever acts calls `refresh`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
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
from facilitator.core.text import isolate
from facilitator.reports.tables import date_text
from facilitator.services.past import PastSession
from facilitator.store.history import HistoryPage, HistoryQuery, HistoryStore, local_day_start
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.history import confirm
from facilitator.ui.reports.export import export_button

ID_ROLE = Qt.ItemDataRole.UserRole  # column 0: the session id; column 1: its state
STATE_TEXT = {
    "finished": QT_TRANSLATE_NOOP("HistoryWindow", "finished"),
    "running": QT_TRANSLATE_NOOP("HistoryWindow", "not finished (was running)"),
    "paused": QT_TRANSLATE_NOOP("HistoryWindow", "not finished (paused)"),
    "not_started": QT_TRANSLATE_NOOP("HistoryWindow", "not started"),
}

OPEN_STATE_TEXT = {  # the session open in this program's window now
    "running": QT_TRANSLATE_NOOP("HistoryWindow", "running now"),
    "paused": QT_TRANSLATE_NOOP("HistoryWindow", "paused now (its window is open)"),
    "not_started": QT_TRANSLATE_NOOP("HistoryWindow", "not started (its window is open)"),
}


class HistoryWindow(QWidget):
    open_requested = Signal(int)  # a session id, to be shown read-only
    mark_finished_requested = Signal(int)  # asked and confirmed, for an abandoned session
    discard_requested = Signal(int)  # asked and confirmed: into the bin
    restore_requested = Signal(int)  # out of the bin
    empty_bin_requested = Signal()  # asked and confirmed: every binned session erased

    def __init__(
        self,
        history: HistoryStore,
        load: Callable[[int], PastSession],
        parent: QWidget | None = None,
        *,
        is_open: Callable[[int], bool] = lambda _sid: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("History — Facilitator"))
        self._history = history
        self._load = load
        self._is_open = is_open  # the session running now in this program
        self._bin_count = 0
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # see _fit_titles
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        self.finish_button.clicked.connect(self.confirm_mark_finished)
        self.discard_button = QPushButton(self.tr("Discard…"), objectName="discardButton")
        self.discard_button.setAccessibleName(self.tr("Discard the session"))
        self.discard_button.setToolTip(
            self.tr("An abandoned session: put it in the bin (Delete). It can be restored.")
        )
        self.discard_button.clicked.connect(self.confirm_discard)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the session"))
        self.restore_button.setToolTip(self.tr("Take the session out of the bin."))
        self.restore_button.clicked.connect(self._restore)
        self.empty_button = QPushButton(self.tr("Empty the bin…"), objectName="emptyBin")
        self.empty_button.setAccessibleName(self.tr("Empty the bin"))
        self.empty_button.setToolTip(
            self.tr("Delete every session in the bin for good, backups included.")
        )
        self.empty_button.clicked.connect(self.confirm_empty_bin)
        self.show_bin = QCheckBox(objectName="showBin")  # its text (the count) is its name
        self.show_bin.toggled.connect(self._bin_toggled)
        self.tree.installEventFilter(self)  # Delete on a row discards it (asking first)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_bin)
        buttons.addSpacing(12)
        buttons.addWidget(self.count, 1)
        for button in (self.finish_button, self.discard_button, self.restore_button,
                       self.empty_button, self.export, self.open_button):  # fmt: skip
            buttons.addWidget(button)

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
            binned=self.show_bin.isChecked(),
        )

    def in_bin_view(self) -> bool:
        return self.show_bin.isChecked()

    def refresh(self) -> None:
        """Read the list again (the session chosen stays chosen if it is still listed)."""
        self._refresh_soon.stop()
        chosen = self._selected_id()
        self._bin_count = self._history.bin_count()
        self.show_bin.setText(self.tr("Show the bin (%n)", "", self._bin_count))
        self.show_bin.setAccessibleName(self.show_bin.text())
        self._show(self._history.search(self.query()), chosen)

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

    def confirm_mark_finished(self) -> bool:
        """Ask, then ask for the chosen abandoned session to be marked finished."""
        item = self._actionable_item()
        if item is None:
            return False
        if not confirm.ask(
            self,
            self.tr("Mark finished"),
            self.tr(
                "Mark “{title}” finished where it stopped? It can no longer be resumed."
            ).format(title=isolate(item.text(1))),
            self.tr("Mark finished"),
        ):
            return False
        self.mark_finished_requested.emit(int(item.data(0, ID_ROLE)))
        return True

    def confirm_discard(self) -> bool:
        """Ask, then ask for the chosen abandoned session to go to the bin."""
        item = self._actionable_item()
        if item is None:
            return False
        if not confirm.ask(
            self,
            self.tr("Discard session"),
            self.tr(
                "Put “{title}” of {date} in the bin? It leaves every list; you can restore "
                "it from the bin until the bin is emptied."
            ).format(title=isolate(item.text(1)), date=item.text(0)),
            self.tr("Put in the bin"),
        ):
            return False
        self.discard_requested.emit(int(item.data(0, ID_ROLE)))
        return True

    def confirm_empty_bin(self) -> bool:
        """Ask (naming how many), then ask for the bin to be emptied for good."""
        count = self._history.bin_count()
        if count == 0:
            return False
        if not confirm.ask(
            self,
            self.tr("Empty the bin"),
            self.tr(
                "Delete the %n session(s) in the bin for good, with their notes, from the "
                "records and every backup? This cannot be undone.",
                "",
                count,
            ),
            self.tr("Delete for good"),
            destructive=True,
        ):
            return False
        self.empty_bin_requested.emit()
        return True

    # -- internals ---------------------------------------------------------------------
    def _show(self, page: HistoryPage, chosen: int | None = None) -> None:
        binned = self.in_bin_view()
        self.tree.headerItem().setText(
            4, self.tr("In the bin since") if binned else self.tr("State")
        )
        self.tree.clear()
        current = None
        for row in page.rows:
            running_now = self._is_open(row.id) and row.state != "finished"
            if binned:
                state = date_text(row.discarded_wall)
            elif running_now:  # open in this program: as its window says, running or paused
                state = self.tr(OPEN_STATE_TEXT.get(row.state, OPEN_STATE_TEXT["running"]))
            else:
                state = self.tr(STATE_TEXT.get(row.state, row.state))
            item = QTreeWidgetItem(
                self.tree,
                [
                    date_text(row.created_wall),
                    row.title,
                    self._formats.get(row.format_id, row.format_id),
                    ", ".join(row.participants),
                    state,
                ],
            )
            item.setData(0, ID_ROLE, row.id)
            item.setData(1, ID_ROLE, row.state)
            if row.id == chosen:
                current = item
        if page.total == 0:
            text = (
                self.tr("The bin is empty.")
                if binned and self._bin_count == 0
                else self.tr("No sessions match these filters.")
            )
        elif page.truncated:
            text = self.tr("The newest {shown} of {total} matching sessions.").format(
                shown=len(page.rows), total=integer_text(page.total)
            )
        elif binned:
            text = self.tr("%n session(s) in the bin.", "", page.total)
        else:
            text = self.tr("%n session(s).", "", page.total)
        self.count.setText(text)
        self._fit_titles()
        if current is None and page.rows:
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_buttons()

    def _fit_titles(self) -> None:
        """The titles' column as wide as its longest title, up to about 40 characters (a
        500-character title is cut short, never pushing the state out of sight)."""
        self.tree.resizeColumnToContents(1)
        widest = self.tree.fontMetrics().horizontalAdvance("M" * 28)
        if self.tree.columnWidth(1) > widest:
            self.tree.setColumnWidth(1, widest)

    def _selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _selected_past(self) -> PastSession | None:
        session_id = self._selected_id()
        return None if session_id is None else self._load(session_id)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(int(item.data(0, ID_ROLE)))

    def _actionable_item(self) -> QTreeWidgetItem | None:
        """The chosen session if it may be marked finished or discarded now: out of the
        bin, not finished, not running now (asked again: a session may have been opened
        since the list was drawn)."""
        item = self.tree.currentItem()
        if (
            item is None
            or self.in_bin_view()
            or item.data(1, ID_ROLE) == "finished"
            or self._is_open(int(item.data(0, ID_ROLE)))
        ):
            return None
        return item

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        chosen = item is not None
        binned = self.in_bin_view()
        self.open_button.setEnabled(chosen)
        self.export.setEnabled(chosen)
        actionable = self._actionable_item() is not None
        self.finish_button.setVisible(not binned)
        self.discard_button.setVisible(not binned)
        self.finish_button.setEnabled(actionable)
        self.discard_button.setEnabled(actionable)
        self.restore_button.setVisible(binned)
        self.empty_button.setVisible(binned)
        self.restore_button.setEnabled(binned and chosen)
        self.empty_button.setEnabled(binned and self._bin_count > 0)

    def _bin_toggled(self, _shown: bool) -> None:
        self.tree.clearSelection()
        self.tree.setCurrentItem(None)  # a new list: start at its top
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            if not self.in_bin_view():
                self.confirm_discard()
            return True
        return super().eventFilter(watched, event)

    def _restore(self) -> None:
        session_id = self._selected_id()
        if session_id is not None and self.in_bin_view():
            self.restore_requested.emit(session_id)
