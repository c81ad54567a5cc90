"""Item 12: format file errors repeated the whole expression (70 KB for one file), the
Formats window grew wider than the screen and cut errors off, and a valid 3,000-factor
expression was called invalid."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from facilitator.core.formats.catalog import load_catalog
from facilitator.core.formats.expr import evaluate
from facilitator.resources import builtin_formats_dir
from facilitator.ui.setup.format_list import FormatListWindow


def _format_file(folder, minutes: str) -> None:
    """A copy of a built-in format, its first phase's minutes set to `minutes`."""
    text = (builtin_formats_dir() / "case_consultation.toml").read_text(encoding="utf-8")
    text = text.replace('id = "case-consultation"', 'id = "mine"', 1)
    text = text.replace("minutes = 5", f'minutes = "{minutes}"', 1)
    (folder / "mine.toml").write_text(text, encoding="utf-8")


def test_a_valid_expression_of_3000_factors_is_read():
    assert evaluate(" * ".join(["1"] * 3000), {}) == 1.0
    assert evaluate(" + ".join(["x"] * 3000), {"x": 0.5}) == 1500.0


def test_an_error_quotes_a_short_part_of_a_huge_expression(tmp_path):
    huge = "1 + " * 17_500 + "* 2 *"  # about 70 KB, and a syntax error at the end
    _format_file(tmp_path, huge)
    catalog = load_catalog(builtin_formats_dir(), tmp_path)
    [error] = catalog.errors
    assert "mine.toml" in str(error)
    assert len(str(error)) < 400
    assert f"{len(huge):,} characters" in str(error) and "not a valid" in str(error)


def test_long_errors_scroll_inside_a_window_that_fits_the_screen(qtbot, tmp_path):
    _format_file(tmp_path, "x" * 5000 + " +")  # one long word: nothing to break it at
    catalog = load_catalog(builtin_formats_dir(), tmp_path)
    window = FormatListWindow(catalog, str(tmp_path))
    qtbot.addWidget(window)
    window.show()
    errors = window.findChild(QPlainTextEdit, "formatErrors")
    assert "mine.toml" in errors.toPlainText()  # all of it, scrollable, never cut off
    assert window.minimumSizeHint().width() < 900
    assert window.width() <= 1000
