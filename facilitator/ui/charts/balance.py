"""The time-balance charts: planned against actual time per phase, airtime per person
stacked by phase, and the balance between participants across the session.

Each chart is made once and handed new figures (a ``SessionFigures`` snapshot from the
core) to redraw; it does no time arithmetic of its own. ``chart_images`` draws a whole
session's charts offscreen for reports.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from facilitator.core.i18n import in_sentence
from facilitator.core.session.balance import PhaseBalance, PhaseGroup
from facilitator.core.session.balance_figures import SessionFigures, session_figures
from facilitator.core.session.runner import SessionRunner
from facilitator.core.text import isolate
from facilitator.core.timefmt import duration_text
from facilitator.ui.charts.parts import (
    LAPTOP,
    SERIES,
    ChartBase,
    ChartStyle,
    hatched,
    render_image,
    solid,
)

MIN = 60.0
BAR, THIN = 0.72, 0.44  # heights of the planned outline and of the time used, in rows


def _bars(**opts) -> pg.BarGraphItem:
    return pg.BarGraphItem(x0=[], width=[], y=[], height=[], **opts)


def group_title(
    chart: QWidget, figures: SessionFigures, group: PhaseGroup, *, isolated: bool = True
) -> str:
    """A group's name ("Round 2 — Ana"), the holder's name between U+2068 and U+2069 (it
    is composed into more text: titles, the picker, the room's review, the PDF)."""
    if group.round_index is None:
        rounds = any(g.round_index is not None for g in figures.groups)
        return QCoreApplication.translate("Charts", "Outside the rounds") if rounds else QCoreApplication.translate("Charts", "The session")
    return QCoreApplication.translate("Charts", "Round {n} — {holder}").format(
        n=group.round_index + 1, holder=isolate(group.holder) if isolated else group.holder
    )


class PhaseTimeChart(ChartBase):
    """One row per phase: the plan as an outline, the time used as a bar inside it, and any
    time over the plan hatched beyond the outline with its length written beside it."""

    def __init__(
        self, style: ChartStyle = LAPTOP, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(style, parent, compact=compact)
        s = style
        self.planned_bars = _bars(pen=s.pen(s.muted), brush=None)
        self.used_bars = _bars(pen=pg.mkPen(None), brush=solid(s.actual))
        self.over_bars = _bars(pen=s.pen(s.over), brush=hatched(s.over))
        # where a phase's plan stood before it was extended or shortened
        self.first_plan = pg.ScatterPlotItem(
            symbol="|", size=s.font_px * 2, pen=s.pen(s.text, s.line_px * 1.5), brush=None
        )
        for item in (self.planned_bars, self.used_bars, self.over_bars, self.first_plan):
            self.getPlotItem().addItem(item)

    def show_group(self, figures: SessionFigures, group: PhaseGroup) -> None:
        self.show_phases(
            figures.group_phases(group),
            self.tr("{group}: planned and used time").format(
                group=group_title(self, figures, group)
            ),
        )

    def show_phases(self, phases: Sequence[PhaseBalance], title: str) -> None:
        s = self.style_
        self.set_title(title)
        self.set_rows([self.short_name(p.name) for p in phases])
        rows = range(len(phases))
        self.planned_bars.setOpts(
            x0=[0.0] * len(phases),
            width=[p.planned / MIN for p in phases],
            y=[-i for i in rows],
            height=BAR,
        )
        self.used_bars.setOpts(
            x0=[0.0] * len(phases),
            width=[min(p.actual, p.planned) / MIN for p in phases],
            y=[-i for i in rows],
            height=THIN,
        )
        over = [(i, p) for i, p in enumerate(phases) if p.overrun > 0]
        self.over_bars.setOpts(
            x0=[p.planned / MIN for _, p in over],
            width=[p.overrun / MIN for _, p in over],
            y=[-i for i, _ in over],
            height=THIN,
        )
        changed = [(i, p) for i, p in enumerate(phases) if p.planned != p.original]
        self.first_plan.setData(
            x=[p.original / MIN for _, p in changed], y=[-i for i, _ in changed]
        )
        self.clear_labels()
        self._hover = []
        for i, p in enumerate(phases):
            end = max(p.planned, p.actual) / MIN
            change = p.planned - p.original
            extended = (
                self.tr(" (plan {sign}{time})").format(
                    sign="+" if change > 0 else "", time=duration_text(change)
                )
                if change
                else ""
            )
            if p.overrun > 0:
                text = self.tr("+{time} over").format(time=duration_text(p.overrun)) + extended
                self.add_label(text, end, -i, s.text, bold=True)
            elif p.skipped:
                self.add_label(self.tr("skipped"), end, -i, s.muted)
            elif extended:
                self.add_label(extended.strip().strip("()"), end, -i, s.muted)
            self._hover.append(
                (QRectF(0, -i - BAR / 2, end * 1.12 + 0.5, BAR), self._hover_text(p))
            )
        self.finish_labels()
        self.set_span(max((max(p.planned, p.actual) / MIN for p in phases), default=1))

    def _hover_text(self, p: PhaseBalance) -> str:
        planned = duration_text(p.planned)
        if p.planned != p.original:
            change = p.planned - p.original
            sign = "+" if change > 0 else ""
            planned += self.tr(" ({original} {sign}{change} changed during the session)").format(
                original=duration_text(p.original), sign=sign, change=duration_text(change)
            )
        lines = [p.name, self.tr("planned {time}").format(time=planned)]
        if p.skipped:
            lines.append(self.tr("skipped"))
        else:
            lines.append(self.tr("used {time}").format(time=duration_text(p.actual)))
            if p.overrun > 0:
                lines.append(self.tr("over by {time}").format(time=duration_text(p.overrun)))
        return "\n".join(lines)


class AirtimeChart(ChartBase):
    """One row per participant: the time they were marked as speaking, stacked by phase in
    the phases' order, with each person's total written at the end of the row."""

    def __init__(
        self, style: ChartStyle = LAPTOP, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(style, parent, compact=compact)
        self._series: list[pg.BarGraphItem] = []
        self.legend = pg.LegendItem(colCount=2, labelTextColor=style.text)
        self.legend.setLabelTextSize(f"{round(style.font_px * 0.9)}px")
        self.getPlotItem().layout.addItem(self.legend, 4, 1)

    def show_group(self, figures: SessionFigures, group: PhaseGroup) -> None:
        self.show_airtime(
            figures.group_phases(group),
            figures.group_airtime(group),
            self.tr("{group}: who spoke, by phase").format(group=group_title(self, figures, group)),
        )

    def show_airtime(
        self,
        phases: Sequence[PhaseBalance],
        seconds: dict[str, dict[int, float]],
        title: str,
    ) -> None:
        s = self.style_
        people = list(seconds)
        self.set_title(title)
        self.set_rows(people)
        while len(self._series) < len(phases):
            n = len(self._series)
            item = _bars(pen=s.pen(s.background, 1), brush=solid(SERIES[n % len(SERIES)]))
            self.getPlotItem().addItem(item)
            self._series.append(item)
        entries = []
        self._hover = []
        start = [0.0] * len(people)
        totals = [sum(seconds[p].values()) for p in people]
        for k, item in enumerate(self._series):
            if k >= len(phases):
                item.setOpts(x0=[], width=[], y=[], height=THIN)
                item.hide()
                continue
            phase = phases[k]
            widths = [seconds[p].get(phase.index, 0.0) / MIN for p in people]
            item.setOpts(
                x0=list(start), width=widths, y=[-i for i in range(len(people))], height=BAR
            )
            item.show()
            entries.append((item, self.short_name(phase.name)))
            for i, person in enumerate(people):
                if widths[i] > 0:
                    text = self.tr(
                        "{person} — {phase}: {time}\n{person} in all here: {total}"
                    ).format(
                        person=person,
                        phase=phase.name,
                        time=duration_text(widths[i] * MIN),
                        total=duration_text(totals[i]),
                    )
                    self._hover.append((QRectF(start[i], -i - BAR / 2, widths[i], BAR), text))
                start[i] += widths[i]
        self.set_legend(entries)
        self.clear_labels()
        for i, total in enumerate(totals):
            self.add_label(duration_text(total), total / MIN, -i, s.text)
        self.finish_labels()
        self.set_span(max(totals, default=0) / MIN)

    def stacked(self) -> list[tuple[float, ...]]:
        """Each shown series' widths in minutes, per person (for checks)."""
        return [tuple(item.opts["width"]) for item in self._series if item.isVisible()]


class BalanceChart(ChartBase):
    """Across the session. Co-consulting: time each person received as client against the
    time they gave as consultant. Group formats: each member's airtime and time as holder,
    with the means drawn as labelled lines."""

    def __init__(
        self, style: ChartStyle = LAPTOP, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(style, parent, compact=compact)
        s = style
        self.first_bars = _bars(pen=pg.mkPen(None), brush=solid(s.actual))
        self.second_bars = _bars(pen=s.pen(s.second), brush=hatched(s.second))
        self.first_mean = pg.InfiniteLine(
            angle=90, pen=s.pen(s.actual, s.line_px, Qt.PenStyle.DashLine)
        )
        self.second_mean = pg.InfiniteLine(
            angle=90, pen=s.pen(s.second, s.line_px, Qt.PenStyle.DotLine)
        )
        for item in (self.first_bars, self.second_bars, self.first_mean, self.second_mean):
            self.getPlotItem().addItem(item)
        self.legend = pg.LegendItem(colCount=2, labelTextColor=s.text)
        self.legend.setLabelTextSize(f"{round(s.font_px * 0.9)}px")
        self.getPlotItem().layout.addItem(self.legend, 4, 1)
        self.series_names: tuple[str, str] = ("", "")
        self.mean_texts: tuple[str, str] = ("", "")

    def show_balance(self, figures: SessionFigures) -> None:
        holder = in_sentence(figures.holder_role) or self.tr("holder")
        helper = in_sentence(figures.helper_role) or self.tr("helper")
        if figures.exchange:
            rows = [(p.person, p.received, p.given) for p in figures.people]
            names = (
                self.tr("received as {role}").format(role=holder),
                self.tr("gave as {role}").format(role=helper),
            )
            title = self.tr("Time each way: received against given")
            means: tuple[float | None, float | None] = (None, None)
        else:
            g = figures.group
            rounds = any(m.holds_round for m in g.members)
            rows = [
                (m.person, m.airtime, m.holder_time if m.holds_round else None) for m in g.members
            ]
            names = (
                self.tr("airtime"),
                self.tr("time as {role}").format(role=holder) if rounds else "",
            )
            title = (
                self.tr("Airtime and time as {role}, against the mean").format(role=holder)
                if rounds
                else self.tr("Airtime against the mean")
            )
            means = (
                g.mean_airtime if figures.tracked else None,
                g.mean_holder_time if rounds else None,
            )
        self._draw(rows, names, title, means)

    def _draw(self, rows, names, title, means) -> None:
        s = self.style_
        self.set_title(title)
        self.set_rows([r[0] for r in rows])
        self.series_names = names
        two = any(r[2] is not None for r in rows)
        off = 0.19 if two else 0.0
        height = 0.34 if two else BAR * 0.8
        self.first_bars.setOpts(
            x0=[0.0] * len(rows), width=[r[1] / MIN for r in rows],
            y=[-i + off for i in range(len(rows))], height=height,
        )  # fmt: skip
        second = [(i, r) for i, r in enumerate(rows) if r[2] is not None]
        self.second_bars.setOpts(
            x0=[0.0] * len(second), width=[r[2] / MIN for _, r in second],
            y=[-i - off for i, _ in second], height=height,
        )  # fmt: skip
        self.set_legend(
            [(self.first_bars, names[0])] + ([(self.second_bars, names[1])] if two else [])
        )
        self.clear_labels()
        self._hover = []
        for i, (person, first, other) in enumerate(rows):
            lines = [person, f"{names[0]}: {duration_text(first)}"]
            if other is not None and self.compact:
                # a compact chart's rows are too low for two labels: one, both times
                text = f"{duration_text(first)} · {duration_text(other)}"
                self.add_label(text, max(first, other) / MIN, -i, s.text)
            else:
                self.add_label(duration_text(first), first / MIN, -i + off, s.text)
            if other is not None:
                if not self.compact:
                    self.add_label(duration_text(other), other / MIN, -i - off, s.text)
                lines.append(f"{names[1]}: {duration_text(other)}")
            longest = max(first, other or 0.0) / MIN
            self._hover.append(
                (QRectF(0, -i - BAR / 2, longest * 1.12 + 0.5, BAR), "\n".join(lines))
            )
        self.finish_labels()
        texts = []
        for line, mean, name in zip((self.first_mean, self.second_mean), means, names, strict=True):
            line.setVisible(mean is not None)
            if mean is None:
                texts.append("")
                continue
            line.setPos(mean / MIN)
            text = self.tr("mean {what} {time}").format(what=name, time=duration_text(mean))
            line.setToolTip(text)
            texts.append(text)
        self.mean_texts = (texts[0], texts[1])
        # the means are named under the title (dashes and dots as drawn), never over a bar
        marks = [f"{'╌╌' if n == 0 else '┈┈'} {t}" for n, t in enumerate(texts) if t]
        self.set_title(title, marks if self.compact else ["   ".join(marks)] if marks else [])
        longest = max((max(r[1], r[2] or 0.0) for r in rows), default=0.0)
        self.set_span(max(longest, *(m for m in means if m is not None), 0.0) / MIN)


def chart_images(
    runner: SessionRunner, width: int, height: int, title: str = ""
) -> list[tuple[str, QImage]]:
    """Every chart of a session drawn offscreen at `width`×`height` pixels, in order: for
    each round (then the phases outside the rounds) planned against used time and, if
    anyone was marked as speaking, who spoke; then the balance across the session.
    Returns (chart title, image) pairs. Needs a QApplication; shows no window."""
    figures = session_figures(runner, title)
    phases, talk, balance = PhaseTimeChart(), AirtimeChart(), BalanceChart()
    out: list[tuple[str, QImage]] = []
    try:
        for group in figures.groups:
            phases.show_group(figures, group)
            out.append((phases.title_text, render_image(phases, width, height)))
            if figures.tracked:
                talk.show_group(figures, group)
                out.append((talk.title_text, render_image(talk, width, height)))
        balance.show_balance(figures)
        out.append((balance.title_text, render_image(balance, width, height)))
    finally:
        for chart in (phases, talk, balance):
            chart.deleteLater()
    return out
