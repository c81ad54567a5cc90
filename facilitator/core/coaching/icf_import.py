"""Reading ICF's own client coaching log (the spreadsheet ICF's template lays out, or the
one this program exports) as rows for the sessions import.

Columns (case-insensitive; "No." and an "Organisation (sponsor)" column are allowed and
ignored): client name, contact, individual/group, number in group, start date, end date,
paid hours, pro bono hours. Totals lines are skipped. Each line becomes up to two rows
for `store.coaching_import`: its paid hours (fee paid) and its pro bono hours, each as
one session on the line's end date (the log has no dates of its own sessions, so the
hours count on that day: a log exported today keeps its recent hours right only when
each line ends within the last 18 months). The rows then go through the same preview
(new / already there / problems) as any import, so the same log read twice adds nothing.

Qt-free and store-free. XLSX is read with openpyxl, imported only when asked.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from facilitator.core.coaching.model import Payment
from facilitator.core.coaching.session_import import (
    ImportRow,
    ParsedFile,
    Problem,
    _decode,
    _norm,
    other_separator_problem,
    parse_day,
    parse_number,
)

COLUMNS = {
    "client name": "client", "client": "client", "client name/id": "client",
    "contact": "contact", "contact information": "contact", "client contact": "contact",
    "individual/group": "kind", "number in group": "size", "start date": "start",
    "end date": "end", "paid hours": "paid", "pro bono hours": "pro bono",
    "pro-bono hours": "pro bono", "no.": None, "organisation (sponsor)": None,
}  # fmt: skip
REQUIRED = ("client", "start", "end", "paid", "pro bono")
_TOTALS = {"totals", "total", "total hours (paid and pro bono)", "total hours"}


def _unquoted(text: str) -> str:
    """Undo the apostrophe an export puts before text that looks like a formula."""
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _lines_from_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def read_icf_log(data: bytes, *, xlsx: bool = False, today: date | None = None) -> ParsedFile:
    """The ICF log's lines as import rows, or the problems found (line, column, reason)."""
    out = ParsedFile()
    if xlsx:
        try:
            lines = _lines_from_xlsx(data)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            out.add(Problem(1, "", f"the file cannot be read as an Excel workbook ({exc})"))
            return out
    else:
        text, problem = _decode(data)
        if problem is not None:
            out.add(problem)
            return out
        try:
            lines = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as exc:
            out.add(Problem(1, "", f"the file cannot be read as CSV: {exc}"))
            return out
    if not lines:
        out.add(Problem(1, "", "the file is empty"))
        return out
    header = [_norm(h) for h in lines[0]]
    while header and not header[-1]:
        header.pop()
    if not any(COLUMNS.get(name) for name in header):
        problem = other_separator_problem(lines[0], COLUMNS.keys())
        if problem is not None:
            out.add(problem)
            return out
    names: dict[str, int] = {}
    for i, name in enumerate(header):
        if name not in COLUMNS:
            out.add(Problem(1, lines[0][i].strip(), "not a column of ICF's client coaching log"))
        elif (column := COLUMNS[name]) is not None:
            names[column] = i
    for name in REQUIRED:
        if name not in names:
            out.add(Problem(1, name, "this column of ICF's log is missing"))
    if out.problem_count:
        return out
    latest = date(2100, 1, 1) if today is None else today + timedelta(days=366)
    for number, cells in enumerate(lines[1:], 2):
        cells = cells + [""] * (len(header) - len(cells))

        def cell(name: str, cells=cells) -> str:
            text = cells[names[name]].strip() if name in names else ""
            return _unquoted(text)

        client = cell("client")
        if not any(c.strip() for c in cells) or (
            client.casefold() in _TOTALS and not cell("start")
        ) or (not client and not cell("start") and not cell("end")):
            continue
        _line(number, cell, client, latest, out)
    if not out.rows and not out.problem_count:
        out.add(Problem(1, "", "the file has a header but no clients"))
    return out


def _line(number: int, cell, client: str, latest: date, out: ParsedFile) -> None:
    before = out.problem_count
    if not client:
        out.add(Problem(number, "client", "the client's name is empty"))
    start, reason = parse_day(cell("start"), latest)
    if start is None:
        out.add(Problem(number, "start date", reason))
    end, reason = parse_day(cell("end"), latest) if cell("end") else (start, "")
    if end is None:
        out.add(Problem(number, "end date", reason))
    elif start is not None and end < start:
        out.add(Problem(number, "end date", "the end date is before the start date"))
    size = 1
    raw_size = cell("size")
    if raw_size:
        if raw_size.isascii() and raw_size.isdigit() and 1 <= int(raw_size) <= 10_000:
            size = int(raw_size)
        else:
            out.add(Problem(number, "number in group", f"'{raw_size}' is not a number of people"))
    kind = cell("kind").casefold()
    if kind and kind not in ("individual", "group"):
        out.add(Problem(number, "individual/group", f"'{cell('kind')}' is not Individual or Group"))
    elif kind == "group" and size < 2:
        out.add(Problem(number, "number in group", "a group needs its number of people (2 or more)"))
    seconds: dict[Payment, int] = {}
    for column, payment in (("paid", Payment.PAID), ("pro bono", Payment.PRO_BONO)):
        raw = cell(column)
        if not raw:
            continue
        value, reason = parse_number(raw)
        if value is None:
            out.add(Problem(number, f"{column} hours", reason))
        elif (value * 3600) != (value * 3600).to_integral_value():
            out.add(Problem(number, f"{column} hours", f"'{raw}' is not a whole number of seconds"))
        elif value > 0:
            seconds[payment] = int(value * 3600)
    if out.problem_count > before or start is None or end is None:
        return
    if not seconds:
        out.add(Problem(number, "paid hours", "the line has neither paid nor pro bono hours"))
        return
    note = f"From the ICF log: coaching from {start.isoformat()} to {end.isoformat()}."
    for payment, length in seconds.items():
        out.rows.append(ImportRow(
            number, client, end, length, payment, payment is Payment.PAID, size,
            cell("contact"), True, "", note,
        ))  # fmt: skip


def is_icf_log(data: bytes, filename: str) -> bool:
    """An .xlsx file, or a CSV whose header has ICF's "paid hours" column."""
    if filename.lower().endswith(".xlsx"):
        return True
    first = data[:4096].split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    return any(_norm(c) == "paid hours" for c in next(csv.reader([first]), []))


def read_import_file(
    data: bytes, filename: str, *, today: date | None = None, progress=None
) -> ParsedFile:
    """Sessions CSV or ICF log (CSV or XLSX), told apart by the file itself."""
    from facilitator.core.coaching.session_import import read_sessions_csv

    if is_icf_log(data, filename):
        return read_icf_log(data, xlsx=filename.lower().endswith(".xlsx"), today=today)
    return read_sessions_csv(data, today=today, progress=progress)
