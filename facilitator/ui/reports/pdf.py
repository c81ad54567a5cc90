"""A session report as PDF: summary, the phase timeline, every table, then the charts.

Laid out as rich text (QTextDocument) on A4 pages and painted page by page with a footer
naming the session and the page, and, when the report holds private notes, saying so on
every page. The timeline is the window's own widget painted into an image; charts come in
as (title, QImage) pairs and get pages of their own, two to a page. Needs a
QGuiApplication (the command line makes an offscreen one).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.core.text import isolate
from facilitator.reports.model import SessionReport
from facilitator.reports.tables import Table, all_tables, summary
from facilitator.services.past import PastSession

DPI = 96  # layout units: one CSS pixel
MARGIN_MM = 15.0
FOOTER_PX = 28
CHART_SHARE = 0.42  # of the page height per chart: two to a page with their titles
TIMELINE_HEIGHT = 120  # logical pixels of the timeline picture (as wide as the page)
PICTURE_SCALE = 2  # pictures are painted at twice their size, for print
OVERRUN_INK = "#a33c00"  # a dark vermillion: readable on white, and the text says "+m:ss"
WIDE_TABLE = 8  # columns; wider tables get smaller type
PRIVATE_NOTICE = QT_TRANSLATE_NOOP("Report", "Includes private notes — not for sharing")


def timeline_image(past: PastSession, size: tuple[int, int]) -> QImage:
    """The session's phase timeline as the window draws it, at print resolution."""
    from facilitator.ui.common.past_controller import PastSessionController
    from facilitator.ui.common.timeline_widget import PhaseTimelineWidget

    controller = PastSessionController(past)
    widget = PhaseTimelineWidget(controller)  # type: ignore[arg-type]
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(*size)
    image = QImage(size[0] * PICTURE_SCALE, size[1] * PICTURE_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PICTURE_SCALE)
    image.fill(QColor("white"))
    widget.render(image)
    widget.deleteLater()
    controller.deleteLater()
    return image


def write_pdf(
    report: SessionReport,
    past: PastSession,
    path: Path | str,
    *,
    charts: Sequence[tuple[str, QImage]] = (),
) -> int:
    """Write the report to `path` as PDF; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("Facilitator")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(DPI)
    page = QSizeF(area.width(), area.height() - FOOTER_PX)
    picture = timeline_image(past, (int(page.width()), TIMELINE_HEIGHT))
    doc = report_document(report, picture, charts, page)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(page)
    keep_headings_with_next(doc, page.height())
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(painter, QRectF(QPointF(0, number * page.height()), page))
            painter.restore()
            _footer(painter, report, number + 1, pages, area.width(), area.height())
    finally:
        painter.end()
    return pages


def report_document(
    report: SessionReport,
    timeline: QImage,
    charts: Sequence[tuple[str, QImage]],
    page: QSizeF,
) -> QTextDocument:
    """The report as a QTextDocument laid out for pages of `page` size (in pixels)."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(page)
    width = page.width()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("report:timeline"), timeline)
    parts = [f"<h1>{_e(report.title)}</h1>", _summary_html(report)]
    shown = timeline.size() / max(1.0, timeline.devicePixelRatio())
    parts.append("<h3>" + _e(translate("Report", "Timeline")) + "</h3>")
    parts.append(
        f'<p><img src="report:timeline" width="{width:.0f}" '
        f'height="{width * shown.height() / max(1, shown.width()):.0f}"></p>'
    )
    parts += [_table_html(t) for t in all_tables(report)]
    for n, (title, image) in enumerate(charts):
        url = f"report:chart{n}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        w, h = _fit(image, width, page.height() * CHART_SHARE)
        style = ' style="page-break-before: always"' if n == 0 else ""
        heading = "<h2>" + _e(translate("Report", "Charts")) + "</h2>" if n == 0 else ""
        parts.append(
            f"<div{style}>{heading}<h3>{_e(title)}</h3>"
            f'<p><img src="{url}" width="{w:.0f}" height="{h:.0f}"></p></div>'
        )
    doc.setHtml(_STYLE + "\n".join(parts))
    return doc


