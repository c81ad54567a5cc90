"""The shortcuts sheet (F1 or ?): every key of the facilitation window, read from the
actions themselves so that it can never disagree with them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a key, in the order given."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), "  ·  ".join(keys)))
    return rows


class ShortcutsSheet(QDialog):
    """Every key of the session window; those in `in_room` are marked as working from the
    room view too."""

    def __init__(
        self,
        actions: Sequence[QAction],
        parent: QWidget | None = None,
        in_room: Sequence[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "The keys of the session window. Those marked in the last column work from "
                "the room view too (a presentation clicker sends Page Down and Page Up)."
            ),
            wordWrap=True,
        )
        table = QTableWidget(0, 3, self, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("Room view")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        room = {id(action) for action in in_room}
        for action in actions:
            for what, keys in shortcut_rows([action]):
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, 0, QTableWidgetItem(what))
                table.setItem(row, 1, QTableWidgetItem(keys))
                there = self.tr("also there") if id(action) in room else ""
                table.setItem(row, 2, QTableWidgetItem(there))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(600, 560)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
