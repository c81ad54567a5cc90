"""A window listing every format: what it is for, its roles and its phases with their times.

The first window of the program until the facilitation window replaces it; it also shows
the problems in user format files so a broken file is never silently ignored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.formats.catalog import Catalog
from facilitator.core.formats.format import Format
from facilitator.core.plan.describe import sample_people
from facilitator.core.plan.rounds import PlanError, make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.timefmt import minutes_text
from facilitator.ui.common.screen_fit import fit_to_screen


class FormatListWindow(QMainWindow):
    def __init__(self, catalog: Catalog, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatListWindow")
        self.setWindowTitle(self.tr("Facilitator — formats"))
        self._catalog = catalog

        self._list = QListWidget(objectName="formatList")
        self._list.setAccessibleName(self.tr("Formats"))
        self._list.setAccessibleDescription(
            self.tr("The session formats you can run; choose one to see its phases.")
        )
        for fmt in catalog.formats:
            item = QListWidgetItem(fmt.title)
            item.setData(Qt.ItemDataRole.UserRole, fmt.id)
            self._list.addItem(item)
        self._title = QLabel(objectName="formatTitle")
        self._title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self._about = QLabel(objectName="formatDescription", wordWrap=True)
        self._about.setTextFormat(Qt.TextFormat.PlainText)
        self._phases = QTreeWidget(objectName="formatPhases")
        self._phases.setAccessibleName(self.tr("Phases of the chosen format"))
        self._phases.setAccessibleDescription(
            self.tr("Each phase with its planned time and who speaks in it.")
        )
        self._phases.setHeaderLabels([self.tr("Phase"), self.tr("Planned"), self.tr("Speaks")])
        self._phases.setRootIsDecorated(True)
        # Plain text that wraps anywhere and scrolls: a long error never widens the window
        # beyond the screen nor gets cut off.
        self._errors = QPlainTextEdit(objectName="formatErrors", readOnly=True)
        self._errors.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._errors.setMaximumHeight(180)
        self._errors.setStyleSheet("color: #8a1c00; padding: 6px;")
        self._errors.setVisible(bool(catalog.errors))
        self._errors.setPlainText(
            self.tr("Some of your format files in {dir}/formats could not be loaded:\n").format(
                dir=data_dir
            )
            + "\n".join(f"• {e}" for e in catalog.errors)
        )

        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addWidget(self._title)
        layout.addWidget(self._about)
        layout.addWidget(self._phases, 1)
        split = QSplitter(objectName="formatSplitter")
        split.addWidget(self._list)
        split.addWidget(detail)
        split.setStretchFactor(1, 3)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(split, 1)
        outer.addWidget(self._errors)
        self.setCentralWidget(central)
        fit_to_screen(self, 980, 620)

        self._list.currentRowChanged.connect(self._show_format)
        if catalog.formats:
            self._list.setCurrentRow(0)

    def _show_format(self, row: int) -> None:
        if not 0 <= row < len(self._catalog.formats):
            return
        fmt = self._catalog.formats[row]
        self._title.setText(fmt.title)
        size = (
            str(fmt.group_min)
            if fmt.group_min == fmt.group_max
            else f"{fmt.group_min}–{fmt.group_max}"
        )
        roles = "\n".join(f"• {r.name}: {r.does}" for r in fmt.roles)
        self._about.setText(
            f"{fmt.description}\n\n"
            + self.tr("People: {size}. Source: {source}").format(
                size=size, source=fmt.source or "—"
            )
            + f"\n{roles}"
        )
        self._fill_phases(fmt)

    def _fill_phases(self, fmt: Format) -> None:
        self._phases.clear()
        params = fmt.default_params()
        try:
            timeline = build_timeline(fmt, params, make_plan(fmt, params, sample_people(fmt)))
        except PlanError as exc:
            QTreeWidgetItem(self._phases, [str(exc)])
            return
        names = {r.id: r.name for r in fmt.roles}
        parent: QTreeWidgetItem | None = None
        current = object()
        for phase in timeline.phases:
            group = phase.round_index if phase.section == "round" else phase.section
            if group != current:
                current = group
                label = {
                    "opening": self.tr("At the start") if fmt.rounds else self.tr("Phases"),
                    "break": self.tr("Break"),
                    "closing": self.tr("At the end"),
                }.get(group, self.tr("Round {n}").format(n=(phase.round_index or 0) + 1))
                length = ""
                if phase.section == "round" and phase.round_index is not None:
                    each = sum(p.planned for p in timeline.round_phases(phase.round_index))
                    length = self.tr("{length} each").format(length=minutes_text(each))
                parent = QTreeWidgetItem(self._phases, [label, length])
                parent.setExpanded(True)
            speaks = ", ".join(names[r] for r in phase.spec.speakers)
            QTreeWidgetItem(parent, [phase.name, minutes_text(phase.planned), speaks])
        total = QTreeWidgetItem(
            self._phases, [self.tr("Planned total"), minutes_text(timeline.planned_total)]
        )
        font = total.font(0)
        font.setBold(True)
        total.setFont(0, font)
        total.setFont(1, font)
        self._phases.resizeColumnToContents(0)
