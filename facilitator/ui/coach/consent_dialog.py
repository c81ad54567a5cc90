"""The small dialog that records a consent given or withdrawn: when, how, and a note.

The day defaults to today (from the injected clock) and cannot be after it, nor before the
consent it follows (so what is recorded becomes the current state). "How" is one
of the usual ways or, with "other", the coach's own words. The dialog saves through the
`submit` it is given and stays open, with everything typed kept and the reason shown,
when the save fails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.consent import HOW_LABELS, ConsentScope, how_label

OTHER = "other"
# (day, how, note) -> saved?
Submit = Callable[[date, str, str], bool]


class ConsentDialog(QDialog):
    def __init__(self, scope: ConsentScope, given: bool, client_name: str, today: date,
                 submit: Submit, parent: QWidget | None = None, *,
                 earliest: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.scope = ConsentScope(scope)
        self.given = given
        self._submit = submit
        self.setWindowTitle(self.tr("Record consent") if given else self.tr("Withdraw consent"))

        heading = (self.tr("{client} gave consent: {scope}") if given
                   else self.tr("{client} withdrew consent: {scope}"))  # fmt: skip
        self.heading = QLabel(
            heading.format(client=f"\u2068{client_name}\u2069", scope=self.scope.label),
            objectName="consentHeading", wordWrap=True,
        )  # fmt: skip
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.day = QDateEdit(objectName="consentDate", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:
            self.day.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.how = QComboBox(objectName="consentHow")
        for code in HOW_LABELS:
            self.how.addItem(how_label(code), code)
        self.how.addItem(self.tr("other…"), OTHER)
        self.how_other = QLineEdit(objectName="consentHowOther")
        self.how_other.setPlaceholderText(self.tr("How, in your words"))
        self.note = QPlainTextEdit(objectName="consentNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.error = QLabel(objectName="consentError", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("How"), self.how)
        form.addRow("", self.how_other)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Record") if given else self.tr("Withdraw")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.how.currentIndexChanged.connect(self._how_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._how_chosen()
        self.resize(440, self.sizeHint().height())

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def chosen_how(self) -> str:
        code = self.how.currentData()
        return self.how_other.text().strip() if code == OTHER else code

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        if self.how.currentData() == OTHER and not self.how_other.text().strip():
            self.show_error(self.tr("Say how, in your words."))
            self.how_other.setFocus()
            return
        if self._submit(self.chosen_day(), self.chosen_how(), self.note.toPlainText()):
            super().accept()

    def _how_chosen(self, *_args) -> None:
        other = self.how.currentData() == OTHER
        self.how_other.setEnabled(other)
        if other:
            self.how_other.setFocus()
