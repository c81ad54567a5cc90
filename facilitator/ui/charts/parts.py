"""What the charts share: their look (laptop or room), hover texts, and export.

pyqtgraph is imported here and in ``charts``; both are imported only when a chart is first
shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from facilitator.ui.charts.axis import local_axes
from facilitator.ui.common.style import BACKGROUND, DIM, OKABE_ITO, WHITE

OI = OKABE_ITO
# Phases in a stack take these in turn: ordered so neighbours differ in lightness too.
SERIES = (
    OI["blue"],
    OI["orange"],
    OI["bluish_green"],
    OI["reddish_purple"],
    OI["sky_blue"],
    OI["vermillion"],
    OI["yellow"],
)


@dataclass(frozen=True)
class ChartStyle:
    """Colours and sizes of one kind of chart surface."""

    background: str
    text: str
    muted: str  # axis lines, the planned outline
    actual: str  # the time used
    over: str  # the time over the plan (also hatched and labelled: never colour alone)
    second: str  # the second series of a balance chart (also hatched)
    font_px: int
    line_px: float

    def font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(8, round(self.font_px * factor)))
        font.setBold(bold)
        return font

    def pen(self, colour: str, width: float | None = None, style=Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(colour), width if width is not None else self.line_px, style)
        pen.setCosmetic(True)
        return pen


LAPTOP = ChartStyle(
    background="#FFFFFF",
    text="#1B1B1B",
    muted="#5A616B",
    actual=OI["blue"],
    over=OI["vermillion"],
    second=OI["orange"],
    font_px=13,
    line_px=1.5,
)
ROOM = ChartStyle(
    background=BACKGROUND,
    text=WHITE,
    muted=DIM,
    actual=OI["sky_blue"],
    over=OI["orange"],
    second=OI["orange"],
    font_px=22,
    line_px=3.0,
)


def hatched(colour: str) -> QBrush:
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)


def solid(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def short(text: str, limit: int = 22) -> str:
    """A phase name shortened for an axis; the hover text has it whole."""
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,") + "…"


class ChartBase(pg.PlotWidget):
    """A horizontal bar chart: rows down the left axis, minutes along the bottom.

    Subclasses fill ``self._hover`` with (rectangle in data coordinates, text) pairs;
    moving the mouse over a bar shows its text as a tooltip."""

    def __init__(
        self, style: ChartStyle = LAPTOP, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent, background=style.background, axisItems=local_axes())
        self.style_ = style
        self.compact = compact  # a narrow place: the title goes to `caption`, names shorten
        self.title_text = ""
        # a compact chart's title and notes, as a wrapping label to place above the chart
        self.caption = QLabel(wordWrap=True) if compact else None
        if self.caption is not None:
            self.caption.setTextFormat(Qt.TextFormat.PlainText)
            self.caption.setStyleSheet(f"color: {style.text}; background: transparent;")
            self.caption.setFont(style.font(1.0, bold=True))
        self._hover: list[tuple[QRectF, str]] = []
        self._labels: list[pg.TextItem] = []
        self._used = 0  # labels written by the current redraw
        self._own_span = 1.0  # the minutes axis as the drawing set it (see set_span)
        self._legend_key: list[tuple[int, str]] | None = None
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(False, False)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(style.pen(style.muted, 1))
            axis.setTextPen(style.pen(style.text, 1))
            axis.setTickFont(style.font())
            axis.setStyle(maxTickLevel=1)
        item.getAxis("left").setStyle(tickLength=0)
        item.setLabel(
            "bottom", self.tr("minutes"), **{"color": style.text, "font-size": f"{style.font_px}px"}
        )
        item.showGrid(x=True, y=False, alpha=0.2)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setMinimumSize(220, 160)

    def set_font_px(self, px: int) -> None:
        """All the chart's text at `px` pixels (the room's charts follow the screen's
        height); takes effect at the next `show_*` call, which lays the rows out again."""
        px = max(8, px)
        if px == self.style_.font_px:
            return
        s = self.style_ = replace(self.style_, font_px=px)
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(s.font())
            axis.setStyle(tickTextOffset=max(2, round(px * 0.3)))
        item.setLabel("bottom", self.tr("minutes"), **{"color": s.text, "font-size": f"{px}px"})
        item.getAxis("bottom").setHeight(round(px * 2.6))
        for label in self._labels:
            label.setFont(s.font(0.9, label.textItem.font().bold()))
        if self.caption is not None:
            self.caption.setFont(s.font(1.0, bold=True))
        legend = getattr(self, "legend", None)
        if isinstance(legend, pg.LegendItem):
            legend.setLabelTextSize(f"{round(px * 0.9)}px")
            self._legend_key = None  # built again at the next show, with the new size

    # -- shared drawing helpers --------------------------------------------------------
    def set_title(self, text: str, extra_lines: Sequence[str] = ()) -> None:
        """The chart's title (plain text), with smaller lines under it. A compact chart
        puts them in its wrapping `caption` label, so they never widen the chart."""
        s = self.style_
        self.title_text = text
        if self.caption is not None:
            self.caption.setText("\n".join([text, *extra_lines]))
            return
        html = escape(text)
        small = round(s.font_px * 0.85)
        for line in extra_lines:
            html += f"<br><span style='font-size:{small}px'>{escape(line)}</span>"
        self.getPlotItem().setTitle(html, color=s.text, size=f"{round(s.font_px * 1.15)}px")

    def short_name(self, text: str) -> str:
        return short(text, 16 if self.compact else 26)

    def set_rows(self, names: list[str]) -> None:
        """Row names from the top down; row i is drawn at y = -i."""
        ticks = [(-i, name) for i, name in enumerate(names)]
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([ticks, []])
        # the axis learns its width only after a first paint; offscreen images get one pass
        metrics = QFontMetrics(self.style_.font())
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        axis.setWidth(widest + round(self.style_.font_px * 0.8))
        n = max(1, len(names))
        edge = 0.8 if self.compact else 0.6  # a compact chart's rows are tight: labels fit
        self.getPlotItem().setYRange(-(n - 1) - edge, edge, padding=0)

    def set_span(self, longest_minutes: float) -> None:
        # room at the end of the longest bar for the label written there
        self._own_span = max(1.0, longest_minutes) * 1.3
        self.getPlotItem().setXRange(0, self._own_span, padding=0)

    def own_span(self) -> float:
        """The minutes axis as the drawing set it, before `make_room_for_labels`."""
        return self._own_span

    def make_room_for_labels(self) -> None:
        """Widen the minutes axis just enough that the texts written at the end of the
        bars ("+1:09 over", "skipped", a total) end inside the plot, however narrow the
        chart: `set_span`'s 30 % is room enough only in a wide one. Call it once the
        labels are written and again when the chart's size changes."""
        item = self.getPlotItem()
        box = item.getViewBox()
        plot_px = box.width()
        span = self._own_span
        if plot_px > 0:
            for label in self._labels[: self._used]:
                if not label.isVisible():
                    continue
                text_px = label.textItem.boundingRect().width() + 6
                if text_px >= plot_px * 0.8:
                    continue  # no span can fit it: the hover text and the description have it
                span = max(span, label.pos().x() / (1 - text_px / plot_px))
        if abs(box.viewRange()[0][1] - span) > 1e-6:
            item.setXRange(0, span, padding=0)

    def clear_labels(self) -> None:
        """Start writing labels afresh; the text items are kept and reused (making them
        is what a redraw would otherwise spend most of its time on)."""
        self._used = 0

    def add_label(self, text: str, x: float, y: float, colour: str, bold: bool = False) -> None:
        if self._used == len(self._labels):
            label = pg.TextItem(anchor=(0, 0.5))
            label.setFont(self.style_.font(0.9))
            self.getPlotItem().addItem(label)
            self._labels.append(label)
        label = self._labels[self._used]
        self._used += 1
        if label.toPlainText() != text:
            label.setText(text)
        if label.color.name().upper() != colour.upper():
            label.setColor(colour)
        if label.textItem.font().bold() != bold:
            label.setFont(self.style_.font(0.9, bold))
        label.setPos(x, y)
        label.show()

    def set_legend(self, entries: list[tuple[pg.GraphicsObject, str]]) -> None:
        """Name each series in the chart's `legend`; rebuilt only when the names change."""
        key = [(id(item), name) for item, name in entries]
        if key == self._legend_key:
            return
        self._legend_key = key
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, name)

    def finish_labels(self) -> None:
        """Hide the labels this redraw did not use."""
        for label in self._labels[self._used :]:
            label.hide()

    def label_texts(self) -> list[str]:
        return [label.toPlainText() for label in self._labels[: self._used]]

    # -- hover -------------------------------------------------------------------------
    def hover_text_at(self, x: float, y: float) -> str:
        """The text shown when the mouse is at (x minutes, y row) in the chart's data."""
        point = QPointF(x, y)
        return next((text for rect, text in self._hover if rect.contains(point)), "")

    def hover_items(self) -> list[tuple[QRectF, str]]:
        return list(self._hover)

    def _mouse_moved(self, pos: QPointF) -> None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        at = vb.mapSceneToView(pos)
        text = self.hover_text_at(at.x(), at.y())
        if text:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(pos)), text, self)
        else:
            QToolTip.hideText()


