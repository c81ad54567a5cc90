"""Private notes for the facilitator, saved as they are typed.

Each note is stamped with the round and phase it was started in and can be marked as an
action or commitment of a named participant. Text is written to the records at most
``SAVE_DELAY_MS`` after typing stops, and at once when the pane loses focus or closes.
Nothing here ever reaches the room view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.records import NoteRecord
from facilitator.ui.session_controller import SessionController

SAVE_DELAY_MS = 600
RETRY_MS = 5000


class _Editor(QPlainTextEdit):
    def __init__(self, pane: NotesPane) -> None:
        super().__init__(objectName="noteEditor")
        self._pane = pane

    def focusOutEvent(self, event) -> None:
        self._pane.flush()
        super().focusOutEvent(event)


class NotesPane(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self._c = controller
        self._note_id: int | None = None
        self._dirty = False

        title = QLabel(self.tr("Private notes — never shown to the room"))
        title.setStyleSheet("font-weight: 600;")
        self._list = QListWidget(objectName="notesList")
        self._list.setWordWrap(True)
        self._editor = _Editor(self)
        self._editor.setPlaceholderText(
            self.tr("Type a note; it is saved as you type. Ctrl+Enter starts a new one.")
        )
        self._editor.setTabChangesFocus(True)
        self._owner = QComboBox(objectName="actionOwner")
        self._new = QPushButton(self.tr("New note"), objectName="newNote")
        self._state = QLabel(objectName="noteSaveState")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Action for:")))
        row.addWidget(self._owner, 1)
        row.addWidget(self._new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self._list, 2)
        layout.addWidget(self._editor, 1)
        layout.addLayout(row)
        layout.addWidget(self._state)

        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)
        self._editor.textChanged.connect(self._typed)
        self._owner.currentIndexChanged.connect(self._typed)
        self._new.clicked.connect(self.start_new_note)
        QShortcut(QKeySequence("Ctrl+Return"), self._editor, self.start_new_note)
        self._list.itemActivated.connect(self._open_item)
        controller.notes_changed.connect(self._fill_list)
        controller.save_failed.connect(self._failed)
        controller.changed.connect(self._fill_owners)
        self._fill_owners()
        self._fill_list()

    # -- public --------------------------------------------------------------------------
    @property
    def editor(self) -> QPlainTextEdit:
        return self._editor

    def flush(self) -> None:
        """Write what is typed now (called by the timer, on focus out and on close)."""
        self._timer.stop()
        if not self._dirty:
            return
        text = self._editor.toPlainText()
        if self._note_id is None and not text.strip():
            self._dirty = False
            return
        saved = self._c.save_note(self._note_id, text, self._owner.currentData())
        if saved is None:
            self._timer.start(RETRY_MS)
            return
        self._note_id = saved
        self._dirty = False
        self._state.setText(self.tr("Saved"))

    def start_new_note(self) -> None:
        self.flush()
        if self._dirty:
            return  # the current text could not be saved; keep it in the editor
        self._note_id = None
        self._editor.blockSignals(True)
        self._editor.clear()
        self._editor.blockSignals(False)
        self._owner.blockSignals(True)
        self._owner.setCurrentIndex(0)
        self._owner.blockSignals(False)
        self._state.setText("")
        self._editor.setFocus()

    # -- private -------------------------------------------------------------------------
    def _typed(self) -> None:
        self._dirty = True
        self._state.setText(self.tr("Saving…"))
        self._timer.start(SAVE_DELAY_MS)

    def _failed(self, message: str) -> None:
        self._state.setText(message)

    def _fill_owners(self) -> None:
        people = self._c.live.plan.present
        current = self._owner.currentData()
        if [self._owner.itemData(i) for i in range(1, self._owner.count())] == list(people):
            return
        self._owner.blockSignals(True)
        self._owner.clear()
        self._owner.addItem(self.tr("nobody (a plain note)"), None)
        for person in people:
            self._owner.addItem(person, person)
        index = self._owner.findData(current)
        self._owner.setCurrentIndex(max(0, index))
        self._owner.blockSignals(False)

    def _fill_list(self) -> None:
        self._list.clear()
        timeline = self._c.runner.timeline
        for note in self._c.notes():
            item = QListWidgetItem(self._describe(note, timeline))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self._list.addItem(item)
        self._list.scrollToBottom()

    def _describe(self, note: NoteRecord, timeline) -> str:
        where = self.tr("before the start")
        if note.phase_index is not None and 0 <= note.phase_index < len(timeline):
            where = timeline[note.phase_index].name
            if note.round_index is not None:
                where = self.tr("Round {n} · {phase}").format(n=note.round_index + 1, phase=where)
        owner = (
            self.tr("  ➜ action: {who}").format(who=note.action_owner) if note.action_owner else ""
        )
        return f"[{where}] {note.text.strip()}{owner}"

    def _open_item(self, item: QListWidgetItem) -> None:
        self.flush()
        note_id = item.data(Qt.ItemDataRole.UserRole)
        note = next((n for n in self._c.notes() if n.id == note_id), None)
        if note is None:
            return
        self._note_id = note.id
        self._editor.blockSignals(True)
        self._editor.setPlainText(note.text)
        self._editor.blockSignals(False)
        self._owner.blockSignals(True)
        self._owner.setCurrentIndex(max(0, self._owner.findData(note.action_owner)))
        self._owner.blockSignals(False)
        self._dirty = False
        self._editor.setFocus()
