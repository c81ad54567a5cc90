"""The time-balance charts: figures in, chart items out — bar lengths, overrun marks,
hover texts, mean lines — and the exported files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from facilitator.core.session.balance_figures import session_figures
from facilitator.core.text import isolate

pytest.importorskip("pyqtgraph")

from facilitator.ui.charts.balance import (
    AirtimeChart,
    BalanceChart,
    PhaseTimeChart,
    chart_images,
)
from facilitator.ui.charts.parts import export_chart


def widths(item) -> list[float]:
    return [round(float(w), 6) for w in item.opts["width"]]


@pytest.fixture
def consultation(make_live, clock):
    """Case consultation, Ana's round: describe 5:00 of 5 (Ana), questions 6:40 of 5 (Ben
    1:00, then Ana), discussion extended by 2 min and running 3:00 (Cy)."""
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    r = live.runner
    r.start()
    r.set_speaker("Ana")
    clock.advance(300)
    r.next_phase()
    r.set_speaker("Ben")
    clock.advance(60)
    r.set_speaker("Ana")
    clock.advance(340)
    r.next_phase()
    r.adjust(120)
    r.set_speaker("Cy")
    clock.advance(180)
    return live


def test_phase_chart_bars_equal_the_figures(qtbot, consultation):
    f = session_figures(consultation.runner)
    chart = PhaseTimeChart()
    qtbot.addWidget(chart)
    chart.show_group(f, f.groups[0])
    assert chart.title_text == f"Round 1 — {isolate('Ana')}: planned and used time"
    assert widths(chart.planned_bars) == [5, 5, 12, 5]
    assert widths(chart.used_bars) == [5, 5, 3, 0]
    # the 1:40 over the plan of the questions: hatched beyond the outline, and written
    assert widths(chart.over_bars) == [round(100 / 60, 6)]
    assert list(chart.over_bars.opts["x0"]) == [5]
    assert list(chart.over_bars.opts["y"]) == [-1]
    assert chart.over_bars.opts["brush"].style().name == "BDiagPattern"
    assert "+1:40 over" in chart.label_texts()
    assert "plan +2:00" in chart.label_texts()  # the extension, readable without hovering
    # the first plan of the extended phase is marked
    xs, ys = chart.first_plan.getData()
    assert list(xs) == [10] and list(ys) == [-2]


def test_phase_chart_hover_gives_exact_minutes_and_seconds(qtbot, consultation):
    f = session_figures(consultation.runner)
    chart = PhaseTimeChart()
    qtbot.addWidget(chart)
    chart.show_group(f, f.groups[0])
    text = chart.hover_text_at(2.0, -1.1)
    assert text.splitlines() == [
        "Clarifying questions",
        "planned 5:00",
        "used 6:40",
        "over by 1:40",
    ]
    assert "planned 12:00 (10:00 +2:00 changed during the session)" in chart.hover_text_at(1, -2)
    assert chart.hover_text_at(1, -5) == ""  # below the last row: nothing


def test_airtime_chart_stacks_each_persons_time_by_phase(qtbot, consultation):
    f = session_figures(consultation.runner)
    chart = AirtimeChart()
    qtbot.addWidget(chart)
    chart.show_group(f, f.groups[0])
    # one series per phase of the round; each person's share of it
    stacked = [tuple(round(w * 60, 6) for w in row) for row in chart.stacked()]  # seconds
    assert stacked == [
        (300, 0, 0),  # describe: Ana
        (340, 60, 0),  # questions: Ana 5:40, Ben 1:00
        (0, 0, 180),  # discussion: Cy
        (0, 0, 0),  # sum up: nobody yet
    ]
    series = chart._series[1]
    assert list(series.opts["x0"]) == [5.0, 0.0, 0.0]  # stacked after the first phase
    assert chart.label_texts() == ["10:40", "1:00", "3:00"]
    assert chart.hover_text_at(6, 0) == "Ana — Clarifying questions: 5:40\nAna in all here: 10:40"
    assert chart.hover_text_at(0.5, -1).startswith("Ben — Clarifying questions: 1:00")


def test_group_balance_chart_draws_the_means(qtbot, make_live, clock):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    r = live.runner
    r.start()
    r.set_speaker("Ana")
    clock.advance(600)
    r.skip_round()  # Ana's round: 10:00; Ben's next
    r.set_speaker("Ben")
    clock.advance(300)
    r.finish()
    f = session_figures(r)
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.show_balance(f)
    assert chart.series_names == ("airtime", "time as case giver")
    assert widths(chart.first_bars) == [10, 5, 0]
    assert widths(chart.second_bars) == [10, 5, 0]
    assert chart.first_mean.isVisible() and chart.first_mean.value() == pytest.approx(5)
    assert chart.second_mean.value() == pytest.approx(5)
    assert chart.mean_texts == ("mean airtime 5:00", "mean time as case giver 5:00")
    assert chart.hover_text_at(1, 0) == "Ana\nairtime: 10:00\ntime as case giver: 10:00"


def test_exchange_chart_sets_received_against_given(qtbot, make_live, clock):
    live = make_live("co-consulting", ["Ana", "Ben"], params={"minutes_each_way": 10})
    r = live.runner
    r.start()
    clock.advance(120)
    r.next_phase()
    clock.advance(600)  # Ana's time
    r.next_phase()
    clock.advance(300)  # review of Ana's half
    r.next_phase()
    clock.advance(420)  # Ben's time, cut short
    r.finish()
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.show_balance(session_figures(r))
    assert chart.series_names == ("received as client", "gave as consultant")
    assert widths(chart.first_bars) == [15, 7]  # received: Ana 10 + 5, Ben 7
    assert widths(chart.second_bars) == [7, 15]  # given: the other's
    assert not chart.first_mean.isVisible() and not chart.second_mean.isVisible()


def test_untracked_airtime_draws_no_mean_line(qtbot, make_live, clock):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    live.runner.start()
    clock.advance(60)
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.show_balance(session_figures(live.runner))
    assert not chart.first_mean.isVisible()
    assert chart.second_mean.isVisible()


def test_export_writes_png_and_valid_svg(qtbot, consultation, tmp_path):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    f = session_figures(consultation.runner)
    chart = PhaseTimeChart()
    qtbot.addWidget(chart)
    chart.show_group(f, f.groups[0])  # never shown: the export lays it out itself
    png = export_chart(chart, tmp_path / "time.png", width=1200)
    svg = export_chart(chart, tmp_path / "time.svg")
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 1200
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert root.find("{http://www.w3.org/2000/svg}title").text == chart.title_text
    assert QSvgRenderer(str(svg)).isValid()
    assert "Clarifying questions" in svg.read_text()  # the axis text is there as text
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_chart(chart, tmp_path / "time.gif")


def test_chart_images_for_a_report(qtbot, consultation):
    images = chart_images(consultation.runner, 800, 450, "Tuesday group")
    titles = [t for t, _ in images]
    # three rounds, each planned/used then who spoke; then the balance across the session
    assert titles == [
        f"Round 1 — {isolate('Ana')}: planned and used time",
        f"Round 1 — {isolate('Ana')}: who spoke, by phase",
        f"Round 2 — {isolate('Ben')}: planned and used time",
        f"Round 2 — {isolate('Ben')}: who spoke, by phase",
        f"Round 3 — {isolate('Cy')}: planned and used time",
        f"Round 3 — {isolate('Cy')}: who spoke, by phase",
        "Airtime and time as case giver, against the mean",
    ]
    for _, image in images:
        assert (image.width(), image.height()) == (800, 450)
        # drawn, not blank: the blue of the bars is in the first chart
    first = images[0][1]
    colours = {first.pixelColor(x, y).name() for x in range(0, 800, 4) for y in range(0, 450, 4)}
    assert "#0072b2" in colours


def test_chart_images_leave_out_airtime_when_nobody_was_marked(qtbot, make_live, clock):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    live.runner.start()
    clock.advance(30)
    titles = [t for t, _ in chart_images(live.runner, 400, 300)]
    assert len(titles) == 4 and not any("who spoke" in t for t in titles)
