"""Series charts: one curve per member, values from the meetings held, Okabe–Ito colours."""

from __future__ import annotations

import sys

from facilitator.core.groups.memory import HeldMeeting
from facilitator.core.groups.series import Group
from facilitator.ui.groups.series_chart import COLOURS, SYMBOLS, SeriesChartWindow

GROUP = Group(1, "Tuesday set", "action-learning", ("Ana", "Ben", "Cy"))


def _meeting(n, held, talk):
    return HeldMeeting(n, n, 0.0, GROUP.members, held, talk, {})


def _curves(plot):
    return {c.name(): c for c in plot.getPlotItem().listDataItems()}


def test_each_member_has_a_curve_with_their_own_colour_and_symbol(qtbot):
    history = [
        _meeting(1, {"Ana": 3600}, {"Ana": 600, "Ben": 300}),
        _meeting(2, {"Ben": 1800}, {"Cy": 900}),
    ]
    window = SeriesChartWindow(GROUP, history)
    qtbot.addWidget(window)
    held = _curves(window.held_plot)
    assert set(held) == {"Ana", "Ben", "Cy"}
    x, y = held["Ben"].getData()
    assert list(x) == [1, 2] and list(y) == [0, 30]  # minutes as holder so far
    x, y = _curves(window.air_plot)["Cy"].getData()
    assert list(y) == [0, 15]
    symbols = [c.opts["symbol"] for c in held.values()]
    assert symbols == list(SYMBOLS[:3])
    assert held["Ana"].opts["pen"].color().name().upper() == COLOURS[0].upper()
    assert not window.empty.isVisible()


def test_a_group_that_has_not_met_says_so(qtbot):
    window = SeriesChartWindow(GROUP, [])
    qtbot.addWidget(window)
    window.show()
    assert window.empty.isVisible()


def test_pyqtgraph_is_not_loaded_by_the_groups_window_alone():
    import subprocess

    code = (
        "import sys; import facilitator.ui.groups.window, facilitator.app; "
        "print('pyqtgraph' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
