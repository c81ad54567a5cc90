"""Issue 19 item 11: the laptop's countdown and the timeline count overtime by one rule
(`core.timefmt.overtime_seconds`), so "−0:12 over" is never "+0:13" beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.main_window import MainWindow


@pytest.fixture
def window(qtbot, make_controller):
    controller = make_controller("case-consultation", ["Ana", "Ben", "Cy", "Dee"])
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("over", [12.0, 12.5, 12.99, 13.01, 61.7])
def test_the_laptop_countdown_and_the_timeline_round_overtime_alike(window, clock, over):
    c = window.controller
    c.toggle_running()
    clock.advance(c.runner.planned(c.runner.index) + over)
    c._tick()
    laptop = window.countdown.findChild(QLabel, "countdown").text()
    timeline = window.timeline._over_text(c.runner.index)
    assert laptop.endswith(" over") and timeline.startswith("+")
    assert laptop.removesuffix(" over").removeprefix("−") == timeline.removeprefix("+")
    assert timeline == f"+{int(over) // 60}:{int(over) % 60:02d}"
