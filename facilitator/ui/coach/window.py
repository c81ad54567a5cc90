"""The coach's log window: clients (with full-text search) and the ICF log.

Private by design: nothing here is ever handed to the room view. A coaching timer, when
asked for, runs as a one-to-one session whose participants are just "Coach" and
"Client", so no name from this log reaches the projector.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.clock import Clock
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_search import matching_client_ids, search
from facilitator.store.erasure import Eraser
from facilitator.ui.coach.client_page import ClientPage
from facilitator.ui.coach.development_view import DevelopmentView
from facilitator.ui.coach.icf_view import IcfView
from facilitator.ui.coach.import_dialog import ImportDialog
from facilitator.ui.coach.model import CoachLog
from facilitator.ui.coach.session_editor import SessionEditor
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen

SEARCH_DELAY_MS = 200


class CoachWindow(QMainWindow):
    def __init__(self, store: CoachingStore, clock: Clock, *,
                 start_timer: Callable[[int], Any] | None = None,
                 eraser: Eraser | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("coachWindow")
        self.setWindowTitle(self.tr("Coach's log — private"))
        self.log = CoachLog(store, clock, self, eraser)
        self._start_timer = start_timer
        self.editors: dict[int, SessionEditor] = {}

        self.search_box = QLineEdit(objectName="clientSearch", clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search names, notes, takeaways, actions…"))
        self.search_box.setAccessibleName(self.tr("Search the clients"))
        self.search_box.setAccessibleDescription(
            self.tr("Finds clients by name, notes, takeaways and actions.")
        )
        self.client_list = QListWidget(objectName="clientList")
        self.client_list.setAccessibleName(self.tr("Clients"))
        self.hits = QLabel(objectName="searchHits", wordWrap=True)
        self.new_name = QLineEdit(objectName="newClientName")
        self.new_name.setPlaceholderText(self.tr("New client's name"))
        self.new_name.setAccessibleName(self.tr("New client's name"))
        self.add_button = QPushButton(self.tr("Add client"), objectName="addClient")
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        self.import_button = QPushButton(self.tr("Import sessions…"), objectName="importSessions")
        self.import_button.setToolTip(self.tr("Sessions from a CSV file: a preview shows what is "
                                              "new and what is already in the log first."))  # fmt: skip
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.search_box)
        ll.addWidget(self.client_list, 1)
        ll.addWidget(self.hits)
        ll.addLayout(add_row)
        ll.addWidget(self.import_button)

        self.page = ClientPage(self.log)
        scroll = QScrollArea(widgetResizable=True, objectName="clientPageScroll")
        scroll.setAccessibleName(self.tr("The chosen client"))
        scroll.setWidget(self.page)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        self.icf = IcfView(self.log)
        self.tabs = QTabWidget(objectName="coachTabs")
        self.tabs.setAccessibleName(self.tr("Coach's log"))
        self.tabs.addTab(split, self.tr("Clients"))
        self.tabs.addTab(self.icf, self.tr("ICF log and credentials"))
        self.development = DevelopmentView(self.log)
        self.tabs.addTab(self.development, self.tr("Mentor coaching and CCE"))
        self.setCentralWidget(self.tabs)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_clients)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.client_list.currentItemChanged.connect(self._client_chosen)
        self.add_button.clicked.connect(self.add_client)
        self.new_name.returnPressed.connect(self.add_client)
        self.import_button.clicked.connect(self._choose_import)
        self.page.session_open_requested.connect(self.open_session)
        self.page.erased.connect(lambda _: self.refresh_clients())
        self.log.changed.connect(self.page.refresh_sessions)
        self.log.save_failed.connect(lambda m: self.statusBar().showMessage(m, 8000))
        add_close_keys(self, escape=False)  # Ctrl+W; Escape belongs to the fields
        self.refresh_clients()

    def refresh_clients(self, select: int | None = None) -> None:
        current = select if select is not None else self.page.client_id
        text = self.search_box.text().strip()
        store = self.log.store
        ids = matching_client_ids(store.conn, text) if text else None
        self.client_list.blockSignals(True)
        self.client_list.clear()
        for summary in store.client_summaries(ids):
            last = (
                summary.last_session.isoformat()
                if summary.last_session
                else self.tr("no sessions yet")
            )
            stage = f" · stage {int(summary.stage)}" if summary.stage else ""
            item = QListWidgetItem(
                f"{summary.client.name}\n{summary.sessions} sessions · {last}{stage}"
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.client.id)
            self.client_list.addItem(item)
            if summary.client.id == current:
                self.client_list.setCurrentItem(item)
        self.client_list.blockSignals(False)
        if text:
            found = search(store.conn, text, limit=5)
            lines = [f"{h.client_name} · {h.kind}{' ' + h.held_on.isoformat() if h.held_on else ''}: {h.snippet}"
                     for h in found]  # fmt: skip
            self.hits.setText("\n".join(lines) or self.tr("No notes match."))
        else:
            self.hits.setText("")
        if self.client_list.currentItem() is None:
            self.page.show_client(None)

    def add_client(self) -> int | None:
        name = self.new_name.text()
        if not name.strip():
            self.statusBar().showMessage(self.tr("Type the new client's name first."), 8000)
            return None
        log = self.log
        cid = log.do(lambda: log.store.add_client(name, now=log.now()))
        if cid is not None:
            log.do(lambda: log.store.add_engagement(cid, log.today(), now=log.now()))
            self.new_name.clear()
            self.search_box.clear()
            self.refresh_clients(select=cid)
            self.page.show_client(cid)
        return cid

    def import_file(self, path: Path) -> ImportDialog:
        """Open the import preview for `path` (the dialog writes only when asked)."""
        self.page.flush()
        dialog = ImportDialog(self.log, self)
        dialog.imported.connect(self._imported)
        dialog.show()
        dialog.load(Path(path))
        return dialog

    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import sessions or an ICF log"), "",
            self.tr("Sessions or ICF log (*.csv *.xlsx);;CSV (*.csv);;ICF log as Excel (*.xlsx)"),
        )  # fmt: skip
        if name:
            self.import_file(Path(name)).exec()

    def _imported(self, summary) -> None:
        self.refresh_clients()
        self.page.refresh_sessions()
        self.statusBar().showMessage(self.tr("Imported {sessions} ({clients}); {skipped}.").format(
            sessions=self.tr("%n session(s)", "", summary.sessions),
            clients=self.tr("%n new client(s)", "", summary.new_clients),
            skipped=self.tr("%n skipped as already there", "", summary.already_there),
        ), 12000)  # fmt: skip

    def select_client(self, client_id: int) -> None:
        self.refresh_clients(select=client_id)
        self.page.show_client(client_id)

    def open_session(self, session_id: int) -> SessionEditor:
        editor = self.editors.get(session_id)
        if editor is None:
            editor = SessionEditor(self.log, session_id, start_timer=self._start_timer, parent=self)
            editor.setWindowFlag(Qt.WindowType.Window)
            fit_to_screen(editor, 860, 720)
            editor.closed.connect(lambda: self._editor_closed(session_id))
            self.editors[session_id] = editor
        editor.show()
        editor.raise_()
        return editor

    def _editor_closed(self, session_id: int) -> None:
        self.editors.pop(session_id, None)
        self.page.refresh_sessions()
        self.refresh_clients()

    def _client_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.page.show_client(None if item is None else item.data(Qt.ItemDataRole.UserRole))

    def closeEvent(self, event) -> None:
        for editor in list(self.editors.values()):
            editor.close()
        self.page.flush()
        super().closeEvent(event)