def export_chart(chart: pg.PlotWidget, path: str | Path, width: int | None = None) -> Path:
    """Write `chart` to `path`, PNG or SVG by the file's suffix; returns the path."""
    path = Path(path)
    if not chart.isVisible():  # never laid out on screen: lay it out at a fair size first
        render_image(chart, max(chart.width(), 900), max(chart.height(), 500))
    item = chart.getPlotItem()
    suffix = path.suffix.lower()
    if suffix == ".svg":
        _export_svg(chart, path)
    elif suffix == ".png":
        exporter = exporters.ImageExporter(item)
        if width:
            exporter.parameters()["width"] = int(width)
        exporter.export(str(path))
    else:
        raise ValueError(f"Charts are exported as .png or .svg, not '{path.suffix}'.")
    return path


def _export_svg(chart: pg.PlotWidget, path: Path) -> None:
    """Vector SVG through Qt's own generator. pyqtgraph 0.14.0's SVGExporter fails on the
    closed paths Qt 6.10+ writes for every bar (pyqtgraph issue #3495, fixed after 0.14.0),
    so the scene is drawn straight into a QSvgGenerator instead."""
    from PySide6.QtSvg import QSvgGenerator

    source = chart.getPlotItem().sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(getattr(chart, "title_text", ""))
    generator.setDescription("Facilitator: time-balance chart")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), chart.backgroundBrush())
        chart.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()


def render_image(chart: QWidget, width: int, height: int) -> QImage:
    """The chart drawn at `width`×`height` pixels, without showing it on any screen."""
    chart.resize(width, height)
    return chart.grab().toImage()
