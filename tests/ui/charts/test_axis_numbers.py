"""The charts' axes write numbers with the language's decimal separator (issue 15): "2,5"
in Polish and German, "2.5" in English. The tick texts are read from what the axis
draws (`generateDrawSpecs`), on the time-balance charts, the goals chart and the group's
series chart."""

from __future__ import annotations

import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QImage, QPainter

from facilitator.core import i18n
from facilitator.resources import translations_dir
from facilitator.ui.charts.axis import LocalAxis, local_tick
from facilitator.ui.charts.parts import ChartBase


@pytest.fixture(params=["pl", "de"])
def language(request):
    i18n.set_language(request.param, translations_dir())
    yield request.param
    i18n.set_language("en", translations_dir())


def drawn_ticks(plot_item, side: str, low: float, high: float) -> list[str]:
    """The texts `side`'s axis draws when the data range is low..high."""
    if side == "bottom":
        plot_item.setXRange(low, high, padding=0)
    else:
        plot_item.setYRange(low, high, padding=0)
    axis = plot_item.getAxis(side)
    assert isinstance(axis, LocalAxis)
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    return [text for _rect, _flags, text in specs[2]]


def test_the_tick_texts_as_pyqtgraph_writes_them(language):
    assert local_tick("2.5") == "2,5"
    assert local_tick("-0.25") == "-0,25"
    assert local_tick("1.5e-05") == "1,5e-05"
    assert local_tick("1e+06") == "1e+06" and local_tick("12") == "12"


def test_english_keeps_its_point():
    assert i18n.language() == "en"
    assert local_tick("2.5") == "2.5"


def test_a_time_balance_chart_writes_minutes_the_languages_way(qtbot, language):
    chart = ChartBase()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    texts = drawn_ticks(chart.getPlotItem(), "bottom", 0, 2.5)
    assert texts and all("." not in t for t in texts), texts
    assert "0,5" in texts and "1,5" in texts  # spaced by 0.5: decimals are drawn


def test_a_time_balance_chart_in_english_keeps_the_point(qtbot):
    chart = ChartBase()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    texts = drawn_ticks(chart.getPlotItem(), "bottom", 0, 2.5)
    assert "0.5" in texts and "1.5" in texts


def test_the_goals_chart_writes_an_indicators_values_the_languages_way(qtbot, language):
    from datetime import date

    from facilitator.core.coaching.goals import Indicator, IndicatorKind, Reading
    from facilitator.ui.coach.goals_chart import GoalsChart

    chart = GoalsChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    indicator = Indicator(1, 1, "Sleep", IndicatorKind.NUMBER, unit="h", target=7.5,
                          baseline=6.0)  # fmt: skip
    readings = [Reading(1, 1, date(2026, 1, 5), 6.0), Reading(1, 2, date(2026, 2, 5), 6.5)]
    chart.show_indicators([indicator], readings)
    texts = drawn_ticks(chart.plots[0], "left", 6.0, 7.5)
    assert texts and all("." not in t for t in texts), texts
    assert "6,5" in texts


def test_the_series_chart_writes_minutes_the_languages_way(qtbot, language):
    pg = pytest.importorskip("pyqtgraph")
    from facilitator.ui.charts.axis import local_axes

    plot = pg.PlotWidget(axisItems=local_axes())
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    texts = drawn_ticks(plot.getPlotItem(), "left", 0, 1.5)
    assert "0,5" in texts and "1,5" in texts


def test_the_goals_charts_title_writes_the_target_the_languages_way(qtbot, language):
    from facilitator.core.coaching.goals import Indicator, IndicatorKind
    from facilitator.ui.coach.goals_chart import GoalsChart

    chart = GoalsChart()
    qtbot.addWidget(chart)
    chart.show_indicators([Indicator(1, 1, "Sleep", IndicatorKind.NUMBER, target=7.5)], [])
    assert "7,5" in chart.plots[0].titleLabel.text and "7.5" not in chart.plots[0].titleLabel.text
