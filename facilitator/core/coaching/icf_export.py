"""The ICF log as a file: CSV (always) or XLSX (openpyxl, imported only when asked).

Columns follow ICF's client coaching log template, then a totals row and a line with the
total of paid and pro bono hours. Hours are written to two decimals in CSV and as exact
numbers (shown to two decimals) in XLSX. Text from the user (names, contacts) is written
so that no spreadsheet runs it as a formula (`core.spreadsheet`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facilitator.core.coaching.icf import IcfLog
from facilitator.core.coaching.model import format_hours
from facilitator.core.files import write_atomically
from facilitator.core.spreadsheet import csv_cell, xlsx_text_cells

HEADER = (
    "No.", "Client name", "Individual/Group", "Number in group", "Contact",
    "Start date", "End date", "Paid hours", "Pro bono hours",
)  # fmt: skip


def table(log: IcfLog) -> list[list[str]]:
    """Header, one line per relationship, the totals, as text cells."""
    lines = [list(HEADER)]
    for r in log.rows:
        lines.append([
            str(r.number), r.client_name, r.kind, str(r.group_size), r.contact,
            r.start.isoformat(), r.end.isoformat() if r.end else "",
            format_hours(r.paid), format_hours(r.pro_bono),
        ])  # fmt: skip
    lines.append(
        ["", "Totals", "", "", "", "", "", format_hours(log.paid), format_hours(log.pro_bono)]
    )
    lines.append(
        ["", "Total hours (paid and pro bono)", "", "", "", "", "", format_hours(log.total), ""]
    )
    return lines


def to_csv(log: IcfLog) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(
        [csv_cell(text) for text in line] for line in table(log)
    )
    return out.getvalue()


def to_xlsx_bytes(log: IcfLog) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Client coaching log"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in log.rows:
        sheet.append([
            r.number, r.client_name, r.kind, r.group_size, r.contact, r.start, r.end,
            float(r.paid), float(r.pro_bono),
        ])  # fmt: skip
    sheet.append(["", "Totals", "", "", "", "", "", float(log.paid), float(log.pro_bono)])
    sheet.append(["", "Total hours (paid and pro bono)", "", "", "", "", "", float(log.total)])
    xlsx_text_cells(sheet)
    for row in sheet.iter_rows(min_row=2):
        for cell in row[5:7]:
            cell.number_format = "yyyy-mm-dd"
        for cell in row[7:9]:
            cell.number_format = "0.00"
    for column, width in zip("ABCDEFGHI", (6, 28, 16, 16, 28, 12, 12, 12, 14), strict=True):
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
