"""An axis that writes its numbers in the language's way: "2,5" in Polish and German.

pyqtgraph writes tick labels with Python's ``%g``/``%f`` (always a decimal point), so each
chart's numeric axes are this subclass, and the numbers go through the house helper
(`core.numbers.local_decimal`). Ticks a chart sets itself (`setTicks`: names, dates,
meeting numbers) are left as they are. Imported with pyqtgraph, never at start-up.
"""

from __future__ import annotations

import pyqtgraph as pg

from facilitator.core.numbers import local_decimal


def local_tick(text: str) -> str:
    """One of pyqtgraph's tick labels ('2.5', '-0.25', '1.5e-05', '1e+06') with the
    language's decimal separator; anything else as it is."""
    mantissa, e, exponent = text.partition("e")
    return local_decimal(mantissa) + e + exponent


class LocalAxis(pg.AxisItem):
    """pyqtgraph's axis, its numbers written with the language's decimal separator (the
    language of the moment: a chart drawn again after a change of language follows it)."""

    def tickStrings(self, values, scale, spacing) -> list[str]:
        return [local_tick(str(s)) for s in super().tickStrings(values, scale, spacing)]


def local_axes(*names: str) -> dict[str, LocalAxis]:
    """``axisItems`` for a `PlotWidget` or `addPlot`: these sides (default: left and
    bottom) with local numbers."""
    return {name: LocalAxis(orientation=name) for name in names or ("left", "bottom")}
