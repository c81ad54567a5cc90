"""One engagement of a client: dates, kind, payment, the agreement and the six stages.

Fields save as they are typed (`Autosave`). The stage box shows the guidance of the
current stage (seed 001) and the date of every change; moving to stage 6 (withdrawing)
asks for the closing summary first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.goals import goals_summary
from facilitator.core.coaching.model import ClosingSummary, Engagement, Payment, Stage
from facilitator.store.coaching_goals import GoalStore
from facilitator.ui.coach.model import CoachLog
from facilitator.ui.common.autosave import Autosave


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ClosingDialog(QDialog):
    """Withdrawing from the helping relationship: document the journey and what follows."""

    def __init__(self, closing: ClosingSummary, parent: QWidget | None = None,
                 goals: list[str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self.setWindowTitle(self.tr("Closing summary"))
        intro = QLabel(Stage.WITHDRAWING.guidance, wordWrap=True)
        self.goals = QLabel("\n".join(goals or []), objectName="closingGoals", wordWrap=True)
        self.goals.setTextFormat(Qt.TextFormat.PlainText)
        self.goals.setVisible(bool(goals))
        form = QFormLayout()
        self.fields: dict[str, QPlainTextEdit] = {}
        labels = (("journey", self.tr("The journey")), ("learning", self.tr("The learning")),
                  ("effects", self.tr("The effects")), ("challenges", self.tr("Challenges ahead")))  # fmt: skip
        for key, label in labels:
            edit = QPlainTextEdit(getattr(closing, key), objectName=f"closing_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            form.addRow(label, edit)
            self.fields[key] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if goals:
            layout.addWidget(QLabel(self.tr("Goals and benefit indicators:")))
            layout.addWidget(self.goals)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def summary(self) -> ClosingSummary:
        return ClosingSummary(**{k: e.toPlainText() for k, e in self.fields.items()})


class EngagementPanel(QWidget):
    stage_changed = Signal()

    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engagementPanel")
        self._log = log
        self._engagement: Engagement | None = None
        self._loading = False
        self.autosave = Autosave(self._write, self)

        self.start = date_edit("engagementStart")
        self.ended = QCheckBox(self.tr("Ended on"), objectName="engagementEnded")
        self.end = date_edit("engagementEnd")
        self.end.setAccessibleName(self.tr("End date of the engagement"))
        self.payment = QComboBox(objectName="engagementPayment")
        for p in Payment:
            self.payment.addItem(p.label, p.value)
        self.group = QSpinBox(objectName="groupSize", minimum=1, maximum=500)
        self.group.setSpecialValueText(self.tr("1 (individual)"))
        self.as_client = QDoubleSpinBox(
            objectName="hoursAsClient", maximum=10_000, decimals=2, suffix=self.tr(" h")
        )
        self.as_client.setToolTip(self.tr("Reciprocal peer coaching: time you spent as the client in the exchange. "
                                          "ICF counts your coaching as paid up to this time, the rest as pro bono."))  # fmt: skip
        self.agreement = {k: QLineEdit(objectName=f"agreement_{k}")
                          for k in ("confidentiality", "boundaries", "fees", "cancellation")}  # fmt: skip
        self.sessions_agreed = QSpinBox(objectName="sessionsAgreed", maximum=1000)
        self.sessions_agreed.setSpecialValueText(self.tr("not agreed"))
        self.sessions_agreed.setAccessibleName(self.tr("Sessions agreed"))
        self.used = QLabel(objectName="sessionsUsed")

        ends = QHBoxLayout()
        ends.addWidget(self.ended)
        ends.addWidget(self.end, 1)
        agreed = QHBoxLayout()
        agreed.addWidget(self.sessions_agreed)
        agreed.addWidget(self.used, 1)
        form = QFormLayout()
        form.addRow(self.tr("Started"), self.start)
        form.addRow("", ends)
        form.addRow(self.tr("Payment"), self.payment)
        form.addRow(self.tr("Number in group"), self.group)
        form.addRow(self.tr("Time as client"), self.as_client)
        labels = {
            "confidentiality": self.tr("Confidentiality"),
            "boundaries": self.tr("Boundaries"),
            "fees": self.tr("Fees"),
            "cancellation": self.tr("Cancellation"),
        }
        for key, edit in self.agreement.items():
            form.addRow(labels[key], edit)
        form.addRow(self.tr("Sessions agreed"), agreed)

        self.stage = QComboBox(objectName="stageCombo")
        for s in Stage:
            self.stage.addItem(f"{int(s)}. {s.title}", int(s))
        self.guidance = QLabel(objectName="stageGuidance", wordWrap=True)
        self.guidance.setStyleSheet(
            "color: palette(text); background: palette(alternate-base); padding: 6px;"
        )
        self.history = QLabel(objectName="stageHistory", wordWrap=True)
        self.closing = QLabel(objectName="closingText", wordWrap=True)
        self.closing.setTextFormat(Qt.TextFormat.PlainText)  # what the coach typed
        stage_box = QGroupBox(self.tr("Stage of the helping process"))
        stage_layout = QVBoxLayout(stage_box)
        stage_layout.addWidget(self.stage)
        stage_layout.addWidget(self.guidance)
        stage_layout.addWidget(self.history)
        stage_layout.addWidget(self.closing)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(stage_box, 1)

        self.start.dateChanged.connect(lambda d: self._edited("start", pydate(d)))
        self.ended.toggled.connect(self._end_edited)
        self.end.dateChanged.connect(self._end_edited)
        self.payment.currentIndexChanged.connect(
            lambda _: self._edited("payment", self.payment.currentData())
        )
        self.group.valueChanged.connect(lambda v: self._edited("group_size", v))
        self.as_client.valueChanged.connect(
            lambda v: self._edited("seconds_as_client", round(v * 3600))
        )
        for key, edit in self.agreement.items():
            edit.textChanged.connect(lambda text, k=key: self._edited(k, text))
        self.sessions_agreed.valueChanged.connect(
            lambda v: self._edited("sessions_agreed", v or None)
        )
        self.stage.activated.connect(self._stage_chosen)
        self.autosave.watch(*self.agreement.values())

    def show_engagement(self, engagement: Engagement | None, sessions_used: int = 0) -> None:
        self.autosave.flush()
        self._engagement = engagement
        self.setEnabled(engagement is not None)
        if engagement is None:
            self._clear()  # nothing of the previous client may stay in sight
            return
        self._loading = True
        try:
            self.start.setDate(qdate(engagement.start))
            self.ended.setChecked(engagement.end is not None)
            self.end.setDate(qdate(engagement.end or self._log.today()))
            self.end.setEnabled(engagement.end is not None)
            self.payment.setCurrentIndex(self.payment.findData(engagement.payment.value))
            self.group.setValue(engagement.group_size)
            self.as_client.setValue(engagement.seconds_as_client / 3600)
            self.as_client.setEnabled(engagement.payment is Payment.RECIPROCAL)
            for key, edit in self.agreement.items():
                edit.setText(getattr(engagement.agreement, key))
            self.sessions_agreed.setValue(engagement.agreement.sessions_agreed or 0)
            self.used.setText(self.tr("used: {n}").format(n=sessions_used))
            self._show_stage(engagement)
        finally:
            self._loading = False

    def _clear(self) -> None:
        self._loading = True
        try:
            for edit in self.agreement.values():
                edit.clear()
            self.ended.setChecked(False)
            self.group.setValue(1)
            self.as_client.setValue(0)
            self.sessions_agreed.setValue(0)
            for label in (self.used, self.guidance, self.history, self.closing):
                label.clear()
        finally:
            self._loading = False

    def goals_lines(self, engagement_id: int) -> list[str]:
        goals = GoalStore(self._log.store.conn)
        return goals_summary(goals.goals(engagement_id), goals.indicators(engagement_id),
                             goals.readings(engagement_id))  # fmt: skip

    def _show_stage(self, engagement: Engagement) -> None:
        self.stage.setCurrentIndex(int(engagement.stage) - 1)
        self.guidance.setText(engagement.stage.guidance)
        changes = self._log.store.stage_history(engagement.id)
        self.history.setText(
            "\n".join(f"{c.on.isoformat()}  →  {int(c.stage)}. {c.stage.title}" for c in changes)
        )
        closing = engagement.closing
        if engagement.stage is Stage.WITHDRAWING:
            parts = ((self.tr("Journey"), closing.journey), (self.tr("Learning"), closing.learning),
                     (self.tr("Effects"), closing.effects), (self.tr("Challenges ahead"), closing.challenges))  # fmt: skip
            lines = [f"{t}: {v}" for t, v in parts if v.strip()]
            self.closing.setText("\n".join(lines + self.goals_lines(engagement.id)))
        else:
            self.closing.setText("")

    def _edited(self, name: str, value) -> None:
        if self._loading or self._engagement is None:
            return
        if name == "payment":
            self.as_client.setEnabled(value == Payment.RECIPROCAL.value)
        self.autosave.edited(name, value)

    def _end_edited(self, *_args) -> None:
        self.end.setEnabled(self.ended.isChecked())
        self._edited("end", pydate(self.end.date()) if self.ended.isChecked() else None)

    def _write(self, fields: dict) -> bool:
        if self._engagement is None:
            return True
        eid = self._engagement.id
        return self._log.saved(
            lambda: self._log.store.update_engagement(eid, now=self._log.now(), **fields)
        )

    def _stage_chosen(self, index: int) -> None:
        engagement = self._engagement
        if engagement is None:
            return
        stage = Stage(self.stage.itemData(index))
        if stage is engagement.stage:
            return
        closing = None
        if stage is Stage.WITHDRAWING:
            dialog = ClosingDialog(engagement.closing, self, goals=self.goals_lines(engagement.id))
            if not dialog.exec():
                self.stage.setCurrentIndex(int(engagement.stage) - 1)
                return
            closing = dialog.summary()
        self.autosave.flush()
        log = self._log
        log.do(
            lambda: log.store.set_stage(
                engagement.id, stage, log.today(), now=log.now(), closing=closing
            )
        )
        self._engagement = log.store.get_engagement(engagement.id)
        if self._engagement is not None:
            self._show_stage(self._engagement)
        self.stage_changed.emit()
