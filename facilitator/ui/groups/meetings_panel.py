"""A group's planned meetings: plan a series, then move, cancel or start each one.

Shows the meetings it is given in the group's local time and emits what the user asks
for; the window carries it out. A cancelled meeting says so in words, not colour alone;
so does a meeting held (with the day it was held), one in progress, and the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.groups.series import Meeting, Progress, zone
from facilitator.core.timefmt import min_text
from facilitator.ui.common.locale_text import day_text, time_text

ID_ROLE = Qt.ItemDataRole.UserRole


# Wall times are edited as UTC so that the computer's own zone never shifts one that its
# clocks skip; the group's zone is applied by the core.
WALL = QTimeZone(QTimeZone.Initialization.UTC)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), WALL
    )


def wall_time_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(objectName=name)
    edit.setTimeZone(WALL)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd  HH:mm")
    return edit


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class MeetingsPanel(QWidget):
    plan_requested = Signal(object, int, int, int)  # first (naive local), weeks, count, minutes
    move_requested = Signal(int)  # meeting id
    cancel_requested = Signal(int, bool)  # meeting id, cancelled
    start_requested = Signal(object)  # meeting id, or None for a meeting not planned
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPanel")
        self._meetings: list[Meeting] = []
        self.first = wall_time_edit("seriesFirst")
        self.every = self._spin("seriesEvery", 1, 52, 6, self.tr(" weeks"))
        self.count = self._spin("seriesCount", 1, 52, 5, "")
        self.minutes = self._spin("seriesMinutes", 1, 24 * 60, 150, self.tr(" min"))
        self.minutes.setToolTip(self.tr("From the method's planned total; change it if you like."))
        self.first.setAccessibleName(self.tr("First meeting"))
        self.every.setAccessibleName(self.tr("Weeks between meetings"))
        self.count.setAccessibleName(self.tr("Number of meetings"))
        self.minutes.setAccessibleName(self.tr("Length of each meeting"))
        self._plan = QPushButton(self.tr("Plan meetings"), objectName="planSeries")
        self._plan.clicked.connect(self._ask_plan)
        planner = QHBoxLayout()
        for text, widget in (
            (self.tr("First meeting"), self.first),
            (self.tr("every"), self.every),
            (self.tr("times"), self.count),
            (self.tr("each"), self.minutes),
        ):
            planner.addWidget(QLabel(text))
            planner.addWidget(widget)
        planner.addWidget(self._plan)
        planner.addStretch(1)

        self.table = QTableWidget(0, 5, objectName="meetingsTable")
        self.table.setAccessibleName(self.tr("Meetings of the group"))
        self.table.setAccessibleDescription(
            self.tr("One row per meeting: date, time, length, state and whether it was held.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Length"), self.tr("State"), self.tr("Held")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _: self._emit_move())

        self._move = self._button(self.tr("Move…"), "moveMeeting", self._emit_move)
        self._cancel = self._button(self.tr("Cancel meeting"), "cancelMeeting", self._emit_cancel)
        self._start = self._button(self.tr("Start this meeting…"), "startMeeting", self._emit_start)
        self._start.setStyleSheet("font-weight: 600;")
        self._adhoc = self._button(
            self.tr("Meet now (unplanned)…"),
            "startUnplanned",
            lambda: self.start_requested.emit(None),
        )
        self._export = self._button(
            self.tr("Export to calendar (.ics)…"), "exportSeries", self.export_requested.emit
        )
        buttons = QHBoxLayout()
        for button in (self._move, self._cancel):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self._export, self._adhoc, self._start):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(planner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- public ---------------------------------------------------------------------------

    def set_meetings(
        self, meetings: Sequence[Meeting], time_zone: str, next_id: int | None = None
    ) -> None:
        """Show these meetings; `next_id` (the next one due) is selected and marked."""
        keep = self.selected()
        self._meetings = list(meetings)
        self.table.setRowCount(len(meetings))
        number = 0
        for row, meeting in enumerate(meetings):
            start, end = meeting.starts(time_zone), meeting.ends(time_zone)
            if meeting.cancelled:
                state = self.tr("✕ cancelled")
            else:
                number += 1
                state = self.tr("meeting {n}").format(n=number)
                if meeting.id == next_id:
                    state += self.tr(" · next")
            held = self._held_text(meeting, time_zone)
            cells = [
                day_text(start),
                f"{time_text(start)}–{time_text(end)} {start:%Z}",
                min_text(meeting.minutes),
                state,
                held,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, meeting.id)
                if meeting.cancelled:
                    font = QFont(item.font())
                    font.setStrikeOut(column < 2)
                    font.setItalic(True)
                    item.setFont(font)
                elif meeting.id == next_id:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        kept = next((m for m in meetings if m.id == keep), None)
        target = keep if kept is not None and not kept.met else next_id
        for row, meeting in enumerate(meetings):
            if meeting.id == target:
                self.table.selectRow(row)
        self._update_buttons()

    def _held_text(self, meeting: Meeting, time_zone: str) -> str:
        progress = meeting.progress
        if progress is Progress.NONE:
            return ""
        if progress is Progress.OPENED:
            return self.tr("session opened")
        if progress is Progress.IN_PROGRESS:
            return self.tr("▶ in progress")
        when = datetime.fromtimestamp(meeting.held_wall or 0, zone(time_zone))
        return self.tr("✓ held {day}").format(day=day_text(when))

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._meetings):
            return None
        return self._meetings[rows[0].row()].id

    def set_first(self, moment: datetime) -> None:
        self.first.setDateTime(to_qdatetime(moment))

    # -- private --------------------------------------------------------------------------

    def _spin(self, name: str, lo: int, hi: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _meeting(self) -> Meeting | None:
        chosen = self.selected()
        return next((m for m in self._meetings if m.id == chosen), None)

    def _ask_plan(self) -> None:
        self.plan_requested.emit(
            from_qdatetime(self.first.dateTime()),
            self.every.value(),
            self.count.value(),
            self.minutes.value(),
        )

    def _emit_move(self) -> None:
        if (meeting := self._meeting()) is not None:
            self.move_requested.emit(meeting.id)

    def _emit_cancel(self) -> None:
        if (meeting := self._meeting()) is not None:
            self.cancel_requested.emit(meeting.id, not meeting.cancelled)

    def _emit_start(self) -> None:
        meeting = self._meeting()
        if meeting is not None and not meeting.cancelled and not meeting.met:
            self.start_requested.emit(meeting.id)

    def _update_buttons(self) -> None:
        meeting = self._meeting()
        self._move.setEnabled(meeting is not None)
        self._cancel.setEnabled(meeting is not None)
        self._cancel.setText(
            self.tr("Restore meeting")
            if meeting is not None and meeting.cancelled
            else self.tr("Cancel meeting")
        )
        self._start.setEnabled(meeting is not None and not meeting.cancelled and not meeting.met)
        self._export.setEnabled(bool(self._meetings))
