"""The benefit indicators of an engagement over time: one small plot per indicator, its
values by session date and its target as a dashed line. Each indicator has its own
Okabe–Ito colour and symbol, and its name and target are written above its plot, so
colour is never the only signal.

pyqtgraph is imported when the chart is made (the first time an engagement with
indicators is shown), never at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.core.coaching.goals import Indicator, IndicatorKind, Reading, number_text
from facilitator.core.numbers import local_decimal
from facilitator.core.text import isolate
from facilitator.ui.common.style import OKABE_ITO

COLOURS = (OKABE_ITO["blue"], OKABE_ITO["orange"], OKABE_ITO["bluish_green"],
           OKABE_ITO["reddish_purple"], OKABE_ITO["vermillion"], OKABE_ITO["sky_blue"])  # fmt: skip
SYMBOLS = ("o", "s", "t", "d", "star", "p")


def _x(day) -> float:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


def _date_ticks(points: list[Reading], most: int = 6) -> list[tuple[float, str]]:
    """The session dates as tick labels (ISO, so no locale guesswork), at most `most`."""
    days = sorted({r.held_on for r in points})
    step = max(1, -(-len(days) // most))
    chosen = days[::step]
    if days and chosen[-1] != days[-1]:
        chosen[-1] = days[-1]
    return [(_x(d), d.isoformat()) for d in chosen]


class GoalsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.setObjectName("goalsChart")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plots: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_indicators(self, indicators: list[Indicator], readings: list[Reading]) -> None:
        from facilitator.ui.charts.axis import local_axes

        pg = self._pg
        self.view.clear()
        self.plots = []
        by_indicator: dict[int, list[Reading]] = {}
        for r in readings:
            by_indicator.setdefault(r.indicator_id, []).append(r)
        for n, indicator in enumerate(indicators):
            points = by_indicator.get(indicator.id, [])
            colour = COLOURS[n % len(COLOURS)]
            unit = f" {indicator.unit}" if indicator.unit else ""
            name = indicator.name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            title = self.tr("{name} — target {target}").format(
                name=isolate(name), target=local_decimal(number_text(indicator.target)) + unit)
            plot = self.view.addPlot(row=n, col=0, axisItems=local_axes())  # '2,5' in pl/de
            plot.setTitle(title, color="#000000", size="10pt")
            plot.showGrid(x=False, y=True, alpha=0.25)
            for axis in ("bottom", "left"):
                plot.getAxis(axis).setTextPen("#000000")
                plot.getAxis(axis).setPen("#000000")
            xs = [_x(r.held_on) for r in points]
            ys = [r.value for r in points]
            plot.plot(xs, ys, pen=pg.mkPen(colour, width=2.5), symbol=SYMBOLS[n % len(SYMBOLS)],
                      symbolSize=10, symbolBrush=colour, symbolPen=pg.mkPen("#000000", width=1))  # fmt: skip
            plot.addItem(pg.InfiniteLine(pos=indicator.target, angle=0, pen=pg.mkPen(
                "#000000", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)))  # fmt: skip
            if indicator.kind is IndicatorKind.SCALE:
                plot.setYRange(indicator.low, indicator.high, padding=0.08)
            else:
                values = [*ys, indicator.target] + (
                    [indicator.baseline] if indicator.baseline is not None else [])  # fmt: skip
                low, high = min(values), max(values)
                plot.setYRange(low, high if high > low else low + 1, padding=0.15)
            plot.getAxis("bottom").setTicks([_date_ticks(points)])
            if xs:
                span = max(xs) - min(xs)
                pad = max(span * 0.08, 3 * 86400)
                plot.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
            self.plots.append(plot)
        self.setMinimumHeight(150 * max(1, len(indicators)))
