"""A session report as CSV: one table, one row per phase, ready for a spreadsheet.

Columns: `phase` (1, 2, …), `section` (opening, round, break, closing), `round` and
`holder` (empty outside rounds), `name`, `planned_s`, `actual_s`, `overrun_s`, `skipped`
(yes/no), then one `airtime_s:NAME` column per participant (seconds that person was
marked as speaking in that phase) and `unmarked_s` (active seconds with nobody marked).
The last row, `phase` = `total`, sums every figure column. Seconds to one decimal; UTF-8
with a byte-order mark so spreadsheets read the names right; notes are never in the CSV.
"""

from __future__ import annotations

import csv
import io

from facilitator.core.spreadsheet import FORMULA_STARTS, csv_cell
from facilitator.reports.model import SessionReport

__all__ = ["FORMULA_STARTS", "cell", "csv_rows", "to_csv"]


def seconds(value: float) -> str:
    return f"{value:.1f}"


cell = csv_cell  # the one rule for every CSV the program writes


def csv_rows(report: SessionReport) -> list[list[str]]:
    people = [p.person for p in report.people]
    header = ["phase", "section", "round", "holder", "name", "planned_s", "actual_s",
              "overrun_s", "skipped", *(f"airtime_s:{p}" for p in people), "unmarked_s"]  # fmt: skip
    rows = [header]
    for line in report.phases:
        b = line.balance
        rows.append([
            str(b.index + 1), line.section,
            "" if b.round_index is None else str(b.round_index + 1), cell(line.holder or ""),
            cell(b.name), seconds(b.planned), seconds(b.actual), seconds(b.overrun),
            "yes" if b.skipped else "no",
            *(seconds(line.airtime.get(p, 0.0)) for p in people), seconds(line.unmarked),
        ])  # fmt: skip
    rows.append([
        "total", "", "", "", "", seconds(report.planned_total), seconds(report.actual_total),
        seconds(report.overrun_total), "",
        *(seconds(p.airtime) for p in report.people),
        seconds(sum(line.unmarked for line in report.phases)),
    ])  # fmt: skip
    return rows


def to_csv(report: SessionReport) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(report))
    return out.getvalue()
