"""The agenda's PDF: a heading with an escaped name in it stays in heading type."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from facilitator.reports.markdown import escape
from facilitator.ui.common.markdown_pdf import even_headings, write_markdown_pdf


def _heading_sizes(doc: QTextDocument) -> list[set[float]]:
    sizes = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            it, seen = block.begin(), set()
            while not it.atEnd():
                seen.add(it.fragment().charFormat().font().pointSizeF())
                it += 1
            sizes.append(seen)
        block = block.next()
    return sizes


def test_a_heading_with_entities_is_one_size(qapp, tmp_path):
    md = f"## Round 1 — Case giver: {escape('<img src=x> http://x.example')} (25 min)\n\ntext\n"
    doc = QTextDocument()
    doc.setMarkdown(md)
    even_headings(doc)
    assert [len(s) for s in _heading_sizes(doc)] == [1]
    assert "<img src=x> http://x.example" in doc.toPlainText()
    out = tmp_path / "a.pdf"
    write_markdown_pdf(md, out)
    assert out.read_bytes().startswith(b"%PDF")
