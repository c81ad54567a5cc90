"""A Markdown text laid out on A4 pages as PDF (the agenda before a meeting). Needs a
QGuiApplication; the command line makes an offscreen one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument

MARGIN_MM = 15.0
DPI = 96


def write_markdown_pdf(markdown: str, path: Path | str, *, title: str = "") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)  # layout units are CSS pixels, as on screen
    writer.setTitle(title)
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("table { border-collapse: collapse; } td, th { padding: 3px; }")
    doc.setMarkdown(markdown)
    even_headings(doc)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)


def even_headings(doc: QTextDocument) -> None:
    """Each heading in one type: Qt's Markdown reader sets the text after an entity
    (``&lt;`` or ``&#58;``, as escaped names carry them) in body type."""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.begin() != block.end():
            look = block.begin().fragment().charFormat()
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(look)
        block = block.next()
