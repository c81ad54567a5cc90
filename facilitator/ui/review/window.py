"""The end-of-session review for the facilitator: what ran over, the charts of every round
and of the whole session, and the actions and commitments noted for each person.

It opens by itself when the session finishes and from View ▸ Session review (a review of
a session still running shows the figures so far). It is private to the laptop: the
version for the room is ``RoomReview``, which shows no notes.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
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
from facilitator.ui.charts.accessible import (
    airtime_description,
    balance_description,
    describe,
    phase_time_description,
)
from facilitator.ui.charts.balance import AirtimeChart, BalanceChart, PhaseTimeChart, group_title
from facilitator.ui.common.elided import plain_tooltip
from facilitator.ui.common.screen_fit import add_close_keys, fit_to_screen
from facilitator.ui.common.session_view import LaptopSession

LEFT_MIN, LEFT_MAX = 260, 420  # the lists' column, in pixels
ROUND_CHART_WIDTH = 320  # each round chart's width before the two stand side by side
ROW_PX = 34  # height per row of a chart (per person of the balance, whose rows hold two)
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
        self.overruns.setAccessibleName(self.tr("Phases over time"))
        self.overruns.setAccessibleDescription(
            self.tr("Each phase that ran over: its planned time, the time used and by how much.")
        )
        self.no_overruns = QLabel(self.tr("Every phase kept to its time."))
        header = self.overruns.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # the times take the width of their figures, not of their headings (long in
        # German: "Überzogen um"), which elide and say themselves whole on hover: the
        # phase names keep room in a narrow column
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.overruns.headerItem().setToolTip(column, self.overruns.headerItem().text(column))
        self.actions = QTextBrowser(objectName="actionsList")
        self.actions.setAccessibleName(self.tr("Actions and commitments by person"))
        self.actions.setAccessibleDescription(self.tr("From your private notes."))
        self.cues = QTreeWidget(objectName="cueList")  # item texts are plain text
        self.cues.setHeaderLabels([self.tr("Time"), self.tr("Phase"), self.tr("Shown to the room")])
        self.cues.setRootIsDecorated(False)
        self.cues.setAccessibleName(self.tr("Cues to the room"))
        self.cues.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.cues_title = QLabel(self.tr("<b>Cues to the room</b>"))
        self.picker = QComboBox(objectName="groupPicker")
        self.picker.setAccessibleName(self.tr("Round"))
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
            QLabel(
                self.tr("<b>Actions and commitments by person</b> — from your private notes"),
                wordWrap=True,
            )
        )
        lv.addWidget(self.actions, 2)
        lv.addWidget(self.cues_title)
        lv.addWidget(self.cues, 1)
        # The charts scroll (up and down only) rather than squeeze: each keeps the room its
        # rows, labels and legend need, and the round's two charts stand side by side only
        # where both get their width (a 1024×768 screen stacks them).
        right = _ChartsPane()
        rv = _ChartsLayout(QBoxLayout.Direction.TopToBottom, right)
        rv.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        round_label = QLabel(self.tr("Round:"))
        round_label.setBuddy(self.picker)
        pick.addWidget(round_label)
        pick.addWidget(self.picker, 1)
        rv.addLayout(pick)
        self.round_charts = _ChartsLayout(QBoxLayout.Direction.LeftToRight)
        for chart in (self.phase_chart, self.talk_chart):
            column = _ChartsLayout(QBoxLayout.Direction.TopToBottom)
            column.addWidget(chart.caption)
            column.addWidget(chart, 1)
            self.round_charts.addLayout(column, 1)
        rv.addLayout(self.round_charts, 1)
        rv.addWidget(self.balance_chart, 1)
        self.chart_scroll = QScrollArea(objectName="reviewCharts", widgetResizable=True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(right)
        self.chart_scroll.setAccessibleName(self.tr("Charts"))
        right.resized.connect(self.arrange_charts)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_charts)
        for chart in (self.phase_chart, self.talk_chart, self.balance_chart):
            # once pyqtgraph has laid the plot out at its new size (a bound method: Qt
            # drops the connection with the window, no Python filter runs while it dies)
            chart.getPlotItem().getViewBox().sigResized.connect(self._chart_resized)
        self.splitter = split = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        split.addWidget(left)
        split.addWidget(self.chart_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setCollapsible(1, False)
        left.setMinimumWidth(LEFT_MIN)
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
        self._split_placed = False
        self.refresh()

    # -- layout ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split_placed:
            self._place_split()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._place_split()

    def _place_split(self) -> None:
        """The lists take about a third of a narrow window, at most LEFT_MAX pixels of a
        wide one: the rest goes to the charts."""
        total = sum(self.splitter.sizes()) or self.splitter.width()
        if total <= 0:
            return
        left = max(LEFT_MIN, min(LEFT_MAX, round(total * 0.26)))
        self.splitter.setSizes([left, max(1, total - left)])
        self._split_placed = True

    def arrange_charts(self) -> None:
        """Side by side when the round's two charts both get the width they need, else one
        above the other. The width counted leaves room for the scroll bar whether or not
        it shows, so that stacking (which may bring the bar) never flips the choice back."""
        scroll = self.chart_scroll
        width = scroll.width() - 2 * scroll.frameWidth()
        width -= scroll.verticalScrollBar().sizeHint().width()
        need = (
            self.phase_chart.minimumWidth()
            + self.talk_chart.minimumWidth()
            + self.round_charts.spacing()
        )
        wanted = (
            QBoxLayout.Direction.LeftToRight if width >= need else QBoxLayout.Direction.TopToBottom
        )
        if self.round_charts.direction() != wanted:
            self.round_charts.setDirection(wanted)
        # the column ignores height-for-width: each wrapping caption's height at its
        # width is made its minimum, so the column is tall enough and nothing below it
        # is pushed past its end
        for chart in (self.phase_chart, self.talk_chart):
            caption = chart.caption
            if caption is None or caption.width() <= 1:
                continue
            height = caption.heightForWidth(caption.width())
            if height > 0 and caption.minimumHeight() != height:
                caption.setMinimumHeight(height)
                self._refit.start()

    def charts_side_by_side(self) -> bool:
        return self.round_charts.direction() == QBoxLayout.Direction.LeftToRight

    def _set_chart_widths(self) -> None:
        """Each chart at least as wide as its axis, legend and title need (pyqtgraph lays
        them out in the chart's scene: a narrower chart would cut them off), and a round
        chart at least ROUND_CHART_WIDTH, so that its bars keep a readable length."""
        for chart, floor in (
            (self.phase_chart, ROUND_CHART_WIDTH),
            (self.talk_chart, ROUND_CHART_WIDTH),
            (self.balance_chart, ROUND_CHART_WIDTH),
        ):
            item = chart.getPlotItem()
            legend = getattr(chart, "legend", None)
            if isinstance(legend, pg.LegendItem):
                legend.layout.activate()  # lays out the names just drawn: its true width
            item.layout.activate()
            least = item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
            frame = chart.width() - chart.viewport().width()
            wanted = max(floor, math.ceil(least) + frame + 2)
            if chart.minimumWidth() != wanted:
                chart.setMinimumWidth(wanted)

    def _set_chart_heights(self) -> None:
        """Each chart at least as tall as its rows, labels and legend need."""
        f = self._figures
        if f is None:
            return
        self._set_chart_widths()
        index = self.picker.currentIndex()
        group = f.groups[index] if 0 <= index < len(f.groups) else None
        phases = len(f.group_phases(group)) if group is not None else 1
        people = len(f.group_airtime(group)) if group is not None else 1
        line = self.fontMetrics().height()
        legend_rows = (phases + 1) // 2
        self.phase_chart.setMinimumHeight(ROW_PX * max(1, phases) + 4 * line)
        self.talk_chart.setMinimumHeight(
            round(ROW_PX * 0.75) * max(1, people) + (4 + legend_rows) * line
        )
        members = len(f.people) if f.exchange else len(f.group.members)
        self.balance_chart.setMinimumHeight(ROW_PX * max(1, members) + 9 * line)
        for chart in (self.phase_chart, self.talk_chart, self.balance_chart):
            least = chart.getPlotItem().effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
            if chart.minimumHeight() < least + 3 * line:
                chart.setMinimumHeight(math.ceil(least) + 3 * line)

    def _chart_resized(self, box) -> None:
        for chart in (self.phase_chart, self.talk_chart, self.balance_chart):
            if chart.getPlotItem().getViewBox() is box:
                chart.make_room_for_labels()
        self._refit.start()  # the legends learn their true width once laid out

    def _fit_charts(self) -> None:
        self._set_chart_widths()
        self.arrange_charts()

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
            item = QTreeWidgetItem(
                self.overruns,
                [
                    where + p.name,
                    duration_text(p.planned),
                    duration_text(p.actual),
                    "+" + duration_text(p.overrun),
                ],
            )
            item.setToolTip(0, plain_tooltip(where + p.name))  # whole, where the column elides
        self._size_time_columns()
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
        self.balance_chart.make_room_for_labels()
        describe(self.balance_chart, balance_description(self.balance_chart))
        self._set_chart_heights()
        self.arrange_charts()

    def _size_time_columns(self) -> None:
        """The time columns as wide as their figures (their headings elide if longer)."""
        metrics = self.overruns.fontMetrics()
        tree = self.overruns
        for column in (1, 2, 3):
            texts = [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            heading = metrics.horizontalAdvance(tree.headerItem().text(column))
            tree.header().resizeSection(column, max(widest + 14, min(heading + 14, widest + 30)))

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
        group = f.groups[index]
        self.phase_chart.show_group(f, group)
        self.talk_chart.show_group(f, group)
        self.phase_chart.make_room_for_labels()
        self.talk_chart.make_room_for_labels()
        self._set_chart_heights()
        self.arrange_charts()
        describe(self.phase_chart, phase_time_description(self.phase_chart))
        describe(self.talk_chart, airtime_description(self.talk_chart, f, group))

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


class _ChartsPane(QWidget):
    """The charts' column in the scroll area: says when its size changes."""

    resized = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="reviewChartsPane")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class _ChartsLayout(QBoxLayout):
    """The charts' column: as tall as the charts' minimum heights, or the scroll area's
    height if more, never the charts' (large) preferred heights. Without this the
    wrapping captions make the scroll area size the column by height-for-width, which
    adds up the charts' preferred heights: a 1024×768 screen would scroll for nothing."""

    def hasHeightForWidth(self) -> bool:
        return False
