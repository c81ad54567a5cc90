"""One coaching session: date, duration (typed or measured by the coaching timer), the
client's desired takeaway, notes, the coach's private reflection, the fee, and actions.

The client's open actions from earlier sessions are listed first, to be marked done or not
done. The engagement's benefit indicators can be given a value for this session. A paid
engagement with an earlier fee not marked paid shows a warning (seed 004). Text saves as it is typed. Optional talk time: C = coach talking, L = client
talking (press again to stop), shown against the 20–30 % coach-share band.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.goals import IndicatorKind, number_text
from facilitator.core.coaching.model import (
    ActionStatus,
    coach_share,
    share_verdict,
    unpaid_before,
)
from facilitator.core.coaching.session_import import parse_number
from facilitator.core.coaching.talk_time import CLIENT, COACH, TalkTimer
from facilitator.core.text import isolate
from facilitator.core.timefmt import countdown_text as clock_text
from facilitator.store.coaching_goals import GoalStore
from facilitator.ui.coach.engagement import date_edit, pydate, qdate
from facilitator.ui.coach.model import CoachLog
from facilitator.ui.common.autosave import Autosave

_MARKS = {ActionStatus.OPEN: "☐", ActionStatus.DONE: "☑ done", ActionStatus.NOT_DONE: "☒ not done"}


class SessionEditor(QDialog):
    closed = Signal()

    def __init__(self, log: CoachLog, session_id: int, *,
                 start_timer: Callable[[int], Any] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self._log = log
        self._id = session_id
        self._start_timer = start_timer
        self._live: Any = None
        session = log.store.get_session(session_id)
        if session is None:
            raise LookupError(f"no coaching session {session_id}")
        client = log.store.get_client(log.store.get_engagement(session.engagement_id).client_id)
        self.setWindowTitle(self.tr("Session with {name} — private").format(name=isolate(client.name)))
        self.autosave = Autosave(self._write, self)
        self._talk = TalkTimer(
            log.clock, session.coach_talk_seconds or 0, session.client_talk_seconds or 0
        )

        self.date = date_edit("sessionDate")
        self.date.setDate(qdate(session.held_on))
        self.minutes = QSpinBox(objectName="sessionMinutes", maximum=24 * 60, suffix=self.tr(" min"))
        self.minutes.setValue(round(session.seconds / 60))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self._exact_seconds = session.seconds
        self.timer_button = QPushButton(self.tr("Run the coaching timer"), objectName="runTimer")
        self.timer_button.setEnabled(start_timer is not None)
        self.measured = QLabel(objectName="measuredTime")
        self.use_measured = QPushButton(self.tr("Use measured time"), objectName="useMeasured")
        self.use_measured.setEnabled(False)
        self.fee_paid = QCheckBox(
            self.tr("Fee paid"), objectName="feePaid", checked=session.fee_paid
        )
        self.takeaway = QLineEdit(session.takeaway, objectName="takeaway")
        self.takeaway.setPlaceholderText(self.tr("What the client wants to take away today"))
        self.notes = QPlainTextEdit(session.notes, objectName="sessionNotes")
        self.reflection = QPlainTextEdit(session.reflection, objectName="reflection")
        self.reflection.setPlaceholderText(
            self.tr("Private: how I coached, what I noticed in myself")
        )
        for edit in (self.notes, self.reflection):
            edit.setTabChangesFocus(True)
        self.state = QLabel(objectName="saveState")

        self.review = QListWidget(objectName="reviewList")
        self.done_button = QPushButton(self.tr("Done"), objectName="markDone")
        self.not_done_button = QPushButton(self.tr("Not done"), objectName="markNotDone")
        self.actions = QListWidget(objectName="actionList")
        self.action_text = QLineEdit(objectName="actionText")
        self.action_text.setPlaceholderText(self.tr("An action or powerful request"))
        self.has_due = QCheckBox(self.tr("due"), objectName="actionHasDue", checked=True)
        self.action_due = date_edit("actionDue")
        self.action_due.setDate(qdate(session.held_on).addDays(7))
        self.add_action = QPushButton(self.tr("Add"), objectName="addAction")

        self.coach_key = QPushButton(
            self.tr("Coach talking (C)"), objectName="coachTalk", checkable=True
        )
        self.client_key = QPushButton(
            self.tr("Client talking (L)"), objectName="clientTalk", checkable=True
        )
        self.share = QLabel(objectName="coachShare")
        self.fee_warning = QLabel(objectName="feeWarning", wordWrap=True)
        self.fee_warning.setStyleSheet(
            "background: #FFF3CD; color: #000000; border: 1px solid #8A6D3B; padding: 6px;"
        )
        self._goals = GoalStore(log.store.conn)
        self.indicator_box = QGroupBox(self.tr("Benefit indicators in this session"))
        self.indicator_edits: dict[int, QLineEdit] = {}
        self.indicator_form = QFormLayout(self.indicator_box)
        self._fill_indicators(session.engagement_id)

        self._build()
        self._connect()
        self._fill_actions()
        self._show_share()
        self._show_fee_warning()
        log.changed.connect(self._show_fee_warning)
        self._ticker = QTimer(self, interval=500)
        self._ticker.timeout.connect(self._tick)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.minutes)
        when.addWidget(self.timer_button)
        when.addWidget(self.measured)
        when.addWidget(self.use_measured)
        when.addStretch(1)
        when.addWidget(self.fee_paid)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Duration"), when)
        form.addRow(self.tr("Desired takeaway"), self.takeaway)

        review_box = QGroupBox(self.tr("Actions from earlier sessions"))
        review_buttons = QHBoxLayout()
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.done_button)
        review_buttons.addWidget(self.not_done_button)
        rl = QVBoxLayout(review_box)
        rl.addWidget(self.review)
        rl.addLayout(review_buttons)

        actions_box = QGroupBox(self.tr("Actions and requests from this session"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.action_text, 1)
        add_row.addWidget(self.has_due)
        add_row.addWidget(self.action_due)
        add_row.addWidget(self.add_action)
        al = QVBoxLayout(actions_box)
        al.addWidget(self.actions)
        al.addLayout(add_row)

        talk = QHBoxLayout()
        talk.addWidget(QLabel(self.tr("Talk time:")))
        talk.addWidget(self.coach_key)
        talk.addWidget(self.client_key)
        talk.addWidget(self.share, 1)

        texts = QHBoxLayout()
        notes_col = QVBoxLayout()
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setBuddy(self.notes)  # what a screen reader says for the field
        notes_col.addWidget(notes_label)
        notes_col.addWidget(self.notes)
        refl_col = QVBoxLayout()
        refl_label = QLabel(self.tr("Private reflection"))
        refl_label.setBuddy(self.reflection)
        refl_col.addWidget(refl_label)
        refl_col.addWidget(self.reflection)
        texts.addLayout(notes_col)
        texts.addLayout(refl_col)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fee_warning)
        layout.addLayout(form)
        layout.addWidget(review_box)
        layout.addLayout(texts, 2)
        layout.addWidget(actions_box, 1)
        layout.addWidget(self.indicator_box)
        layout.addLayout(talk)
        layout.addWidget(self.state)

    def _connect(self) -> None:
        a = self.autosave
        self.date.dateChanged.connect(lambda d: a.edited("held_on", pydate(d)))
        self.minutes.valueChanged.connect(self._minutes_edited)
        self.fee_paid.toggled.connect(lambda on: a.edited("fee_paid", on))
        self.takeaway.textChanged.connect(lambda t: a.edited("takeaway", t))
        self.notes.textChanged.connect(lambda: a.edited("notes", self.notes.toPlainText()))
        self.reflection.textChanged.connect(
            lambda: a.edited("reflection", self.reflection.toPlainText())
        )
        a.watch(self.takeaway, self.notes, self.reflection)
        a.state_changed.connect(self.state.setText)
        self._log.save_failed.connect(self.state.setText)
        self.done_button.clicked.connect(lambda: self._review(ActionStatus.DONE))
        self.not_done_button.clicked.connect(lambda: self._review(ActionStatus.NOT_DONE))
        self.add_action.clicked.connect(self._add_action)
        self.action_text.returnPressed.connect(self._add_action)
        self.has_due.toggled.connect(self.action_due.setEnabled)
        self.timer_button.clicked.connect(self._run_timer)
        self.use_measured.clicked.connect(self._use_measured)
        self.coach_key.clicked.connect(lambda: self.talk(COACH))
        self.client_key.clicked.connect(lambda: self.talk(CLIENT))
        for key, who in (("C", COACH), ("L", CLIENT)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda w=who: self._talk_key(w))

    # -- saving ----------------------------------------------------------------------------
    def _write(self, fields: dict) -> bool:
        log = self._log
        return log.saved(
            lambda: log.store.update_session(self._id, now=log.now(), **fields), notify=True
        )

    def _minutes_edited(self, value: int) -> None:
        if round(self._exact_seconds / 60) != value:
            self._exact_seconds = value * 60
            self.autosave.edited("seconds", self._exact_seconds)

    def flush(self) -> bool:
        return self.autosave.flush()

    def closeEvent(self, event) -> None:
        self._talk_stop()
        self.flush()
        self._ticker.stop()
        self.closed.emit()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._talk_stop()
        self.flush()
        super().done(result)

    # -- fee and indicators ------------------------------------------------------------------
    def _show_fee_warning(self) -> None:
        store = self._log.store
        session = store.get_session(self._id)
        engagement = None if session is None else store.get_engagement(session.engagement_id)
        unpaid = [] if engagement is None else unpaid_before(
            engagement, store.sessions(engagement.id), session)  # fmt: skip
        if unpaid:
            days = ", ".join(s.held_on.isoformat() for s in unpaid[:5])
            self.fee_warning.setText(self.tr(
                "An earlier fee of this engagement is not marked paid (%n session(s): {days}). "
                "Agreed practice: no coaching without the fee in hand, unless pro bono or "
                "barter was agreed.", "", len(unpaid)).format(days=days))  # fmt: skip
        self.fee_warning.setVisible(bool(unpaid))

    def _fill_indicators(self, engagement_id: int) -> None:
        values = self._goals.session_values(self._id)
        indicators = self._goals.indicators(engagement_id)
        for indicator in indicators:
            edit = QLineEdit(objectName=f"indicator_{indicator.id}")
            if indicator.id in values:
                edit.setText(number_text(values[indicator.id]))
            scale = indicator.kind is IndicatorKind.SCALE
            unit = f" {indicator.unit}" if indicator.unit else ""
            edit.setPlaceholderText(
                self.tr("{low:g}–{high:g}, target {t}").format(
                    low=indicator.low, high=indicator.high, t=number_text(indicator.target))
                if scale else self.tr("target {t}{u}").format(t=number_text(indicator.target), u=unit)
            )  # fmt: skip
            edit.setMaximumWidth(200)
            edit.textChanged.connect(lambda text, i=indicator.id: self._indicator_edited(i, text))
            label = QLabel(indicator.name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.indicator_form.addRow(label, edit)
            self.indicator_edits[indicator.id] = edit
        self.indicator_box.setVisible(bool(indicators))

    def _indicator_edited(self, indicator_id: int, text: str) -> None:
        value = None
        if text.strip():
            number, reason = parse_number(text)
            if number is None:
                self.state.setText(self.tr("Indicator not saved: {r}").format(r=reason))
                return
            value = float(number)
        if self._log.saved(lambda: self._goals.set_value(indicator_id, self._id, value),
                           notify=True):  # fmt: skip
            self.state.setText(self.tr("Saved"))

    # -- actions ---------------------------------------------------------------------------
    def _fill_actions(self) -> None:
        store = self._log.store
        self.review.clear()
        for action in store.actions_to_review(self._id):
            due = f" (due {action.due.isoformat()})" if action.due else ""
            item = QListWidgetItem(f"{_MARKS[action.status]}  {action.text}{due}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.review.addItem(item)
        if self.review.count() == 0:
            self.review.addItem(self.tr("No open actions from earlier sessions."))
            self.review.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.review.setMaximumHeight(30 + 22 * min(5, self.review.count()))
        self.actions.clear()
        for action in store.actions(self._id):
            due = f" — due {action.due.isoformat()}" if action.due else ""
            item = QListWidgetItem(f"{action.text}{due}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.actions.addItem(item)

    def _review(self, status: ActionStatus) -> None:
        item = self.review.currentItem()
        action_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if action_id is None:
            self.state.setText(self.tr("Choose an action in the list first."))
            return
        self._log.saved(lambda: self._log.store.review_action(action_id, status, self._id))
        row = self.review.currentRow()
        self._fill_actions()
        self.review.setCurrentRow(min(row + 1, self.review.count() - 1))

    def _add_action(self) -> None:
        text = self.action_text.text()
        if not text.strip():
            self.state.setText(self.tr("Type the action first, then Add."))
            return
        due = pydate(self.action_due.date()) if self.has_due.isChecked() else None
        log = self._log
        if log.do(lambda: log.store.add_action(self._id, text, due=due, now=log.now())) is not None:
            self.action_text.clear()
            self._fill_actions()

    # -- timer and talk time ---------------------------------------------------------------
    def _run_timer(self) -> None:
        if self._start_timer is None:
            return
        self._live = self._start_timer(max(20, self.minutes.value() or 60))
        if self._live is not None:
            self.timer_button.setEnabled(False)
            self.use_measured.setEnabled(True)
            self._ticker.start()
            self._tick()

    def measured_seconds(self) -> int | None:
        return None if self._live is None else int(self._live.runner.elapsed())

    def _use_measured(self) -> None:
        seconds = self.measured_seconds()
        if seconds is None:
            return
        self._exact_seconds = seconds
        self.minutes.blockSignals(True)
        self.minutes.setValue(round(seconds / 60))
        self.minutes.blockSignals(False)
        self.autosave.edited("seconds", seconds)
        self.autosave.flush()

    def _tick(self) -> None:
        seconds = self.measured_seconds()
        if seconds is not None:
            self.measured.setText(self.tr("timer: {t}").format(t=clock_text(seconds)))
        self._show_share()

    def _talk_key(self, who: str) -> None:
        if self.focusWidget() in (self.takeaway, self.notes, self.reflection, self.action_text):
            return  # typing, not timing
        self.talk(who)

    def talk(self, who: str) -> None:
        self._talk.switch(who)
        self.coach_key.setChecked(self._talk.speaking == COACH)
        self.client_key.setChecked(self._talk.speaking == CLIENT)
        if self._talk.speaking is None:
            self._ticker.stop() if self._live is None else None
        else:
            self._ticker.start()
        self._save_talk()

    def _talk_stop(self) -> None:
        if self._talk.speaking is not None:
            self.talk(self._talk.speaking)

    def _save_talk(self) -> None:
        coach, client = self._talk.whole_seconds()
        if coach or client:
            self.autosave.edited("coach_talk_seconds", coach)
            self.autosave.edited("client_talk_seconds", client)
        self._show_share()

    def _show_share(self) -> None:
        coach, client = self._talk.whole_seconds()
        share = coach_share(coach, client) if (coach or client) else None
        if share is None:
            self.share.setText(self.tr("not measured (target: coach talks 20–30 %)"))
            return
        verdict = share_verdict(share)
        words = {"below": self.tr("below the 20–30 % band"), "within": self.tr("within the 20–30 % band"),
                 "above": self.tr("above the 20–30 % band")}[verdict]  # fmt: skip
        self.share.setText(
            self.tr("coach {c} · client {l} · coach share {p} % — {w}").format(
                c=clock_text(coach), l=clock_text(client), p=round(float(share) * 100), w=words
            )
        )
