"""A client's page: who they are, their consents, their engagements (with the six stages)
and sessions.

Name, contact, organisation and notes save as they are typed; consents are recorded,
dated, through their own small dialog (`ConsentPanel`). Sessions open in their own
editor window. Export writes the client's JSON and Markdown; erasing asks first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.model import format_hours
from facilitator.core.text import isolate
from facilitator.core.timefmt import hours_text
from facilitator.store.coaching_export import export_client
from facilitator.store.coaching_organisations import organisation, save_client
from facilitator.ui.coach.consent_panel import ConsentPanel
from facilitator.ui.coach.engagement import EngagementPanel
from facilitator.ui.coach.goals_panel import GoalsPanel
from facilitator.ui.coach.model import CoachLog
from facilitator.ui.common.autosave import Autosave


class ClientPage(QWidget):
    session_open_requested = Signal(int)  # a coaching session id
    erased = Signal(int)  # a client id

    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPage")
        self._log = log
        self.client_id: int | None = None
        self._loading = False
        self.autosave = Autosave(self._write, self)

        self.name = QLineEdit(objectName="clientName")
        self.contact = QLineEdit(objectName="clientContact")
        self.organisation = QLineEdit(objectName="clientOrganisation")
        self.organisation.setPlaceholderText(self.tr("If an organisation pays (sponsor)"))
        self.consent = ConsentPanel(log)
        self.notes = QPlainTextEdit(objectName="clientNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.state = QLabel(objectName="clientSaveState")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Notes"), self.notes)

        self.engagement_choice = QComboBox(objectName="engagementChoice")
        self.new_engagement = QPushButton(self.tr("New engagement"), objectName="newEngagement")
        self.engagement = EngagementPanel(log)
        self.goals = GoalsPanel(log)
        eng_box = QGroupBox(self.tr("Engagement"))
        top = QHBoxLayout()
        top.addWidget(self.engagement_choice, 1)
        top.addWidget(self.new_engagement)
        el = QVBoxLayout(eng_box)
        el.addLayout(top)
        el.addWidget(self.engagement)

        self.sessions = QListWidget(objectName="sessionList")
        self.new_session = QPushButton(self.tr("New session…"), objectName="newSession")
        self.open_session = QPushButton(self.tr("Open session…"), objectName="openSession")
        sess_box = QGroupBox(self.tr("Sessions in this engagement"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_session)
        buttons.addWidget(self.open_session)
        buttons.addStretch(1)
        sl = QVBoxLayout(sess_box)
        sl.addWidget(self.sessions)
        sl.addLayout(buttons)

        self.export_button = QPushButton(self.tr("Export client…"), objectName="exportClient")
        self.erase_button = QPushButton(self.tr("Erase client…"), objectName="eraseClient")
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.erase_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(eng_box)
        layout.addWidget(self.goals)
        layout.addWidget(sess_box, 1)
        layout.addLayout(bottom)

        self.name.textChanged.connect(lambda t: self._edited("name", t))
        self.contact.textChanged.connect(lambda t: self._edited("contact", t))
        self.organisation.textChanged.connect(lambda t: self._edited("organisation", t))
        self.name.textChanged.connect(self.consent.set_client_name)
        self.notes.textChanged.connect(lambda: self._edited("notes", self.notes.toPlainText()))
        self.autosave.watch(self.name, self.contact, self.organisation, self.notes)
        self.autosave.state_changed.connect(self.state.setText)
        self.engagement.autosave.state_changed.connect(self.state.setText)
        log.save_failed.connect(self.state.setText)
        self.engagement_choice.currentIndexChanged.connect(self._engagement_chosen)
        self.new_engagement.clicked.connect(self.add_engagement)
        self.new_session.clicked.connect(self.add_session)
        self.open_session.clicked.connect(self._open_selected)
        self.sessions.itemActivated.connect(self._open_selected)
        self.export_button.clicked.connect(self._export)
        self.erase_button.clicked.connect(self._erase)
        self.engagement.stage_changed.connect(self._log.changed)
        self.show_client(None)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        self.flush()
        self.client_id = client_id
        client = None if client_id is None else self._log.store.get_client(client_id)
        self.setEnabled(client is not None)
        self._loading = True
        try:
            self.name.setText(client.name if client else "")
            self.contact.setText(client.contact if client else "")
            self.organisation.setText(organisation(self._log.conn, client.id) if client else "")
            self.notes.setPlainText(client.notes if client else "")
        finally:
            self._loading = False
        self.consent.show_client(client_id, client.name if client else "")
        self.state.setText("")
        self._fill_engagements()

    def flush(self) -> bool:
        return self.autosave.flush() and self.engagement.autosave.flush()

    def current_engagement_id(self) -> int | None:
        return self.engagement_choice.currentData()

    def add_engagement(self) -> int | None:
        if self.client_id is None:
            return None
        log, cid = self._log, self.client_id
        eid = log.do(lambda: log.store.add_engagement(cid, log.today(), now=log.now()))
        self._fill_engagements(select=eid)
        return eid

    def add_session(self) -> int | None:
        eid = self.current_engagement_id()
        if eid is None:
            eid = self.add_engagement()
        if eid is None:
            return None
        log = self._log
        sid = log.do(lambda: log.store.add_session(eid, log.today(), 0, now=log.now()))
        self._fill_sessions()
        if sid is not None:
            self.session_open_requested.emit(sid)
        return sid

    def refresh_sessions(self) -> None:
        self._fill_sessions()

    # -- private ---------------------------------------------------------------------------
    def _edited(self, name: str, value) -> None:
        if not self._loading and self.client_id is not None:
            self.autosave.edited(name, value)

    def _write(self, fields: dict) -> bool:
        cid = self.client_id
        if cid is None:
            return True
        log = self._log
        return log.saved(lambda: save_client(log.store, cid, now=log.now(), **fields), notify=True)

    def _fill_engagements(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_engagement_id()
        self.engagement_choice.blockSignals(True)
        self.engagement_choice.clear()
        engagements = [] if self.client_id is None else self._log.store.engagements(self.client_id)
        for e in engagements:
            kind = (
                self.tr("individual")
                if e.group_size == 1
                else self.tr("group of %n", "", e.group_size)
            )
            end = e.end.isoformat() if e.end else self.tr("ongoing")
            self.engagement_choice.addItem(
                self.tr("{start} – {end} · {payment}, {kind} · stage {stage}").format(
                    start=e.start.isoformat(),
                    end=end,
                    payment=e.payment.label.lower(),
                    kind=kind,
                    stage=int(e.stage),
                ),
                e.id,
            )
        index = self.engagement_choice.findData(current)
        self.engagement_choice.setCurrentIndex(
            index if index >= 0 else self.engagement_choice.count() - 1
        )
        self.engagement_choice.blockSignals(False)
        self._engagement_chosen()

    def _engagement_chosen(self, *_args) -> None:
        eid = self.current_engagement_id()
        engagement = None if eid is None else self._log.store.get_engagement(eid)
        used = 0 if eid is None else len(self._log.store.sessions(eid))
        self.engagement.show_engagement(engagement, used)
        self.goals.show_engagement(None if engagement is None else engagement.id)
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        self.sessions.clear()
        eid = self.current_engagement_id()
        if eid is None:
            return
        for s in reversed(self._log.store.sessions(eid)):
            fee = "" if s.fee_paid else self.tr(" · fee not paid")
            takeaway = f" — {s.takeaway}" if s.takeaway else ""
            item = QListWidgetItem(
                f"{s.held_on.isoformat()} · {hours_text(format_hours(s.hours))}{fee}{takeaway}"
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.sessions.addItem(item)

    def _open_selected(self, *_args) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            self.session_open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def export_to(self, folder: Path) -> tuple[Path, Path] | None:
        if self.client_id is None:
            return None
        self.flush()
        try:
            paths = export_client(self._log.store, self.client_id, folder)
        except OSError as exc:
            self.state.setText(self.tr("Not exported: {e}").format(e=exc))
            return None
        text = self.tr("Exported to {a} and {b}.").format(a=paths[0].name, b=paths[1].name)
        if self._log.eraser.key is not None:
            text += " " + self.tr("They are plain files, readable without the passphrase.")
        self.state.setText(text)
        return paths

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the client's record into…"))
        if folder:
            self.export_to(Path(folder))

    def erase(self) -> bool:
        cid = self.client_id
        if cid is None:
            return False
        self.autosave.discard()
        self.engagement.autosave.discard()
        result = self._log.do(lambda: self._log.eraser.erase_client(cid))
        if result is None:
            return False
        self.show_client(None)
        self.erased.emit(cid)
        if result.failed:
            self._log.save_failed.emit(
                self.tr("Erased from the records, but %n copies could not be rewritten "
                        "and still hold the client: {files}", "", len(result.failed)).format(
                    files=", ".join(p.name for p, _ in result.failed))
            )  # fmt: skip
        return True

    def erase_question(self) -> str:
        """What the erase dialog says will happen, backups included."""
        plan = self._log.eraser.plan()
        text = self.tr(
            "Erase {name} and every engagement, session, note, reflection and action of "
            "theirs? This cannot be undone (export first if you need a copy)."
        ).format(name=isolate(self.name.text()))
        text += "\n\n" + self.tr(
            "Their words are overwritten in the records file and removed from the search "
            "index."
        )
        if plan.backups:
            text += " " + self.tr(
                "The %n backup(s) are rewritten without them; the rest of each backup is kept.",
                "", plan.backups,
            )  # fmt: skip
        if plan.damaged:
            text += " " + self.tr(
                "%n damaged copy(ies) kept from earlier repairs are rewritten without them, "
                "or deleted if they cannot be read.", "", plan.damaged,
            )  # fmt: skip
        text += " " + self.tr(
            "Files you exported yourself are not touched: delete them by hand."
        )
        return text

    def erase_box(self) -> tuple[QMessageBox, QPushButton]:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Erase client"), self.erase_question(),
            QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        erase = box.addButton(self.tr("Erase everywhere"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box, erase

    def _erase(self) -> None:
        box, erase = self.erase_box()
        box.exec()
        if box.clickedButton() is erase:
            self.erase()
