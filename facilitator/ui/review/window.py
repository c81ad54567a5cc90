"""The end-of-session review for the facilitator: what ran over, the charts of every round
and of the whole session, and the actions and commitments noted for each person.

It opens by itself when the session finishes and from View ▸ Session review (a review of
a session still running shows the figures so far). It is private to the laptop: the
version for the room is ``RoomReview``, which shows no notes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.session.balance import actions_by_person
from facilitator.core.session.balance_figures import SessionFigures, session_figures
from facilitator.core.session.events import room_cues
from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.core.timefmt import duration_text, minutes_text
from facilitator.ui.charts.balance import AirtimeChart, BalanceChart, PhaseTimeChart, group_title
from facilitator.ui.common.elided import plain_tooltip
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.common.session_view import LaptopSession


def _slug(text: str) -> str:
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in keep.split("-") if part) or "chart"


class ReviewWindow(QWidget):
    def __init__(
        self,
        controller: LaptopSession,
        room_screen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewWindow")
        self._c = controller
        self._room_screen = room_screen
        self._room = None
        self._figures: SessionFigures | None = None
        self.setWindowTitle(self.tr("Review — {title}").format(title=isolate(controller.title)))
        self.heading = QLabel(objectName="reviewHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(objectName="reviewSummary", wordWrap=True)
        self.overruns = QTreeWidget(objectName="overrunTable")
        self.overruns.setHeaderLabels(
            [self.tr("Phase"), self.tr("Planned"), self.tr("Used"), self.tr("Over by")]
        )
        self.overruns.setRootIsDecorated(False)
        self.no_overruns = QLabel(self.tr("Every phase kept to its time."))
        self.overruns.header().setStretchLastSection(False)
        self.overruns.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.overruns.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.actions = QTextBrowser(objectName="actionsList")
        self.cues = QTreeWidget(objectName="cueList")  # item texts are plain text
        self.cues.setHeaderLabels([self.tr("Time"), self.tr("Phase"), self.tr("Shown to the room")])
        self.cues.setRootIsDecorated(False)
        self.cues.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.cues_title = QLabel(self.tr("<b>Cues to the room</b>"))
        self.picker = QComboBox(objectName="groupPicker")
        self.phase_chart = PhaseTimeChart(compact=True)  # side by side: titles above
        self.talk_chart = AirtimeChart(compact=True)
        self.balance_chart = BalanceChart()
        export = QPushButton(self.tr("Export charts (PNG and SVG)…"), objectName="exportCharts")
        room = QPushButton(self.tr("Show the room version"), objectName="showRoomReview")
        export.clicked.connect(self._ask_export)
        room.clicked.connect(self.show_room_version)
        self.picker.currentIndexChanged.connect(self._draw_group)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Over time</b>")))
        lv.addWidget(self.no_overruns)
        lv.addWidget(self.overruns, 1)
        lv.addWidget(
            QLabel(self.tr("<b>Actions and commitments by person</b> — from your private notes"))
        )
        lv.addWidget(self.actions, 2)
        lv.addWidget(self.cues_title)
        lv.addWidget(self.cues, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Round:")))
        pick.addWidget(self.picker, 1)
        rv.addLayout(pick)
        charts = QHBoxLayout()
        for chart in (self.phase_chart, self.talk_chart):
            column = QVBoxLayout()
            column.addWidget(chart.caption)
            column.addWidget(chart, 1)
            charts.addLayout(column, 1)
        rv.addLayout(charts, 1)
        self.balance_chart.setMinimumHeight(340)
        rv.addWidget(self.balance_chart, 1)
        split = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(room)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        controller.changed.connect(self._refresh_if_shown)
        controller.notes_changed.connect(self._refresh_if_shown)
        fit_to_screen(self, 1280, 820)
        add_close_keys(self)  # Escape or Ctrl+W
        self.refresh()

    # -- drawing ---------------------------------------------------------------------
    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        r = self._c.runner
        f = self._figures = session_figures(r, self._c.title)
        done = r.state is SessionState.FINISHED
        self.heading.setText(
            self.tr("Review: {title}").format(title=isolate(f.title))
            if done
            else self.tr("Review so far: {title}").format(title=isolate(f.title))
        )
        planned = sum(p.planned for p in f.phases)
        used = sum(p.actual for p in f.phases)
        over = [p for p in f.phases if p.overrun > 0]
        skipped = sum(1 for p in f.phases if p.skipped)
        parts = [
            self.tr("Planned {planned}, used {used}.").format(
                planned=minutes_text(planned), used=minutes_text(used)
            ),
            self.tr("%n phase(s) over time.", "", len(over)),
        ]
        if skipped:
            parts.append(self.tr("%n phase(s) skipped.", "", skipped))
        self.summary.setText(" ".join(parts))
        self.overruns.clear()
        for p in over:
            where = (
                self.tr("Round {n}: ").format(n=p.round_index + 1)
                if p.round_index is not None
                else ""
            )
            QTreeWidgetItem(
                self.overruns,
                [
                    where + p.name,
                    duration_text(p.planned),
                    duration_text(p.actual),
                    "+" + duration_text(p.overrun),
                ],
            )
        self.overruns.setVisible(bool(over))
        self.no_overruns.setVisible(not over)
        self._fill_actions()
        self._fill_cues()
        keep = self.picker.currentIndex()
        self.picker.blockSignals(True)
        self.picker.clear()
        for group in f.groups:
            self.picker.addItem(group_title(self, f, group))
        self.picker.blockSignals(False)
        self.picker.setCurrentIndex(keep if 0 <= keep < len(f.groups) else 0)
        self._draw_group(self.picker.currentIndex())
        self.balance_chart.show_balance(f)

    def _fill_actions(self) -> None:
        grouped = actions_by_person(self._c.notes())
        parts = []
        for person, notes in grouped.items():
            items = "".join(f"<li>{escape(note.text)}</li>" for note in notes)
            parts.append(f"<p><b>{escape(person)}</b> ({len(notes)})</p><ul>{items}</ul>")
        self.actions.setHtml("".join(parts) or escape(self.tr("No actions were noted.")))

    def _fill_cues(self) -> None:
        r = self._c.runner
        self.cues.clear()
        for cue in room_cues(r.events):
            known = cue.phase is not None and 0 <= cue.phase < len(r.timeline)
            phase = r.timeline[cue.phase] if known else None
            where = phase.name if phase is not None else self.tr("Before the start")
            if phase is not None and phase.round_index is not None:
                where = self.tr("Round {n}: ").format(n=phase.round_index + 1) + where
            item = QTreeWidgetItem(self.cues, [duration_text(cue.elapsed), where, cue.text])
            item.setToolTip(1, where)
            item.setToolTip(2, plain_tooltip(cue.text))
        shown = self.cues.topLevelItemCount() > 0
        self.cues.setVisible(shown)
        self.cues_title.setVisible(shown)

    def action_texts(self) -> dict[str, list[str]]:
        """Person -> the texts of their actions, as listed (for checks)."""
        return {
            p: [n.text for n in notes] for p, notes in actions_by_person(self._c.notes()).items()
        }

    def _draw_group(self, index: int) -> None:
        f = self._figures
        if f is None or not 0 <= index < len(f.groups):
            return
        self.phase_chart.show_group(f, f.groups[index])
        self.talk_chart.show_group(f, f.groups[index])

    # -- export and the room -----------------------------------------------------------
    def export_charts(self, folder: str | Path) -> list[Path]:
        """Write every chart of the session to `folder` as PNG and SVG; returns the files."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        from facilitator.ui.charts.parts import export_chart

        f = self._figures or session_figures(self._c.runner, self._c.title)
        # charts of their own, titled inside (the review's round charts keep theirs above)
        phase, talk = PhaseTimeChart(), AirtimeChart()
        charts = []
        for n, group in enumerate(f.groups, start=1):
            charts.append((phase, lambda g=group: phase.show_group(f, g), f"{n:02d}-time"))
            if f.tracked:
                charts.append((talk, lambda g=group: talk.show_group(f, g), f"{n:02d}-airtime"))
        charts.append((self.balance_chart, lambda: None, "99-balance"))
        written: list[Path] = []
        try:
            for chart, draw, stem in charts:
                draw()
                name = f"{stem}-{_slug(chart.title_text)}"
                for suffix in (".png", ".svg"):
                    width = 1600 if suffix == ".png" else None
                    written.append(export_chart(chart, folder / f"{name}{suffix}", width=width))
        finally:
            phase.deleteLater()
            talk.deleteLater()
        return written

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the charts to"))
        if folder:
            files = self.export_charts(folder)
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("%n chart file(s) written to {folder}.", "", len(files)).format(
                    folder=folder
                )
            )

    def room_version(self):
        """The clean version for the projector (made when first asked for)."""
        if self._room is None:
            from facilitator.ui.room.review import RoomReview

            self._room = RoomReview(self._c)
        return self._room

    def show_room_version(self) -> None:
        from facilitator.ui.room.screens import choose_screen

        room = self.room_version()
        room.refresh()
        room.show_on(choose_screen(self._room_screen))

    def close_all(self) -> None:
        if self._room is not None:
            self._room.close()
        self.close()
