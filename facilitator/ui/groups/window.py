"""The Groups window: a group's members and method, its planned meetings, and its memory.

Left, the groups; right, the chosen group's details (saved with "Save group"; nothing
typed is dropped when a save is refused, and the problem is said in words), who has had
the floor so far with the order suggested for the next meeting, and the series of
meetings. Every change goes through a ``GroupBook``; "Start this meeting" is passed on as
an intent for the application to open the new-session screen.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.groups.series import first_of_next_series, local_zone_name, next_meeting
from facilitator.core.text import isolate
from facilitator.core.timefmt import minutes_text
from facilitator.services.group_book import GroupBook
from facilitator.ui.common.elided import plain_tooltip
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.groups.form import GroupFormWidget
from facilitator.ui.groups.meetings_panel import (
    MeetingsPanel,
    from_qdatetime,
    to_qdatetime,
    wall_time_edit,
)

PROBLEM_STYLE = (
    "QLabel { border: 2px solid #b3261e; border-radius: 4px; background: #fdecea;"
    " color: #5f1410; padding: 6px 8px; }"
)
ID_ROLE = Qt.ItemDataRole.UserRole


class GroupsWindow(QWidget):
    start_meeting_requested = Signal(int, object)  # group id, meeting id (None: unplanned)
    charts_requested = Signal(int)  # group id

    def __init__(self, book: GroupBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsWindow")
        self.setWindowTitle(self.tr("Groups and series — Facilitator"))
        self.setStyleSheet("QGroupBox { font-weight: 600; }")
        self.book = book
        self._group_id: int | None = None
        self._dirty = False

        self._list = QListWidget(objectName="groupList")
        self._list.setAccessibleName(self.tr("Groups"))
        self._list.currentItemChanged.connect(self._chosen)
        new = QPushButton(self.tr("New group"), objectName="newGroup")
        new.clicked.connect(self.new_group)
        self._delete = QPushButton(self.tr("Delete group…"), objectName="deleteGroup")
        self._delete.clicked.connect(self._delete_group)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Groups")))
        left.addWidget(self._list, 1)
        left.addWidget(new)
        left.addWidget(self._delete)

        self.form = GroupFormWidget(book.catalog, local_zone_name())
        self.form.edited.connect(self._edited)
        self._save = QPushButton(self.tr("Save group"), objectName="saveGroup")
        self._save.clicked.connect(self.save)
        self._state = QLabel(objectName="groupSaveState")
        self.problem = QLabel(objectName="groupProblem", wordWrap=True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        details = QGroupBox(self.tr("Group"))
        column = QVBoxLayout(details)
        column.addWidget(self.form)
        column.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self._state, 1)
        row.addWidget(self._save)
        column.addLayout(row)

        self.floor = QTableWidget(0, 4, objectName="floorTable")
        self.floor.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Rounds held"), self.tr("Time held"), self.tr("Airtime")]
        )
        self.floor.verticalHeader().hide()
        self.floor.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.floor.horizontalHeader().setStretchLastSection(True)
        self.suggestion = QLabel(objectName="nextSuggestion", wordWrap=True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        charts = QPushButton(self.tr("Charts across meetings…"), objectName="seriesCharts")
        charts.clicked.connect(self._charts)
        memory = QGroupBox(self.tr("Across the meetings held"))
        column = QVBoxLayout(memory)
        column.addWidget(self.floor, 1)
        column.addWidget(self.suggestion)
        column.addWidget(charts, 0, Qt.AlignmentFlag.AlignRight)

        self.meetings = MeetingsPanel()
        self.meetings.plan_requested.connect(self._plan)
        self.meetings.move_requested.connect(self._move)
        self.meetings.cancel_requested.connect(self._cancel)
        self.meetings.start_requested.connect(self._start)
        self.meetings.export_requested.connect(self._export)
        series = QGroupBox(self.tr("Meetings"))
        QVBoxLayout(series).addWidget(self.meetings)

        top = QHBoxLayout()
        top.addWidget(details, 3)
        top.addWidget(memory, 2)
        self._right = QWidget()
        right = QVBoxLayout(self._right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(series, 1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addWidget(self._right, 5)
        fit_to_screen(self, 1280, 800)
        add_close_keys(self, escape=False)  # Ctrl+W (it asks if a change is not saved)
        self.refresh()

    # -- public ---------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the groups again (after a session was opened, for instance)."""
        target = select if select is not None else self._group_id
        self._list.blockSignals(True)
        self._list.clear()
        for group in self.book.groups():
            item = QListWidgetItem(group.name)
            item.setData(ID_ROLE, group.id)
            item.setToolTip(plain_tooltip(self.book.format_title(group)))
            self._list.addItem(item)
        self._list.blockSignals(False)
        row = next(
            (i for i in range(self._list.count()) if self._list.item(i).data(ID_ROLE) == target),
            0 if self._list.count() else -1,
        )
        if row >= 0:
            self._list.setCurrentRow(row)
            self._show(self._list.item(row).data(ID_ROLE))
        else:
            self.new_group()

    def meeting_changed(self, session_id: int) -> None:
        """A session was opened, started, paused, ended or closed: show the meetings and the
        memory as they are now. The form is left alone, so nothing typed there is lost."""
        if self._group_id is None:
            return
        if self.book.store.group_of_session(session_id) != self._group_id:
            return
        self._fill_meetings()
        self._fill_memory()

    def select_group(self, group_id: int) -> None:
        self.refresh(select=group_id)

    def new_group(self) -> None:
        if not self._leave_current():
            return
        self._group_id = None
        self._list.clearSelection()
        self.form.set_group(None)
        self.form.name.setFocus()
        self._set_dirty(False)
        self._show_problem("")
        self._fill_memory()
        self.meetings.set_meetings([], "UTC")
        self.meetings.setEnabled(False)
        self._delete.setEnabled(False)
        self._state.setText(self.tr("A new group: fill in its name and members, then save."))

    def save(self) -> bool:
        """Save what the form holds; on a problem say what it is and keep every character."""
        try:
            gid = self.book.save(self.form.value(), self._group_id)
        except (ValueError, LookupError) as exc:
            self._show_problem(str(exc))
            return False
        self._show_problem("")
        self._set_dirty(False)
        self.refresh(select=gid)
        self._state.setText(self.tr("Saved."))
        return True

    # -- showing ----------------------------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self._leave_current():
            self._list.blockSignals(True)
            self._list.setCurrentItem(previous)
            self._list.blockSignals(False)
            return
        self._show(item.data(ID_ROLE))

    def _show(self, group_id: int) -> None:
        group = self.book.group(group_id)
        self._group_id = group_id
        self.form.set_group(group)
        self._set_dirty(False)
        self._show_problem("")
        self._state.setText("")
        self._delete.setEnabled(True)
        self.meetings.setEnabled(True)
        self._fill_meetings()
        self._fill_memory()

    def _fill_meetings(self) -> None:
        if self._group_id is None:
            return
        group = self.book.group(self._group_id)
        meetings = self.book.meetings(group.id)
        due = next_meeting(meetings, group.time_zone, self.book.clock.wall())
        self.meetings.set_meetings(meetings, group.time_zone, due.id if due else None)
        with suppress(ValueError):  # a group that cannot meet as it stands keeps the old length
            self.meetings.minutes.setValue(int(self.book.planned_minutes(group)))
        self.meetings.set_first(
            first_of_next_series(meetings, self.book.clock.wall(), self.meetings.every.value())
        )

    def _fill_memory(self) -> None:
        self.floor.setRowCount(0)
        if self._group_id is None:
            self.suggestion.setText(self.tr("Save the group to see its memory here."))
            return
        group = self.book.group(self._group_id)
        history = self.book.history(group.id)
        talk: dict[str, float] = {}
        for meeting in history:
            for person, seconds in meeting.airtime.items():
                talk[person] = talk.get(person, 0.0) + seconds
        totals = self.book.floor(group, history)
        self.floor.setRowCount(len(totals))
        for row, total in enumerate(totals):
            cells = [
                total.person,
                str(total.rounds),
                minutes_text(total.seconds) if total.seconds else "—",
                minutes_text(talk.get(total.person, 0.0)) if talk.get(total.person) else "—",
            ]
            for column, text in enumerate(cells):
                self.floor.setItem(row, column, QTableWidgetItem(text))
        self.floor.resizeColumnsToContents()
        try:
            hint = self.book.suggestion(group, history)
        except ValueError as exc:
            self.suggestion.setText(str(exc))
            return
        fmt = self.book.format(group.format_id)
        held = self.tr("%n meeting(s) held.", "", len(history))
        order = self.tr("Next, give the floor first to: {names}.").format(
            names=", ".join(isolate(n) for n in hint.order) or "—"
        )
        turns = [
            self.tr("{role}'s turn: {who}.").format(role=isolate(fmt.role(rid).name), who=isolate(who))
            for rid, who in hint.rota.items()
        ]
        self.suggestion.setText("\n".join([held, order, *turns]))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("⚠ Not saved: {text}").format(text=text) if text else "")
        self.problem.setVisible(bool(text))

    def _edited(self) -> None:
        self._set_dirty(True)
        self._state.setText(self.tr("Unsaved changes — press “Save group”."))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._save.setEnabled(dirty or self._group_id is None)

    def _leave_current(self) -> bool:
        """Save unsaved edits before showing something else; False keeps the user here."""
        if not self._dirty:
            return True
        if self.save():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved group"),
            self.tr("The group could not be saved:\n{why}\n\nDiscard your changes?").format(
                why=self.problem.text()
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            return True
        return False

    # -- meetings -----------------------------------------------------------------------------

    def _plan(self, first, weeks: int, count: int, minutes: int) -> None:
        if self._group_id is None or not self._leave_current():
            return
        try:
            self.book.plan_series(self._group_id, first, weeks, count, minutes)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Plan meetings"), str(exc))
            return
        self._fill_meetings()

    def _move(self, meeting_id: int) -> None:
        meeting = self.book.store.get_meeting(meeting_id)
        if meeting is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Move meeting"))
        edit = wall_time_edit("moveWhen")
        edit.setDateTime(to_qdatetime(meeting.starts_local))
        length = QSpinBox(objectName="moveMinutes")
        length.setRange(1, 24 * 60)
        length.setValue(int(meeting.minutes))
        length.setSuffix(self.tr(" min"))
        form = QFormLayout(dialog)
        form.addRow(self.tr("Starts:"), edit)
        form.addRow(self.tr("Length:"), length)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec():
            try:
                self.book.move(meeting_id, from_qdatetime(edit.dateTime()), length.value())
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Move meeting"), str(exc))
            self._fill_meetings()

    def _cancel(self, meeting_id: int, cancelled: bool) -> None:
        self.book.set_cancelled(meeting_id, cancelled)
        self._fill_meetings()

    def _start(self, meeting_id: int | None) -> None:
        if self._group_id is not None and self._leave_current():
            self.start_meeting_requested.emit(self._group_id, meeting_id)

    def _export(self) -> None:
        if self._group_id is None:
            return
        group = self.book.group(self._group_id)
        name = "".join(c if c.isalnum() or c in "-_ " else "_" for c in group.name).strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export meetings"),
            str(Path.home() / f"{name or 'meetings'}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        try:
            count = self.book.export(group.id, Path(path))
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export meetings"), str(exc))
            return
        self._state.setText(self.tr("%n meeting(s) written to {path}.", "", count).format(path=path))

    def _charts(self) -> None:
        if self._group_id is not None:
            self.charts_requested.emit(self._group_id)

    def _delete_group(self) -> None:
        if self._group_id is None:
            return
        group = self.book.group(self._group_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr(
                "Delete {name} and its planned meetings? Its sessions and notes are kept."
            ).format(name=isolate(group.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.book.delete(group.id)
            self._group_id = None
            self._set_dirty(False)
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leave_current():
            super().closeEvent(event)
        else:
            event.ignore()
