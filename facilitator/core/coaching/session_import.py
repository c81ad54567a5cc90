"""Reading coaching sessions from a CSV spreadsheet, with every problem named.

Qt-free and store-free: `parse_sessions_csv` turns the file's bytes into checked rows, or
into a list of problems, each with its line, column and reason. The caller imports all
rows in one transaction, or nothing when there is any problem.

Columns (header names are case-insensitive; spaces and underscores are the same):

=============  =========  ==========================================================
column         required   value
=============  =========  ==========================================================
client         yes        the client's name (matched to an existing client, else new)
date           yes        the session date, YYYY-MM-DD
minutes        yes        the duration in minutes, e.g. 45 or 52.5 (more than 0)
payment        no         paid (default), pro bono or reciprocal
fee paid       no         yes or no (default no)
group size     no         1 (default) for individual coaching, else the group's size
contact        no         the client's contact (for a new client)
consent        no         yes or no: may the client appear on the ICF log (default no)
takeaway       no         the client's desired takeaway
notes          no         session notes
reflection     no         the coach's private reflection
actions        no         actions agreed, separated by ";"
=============  =========  ==========================================================
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from facilitator.core.coaching.model import Payment

REQUIRED = ("client", "date", "minutes")
OPTIONAL = (
    "payment", "fee paid", "group size", "contact", "consent", "takeaway", "notes",
    "reflection", "actions",
)  # fmt: skip
MAX_PROBLEMS = 200
MAX_MINUTES = 24 * 60
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}
_PAYMENTS = {
    "paid": Payment.PAID, "pro bono": Payment.PRO_BONO, "probono": Payment.PRO_BONO,
    "pro-bono": Payment.PRO_BONO, "reciprocal": Payment.RECIPROCAL,
    "peer": Payment.RECIPROCAL, "reciprocal peer": Payment.RECIPROCAL,
}  # fmt: skip


@dataclass(frozen=True)
class Problem:
    line: int
    column: str  # "" when the whole line (or file) is at fault
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportRow:
    line: int
    client: str
    held_on: date
    seconds: int
    payment: Payment = Payment.PAID
    fee_paid: bool = False
    group_size: int = 1
    contact: str = ""
    consent: bool = False
    takeaway: str = ""
    notes: str = ""
    reflection: str = ""
    actions: tuple[str, ...] = field(default_factory=tuple)


def _norm(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).lower()


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(
            line, "", "the file is not UTF-8 text (save the spreadsheet as CSV UTF-8)"
        )


def parse_sessions_csv(data: bytes) -> tuple[list[ImportRow], list[Problem]]:
    """Checked rows and the problems found; rows are only meaningful with no problems."""
    text, problem = _decode(data)
    if problem is not None:
        return [], [problem]
    assert text is not None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return [], [Problem(line, "", "the file contains a NUL character; it is not a CSV file")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[ImportRow] = []
    problems: list[Problem] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return [], [Problem(1, "", f"the header cannot be read: {exc}")]
    if header is None or not any(cell.strip() for cell in header):
        return [], [
            Problem(1, "", f"the file has no header line; it needs at least {', '.join(REQUIRED)}")
        ]
    columns = [_norm(h) for h in header]
    known = set(REQUIRED) | set(OPTIONAL)
    for name, raw in zip(columns, header, strict=True):
        if name not in known:
            problems.append(
                Problem(
                    1,
                    raw.strip(),
                    f"unknown column; known columns are {', '.join(REQUIRED + OPTIONAL)}",
                )
            )
    seen: set[str] = set()
    for name in columns:
        if name in seen and name in known:
            problems.append(Problem(1, name, "this column appears twice"))
        seen.add(name)
    for name in REQUIRED:
        if name not in columns:
            problems.append(Problem(1, name, "this required column is missing"))
    if problems:
        return [], problems
    start = reader.line_num + 1
    while len(problems) < MAX_PROBLEMS:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(start, "", f"this line cannot be read as CSV: {exc}"))
            break
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue  # blank lines are skipped
        if len(cells) != len(columns):
            problems.append(
                Problem(line, "", f"{len(cells)} cells where the header has {len(columns)}")
            )
            continue
        row, row_problems = _row(line, dict(zip(columns, cells, strict=True)))
        problems.extend(row_problems)
        if row is not None:
            rows.append(row)
    if not rows and not problems:
        problems.append(Problem(1, "", "the file has a header but no sessions"))
    return rows, problems


def _row(line: int, cells: dict[str, str]) -> tuple[ImportRow | None, list[Problem]]:
    out: list[Problem] = []

    def bad(column: str, reason: str) -> None:
        out.append(Problem(line, column, reason))

    client = cells["client"].strip()
    if not client:
        bad("client", "the client's name is empty")
    held_on = None
    try:
        held_on = date.fromisoformat(cells["date"].strip())
        if len(cells["date"].strip()) != 10:
            raise ValueError
    except ValueError:
        bad("date", f"'{cells['date'].strip()}' is not a date written YYYY-MM-DD")
    seconds = 0
    raw = cells["minutes"].strip()
    try:
        minutes = Decimal(raw.replace(",", "."))
        if not minutes.is_finite() or minutes <= 0 or minutes > MAX_MINUTES:
            bad("minutes", f"'{raw}' must be more than 0 and at most {MAX_MINUTES} minutes")
        elif (minutes * 60) != (minutes * 60).to_integral_value():
            bad("minutes", f"'{raw}' is not a whole number of seconds")
        else:
            seconds = int(minutes * 60)
    except InvalidOperation:
        bad("minutes", f"'{raw}' is not a number of minutes")
    payment = Payment.PAID
    if cells.get("payment", "").strip():
        key = _norm(cells["payment"])
        if key in _PAYMENTS:
            payment = _PAYMENTS[key]
        else:
            bad("payment", f"'{cells['payment'].strip()}' is not paid, pro bono or reciprocal")
    fee_paid = _yes_no(cells.get("fee paid", ""), "fee paid", bad)
    consent = _yes_no(cells.get("consent", ""), "consent", bad)
    group_size = 1
    raw_group = cells.get("group size", "").strip()
    if raw_group:
        if raw_group.isdigit() and 1 <= int(raw_group) <= 10_000:
            group_size = int(raw_group)
        else:
            bad("group size", f"'{raw_group}' is not a whole number of people (1 or more)")
    actions = tuple(a.strip() for a in cells.get("actions", "").split(";") if a.strip())
    if out or held_on is None:
        return None, out
    return ImportRow(
        line, client, held_on, seconds, payment, fee_paid, group_size,
        cells.get("contact", "").strip(), consent, cells.get("takeaway", "").strip(),
        cells.get("notes", "").strip(), cells.get("reflection", "").strip(), actions,
    ), out  # fmt: skip


def _yes_no(value: str, column: str, bad) -> bool:
    key = value.strip().lower()
    if key in _YES:
        return True
    if key not in _NO:
        bad(column, f"'{value.strip()}' is not yes or no")
    return False