_STYLE = """<style>
h1 { font-size: 17pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 14px; }
h3 { font-size: 11pt; margin-top: 16px; margin-bottom: 4px; }
th { background-color: #e6e6e6; font-weight: 600; }
td.num, th.num { text-align: right; }
td.over { color: """ + OVERRUN_INK + """; font-weight: 600; }
tr.total td { font-weight: 600; background-color: #f2f2f2; }
</style>"""  # fmt: skip


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _summary_html(report: SessionReport) -> str:
    rows = "".join(
        f"<tr><td><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>"
        for label, value in summary(report)
    )
    if report.agreements:
        agreed = "<br>".join(_e(a) for a in report.agreements)
        label = translate("Report", "Agreements")
        rows += f"<tr><td><b>{_e(label)}</b></td><td>{agreed}</td></tr>"
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>'


def _table_html(table: Table) -> str:
    def cells(values, tag: str, extra: str = "") -> str:
        out = []
        for value, numeric in zip(values, table.numeric, strict=True):
            classes = ["num"] if numeric else []
            if value.startswith("+") and tag == "td":
                classes.append("over")
            cls = f' class="{" ".join(classes)}"' if classes else ""
            out.append(f"<{tag}{cls}{extra}>{_e(value)}</{tag}>")
        return "".join(out)

    body = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in table.rows)
    if table.footer is not None:
        body += f'<tr class="total">{cells(table.footer, "td")}</tr>'
    if not table.rows:
        none = _e(translate("Report", "None."))
        body += f'<tr><td colspan="{len(table.headers)}"><i>{none}</i></td></tr>'
    wide = len(table.headers) > WIDE_TABLE  # many people: smaller type, so names stay whole
    size = "font-size: 7pt; " if wide else ""
    return (
        f"<h3>{_e(table.title)}</h3>"
        f'<table width="100%" border="1" cellspacing="0" cellpadding="{2 if wide else 3}" '
        f'style="{size}border-color: #b0b0b0; border-style: solid;">'
        f"<thead><tr>{cells(table.headers, 'th')}</tr></thead>{body}</table>"
    )


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """Move each heading that would end a page, apart from what it heads, to the next page."""
    layout = doc.documentLayout()
    for _ in range(200):  # each pass moves one heading; the layout settles well before
        doc.pageCount()  # lay the whole document out again (it is otherwise done lazily)
        block = doc.begin()
        while block.isValid():
            after = block.next()
            if block.blockFormat().headingLevel() and after.isValid():
                top = layout.blockBoundingRect(block).top()
                bottom = layout.blockBoundingRect(after).bottom()
                if int(top // page_height) != int(bottom // page_height) and top % page_height:
                    cursor = QTextCursor(block)
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    cursor.setBlockFormat(fmt)
                    break
            block = after
        else:
            return


def _fit(image: QImage, max_w: float, max_h: float) -> tuple[float, float]:
    ratio = max(1.0, image.devicePixelRatio())
    w, h = image.width() / ratio, image.height() / ratio
    if w <= 0 or h <= 0:
        return 1.0, 1.0
    scale = min(max_w / w, max_h / h)
    return w * scale, h * scale


def _footer(
    painter: QPainter, report: SessionReport, number: int, pages: int, width: float, height: float
) -> None:
    painter.save()
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#404040"))
    box = QRectF(0, height - FOOTER_PX + 8, width, FOOTER_PX - 8)
    # the title is isolated: a right-to-left mark in it cannot reorder the rest of the line
    left = translate("Report", "{title} · session {id}").format(
        title=isolate(report.title), id=report.session_id
    )
    if report.with_notes:
        left += " · " + translate("Report", PRIVATE_NOTICE)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(
        box,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("Report", "page {number} of {pages}").format(number=number, pages=pages),
    )
    painter.restore()
