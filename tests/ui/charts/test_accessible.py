"""What the review's charts say to a screen reader (issue 19, item 6): the chart's title
as its name, and the figures drawn, row by row, as its description."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

pytest.importorskip("pyqtgraph")


pytestmark = pytest.mark.usefixtures("charts_deleted_here")  # tests/ui/conftest.py


def _finished_review(qtbot, make_controller, clock):
    from facilitator.ui.review.window import ReviewWindow

    c = make_controller("case-consultation", ["Ana", "Ben", "Cy"])
    c.toggle_running()
    c.set_speaker("Ana")
    clock.advance(400)  # describe the case: 5 min planned, 1:40 over
    c.set_speaker("Ben")
    c.next_phase()
    clock.advance(60)
    c.finish()
    review = ReviewWindow(c)
    qtbot.addWidget(review)
    review.show()
    return review


def _said(widget, what) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(what)


def test_each_chart_is_named_by_its_title_and_reads_its_figures(qtbot, make_controller, clock):
    review = _finished_review(qtbot, make_controller, clock)
    phase, talk, balance = review.phase_chart, review.talk_chart, review.balance_chart
    for chart in (phase, talk, balance):
        name = _said(chart, QAccessible.Text.Name)
        assert name == chart.title_text and name
        # the drawing surface inside takes the focus too: it says the same
        assert _said(chart.viewport(), QAccessible.Text.Name) == name
    said = _said(phase, QAccessible.Text.Description)
    first = said.splitlines()[0]
    assert first.startswith("Describe the case, planned 5:00, used 6:40, over by 1:40")
    assert "skipped" in said  # the phases not reached
    talk_said = _said(talk, QAccessible.Text.Description).splitlines()
    assert talk_said[0].startswith("Ana: 6:40 in all (Describe the case 6:40")
    assert talk_said[1].startswith("Ben: 1:00 in all")
    assert talk_said[2] == "Cy: 0:00 in all"
    balance_said = _said(balance, QAccessible.Text.Description)
    assert balance_said.splitlines()[0].startswith("mean airtime")
    for person in ("Ana", "Ben", "Cy"):
        assert any(line.startswith(person + ",") for line in balance_said.splitlines())


def test_the_description_follows_the_round_shown(qtbot, make_live, clock):
    from facilitator.services.samples.review import play
    from facilitator.ui.review.window import ReviewWindow
    from facilitator.ui.session.controller import SessionController

    live = make_live(
        "action-learning",
        ["Ana", "Ben", "Cy", "Dee", "Eve"],
        params={"issue_holders": 2, "round_minutes": 40, "catch_up_minutes": 10},
    )
    play(live.runner, clock, 7)
    review = ReviewWindow(SessionController(live))
    qtbot.addWidget(review)
    review.picker.setCurrentIndex(0)
    before = review.phase_chart.accessibleDescription(), review.phase_chart.accessibleName()
    review.picker.setCurrentIndex(1)
    after = review.phase_chart.accessibleDescription(), review.phase_chart.accessibleName()
    assert before != after
    assert after[1] == review.phase_chart.title_text
