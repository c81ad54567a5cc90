"""Cells that a spreadsheet shows as text and never runs as a formula (CSV/formula injection).

OWASP's advice for CSV: a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return
gets a leading apostrophe, and the writer quotes cells (Python's `csv` doubles embedded
quotes and quotes cells holding separators or line breaks). In XLSX the value is kept as
it is, typed as a string with Excel's "quote prefix" style, so it is text and stays text
when edited.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_cell(text: str) -> str:
    """Text as a spreadsheet shows it and never runs it as a formula ('=SUM…' is quoted)."""
    return "'" + text if is_formula_like(text) else text


def xlsx_text_cells(sheet: Any) -> None:
    """Make every string cell of an openpyxl `sheet` a text cell, never a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if isinstance(value, str) and (cell.data_type == "f" or is_formula_like(value)):
                cell.data_type = "s"
                cell.quotePrefix = True
