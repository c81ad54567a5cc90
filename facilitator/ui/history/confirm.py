"""The History's questions before a session is marked finished, binned or erased.

A message box shows its text as plain text (a title such as `<img src=x>` stays text), with
the action named on its button. `ask` is the one place the window asks, so tests answer it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def box(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = False
) -> tuple[QMessageBox, QPushButton]:
    """The question and its action button (Cancel is the other; the default when the
    action cannot be undone)."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    found = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    found.setTextFormat(Qt.TextFormat.PlainText)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    button = found.addButton(action, role)
    button.setObjectName("confirmAction")
    if destructive:
        found.setDefaultButton(QMessageBox.StandardButton.Cancel)
    else:
        found.setDefaultButton(button)
    return found, button


def ask(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = False
) -> bool:
    """True if the user chose the action."""
    question, button = box(parent, title, text, action, destructive=destructive)
    question.exec()
    return question.clickedButton() is button
