"""The ICF log as a file: CSV (always) or XLSX (openpyxl, imported only when asked).

Columns follow ICF's client coaching log template, then a totals row and a line with the
total of paid and pro bono hours. Hours are rounded to the hundredth once, halves up
(`model.round_cents`), and both files carry that same figure: text in CSV, a number in
XLSX, so the two always agree.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facilitator.core.coaching.icf import IcfLog
from facilitator.core.coaching.model import format_hours, round_cents
from facilitator.core.files import write_atomically
from facilitator.core.spreadsheet import xlsx_text_cells

HEADER = (
    "No.", "Client name", "Individual/Group", "Number in group", "Contact",
    "Start date", "End date", "Paid hours", "Pro bono hours",
)  # fmt: skip


SPONSOR = "Organisation (sponsor)"  # after ICF's columns, only when a client has one


def has_sponsors(log: IcfLog) -> bool:
    return any(r.organisation for r in log.rows)


def header(log: IcfLog) -> list[str]:
    return [*HEADER, SPONSOR] if has_sponsors(log) else list(HEADER)


def table(log: IcfLog) -> list[list[str]]:
    """Header, one line per client, the totals, as text cells."""
    extra = has_sponsors(log)
    lines = [header(log)]
    for r in log.rows:
        lines.append([
            str(r.number), r.client_name, r.kind, str(r.group_size), r.contact,
            r.start.isoformat(), r.end.isoformat() if r.end else "",
            format_hours(r.paid), format_hours(r.pro_bono),
        ] + ([r.organisation] if extra else []))  # fmt: skip
    pad = [""] if extra else []
    lines.append(
        ["", "Totals", "", "", "", "", "", format_hours(log.paid), format_hours(log.pro_bono), *pad]
    )
    lines.append(
        ["", "Total hours (paid and pro bono)", "", "", "", "", "", format_hours(log.total), "",
         *pad]
    )  # fmt: skip
    return lines


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_text(text: str) -> str:
    """A text cell a spreadsheet will show as text, never run as a formula: a name that
    starts like one (`=HYPERLINK(…)`) gets a leading apostrophe, as spreadsheets do."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(log: IcfLog) -> str:
    out = io.StringIO()
    lines = table(log)
    text_columns = (1, 4, 9)  # client name, contact, organisation
    safe = [lines[0]] + [
        [cell_text(c) if i in text_columns else c for i, c in enumerate(line)]
        for line in lines[1:]
    ]
    csv.writer(out, lineterminator="\r\n").writerows(safe)
    return out.getvalue()


def _number(value) -> float:
    """The hours as the CSV shows them (to the hundredth, halves up), as a number."""
    return round_cents(value) / 100


def to_xlsx_bytes(log: IcfLog) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Client coaching log"
    extra = has_sponsors(log)
    sheet.append(header(log))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in log.rows:
        sheet.append([
            r.number, r.client_name, r.kind, r.group_size, r.contact, r.start, r.end,
            _number(r.paid), _number(r.pro_bono),
        ] + ([r.organisation] if extra else []))  # fmt: skip
    sheet.append(["", "Totals", "", "", "", "", "", _number(log.paid), _number(log.pro_bono)])
    sheet.append(["", "Total hours (paid and pro bono)", "", "", "", "", "", _number(log.total)])
    xlsx_text_cells(sheet)
    for row in sheet.iter_rows(min_row=2):
        for cell in (row[1], row[4], *row[9:10]):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula (openpyxl would run "=…")
        for cell in row[5:7]:
            cell.number_format = "yyyy-mm-dd"
        for cell in row[7:9]:
            cell.number_format = "0.00"
    for column, width in zip("ABCDEFGHIJ", (6, 28, 16, 16, 28, 12, 12, 12, 14, 28), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_log(log: IcfLog, path: Path) -> Path:
    """Write the log as .csv or .xlsx (by the file's extension), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = to_csv(log).encode("utf-8-sig")  # the BOM lets spreadsheets read UTF-8
    elif suffix == ".xlsx":
        data = to_xlsx_bytes(log)
    else:
        raise ValueError(
            f"{path.name}: the ICF log can be written as .csv or .xlsx, not '{suffix}'."
        )
    write_atomically(path, data)
    return path
