"""A cut name's tooltip shows the name literally, never as markup."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from facilitator.ui.common.elided import ElidedLabel, plain_tooltip


def _rendered(tip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_a_cut_markup_name_shows_literally_in_its_tooltip(qtbot):
    name = "<img src=/etc/passwd width=600> <b>Ana</b> & co " + "x" * 200
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(120, 20)
    label.setText(name)
    assert label.shown_text() != name
    assert _rendered(label.toolTip()) == name


def test_plain_tooltip_keeps_entities_and_blank_text():
    assert _rendered(plain_tooltip("a &amp; b")) == "a &amp; b"
    assert plain_tooltip("") == ""
