"""Setting up a new session in front of the group: format, people, settings, plan, agreements.

Everything is on one screen so the room can watch it come together: pick the method, type
the names (one per line, remembered names are offered), adjust the method's settings,
check the round plan (swap people, move rounds, reshuffle) and tick the agreements the
group has made. Every change is planned again by the core; a problem is shown in words
next to the plan and never loses what was typed. The result is a ``SessionSpec``.

The dialog assembles and plans; its parts are their own modules: the round plan's table and
edits (`round_plan_editor`), the agenda export (`agenda_export`), and the names, settings,
agreements and timeline preview (`setup_parts`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.formats.catalog import Catalog
from facilitator.core.formats.format import Format
from facilitator.core.i18n import in_sentence
from facilitator.core.plan.draft import (
    Draft,
    SessionSpec,
    bids_text,
    default_title,
    people_hint,
    plan_draft,
    short_rounds_warning,
    whole_session_roles,
)
from facilitator.core.plan.edits import reshuffle
from facilitator.core.plan.rounds import RoundPlan
from facilitator.core.plan.timeline import Timeline, build_timeline
from facilitator.core.timefmt import clock_text, minutes_text, projected_end_text
from facilitator.ui.common.screen_fit import fit_to_screen
from facilitator.ui.setup.round_plan_editor import RoundPlanEditor
from facilitator.ui.setup.setup_draft import SetupDraft
from facilitator.ui.setup.setup_parts import (
    HINT_STYLE,
    AgreementList,
    NamesEdit,
    ParameterForm,
    TimelinePreview,
    split_names,
    wrapped_label,
)

PROBLEM_STYLE = (
    "QLabel { border: 2px solid #b3261e; border-radius: 4px; background: #fdecea;"
    " color: #5f1410; padding: 6px 8px; }"
)
DRAFT_STYLE = (
    "QLabel { border: 1px solid #1f5fa8; border-radius: 4px; background: #e8f1fb;"
    " color: #0d2c50; padding: 6px 8px; }"
)
END_REFRESH_MS = 20_000  # the projected end moves on while the group gets ready


# -- the dialog ---------------------------------------------------------------------------------


class NewSessionDialog(QDialog):
    def __init__(
        self,
        catalog: Catalog,
        known_people: list[str],
        now_wall: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        self.setStyleSheet("QGroupBox { font-weight: 600; }")
        self._catalog = catalog
        self._now = now_wall
        self._fmt: Format | None = None
        self._plan: RoundPlan | None = None
        self._timeline: Timeline | None = None
        self._seed: int | None = None
        self._title_touched = False

        self._build_widgets(known_people)
        self._build_layout()
        self._end_timer = QTimer(self, interval=END_REFRESH_MS)
        self._end_timer.timeout.connect(self._show_total)
        self._end_timer.start()
        self._formats.currentRowChanged.connect(self._format_chosen)
        self._names.textChanged.connect(self._names_changed)
        if catalog.formats:
            self._formats.setCurrentRow(0)
        fit_to_screen(self, 1200, 700)  # never past the screen (1024×768 too)

    # -- public ---------------------------------------------------------------------------------

    def select_format(self, format_id: str) -> None:
        row = self._catalog.formats.index(self._catalog.get(format_id))
        self._formats.setCurrentRow(row)

    def set_participants(self, names: Sequence[str]) -> None:
        self._names.setPlainText("\n".join(names))

    def set_params(self, values: Mapping[str, float]) -> None:
        """Prefill the format's settings (a group's own), after `select_format`."""
        self._params.set_values(values)

    def set_title(self, title: str) -> None:
        self._title.setText(title)
        self._title_touched = bool(title.strip())

    def result_spec(self) -> SessionSpec:
        """What the facilitator set up; ``ValueError`` while it cannot be started."""
        if self._fmt is None or self._plan is None:
            raise ValueError(self._problem.text() or self.tr("There is no valid plan yet."))
        return SessionSpec(
            fmt=self._fmt,
            participants=list(self._plan.participants),
            params=self._fmt.resolve_params(self._params.values()),
            plan=self._plan,
            agreements=self._agree_box.confirmed(),
            title=self._title.text().strip() or default_title(self._fmt, self._now()),
        )

    def accept(self) -> None:
        if self._ready():
            super().accept()

    def draft(self) -> SetupDraft | None:
        """What was typed, to be continued by the next New session screen; None when
        nothing was (no names, no title, the format's own settings, nothing ticked)."""
        fmt = self._fmt
        if fmt is None:
            return None
        params = self._params.values()
        defaults = {p.id: float(p.default) for p in fmt.parameters}
        title = self._title.text().strip() if self._title_touched else ""
        ticked = tuple(self._agree_box.confirmed())
        names = self._names.toPlainText()
        if not names.strip() and not title and params == defaults and not ticked:
            return None
        return SetupDraft(fmt.id, names, params, title, ticked, self._at_bids.isChecked())

    def continue_draft(self, draft: SetupDraft) -> None:
        """Show a draft left by a New session screen closed unstarted, and say so."""
        if draft.format_id in self._catalog.ids():
            self.select_format(draft.format_id)
        self._at_bids.setChecked(draft.at_bids)
        self._params.set_values(draft.params)
        self._names.setPlainText(draft.names)
        if draft.title:
            self.set_title(draft.title)
        self._agree_box.set_confirmed(draft.agreements)
        self._draft_bar.show()

    # -- building -------------------------------------------------------------------------------

    def _build_widgets(self, known_people: Sequence[str]) -> None:
        self._formats = QListWidget(objectName="formatChoice")
        self._formats.setAccessibleName(self.tr("Format"))
        for fmt in self._catalog.formats:
            item = QListWidgetItem(fmt.title)
            item.setData(Qt.ItemDataRole.UserRole, fmt.id)
            self._formats.addItem(item)
        self._formats.setMaximumHeight(self._formats.sizeHintForRow(0) * 6 + 8)
        self._about = self._wrapped("formatDescription")
        self._preview = TimelinePreview()

        self._names = NamesEdit(known_people)
        self._names.setObjectName("participantsEdit")
        self._names.setAccessibleName(self.tr("Participants, one name a line"))
        self._names.setPlaceholderText(
            self.tr("One name per line.\nNames you have used before are offered as you type.")
        )
        self._names_hint = self._wrapped("participantsHint", HINT_STYLE)
        self._params = ParameterForm()
        self._params.changed.connect(self._params_changed)

        self._fixed = self._wrapped("fixedRoles")
        self._at_bids = QCheckBox(objectName="decideAtBids", checked=True)
        self._at_bids.toggled.connect(lambda _on: self._replan(keep=False))
        self._bids_note = self._wrapped("bidsNote", HINT_STYLE)
        self._short = self._wrapped("shortRounds", PROBLEM_STYLE)
        self._editor = RoundPlanEditor()
        self._editor.swap_requested.connect(self._swap_names)
        self._editor.reshuffle_requested.connect(self._reshuffle)
        self._problem = self._wrapped("planProblem", PROBLEM_STYLE)
        self._problem.setAccessibleName(self.tr("Problem with the plan"))
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem.hide()

        self._total = QLabel(objectName="plannedTotal")
        self._total.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self._end = QLabel(objectName="projectedEnd")
        self._end.setStyleSheet("font-size: 12pt;")
        self._agree_box = AgreementList(self.tr("5  Agreements made with the group"))
        self._agree_box.changed.connect(self._update_ok)
        self._title = QLineEdit(objectName="sessionTitle")
        self._title.setAccessibleName(self.tr("Session title"))
        self._title.textEdited.connect(self._title_edited)
        self._waiting = self._wrapped("okHint", HINT_STYLE)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("okButton")
        self._ok.setText(self.tr("Create session"))
        self._export = QPushButton(self.tr("Export agenda…"), objectName="exportAgenda")
        self._export.setAutoDefault(False)
        self._export.clicked.connect(self._export_agenda)
        self._export.setToolTip(
            self.tr("The plan as a shared document: Markdown or PDF, with clock times from now.")
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without starting. What you typed is kept for the next New session.")
        )
        self._draft_bar = QWidget(objectName="draftBar")
        self._draft_note = self._wrapped("draftNote", DRAFT_STYLE)
        self._draft_note.setText(
            self.tr("Continued from the new session you were setting up before.")
        )
        self._afresh = QPushButton(self.tr("Start afresh"), objectName="startAfresh")
        self._afresh.setAutoDefault(False)
        self._afresh.setToolTip(self.tr("Clear the names, settings, title and agreements."))
        self._afresh.clicked.connect(self._start_afresh)
        self._draft_bar.hide()

    def _build_layout(self) -> None:
        fmt_box = QGroupBox(self.tr("1  Format"))
        col = QVBoxLayout(fmt_box)
        col.addWidget(self._formats)
        col.addWidget(self._about)
        col.addWidget(QLabel(self.tr("Timeline with these people and settings:")))
        col.addWidget(self._preview, 1)

        people_box = QGroupBox(self.tr("2  Participants"))
        col = QVBoxLayout(people_box)
        col.addWidget(self._names, 1)
        col.addWidget(self._names_hint)
        settings_box = QGroupBox(self.tr("3  Settings"))
        col = QVBoxLayout(settings_box)
        col.addWidget(self._params)
        middle = QVBoxLayout()
        middle.addWidget(people_box, 3)
        middle.addWidget(settings_box)

        plan_box = self._plan_box = QGroupBox(self.tr("4  Round plan"))
        col = QVBoxLayout(plan_box)
        col.addWidget(self._fixed)
        col.addWidget(self._at_bids)
        col.addWidget(self._bids_note)
        col.addWidget(self._editor, 100)
        col.addWidget(self._problem)
        col.addWidget(self._short)
        totals = QHBoxLayout()
        totals.addWidget(QLabel(self.tr("Planned total:")))
        totals.addWidget(self._total)
        totals.addStretch(1)
        col.addLayout(totals)
        col.addWidget(self._end)
        col.addStretch(1)  # takes the room only when there is no table (no rounds)
        right = QVBoxLayout()
        right.addWidget(plan_box, 1)
        right.addWidget(self._agree_box)

        columns = QHBoxLayout()
        columns.addWidget(fmt_box, 4)
        columns.addLayout(middle, 3)
        columns.addLayout(right, 5)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Session title:")))
        bottom.addWidget(self._title, 2)
        bottom.addSpacing(16)
        bottom.addWidget(self._waiting, 2)
        bottom.addWidget(self._export)
        bottom.addWidget(self._buttons)
        bar = QHBoxLayout(self._draft_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._draft_note, 1)
        bar.addWidget(self._afresh)
        outer = QVBoxLayout(self)
        outer.addWidget(self._draft_bar)
        outer.addLayout(columns, 1)
        outer.addLayout(bottom)

    def _wrapped(self, name: str, style: str = "") -> QLabel:
        return wrapped_label(name, style)

    # -- format ---------------------------------------------------------------------------------

    def _format_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._catalog.formats):
            return
        fmt = self._fmt = self._catalog.formats[row]
        self._seed = None
        self._plan = None
        self._about.setText(fmt.description)
        self._names_hint.setText(people_hint(fmt))
        self._params.set_format(fmt)
        self._agree_box.set_agreements(fmt.agreements)
        if not self._title_touched:
            self._title.setText(default_title(fmt, self._now()))
        self._replan()

    def _start_afresh(self) -> None:
        """Back to an empty screen for the format shown (its own settings, no names)."""
        self._draft_bar.hide()
        self._title_touched = False
        self._at_bids.setChecked(True)
        self._names.clear()
        self._format_chosen(self._formats.currentRow())
        self._names.setFocus()

    def _title_edited(self, text: str) -> None:
        self._title_touched = bool(text.strip())

    # -- planning -------------------------------------------------------------------------------

    def _names_changed(self) -> None:
        self._replan(keep=False)

    def _params_changed(self) -> None:
        self._replan(keep=True)

    def _replan(self, keep: bool = False) -> None:
        if self._fmt is None:
            return
        names = split_names(self._names.toPlainText())
        if not names:
            self._apply(Draft(None, None, self.tr("Enter the participants' names, one per line.")))
            return
        previous = self._plan if keep else None
        at_bids = self._fmt.bids_phase is not None and self._at_bids.isChecked()
        self._apply(
            plan_draft(
                self._fmt, self._params.values(), names, seed=self._seed, keep=previous,
                at_bids=at_bids,
            )
        )  # fmt: skip

    def _edit(self, change: Callable[[Format, dict[str, float], RoundPlan], RoundPlan]) -> None:
        if self._fmt is None or self._plan is None:
            return
        values = self._fmt.resolve_params(self._params.values())
        try:
            plan = change(self._fmt, values, self._plan)
            timeline = build_timeline(self._fmt, values, plan)
        except ValueError as exc:
            self._show_problem(self.tr("That change was not made: {why}").format(why=exc))
            return
        self._apply(Draft(plan, timeline))

    def _reshuffle(self) -> None:
        if self._fmt is None or self._plan is None:
            return
        before = [r.holder for r in self._plan.rounds]
        seed = self._seed or 0
        for _ in range(24):  # look for an order that differs from the one shown
            seed += 1
            try:
                plan = reshuffle(
                    self._fmt, self._fmt.resolve_params(self._params.values()), self._plan, seed
                )
            except ValueError:
                break
            if [r.holder for r in plan.rounds] != before:
                break
        self._seed = seed
        self._edit(lambda fmt, values, plan: reshuffle(fmt, values, plan, seed))

    def _swap_names(self, a: str, b: str) -> None:
        """A swap (or a round moved) is the two names swapped in the list: the plan follows
        the order of the names, so the list shows it and adding a name later keeps it."""
        names = split_names(self._names.toPlainText())
        if a not in names or b not in names:
            return
        i, j = names.index(a), names.index(b)
        names[i], names[j] = names[j], names[i]
        self._names.setPlainText("\n".join(names))  # replans from the new order

    # -- showing --------------------------------------------------------------------------------

    def _apply(self, draft: Draft) -> None:
        self._plan, self._timeline = draft.plan, draft.timeline
        self._show_problem(draft.problem)
        self._show_plan()
        self._preview.show_timeline(self._fmt, self._timeline)
        self._show_total()
        self._show_method_notes()
        self._update_ok()

    def _export_agenda(self) -> None:
        """The agenda the group will follow, written where the facilitator chooses."""
        from facilitator.ui.setup.agenda_export import export_agenda  # when first asked for

        if self._timeline is not None:
            export_agenda(self, self._timeline, self._now(), self._title.text().strip())

    def _show_method_notes(self) -> None:
        """Bids that decide the rounds; rounds too short for the method."""
        fmt = self._fmt
        bids = fmt is not None and fmt.bids_phase is not None
        self._at_bids.setVisible(bids)
        if bids:
            self._at_bids.setText(
                self.tr("Decide who is {holder} at “{phase}”").format(
                    holder=in_sentence(fmt.holder_role.name) if fmt.holder_role else "",
                    phase=fmt.bids_phase.name,
                )
            )
        note = bids_text(self._timeline)
        self._bids_note.setText(note)
        self._bids_note.setVisible(bool(note))
        warning = ""
        if fmt is not None and self._timeline is not None:
            values = fmt.resolve_params(self._params.values())
            warning = short_rounds_warning(fmt, values, self._timeline)
        self._short.setText(("⚠ " + warning) if warning else "")
        self._short.setVisible(bool(warning))

    def _show_problem(self, text: str) -> None:
        self._problem.setText(self.tr("⚠ Problem: {text}").format(text=text) if text else "")
        self._problem.setVisible(bool(text))

    def _show_plan(self) -> None:
        self._editor.show_plan(self._fmt, self._plan)
        rounds = self._editor.rounds_shown
        self._plan_box.setTitle(self.tr("4  Round plan") if rounds else self.tr("4  Roles"))
        self._fixed.setText(whole_session_roles(self._fmt, self._plan))
        self._fixed.setVisible(bool(self._fixed.text()))

    def _show_total(self) -> None:
        if self._timeline is None:
            self._total.setText("—")
            self._end.setText(self.tr("Fix the problem to see when the session would end."))
            return
        total = self._timeline.planned_total
        self._total.setText(minutes_text(total))
        self._end.setText(
            self.tr("If you start now ({now}), it ends about {end}.").format(
                now=clock_text(self._now()), end=projected_end_text(self._now(), total)
            )
        )

    def _ready(self) -> bool:
        return self._plan is not None and not self._agree_box.missing()

    def _update_ok(self) -> None:
        self._ok.setEnabled(self._ready())
        self._export.setEnabled(self._timeline is not None)
        missing = self._agree_box.missing()
        if self._plan is None:
            text = self.tr("Fix the problem in the round plan to continue.")
        elif missing:
            text = self.tr("Tick each agreement once the group has made it ({n} to go).").format(
                n=missing
            )
        else:
            text = ""
        self._waiting.setText(text)
