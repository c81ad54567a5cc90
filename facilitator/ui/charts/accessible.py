"""What the charts say to a screen reader: a name (the chart's title) and a description
that reads out the figures drawn, row by row, so a facilitator who cannot see the bars
hears the same story (issue 19, item 6).

The charts are custom-painted pyqtgraph views: without this an assistive technology finds
an empty graphics view. The texts are built from what the chart itself shows on hover
(already in the user's language) or from the same ``SessionFigures`` the chart drew; no
time arithmetic happens here beyond adding up what a row shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.core.session.balance import PhaseGroup
from facilitator.core.session.balance_figures import SessionFigures
from facilitator.core.timefmt import duration_text
from facilitator.ui.charts.balance import AirtimeChart, BalanceChart, PhaseTimeChart
from facilitator.ui.charts.parts import ChartBase


def _rows(chart: ChartBase) -> list[str]:
    """Each bar's hover text on one line."""
    return [", ".join(line for line in text.split("\n") if line) for _, text in chart.hover_items()]


def phase_time_description(chart: PhaseTimeChart) -> str:
    """Every phase of the shown round: planned, used, over or skipped."""
    rows = _rows(chart)
    if not rows:
        return QCoreApplication.translate("ChartText", "No phases to show.")
    return "\n".join(rows)


def airtime_description(chart: AirtimeChart, figures: SessionFigures, group: PhaseGroup) -> str:
    """Each person of the shown round: their time in all, then by phase."""
    seconds = figures.group_airtime(group)
    if not seconds:
        return QCoreApplication.translate("ChartText", "No one was marked as speaking.")
    names = {p.index: p.name for p in figures.group_phases(group)}
    lines = []
    for person, by_phase in seconds.items():
        total = sum(by_phase.values())
        parts = [
            f"{names.get(index, '')} {duration_text(time)}"
            for index, time in by_phase.items()
            if time > 0
        ]
        line = QCoreApplication.translate("ChartText", "{person}: {total} in all").format(
            person=person, total=duration_text(total)
        )
        lines.append(f"{line} ({', '.join(parts)})" if parts else line)
    return "\n".join(lines)


def balance_description(chart: BalanceChart) -> str:
    """The means first (the lines drawn across the chart), then each person's bars."""
    means = [text for text in chart.mean_texts if text]
    rows = _rows(chart)
    if not rows:
        return QCoreApplication.translate("ChartText", "No one to show.")
    return "\n".join([*means, *rows])


def describe(chart: ChartBase, description: str) -> None:
    """Give `chart` (and the drawing surface inside it, which takes the focus too) the
    chart's title as its name and `description` as what a screen reader reads next."""
    name = chart.title_text or QCoreApplication.translate("ChartText", "Chart")
    targets: list[QWidget] = [chart]
    viewport = chart.viewport()
    if viewport is not None:
        targets.append(viewport)
    for widget in targets:
        if widget.accessibleName() != name:
            widget.setAccessibleName(name)
        if widget.accessibleDescription() != description:
            widget.setAccessibleDescription(description)
