"""Private notes for the facilitator, saved as they are typed.

Each note is stamped with the round and phase it was started in and can be marked as an
action or commitment of a named participant. Text is saved as typed by `Autosave` (the
same mechanism as the coach's log): after a short pause, within a second while typing
goes on, at once when the pane loses focus or closes, and again every few seconds while
the records cannot be written.
Nothing here ever reaches the room view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
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

from facilitator.core.text import isolate
from facilitator.store.records import NoteRecord
from facilitator.store.unsaved import UnsavedNote
from facilitator.ui.common.autosave import SAVE_DELAY_MS, Autosave
from facilitator.ui.session.controller import RETRY_MS, SessionController

__all__ = ["NOTES_PAGE", "SAVE_DELAY_MS", "NotesPane"]

NOTES_PAGE = 200  # notes listed at first, and added each time earlier ones are asked for
OWNER_CHARS_MOST = 26  # the "Action for" list never asks for more room than this (names elide)


class _Editor(QPlainTextEdit):
    """The note editor. Undo and redo are the window's: each saved burst of typing is a
    step on the session's undo stack, in order with navigation and plan edits, so the
    editor lets Ctrl+Z and Ctrl+Shift+Z through to the window instead of keeping its own."""

    def __init__(self, pane: NotesPane) -> None:
        super().__init__(objectName="noteEditor")
        self._pane = pane
        self.setUndoRedoEnabled(False)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # not ours: the window's Undo and Redo take it
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self._pane.flush()
            self._pane.leave_requested.emit()  # the session keys work again
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self._pane.flush()
        super().focusOutEvent(event)


class NotesPane(QWidget):
    typed = Signal()  # there is typing not yet saved
    leave_requested = Signal()  # Escape in the editor: focus back to the window

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self._c = controller
        self._note_id: int | None = None
        self._autosave = Autosave(self._write, self, retry_ms=RETRY_MS)
        self._shown = NOTES_PAGE  # how many of the latest notes the list shows
        self._kept: list[UnsavedNote] = []  # finished with Ctrl+Enter, not yet written
        self._kept_retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._kept_retry.timeout.connect(self.flush)

        title = QLabel(self.tr("Private notes — never shown to the room"))
        title.setStyleSheet("font-weight: 600;")
        self._list = QListWidget(objectName="notesList")
        self._list.setAccessibleName(self.tr("Private notes"))
        self._list.setWordWrap(True)
        self._editor = _Editor(self)
        self._editor.setAccessibleName(self.tr("Note"))
        self._editor.setAccessibleDescription(
            self.tr("Saved as you type; Ctrl+Enter starts a new note, Escape leaves")
        )
        self._editor.setPlaceholderText(
            self.tr("Type a note; it is saved as you type. Ctrl+Enter starts a new one.")
        )
        self._editor.setTabChangesFocus(True)
        self._owner = QComboBox(objectName="actionOwner")
        # a 500-character name must not widen the window: the list shows it whole
        self._owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # ...but "nobody (a plain note)" is read whole in every language (de: "niemand
        # (einfache Notiz)" was cut at 1024 px): the combo has its row to itself
        nobody = self.tr("nobody (a plain note)")
        self._owner.setMinimumContentsLength(min(max(14, len(nobody)), OWNER_CHARS_MOST))
        self._new = QPushButton(self.tr("New note"), objectName="newNote")
        self._state = QLabel(objectName="noteSaveState", wordWrap=True)
        row = QHBoxLayout()
        owner_label = QLabel(self.tr("&Action for:"))
        owner_label.setBuddy(self._owner)
        row.addWidget(owner_label)
        row.addWidget(self._owner, 1)
        below = QHBoxLayout()  # the save state, and the button that starts the next note
        below.addWidget(self._state, 1)
        below.addWidget(self._new, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self._list, 2)
        layout.addWidget(self._editor, 1)
        layout.addLayout(row)
        layout.addLayout(below)

        self._autosave.state_changed.connect(self._state.setText)
        self._editor.textChanged.connect(self._typed)
        self._owner.currentIndexChanged.connect(self._typed)
        self._new.clicked.connect(self.start_new_note)
        QShortcut(QKeySequence("Ctrl+Return"), self._editor, self.start_new_note)
        self._list.itemActivated.connect(self._open_item)
        delete = QAction(self.tr("Delete note"), self._list, objectName="deleteNote")
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_selected)
        self._list.addAction(delete)
        self._list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        controller.note_restored.connect(self._restored)
        controller.notes_changed.connect(self._notes_changed)
        controller.save_failed.connect(self._failed)
        controller.changed.connect(self._fill_owners)
        self._fill_owners()
        self._fill_list()

    # -- public --------------------------------------------------------------------------
    @property
    def editor(self) -> QPlainTextEdit:
        return self._editor

    @property
    def dirty(self) -> bool:
        """True while typed text waits to be saved."""
        return self._autosave.pending

    def flush(self) -> None:
        """Write what is typed now (on focus out, before moving on, on close); notes kept
        by Ctrl+Enter while writing failed go first, in the order they were typed."""
        if self._write_kept():
            self._autosave.flush()

    def forget_unsaved(self) -> None:
        """The window closes and the user chose to lose what is not written: stop trying."""
        self._autosave.discard()
        self._kept.clear()
        self._kept_retry.stop()

    def unsaved_notes(self) -> list[UnsavedNote]:
        """Every note typed but not yet written: those kept by Ctrl+Enter, then the one in
        the editor (each stamped with where in the session it was typed)."""
        notes = list(self._kept)
        if self.dirty:
            text, owner = self._editor.toPlainText(), self._owner.currentData()
            notes.append(self._c.live.unsaved_note(self._note_id, text, owner))
        return notes

    def _write_kept(self) -> bool:
        """Write the kept notes in order; True when none is left."""
        while self._kept:
            if not self._c.save_kept_note(self._kept[0]):
                self._kept_retry.start()
                return False
            self._kept.pop(0)
        self._kept_retry.stop()
        self._state.setText(self.tr("Saved"))
        return True

    def _write(self, fields: dict[str, Any]) -> bool:
        text, owner = fields["note"]
        if self._note_id is None and not text.strip():
            return True  # nothing worth a note yet
        saved = self._c.save_note(self._note_id, text, owner)
        if saved is None:
            return False  # kept; Autosave tries again
        self._note_id = saved
        return True

    def start_new_note(self) -> None:
        self.flush()
        if self.dirty:  # it could not be written: keep it aside, in order, and go on
            self._kept.extend(self.unsaved_notes()[len(self._kept):])
            self._autosave.discard()
            self._kept_retry.start()
            kept = len(self._kept)
            self._state.setText(
                self.tr("Not saved yet: %n note(s) kept, tried again every few seconds", "", kept)
            )
        self._note_id = None
        self._editor.blockSignals(True)
        self._editor.clear()
        self._editor.blockSignals(False)
        self._owner.blockSignals(True)
        self._owner.setCurrentIndex(0)
        self._owner.blockSignals(False)
        if not self._kept:
            self._state.setText("")
        self._editor.setFocus()

    # -- private -------------------------------------------------------------------------
    def _typed(self) -> None:
        self._autosave.edited("note", (self._editor.toPlainText(), self._owner.currentData()))
        self.typed.emit()

    def _failed(self, message: str) -> None:
        if self.dirty:  # the window's banner says why at length
            self._state.setText(self.tr("Not saved yet: kept here, tried again every few seconds"))
        self._state.setToolTip(message)

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

    def _notes_changed(self, note: object = None) -> None:
        """One note saved: change its line only; anything else: read the list again."""
        if not isinstance(note, NoteRecord):
            self._fill_list()
            return
        text = self._describe(note, self._c.runner.timeline)
        for row in range(self._list.count() - 1, -1, -1):
            item = self._list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note.id:
                if item.text() != text:
                    item.setText(text)
                return
        self._add_item(note, text)
        self._shown += 1  # a refill keeps showing it
        self._list.scrollToBottom()

    def _fill_list(self) -> None:
        """The last notes only (a session may hold hundreds of thousands); a first line
        offers the earlier ones, a page at a time."""
        self._list.clear()
        timeline = self._c.runner.timeline
        notes, total = self._c.recent_notes(self._shown)
        if total > len(notes):
            earlier = total - len(notes)
            more = QListWidgetItem(
                self.tr("… %n earlier note(s): double-click or press Enter to show more", "", earlier)
            )
            more.setData(Qt.ItemDataRole.UserRole, None)
            more.setForeground(Qt.GlobalColor.darkGray)
            self._list.addItem(more)
        for note in notes:
            self._add_item(note, self._describe(note, timeline))
        self._list.scrollToBottom()

    def _show_earlier(self) -> None:
        self._shown += NOTES_PAGE
        self._fill_list()
        self._list.scrollToTop()

    def _add_item(self, note: NoteRecord, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        self._list.addItem(item)

    def _describe(self, note: NoteRecord, timeline) -> str:
        where = self.tr("before the start")
        if note.phase_index is not None and 0 <= note.phase_index < len(timeline):
            where = timeline[note.phase_index].name
            if note.round_index is not None:
                where = self.tr("Round {n} · {phase}").format(n=note.round_index + 1, phase=where)
        owner = (
            self.tr("  ➜ action: {who}").format(who=isolate(note.action_owner)) if note.action_owner else ""
        )
        return f"[{where}] {note.text.strip()}{owner}"

    def _delete_selected(self) -> None:
        item = self._list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self.flush()
        self._c.delete_note(item.data(Qt.ItemDataRole.UserRole))

    def _restored(self, old_id: int | None, new_id: int | None) -> None:
        """An undo or redo changed a note: show it as it is now."""
        if new_id is not None:
            self._show_note(new_id)
        elif old_id == self._note_id:
            self._note_id = None
            self._editor.blockSignals(True)
            self._editor.clear()
            self._editor.blockSignals(False)
            self._autosave.discard()

    def _open_item(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is None:
            self._show_earlier()
            return
        self.flush()
        self._show_note(item.data(Qt.ItemDataRole.UserRole))
        self._editor.setFocus()

    def _show_note(self, note_id: int) -> None:
        note = self._c.note(note_id)
        if note is None:
            return
        same = note.id == self._note_id
        old = self._editor.toPlainText()
        self._note_id = note.id
        if old != note.text or not same:
            self._editor.blockSignals(True)
            self._editor.setPlainText(note.text)
            # the same note changed by undo or redo: the cursor goes where the change was;
            # another note: the cursor at its end, ready to add to it
            cursor = self._editor.textCursor()
            cursor.setPosition(_changed_at(old, note.text) if same else len(note.text))
            self._editor.setTextCursor(cursor)
            self._editor.blockSignals(False)
        self._owner.blockSignals(True)
        self._owner.setCurrentIndex(max(0, self._owner.findData(note.action_owner)))
        self._owner.blockSignals(False)
        self._autosave.discard()


def _changed_at(old: str, new: str) -> int:
    """Where in `new` an edit that turned `old` into `new` ends: the end of what differs."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return len(new) - suffix
