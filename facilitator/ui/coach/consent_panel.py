"""The consent section of a client's page: each consent's current state, dated, the
buttons to record or withdraw it, and every change so far.

Recording goes through `CoachLog.do`, so a failure is said (in the dialog, which stays
open with what was typed) and a success tells the other views (the ICF log follows).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.consent import (
    ConsentScope,
    ConsentState,
    ConsentStatus,
    describe,
    describe_status,
)
from facilitator.store.coaching_consents import client_statuses, consents, record_consent
from facilitator.ui.coach.consent_dialog import ConsentDialog
from facilitator.ui.coach.model import CoachLog
from facilitator.ui.common.elided import ElidedLabel, plain_tooltip

HISTORY_LINES = 5  # shown before the history scrolls


class ConsentPanel(QGroupBox):
    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent"), parent)
        self.setObjectName("consentPanel")
        self._log = log
        self.client_id: int | None = None
        self.client_name = ""
        self.status: dict[ConsentScope, ElidedLabel] = {}  # the current state, one line
        self.hints: dict[ConsentScope, ElidedLabel] = {}  # what it means, when it matters
        self.record_buttons: dict[ConsentScope, QPushButton] = {}
        self.withdraw_buttons: dict[ConsentScope, QPushButton] = {}
        self._statuses: dict[ConsentScope, ConsentStatus] = {}

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, scope in enumerate(ConsentScope):
            title = QLabel(scope.label + ":")
            status = ElidedLabel(objectName=f"consentStatus_{scope.value}")
            hint = ElidedLabel(objectName=f"consentHint_{scope.value}")
            record = QPushButton(self.tr("Record consent…"), objectName=f"consentRecord_{scope.value}")
            withdraw = QPushButton(self.tr("Withdraw…"), objectName=f"consentWithdraw_{scope.value}")
            record.setAccessibleName(f"{record.text()} {scope.label}")
            withdraw.setAccessibleName(f"{withdraw.text()} {scope.label}")
            record.clicked.connect(lambda _=False, s=scope: self._open(s, True))
            withdraw.clicked.connect(lambda _=False, s=scope: self._open(s, False))
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(status)
            text.addWidget(hint)
            pad = max(0, (record.sizeHint().height() - title.sizeHint().height()) // 2)
            for label in (title, status):  # the first line level with the buttons' text
                label.setContentsMargins(0, pad, 0, 0)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(text, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(record, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(withdraw, row, 3, Qt.AlignmentFlag.AlignTop)
            self.status[scope] = status
            self.hints[scope] = hint
            self.record_buttons[scope] = record
            self.withdraw_buttons[scope] = withdraw

        self.history = QListWidget(objectName="consentHistory")
        self.history.setWordWrap(True)
        self.history.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.history.setAccessibleName(self.tr("Consent history"))
        self.empty = QLabel(self.tr("No dated consent recorded yet."), objectName="consentEmpty")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.history)
        layout.addWidget(self.empty)
        self.show_client(None)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None, name: str = "") -> None:
        self.client_id = client_id
        self.client_name = name
        self.refresh()

    def set_client_name(self, name: str) -> None:
        self.client_name = name

    def refresh(self) -> None:
        cid = self.client_id
        conn = self._log.conn
        self._statuses = {} if cid is None else {s.scope: s for s in client_statuses(conn, cid)}
        for scope in ConsentScope:
            status = self._statuses.get(scope)
            self.status[scope].setText("" if status is None else describe_status(status))
            hint = "" if status is None else self._hint(status)
            self.hints[scope].setText(hint)
            self.hints[scope].setVisible(bool(hint))
            self.withdraw_buttons[scope].setEnabled(status is not None and status.given)
        self.history.clear()
        history = [] if cid is None else consents(conn, cid)
        for c in reversed(history):  # newest first
            note = " ".join(c.note.split())
            text = f"{c.scope.label}: {describe(c)}" + (f" — {note}" if note else "")
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(c.note))
            self.history.addItem(item)
        self.history.setVisible(bool(history))
        self._fit()
        self.empty.setVisible(cid is not None and not history)

    def dialog(self, scope: ConsentScope, given: bool) -> ConsentDialog:
        """The dialog for recording (`given`) or withdrawing a consent, not yet shown."""
        scope = ConsentScope(scope)
        current = self._statuses.get(scope)
        dialog = ConsentDialog(
            scope, given, self.client_name, self._log.today(),
            lambda day, how, note: self.record(scope, given, day, how, note), self,
            earliest=current.latest.on if current and current.latest else None,
        )  # fmt: skip
        failed = self._log.save_failed
        failed.connect(dialog.show_error)  # said in the dialog, which stays open
        dialog.finished.connect(lambda _r: failed.disconnect(dialog.show_error))
        return dialog

    def record(self, scope: ConsentScope, given: bool, day: date, how: str, note: str) -> bool:
        cid = self.client_id
        if cid is None:
            return False
        log = self._log
        saved = log.saved(
            lambda: record_consent(log.conn, cid, scope, given, day, how=how, note=note,
                                   now=log.now()),
            notify=True,
        )  # fmt: skip
        if saved:  # CoachLog.changed has told the other views (the ICF log follows)
            self.refresh()
        return saved

    # -- private ---------------------------------------------------------------------------
    def _hint(self, status: ConsentStatus) -> str:
        if status.scope is ConsentScope.ICF_LOG and not status.given:
            return self.tr("Left off the ICF log.")
        if status.scope is ConsentScope.RECORDS and status.state is ConsentState.WITHDRAWN:
            return self.tr("Their records may need erasing: Erase client…")
        return ""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The history as tall as its lines, up to HISTORY_LINES; then it scrolls."""
        rows = sum(self.history.sizeHintForRow(i) for i in range(self.history.count()))
        most = HISTORY_LINES * self.history.fontMetrics().lineSpacing()
        self.history.setFixedHeight(min(max(rows, 1), most) + 2 * self.history.frameWidth() + 4)

    def _open(self, scope: ConsentScope, given: bool) -> None:
        dialog = self.dialog(scope, given)
        dialog.exec()
        dialog.deleteLater()
