"""Reading coaching sessions from a CSV spreadsheet, with every problem named.

Qt-free and store-free: `read_sessions_csv` turns the file's bytes into checked rows, or
into problems, each with its line, column and reason. The caller imports all rows in one
transaction, or nothing when there is any problem. Values are read strictly: a number
that could mean two things ("1,000") or a date that could not be a session's date
(0001-01-01, 9999-12-31) is a problem, never a guess.

Columns (header names are case-insensitive; spaces and underscores are the same):

=================  =========  ======================================================
column             required   value
=================  =========  ======================================================
client             yes        the client's name
date               yes        the session date, YYYY-MM-DD
minutes            yes        the duration in minutes, e.g. 45 or 52.5 (more than 0)
payment            no         paid (default), pro bono or reciprocal
fee paid           no         yes or no (default no)
group size         no         1 (default) for individual coaching, else the group's size
contact            no         the client's contact; with the name it says who the client is
consent            no         yes or no: may the client appear on the ICF log (default no)
minutes as client  no         reciprocal only: the coach's own time as a client in the
                              exchange (pooled, so it may sit on any reciprocal row)
takeaway           no         the client's desired takeaway
notes              no         session notes
reflection         no         the coach's private reflection
actions            no         actions agreed, separated by ";"
=================  =========  ======================================================
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from facilitator.core.coaching.model import Payment

REQUIRED = ("client", "date", "minutes")
OPTIONAL = (
    "payment", "fee paid", "group size", "contact", "consent", "minutes as client",
    "takeaway", "notes", "reflection", "actions",
)  # fmt: skip
MAX_PROBLEMS = 200
MAX_MINUTES = 24 * 60
MAX_MINUTES_AS_CLIENT = 10_000 * 60
EARLIEST = date(1990, 1, 1)  # before coaching as ICF knows it; an older year is a typo
LATEST = date(2100, 1, 1)  # when no "today" is given
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}
_PAYMENTS = {
    "paid": Payment.PAID, "pro bono": Payment.PRO_BONO, "probono": Payment.PRO_BONO,
    "pro-bono": Payment.PRO_BONO, "reciprocal": Payment.RECIPROCAL,
    "peer": Payment.RECIPROCAL, "reciprocal peer": Payment.RECIPROCAL,
}  # fmt: skip
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_NUMBER = re.compile(r"(\d+)(?:([.,])(\d+))?", re.ASCII)
_OTHER_SEPARATORS = ((";", "';'"), ("\t", "tabs"), ("|", "'|'"))

Progress = Callable[[int, int], None]  # (lines read, lines in all)


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    column: str  # "" when the whole line (or file) is at fault
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(slots=True)  # not frozen: building 250,000 frozen rows costs seconds
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
    seconds_as_client: int = 0


@dataclass
class ParsedFile:
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem_count: int = 0  # all of them

    @property
    def left_out(self) -> int:
        return self.problem_count - len(self.problems)

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        elif self.problem_count == MAX_PROBLEMS + 1:
            self._first_left_out = problem.line

    def listed(self) -> list[Problem]:
        """The problems to show, with a last line saying how many more were left out."""
        if not self.left_out:
            return list(self.problems)
        line = getattr(self, "_first_left_out", self.problems[-1].line)
        return [*self.problems, Problem(
            line, "", f"{self.left_out} more problems from this line on are not listed "
            f"({self.problem_count} in all); fix the ones above and try again",
        )]  # fmt: skip


def _norm(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).lower()


def other_separator_problem(header: Sequence[str], known: Collection[str]) -> Problem | None:
    """The problem to report when a header read with commas has none of the `known`
    column names but has them once split on ';', tabs or '|' (a spreadsheet saved with
    another separator); None when that is not the case. Shared by every CSV import."""
    joined = ",".join(header)
    for sep, name in _OTHER_SEPARATORS:
        if any(_norm(part) in known for part in joined.split(sep)):
            return Problem(1, "", (
                f"this file uses {name} between columns, not commas; save it from the "
                "spreadsheet as 'CSV UTF-8 (comma delimited)' and import that"
            ))  # fmt: skip
    return None


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(
            line, "", "the file is not UTF-8 text (save the spreadsheet as CSV UTF-8)"
        )


def parse_sessions_csv(
    data: bytes, *, today: date | None = None
) -> tuple[list[ImportRow], list[Problem]]:
    """Checked rows and the problems to show; rows are only meaningful with no problems."""
    parsed = read_sessions_csv(data, today=today)
    return parsed.rows, parsed.listed()


def read_sessions_csv(
    data: bytes, *, today: date | None = None, progress: Progress | None = None
) -> ParsedFile:
    """Read the whole file in one pass; `progress(lines read, lines)` is called now and then.

    The text is streamed line by line from the bytes (never held whole as text), and
    repeated values (names, contacts, dates, durations) are read once and shared."""
    out = ParsedFile()
    text, problem = _decode(data)
    del text  # only checked here; read again as a stream below
    if problem is not None:
        out.add(problem)
        return out
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        out.add(Problem(line, "", "the file contains a NUL character; it is not a CSV file"))
        return out
    latest = LATEST if today is None else today + timedelta(days=366)
    total_lines = data.count(b"\n") + 1
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    reader = csv.reader(stream, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        out.add(Problem(1, "", f"the header cannot be read: {exc}"))
        return out
    columns = _check_header(header, out)
    if columns is None:
        return out
    width = len(columns)
    cells_of = _Reader(columns, latest, out)
    start = reader.line_num + 1
    count = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.add(Problem(start, "", f"this line cannot be read as CSV: {exc}"))
            break
        line, start = start, reader.line_num + 1
        count += 1
        if progress is not None and count % 5000 == 0:
            progress(line, total_lines)
        if not any(c.strip() for c in cells):
            continue  # blank lines are skipped
        if len(cells) > width and not any(c.strip() for c in cells[width:]):
            cells = cells[:width]  # empty cells after the last column (spreadsheets add them)
        if len(cells) != width:
            extra = "" if len(cells) < width else " (cells to the right of the last named column)"
            out.add(Problem(line, "", f"{len(cells)} cells where the header has {width}{extra}"))
            continue
        row = cells_of.row(line, cells)
        if row is not None:
            out.rows.append(row)
    if progress is not None:
        progress(total_lines, total_lines)
    if not out.rows and not out.problem_count:
        out.add(Problem(1, "", "the file has a header but no sessions"))
    return out


def _check_header(header: list[str] | None, out: ParsedFile) -> list[str] | None:
    """The normalised column names, or None after adding the header's problems."""
    if header is None or not any(cell.strip() for cell in header):
        out.add(
            Problem(1, "", f"the file has no header line; it needs at least {', '.join(REQUIRED)}")
        )
        return None
    while header and not header[-1].strip():
        header = header[:-1]  # spreadsheets add empty columns at the right
    known = set(REQUIRED) | set(OPTIONAL)
    columns = [_norm(h) for h in header]
    if not known.intersection(columns):
        problem = other_separator_problem(header, known)
        if problem is not None:
            out.add(problem)
            return None
    for number, (name, raw) in enumerate(zip(columns, header, strict=True), 1):
        if not name:
            out.add(Problem(1, "", f"column {number} has no name in the header; "
                                   "name it or delete the column"))  # fmt: skip
        elif name not in known:
            out.add(Problem(1, raw.strip(),
                            f"unknown column; known columns are {', '.join(REQUIRED + OPTIONAL)}"))  # fmt: skip
    seen: set[str] = set()
    for name in columns:
        if name in seen and name in known:
            out.add(Problem(1, name, "this column appears twice"))
        seen.add(name)
    for name in REQUIRED:
        if name not in columns:
            out.add(Problem(1, name, "this required column is missing"))
    return None if out.problem_count else columns


