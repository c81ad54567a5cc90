"""Importing sessions from a CSV file, or an ICF client coaching log (CSV or XLSX): a
preview before anything is written.

The file is read and checked with a progress bar; the dialog then says how many rows are
new, how many are already in the log (skipped) and what the problems are (nothing can be
imported until they are fixed). A name the log has with another contact is asked about,
one choice per name: a new client, or the same person as one in the log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.icf_import import read_import_file
from facilitator.core.text import isolate
from facilitator.store.coaching_import import (
    NEW_CLIENT,
    ImportPlan,
    ImportSummary,
    apply_plan,
    plan_import,
)
from facilitator.ui.coach.model import CoachLog

MAX_LISTED = 200


# a name or contact between first-strong isolates, so RTL text cannot reorder the line
_isolated = isolate


class ImportDialog(QDialog):
    imported = Signal(object)  # an ImportSummary

    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import sessions — preview"))
        self._log = log
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None

        self.file_label = QLabel(objectName="importFile", wordWrap=True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 1000)
        self.step = QLabel(objectName="importStep")
        self.counts = QLabel(objectName="importCounts", wordWrap=True)
        self.counts.setStyleSheet("font-weight: 600;")
        self.problems = QListWidget(objectName="importProblems")
        self.new_clients = QLabel(objectName="importNewClients", wordWrap=True)
        self.new_clients.setTextFormat(Qt.TextFormat.PlainText)
        self.already = QLabel(objectName="importAlready", wordWrap=True)
        self.already.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_box = QGroupBox(self.tr("Same name, other contact: who is this?"))
        self.conflict_form = QFormLayout(self.conflict_box)
        self.conflict_choices: list[QComboBox] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"), objectName="importNow")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems, 10)
        layout.addWidget(self.new_clients)
        layout.addWidget(self.already)
        layout.addWidget(self.conflict_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.problems.hide()
        self.conflict_box.hide()
        self.import_button.setEnabled(False)
        self.resize(720, 480)

    # -- reading ---------------------------------------------------------------------------
    def _progress(self, label: str):
        def report(done: int, total: int) -> None:
            self.step.setText(label)
            self.progress.setValue(round(1000 * done / total) if total else 1000)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        return report

    def load(self, path: Path) -> ImportPlan | None:
        """Read and check the file; show the preview. None when it cannot be imported."""
        self.file_label.setText(str(path))
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._show_problems([self.tr("Cannot read the file: {e}").format(e=exc.strerror or exc)])
            return None
        parsed = read_import_file(data, Path(path).name, today=self._log.today(),
                                  progress=self._progress(self.tr("Reading the file…")))  # fmt: skip
        del data
        if parsed.problem_count:
            self.counts.setText(self.tr("Nothing can be imported: %n problem(s) to fix in the file.",
                                        "", parsed.problem_count))  # fmt: skip
            self._show_problems([str(p) for p in parsed.listed()])
            self.step.setText("")
            return None
        plan = plan_import(self._log.store, parsed.rows,
                           progress=self._progress(self.tr("Comparing with the log…")))  # fmt: skip
        self.plan = plan
        self.step.setText("")
        self.counts.setText(self.tr("{new} · {already} · {problems}").format(
            new=self.tr("%n new session(s)", "", len(plan.new)),
            already=self.tr("%n already in the log (skipped)", "", len(plan.already_there)),
            problems=self.tr("%n problem(s)", "", len(plan.problems)),
        ))  # fmt: skip
        names = plan.new_client_names()
        if names:
            shown = ", ".join(_isolated(n) for n in names[:20]) + ("…" if len(names) > 20 else "")
            self.new_clients.setText(self.tr("New clients: {names}").format(names=shown))
        if plan.already_there:
            lines = ", ".join(str(r.line) for r in plan.already_there[:30])
            more = "…" if len(plan.already_there) > 30 else ""
            skipped = len(plan.already_there)
            self.already.setText(self.tr("Already there (skipped): %n line(s), {lines}{more}", "",
                                         skipped).format(lines=lines, more=more))  # fmt: skip
        if plan.problems:
            self._show_problems([str(p) for p in plan.problems])
        self._show_conflicts(plan)
        self._update_button()
        return plan

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        for text in lines[:MAX_LISTED + 1]:
            self.problems.addItem(text)
        self.problems.show()
        self.import_button.setEnabled(False)

    def _show_conflicts(self, plan: ImportPlan) -> None:
        self.conflict_choices.clear()
        for conflict in plan.conflicts:
            combo = QComboBox(objectName="conflictChoice")
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("A new client"), NEW_CLIENT)
            for client in conflict.existing:
                combo.addItem(self.tr("The same as {name} ({contact})").format(
                    name=_isolated(client.name),
                    contact=_isolated(client.contact) if client.contact else self.tr("no contact")),
                    client.id)  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i, c=conflict, box=combo: self._chosen(c, box))
            rows = len(conflict.lines)
            label = QLabel(self.tr("{name} ({contact}), %n line(s): {lines}", "", rows).format(
                name=_isolated(conflict.name),
                contact=_isolated(conflict.contact) if conflict.contact else self.tr("no contact"),
                lines=", ".join(str(n) for n in conflict.lines[:10])))  # fmt: skip
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.conflict_form.addRow(label, combo)
            self.conflict_choices.append(combo)
        self.conflict_box.setVisible(bool(plan.conflicts))

    def _chosen(self, conflict, combo: QComboBox) -> None:
        if self.plan is None:
            return
        choice = combo.currentData()
        if choice is None:
            self.plan.who.pop(conflict.key, None)
        else:
            self.plan.decide(conflict, choice)
        self._update_button()

    def _update_button(self) -> None:
        plan = self.plan
        ready = plan is not None and plan.ready and bool(plan.new)
        self.import_button.setEnabled(ready)
        if plan is not None and plan.ready and not plan.new:
            self.step.setText(self.tr("Everything in this file is already in the log."))
        elif plan is not None and plan.undecided:
            self.step.setText(self.tr("Say who each of these is, then Import."))

    # -- writing ---------------------------------------------------------------------------
    def import_now(self) -> ImportSummary | None:
        plan = self.plan
        if plan is None or not plan.ready or not plan.new:
            return None
        self.import_button.setEnabled(False)
        self.buttons.setEnabled(False)
        log = self._log
        summary = log.do(lambda: apply_plan(log.store, plan, now=log.now(),
                                            progress=self._progress(self.tr("Importing…"))))  # fmt: skip
        self.buttons.setEnabled(True)
        if summary is None:
            self.step.setText(self.tr("Nothing was imported."))
            return None
        self.summary = summary
        self.imported.emit(summary)
        self.accept()
        return summary
