"""The first window lists every format with its phases, and names broken user files."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTreeWidget

from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.ui.setup.format_list import FormatListWindow


def _window(qtbot, user_dir=None):
    catalog = load_catalog(builtin_formats_dir(), user_dir)
    window = FormatListWindow(catalog, "/data")
    qtbot.addWidget(window)
    window.show()
    return catalog, window


def test_lists_every_format_and_shows_phases(qtbot):
    catalog, window = _window(qtbot)
    listing = window.findChild(QListWidget, "formatList")
    titles = [listing.item(i).text() for i in range(listing.count())]
    assert titles == [f.title for f in catalog.formats]
    assert "Co-consulting" in titles

    row = titles.index("Peer-to-peer case consultation")
    listing.setCurrentRow(row)
    tree = window.findChild(QTreeWidget, "formatPhases")
    first_round = tree.topLevelItem(0)
    assert first_round.text(0) == "Round 1"
    assert first_round.text(1).endswith(" each")  # a round's total
    steps = [
        (first_round.child(i).text(0), first_round.child(i).text(1))
        for i in range(first_round.childCount())
    ]
    assert [t for _, t in steps] == ["5 min", "5 min", "10 min", "5 min"]
    total = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert total.text(0) == "Planned total"
    assert total.text(1) == "1 h 15 min"  # three members, 25 minutes each


def test_broken_user_format_is_named_not_fatal(qtbot, tmp_path):
    (tmp_path / "mine.toml").write_text(
        'id = "mine"\ntitle = "Mine"\n[[opening]]\nname = "x"\nminutes = -3\n'
    )
    catalog, window = _window(qtbot, tmp_path)
    errors = window.findChild(QPlainTextEdit, "formatErrors")
    assert errors.isVisible()
    assert "mine.toml, line" in errors.toPlainText()
    assert len(catalog.formats) == 5
