"""The Review window on a 1024×768 screen (issue 19, item 7): nothing of a chart is cut
off — not the texts at the ends of the bars, not a legend, not an axis title — in English,
Polish and German, with the nine people of an Action Learning set.

The charts are pyqtgraph scenes: a chart narrower or lower than its scene needs simply
crops it, so each chart's plot is measured against the view that shows it, and each text
written at a bar's end against the plot area. The renders are kept as PNG files for a
look (`FACILITATOR_SHOTS=DIR`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from facilitator.app.language import install_language
from facilitator.services.samples.review import ACTIONS, play

pytest.importorskip("pyqtgraph")
import pyqtgraph as pg

pytestmark = pytest.mark.usefixtures("charts_deleted_here")  # tests/ui/conftest.py

NINE = ["Agnieszka", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hiroshi", "Ingrid"]


@pytest.fixture(params=["en", "pl", "de"])
def language(request, qapp):
    code = install_language(qapp, request.param)
    yield code
    install_language(qapp, "en")


def _review(qtbot, make_live, clock, size=(1024, 768)):
    from facilitator.ui.review.window import ReviewWindow
    from facilitator.ui.session.controller import SessionController

    live = make_live(
        "action-learning",
        NINE,
        params={"issue_holders": 4, "round_minutes": 40, "catch_up_minutes": 10},
        title="Action Learning set — March meeting",
    )
    play(live.runner, clock, 7)
    for owner, text in ACTIONS:
        live.add_note(text, action_owner=owner)
    review = ReviewWindow(SessionController(live))
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    review.resize(*size)
    for _ in range(4):
        QApplication.processEvents()
    return review


def _chart_cut(chart) -> list[str]:
    """What of `chart` does not show whole: its scene past its view, or a text written
    at a bar's end past the plot area."""
    out = []
    name = type(chart).__name__
    chart.grab()  # drawn as on screen (pyqtgraph places its texts when painting)
    plot = chart.getPlotItem()
    scene = plot.sceneBoundingRect()
    view = chart.viewport().rect()
    if scene.width() > view.width() + 1 or scene.height() > view.height() + 1:
        out.append(f"{name}: scene {scene.width():.0f}×{scene.height():.0f} in {view}")
    area = plot.getViewBox().sceneBoundingRect()
    for item in plot.items:
        if isinstance(item, pg.TextItem) and item.isVisible():
            right = item.sceneBoundingRect().right()
            if right > area.right() + 1:
                text = item.toPlainText()
                out.append(f"{name}: {text!r} ends at {right:.0f} > {area.right():.0f}")
    return out


def _cut(review) -> list[str]:
    """What of the review's three charts does not show whole."""
    out = []
    pane = review.chart_scroll.widget()
    for chart in (review.phase_chart, review.talk_chart, review.balance_chart):
        out += _chart_cut(chart)
        corner = chart.mapTo(pane, chart.rect().bottomRight())
        if corner.x() >= pane.width():
            out.append(f"{type(chart).__name__}: past the right edge of the charts' column")
        if corner.y() >= pane.height():  # below the end: no scrolling reaches it
            out.append(f"{type(chart).__name__}: past the bottom of the charts' column")
    if pane.width() > review.chart_scroll.viewport().width():
        out.append("the charts' column is wider than its view (sideways scrolling)")
    return out


def _shoot(review, name: str) -> None:
    folder = os.environ.get("FACILITATOR_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        review.grab().save(str(Path(folder) / f"{name}.png"))


def test_nothing_of_the_charts_is_cut_at_1024x768(qtbot, language, make_live, clock):
    review = _review(qtbot, make_live, clock)
    assert review.size().width() == 1024 and review.size().height() == 768
    _shoot(review, f"review_1024_{language}")
    assert _cut(review) == []
    # the lists keep a usable column and the charts the rest
    left, right = review.splitter.sizes()
    assert 260 <= left <= 420 and right > 2 * left
    for index in range(review.picker.count()):  # every round, its own labels and legend
        review.picker.setCurrentIndex(index)
        QApplication.processEvents()
        assert _cut(review) == [], review.picker.currentText()
    bar = review.chart_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the balance chart's axis title and legend, scrolled to
    QApplication.processEvents()
    _shoot(review, f"review_1024_{language}_bottom")
    assert _cut(review) == []


def test_narrow_column_stacks_the_round_charts_and_a_wide_one_sets_them_side_by_side(
    qtbot, make_live, clock
):
    review = _review(qtbot, make_live, clock, (1600, 1000))
    assert review.charts_side_by_side()
    assert _cut(review) == []
    review.resize(800, 600)  # smaller than any screen we fit: one above the other, still whole
    for _ in range(4):
        QApplication.processEvents()
    assert not review.charts_side_by_side()
    assert _cut(review) == []
    review.resize(1600, 1000)
    for _ in range(4):
        QApplication.processEvents()
    assert review.charts_side_by_side()


def test_labels_at_the_bars_ends_get_room_in_a_narrow_chart(qtbot, make_live, clock):
    """The text "+1:09 over" at the end of the longest bar: the chart's own span (30 % past the
    longest bar) is too short for it in a narrow chart; the review widens the axis."""
    review = _review(qtbot, make_live, clock)
    chart = review.phase_chart
    own = chart.own_span()
    shown = chart.getPlotItem().getViewBox().viewRange()[0][1]
    assert own is not None and shown > own  # widened here…
    review.resize(1900, 1000)
    for _ in range(4):
        QApplication.processEvents()
    wide = chart.getPlotItem().getViewBox().viewRange()[0][1]
    assert own <= wide < shown  # …and less so when the chart is wider
    assert _cut(review) == []


def test_the_measure_sees_a_cut_text_and_a_cropped_chart(qtbot, make_live, clock):
    review = _review(qtbot, make_live, clock)
    chart = review.phase_chart
    chart.getPlotItem().setXRange(0, chart.own_span(), padding=0)  # as drawn
    assert any("over" in cut for cut in _cut(review))
    from facilitator.ui.charts.balance import AirtimeChart

    talk = AirtimeChart(compact=True)  # as the review had it: narrower than its legend
    qtbot.addWidget(talk)
    talk.show_group(review._figures, review._figures.groups[0])
    talk.resize(300, 360)
    talk.show()
    for _ in range(4):
        QApplication.processEvents()
    assert any(cut.startswith("AirtimeChart: scene") for cut in _chart_cut(talk))