def parse_day(raw: str, latest: date = LATEST) -> tuple[date | None, str]:
    """A date written YYYY-MM-DD within EARLIEST..latest, or None and the reason."""
    text = raw.strip()
    match = _DATE.fullmatch(text)
    if match is None or not 1 <= int(match[2]) <= 12:
        return None, f"'{text}' is not a date written YYYY-MM-DD"
    year, month, day = (int(g) for g in match.groups())
    if year < 1:
        return None, f"'{text}' has no year 0; check the year"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        return None, f"'{text}' is not a day of the calendar: {name} {year} has {days} days"
    value = date(year, month, day)
    if value < EARLIEST:
        return None, f"'{text}' is before {EARLIEST.year}; check the year"
    if value > latest:
        return None, f"'{text}' is after {latest.isoformat()}; check the year"
    return value, ""


def parse_number(raw: str) -> tuple[Decimal | None, str]:
    """A plain decimal number (45, 52.5 or 52,5), or None and the reason.

    Exponents, signs, spaces and thousands separators are refused: "1,000" could be one
    thousand or one, so it is a problem, never a guess."""
    text = raw.strip()
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None, f"'{text}' is not a number (write it like 45 or 52.5)"
    whole, sep, fraction = match.groups()
    if sep == "," and len(fraction) == 3:
        return None, (
            f"'{text}' could be a thousands separator or a decimal comma; "
            f"write {whole}{fraction} or {whole}.{fraction.rstrip('0') or '0'}"
        )
    return Decimal(f"{whole}.{fraction}" if sep else whole), ""


def _seconds(raw: str, most: int) -> tuple[int | None, str]:
    minutes, reason = parse_number(raw)
    if minutes is None:
        return None, reason
    text = raw.strip()
    if minutes <= 0 or minutes > most:
        return None, f"'{text}' must be more than 0 and at most {most} minutes"
    if (minutes * 60) != (minutes * 60).to_integral_value():
        return None, f"'{text}' is not a whole number of seconds"
    return int(minutes * 60), ""


