"""Importing sessions from CSV: every bad row named, all rows or none, never a crash."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.coaching.model import Payment
from facilitator.core.coaching.session_import import parse_sessions_csv
from facilitator.store.coaching_import import import_rows
from tests.store.coaching.conftest import T0

GOOD = (
    "Client,Date,Minutes,Payment,Fee paid,Consent,Takeaway,Actions\n"
    "Ana Lopez,2026-03-01,45,paid,yes,yes,Clarity,Call Bo; Draft plan\n"
    "ana lopez,2026-03-15,30,paid,no,yes,,\n"
    "Ben,2026-03-02,52.5,pro bono,,no,,\n"
)


def test_good_file_imports_everything(log):
    rows, problems = parse_sessions_csv(GOOD.encode())
    assert problems == []
    summary = import_rows(log, rows, now=T0)
    assert (summary.sessions, summary.new_clients, summary.new_engagements) == (3, 2, 2)
    ana = next(c for c in log.clients() if c.name == "Ana Lopez")
    assert ana.icf_consent
    history = log.client_history(ana.id)
    assert [(s.held_on, s.seconds, s.fee_paid) for s in history] == [
        (date(2026, 3, 1), 2700, True),
        (date(2026, 3, 15), 1800, False),
    ]
    assert [a.text for a in log.actions(history[0].id)] == ["Call Bo", "Draft plan"]
    (eng,) = log.engagements(ana.id)
    assert eng.start == date(2026, 3, 1) and eng.payment is Payment.PAID
    ben = next(c for c in log.clients() if c.name == "Ben")
    assert log.client_history(ben.id)[0].seconds == 3150
    # A second import reuses the clients and their engagements.
    again = import_rows(log, parse_sessions_csv(GOOD.encode())[0], now=T0)
    assert (again.new_clients, again.new_engagements) == (0, 0)


def test_every_bad_row_is_named_with_line_column_and_reason():
    data = (
        b"client,date,minutes,payment,fee_paid,group size\n"
        b"Ana,2026-13-01,45,paid,yes,1\n"  # line 2: bad date
        b'"Multi\nline name",2026-01-01,0,paid,yes,1\n'  # lines 3-4: zero minutes
        b",2026-01-01,x,gift,maybe,two\n"  # line 5: five problems
        b"Cy,2026-01-01,45\n"  # line 6: too few cells
    )
    _rows, problems = parse_sessions_csv(data)
    found = [(p.line, p.column) for p in problems]
    assert found == [
        (2, "date"),
        (3, "minutes"),
        (5, "client"),
        (5, "minutes"),
        (5, "payment"),
        (5, "fee paid"),
        (5, "group size"),
        (6, ""),
    ]
    assert (
        str(problems[0]) == "line 2, column 'date': '2026-13-01' is not a date written YYYY-MM-DD"
    )
    assert "3 cells where the header has 6" in problems[-1].reason


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "no header"),
        (b"client,date\n", "'minutes': this required column is missing"),
        (b"client,date,minutes,colour\n", "column 'colour': unknown column"),
        (b"client,date,minutes\n", "no sessions"),
        (b"client,date,minutes\nAna,2026-01-01,\xff\n", "line 2: the file is not UTF-8"),
        (b"client,date,minutes\nAna,2026-01-01,4\x005\n", "NUL"),
        (b'client,date,minutes\nAna,"2026-01-01,45\n', "cannot be read as CSV"),
        (b"client,date,minutes\nAna,2026-01-01,0.001\n", "whole number of seconds"),
        (b"client,date,minutes\nAna,2026-1-1,30\n", "YYYY-MM-DD"),
    ],
)
def test_file_level_problems(data, needle):
    rows, problems = parse_sessions_csv(data)
    assert problems, rows
    assert any(needle in str(p) for p in problems), [str(p) for p in problems]


def test_nothing_is_half_imported(log):
    rows, problems = parse_sessions_csv(GOOD.encode())
    assert not problems
    # The third session cannot be written (as if the disk filled up): nothing stays.
    log.conn.execute(
        "CREATE TEMP TRIGGER third_fails BEFORE INSERT ON coach_sessions "
        "WHEN (SELECT COUNT(*) FROM coach_sessions) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        import_rows(log, rows, now=T0)
    assert log.clients() == [] and log.all_sessions() == [] and log.engagements() == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data):
    rows, problems = parse_sessions_csv(data)
    assert rows or problems
    for p in problems:
        assert p.line >= 1 and p.reason


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), max_size=6))
def test_random_cells_under_a_good_header_never_crash(cells):
    lines = ["client,date,minutes,payment,fee paid"] + [",".join(c) for c in cells]
    rows, problems = parse_sessions_csv("\n".join(lines).encode())
    assert rows or problems
    assert all(str(p).startswith("line ") for p in problems)


# --- issue 17: bad input that used to pass -------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789.,eE+- _x", min_size=1, max_size=8),
)
def test_minutes_are_read_as_written_or_refused(minutes):
    """A number is read only when it means one thing: never '1,000' as 1, never 1e2."""
    rows, problems = parse_sessions_csv(f'client,date,minutes\nAna,2026-01-01,"{minutes}"\n'.encode())
    if rows:
        (row,) = rows
        plain = minutes.strip()
        assert all(c in "0123456789.," for c in plain) and plain.count(".") + plain.count(",") <= 1
        whole, _, fraction = plain.replace(",", ".").partition(".")
        assert len(fraction) != 3 or "," not in plain
        assert row.seconds * 1 == round(float(f"{whole}.{fraction or 0}") * 60)
    else:
        assert len(problems) == 1 and problems[0].column == "minutes"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_dates_are_real_days_in_reach_or_refused(year, month, day):
    text = f"{year:04d}-{month:02d}-{day:02d}"
    rows, problems = parse_sessions_csv(f"client,date,minutes\nAna,{text},45\n".encode())
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    if real is not None and date(1990, 1, 1) <= real <= date(2100, 1, 1):
        assert rows and rows[0].held_on == real
    else:
        assert not rows and problems[0].column == "date", text


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([";", "\t", "|"]),
    st.lists(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
                     max_size=8), max_size=4),
)  # fmt: skip
def test_other_separators_are_named_whatever_follows(sep, cells):
    header = sep.join(["client", "date", "minutes"])
    lines = [header, sep.join(c.replace("\n", " ").replace("\r", " ") for c in cells)]
    _rows, problems = parse_sessions_csv("\n".join(lines).encode())
    assert "between columns, not commas" in str(problems[0])
