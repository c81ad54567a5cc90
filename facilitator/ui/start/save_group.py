""""Save as a group…" from a recent group's card: a name (prefilled), and what saving does.

The dialog only asks; saving is the `save` callable it is given (the group book), which
raises ``ValueError`` saying what is wrong. A refused name is said in words next to the
field, and what was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.elided import isolate

PROBLEM_STYLE = (
    "QLabel { border: 2px solid #b3261e; border-radius: 4px; background: #fdecea;"
    " color: #5f1410; padding: 6px 8px; }"
)
NAME_LIMIT = 60  # characters of the prefilled name; the user may type more
SHOWN_PEOPLE = 3


def suggested_name(method: str, people: Sequence[str], more: str) -> str:
    """A first name for the group: the method and the first people, cut to NAME_LIMIT."""
    names = ", ".join(" ".join(p.split()) for p in people[:SHOWN_PEOPLE])
    if len(people) > SHOWN_PEOPLE:
        names += more
    text = f"{method}: {names}"
    return text if len(text) <= NAME_LIMIT else text[: NAME_LIMIT - 1].rstrip() + "…"


class SaveGroupDialog(QDialog):
    def __init__(
        self,
        method: str,
        people: Sequence[str],
        meetings: int,
        save: Callable[[str], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveGroupDialog")
        self.setWindowTitle(self.tr("Save as a group"))
        self.group_id: int | None = None
        self._save = save
        self.name = QLineEdit(objectName="groupName")
        self.name.setText(suggested_name(method, people, self.tr(" …")))
        self.name.selectAll()
        self.name.setAccessibleName(self.tr("Group name"))
        people_label = QLabel(
            ", ".join(isolate(p) for p in people), objectName="groupPeople", wordWrap=True
        )
        people_label.setTextFormat(Qt.TextFormat.PlainText)
        about = QLabel(
            self.tr(
                "The group keeps its method, people and settings. Its %n meeting(s) so far "
                "become its memory: who held the floor, and the commitments taken.",
                "",
                meetings,
            ),
            objectName="saveGroupAbout",
            wordWrap=True,
        )
        self.problem = QLabel(objectName="saveGroupProblem", wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        layout.addWidget(QLabel(self.tr("Name of the group:")))
        layout.addWidget(self.name)
        layout.addWidget(people_label)
        layout.addWidget(about)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.name.setMinimumWidth(420)  # with the layout, the dialog is as wide as this
        self._edited()

    def accept(self) -> None:
        """Save; on a problem say what it is and keep the dialog and the name as typed."""
        try:
            self.group_id = self._save(self.name.text())
        except (ValueError, LookupError) as exc:
            self.problem.setText(self.tr("Not saved: {why}").format(why=exc))
            self.problem.show()
            self.adjustSize()
            return
        super().accept()

    def _edited(self) -> None:
        self._ok.setEnabled(bool(self.name.text().strip()))
        self.problem.hide()