class _Reader:
    """Checks one line's cells; what repeats from line to line is read once."""

    def __init__(self, columns: list[str], latest: date, out: ParsedFile) -> None:
        where = {name: i for i, name in enumerate(columns)}
        self.client, self.date, self.minutes = (where[name] for name in REQUIRED)
        (self.payment, self.fee_paid, self.group_size, self.contact, self.consent,
         self.as_client, self.takeaway, self.notes, self.reflection,
         self.actions) = (where.get(name) for name in OPTIONAL)  # fmt: skip
        self.latest = latest
        self.out = out
        self.days: dict[str, tuple[date | None, str]] = {}
        self.lengths: dict[str, tuple[int | None, str]] = {}
        self.texts: dict[str, str] = {}
        self.flags: dict[tuple[str, str], tuple[bool, str]] = {}
        self.payments: dict[str, tuple[Payment, str]] = {}

    def _text(self, cells: list[str], i: int | None) -> str:
        if i is None:
            return ""
        value = cells[i].strip()
        return self.texts.setdefault(value, value)

    def _flag(self, cells: list[str], i: int | None, column: str) -> tuple[bool, str]:
        if i is None or not cells[i]:
            return False, ""
        key = (cells[i], column)
        if key not in self.flags:
            reasons: list[str] = []
            value = _yes_no(cells[i], column, lambda _c, reason: reasons.append(reason))
            self.flags[key] = (value, reasons[0] if reasons else "")
        return self.flags[key]

    def row(self, line: int, cells: list[str]) -> ImportRow | None:
        problems: list[Problem] = []
        client = self._text(cells, self.client)
        if not client:
            problems.append(Problem(line, "client", "the client's name is empty"))
        raw = cells[self.date]
        found = self.days.get(raw)
        if found is None:
            found = self.days[raw] = parse_day(raw, self.latest)
        held_on = found[0]
        if held_on is None:
            problems.append(Problem(line, "date", found[1]))
        raw = cells[self.minutes]
        length = self.lengths.get(raw)
        if length is None:
            length = self.lengths[raw] = _seconds(raw, MAX_MINUTES)
        seconds = length[0]
        if seconds is None:
            problems.append(Problem(line, "minutes", length[1]))
        payment = Payment.PAID
        if self.payment is not None and cells[self.payment].strip():
            raw = cells[self.payment]
            if raw not in self.payments:
                key = _norm(raw)
                self.payments[raw] = (
                    (_PAYMENTS[key], "") if key in _PAYMENTS else
                    (Payment.PAID, f"'{raw.strip()}' is not paid, pro bono or reciprocal"))  # fmt: skip
            payment, reason = self.payments[raw]
            if reason:
                problems.append(Problem(line, "payment", reason))
        fee_paid, reason = self._flag(cells, self.fee_paid, "fee paid")
        if reason:
            problems.append(Problem(line, "fee paid", reason))
        consent, reason = self._flag(cells, self.consent, "consent")
        if reason:
            problems.append(Problem(line, "consent", reason))
        group_size = 1
        raw = cells[self.group_size].strip() if self.group_size is not None else ""
        if raw:
            if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= 10_000:
                group_size = int(raw)
            else:
                problems.append(Problem(line, "group size",
                                        f"'{raw}' is not a whole number of people (1 or more)"))  # fmt: skip
        as_client = 0
        raw = cells[self.as_client].strip() if self.as_client is not None else ""
        if raw:
            value, reason = _seconds(raw, MAX_MINUTES_AS_CLIENT)
            if value is None:
                problems.append(Problem(line, "minutes as client", reason))
            elif payment is not Payment.RECIPROCAL:
                problems.append(Problem(line, "minutes as client",
                                        "only reciprocal coaching has time as a client"))  # fmt: skip
            else:
                as_client = value
        raw = cells[self.actions] if self.actions is not None else ""
        actions = tuple(a.strip() for a in raw.split(";") if a.strip()) if raw else ()
        if problems:
            for problem in problems:
                self.out.add(problem)
            return None
        assert held_on is not None and seconds is not None
        return ImportRow(
            line, client, held_on, seconds, payment, fee_paid, group_size,
            self._text(cells, self.contact), consent,
            cells[self.takeaway].strip() if self.takeaway is not None else "",
            cells[self.notes].strip() if self.notes is not None else "",
            cells[self.reflection].strip() if self.reflection is not None else "",
            actions, as_client,
        )  # fmt: skip


def _yes_no(value: str, column: str, bad) -> bool:
    if not value:
        return False
    key = value.strip().lower()
    if key in _YES:
        return True
    if key not in _NO:
        bad(column, f"'{value.strip()}' is not yes or no")
    return False
