"""Charts across a group's meetings: each member's time as holder so far, and their
airtime at each meeting. Each member has an Okabe–Ito colour and a symbol of their own,
so colour is never the only way to tell them apart; the legend names them.

pyqtgraph is imported when the window is made, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.groups.memory import HeldMeeting, SeriesChartData, series_chart_data
from facilitator.core.groups.series import Group
from facilitator.core.text import isolate
from facilitator.ui.common.style import OKABE_ITO

COLOURS = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["sky_blue"],
    "#000000",
    OKABE_ITO["yellow"],
)
SYMBOLS = ("o", "s", "t", "d", "star", "p", "h", "t1")


class SeriesChartWindow(QWidget):
    def __init__(
        self, group: Group, history: Sequence[HeldMeeting], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self.setObjectName("seriesChart")
        self.setWindowTitle(
            self.tr("{name} across its meetings — Facilitator").format(name=isolate(group.name))
        )
        self.data: SeriesChartData = series_chart_data(history, group.members)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("{name}: %n meeting(s) held", "", len(history)).format(name=isolate(group.name)),
            objectName="chartHeading",
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(heading)
        self.empty = QLabel(
            self.tr("No meeting of this group has been held yet; the charts fill in as it meets."),
            objectName="chartEmpty",
            wordWrap=True,
        )
        layout.addWidget(self.empty)
        self.empty.setVisible(not self.data.meetings)

        self.held_plot = self._plot(
            pg, self.tr("Time as holder so far (minutes)"), self.data.held_total
        )
        self.air_plot = self._plot(
            pg, self.tr("Airtime at each meeting (minutes)"), self.data.airtime
        )
        layout.addWidget(self.held_plot, 1)
        layout.addWidget(self.air_plot, 1)
        self.resize(900, 700)

    def _plot(self, pg, title: str, series) -> QWidget:
        from facilitator.ui.charts.axis import local_axes

        plot = pg.PlotWidget(background="w", axisItems=local_axes())  # '2,5' in pl/de
        item = plot.getPlotItem()
        item.setTitle(title, color="#000000", size="12pt")
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("Meeting"), color="#000000")
        item.setLabel("left", self.tr("minutes"), color="#000000")
        for axis in ("bottom", "left"):
            item.getAxis(axis).setTextPen("#000000")
            item.getAxis(axis).setPen("#000000")
        meetings = list(self.data.meetings)
        item.getAxis("bottom").setTicks([[(m, str(m)) for m in meetings]])
        # room on the right for the legend, so it never covers the last meeting's points
        item.setXRange(min(meetings, default=1) - 0.3, max(meetings, default=1) + 0.9)
        legend = item.addLegend(offset=(-10, 10), labelTextColor="#000000")
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        for n, (person, values) in enumerate(series.items()):
            colour = COLOURS[n % len(COLOURS)]
            item.plot(
                meetings,
                list(values),
                name=person,
                pen=pg.mkPen(colour, width=2.5),
                symbol=SYMBOLS[n % len(SYMBOLS)],
                symbolSize=11,
                symbolBrush=colour,
                symbolPen=pg.mkPen("#000000", width=1),
            )
        item.setYRange(0, max((max(v, default=0) for v in series.values()), default=1) * 1.15 or 1)
        return plot
