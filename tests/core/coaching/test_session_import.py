"""Strict reading of the sessions CSV: what used to pass and must not (issue 17, item 6)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.coaching.model import Payment
from facilitator.core.coaching.session_import import (
    MAX_PROBLEMS,
    parse_day,
    parse_number,
    parse_sessions_csv,
    read_sessions_csv,
)

HEAD = "client,date,minutes\n"


def problems_of(text: str, **kwargs) -> list[str]:
    return [str(p) for p in parse_sessions_csv(text.encode(), **kwargs)[1]]


@pytest.mark.parametrize("minutes", ["1,000", "1e2", "1E2", "+45", "-45", "45 min", "4 5",
                                     "0x10", "inf", "NaN", "٤٥", "1.000,5", "1_000"])  # fmt: skip
def test_numbers_that_could_be_misread_are_refused(minutes):
    found = problems_of(HEAD + f'Ana,2026-01-01,"{minutes}"\n')
    assert len(found) == 1 and "column 'minutes'" in found[0], found


def test_thousands_separator_says_what_to_write_instead():
    (found,) = problems_of(HEAD + 'Ana,2026-01-01,"1,000"\n')
    assert "thousands separator" in found and "1000" in found


@pytest.mark.parametrize(("text", "seconds"), [("45", 2700), ("52.5", 3150), ("52,5", 3150),
                                               ("007", 420), ("0.25", 15)])  # fmt: skip
def test_plain_numbers_and_decimal_commas_are_read(text, seconds):
    rows, problems = parse_sessions_csv((HEAD + f'Ana,2026-01-01,"{text}"\n').encode())
    assert problems == [] and rows[0].seconds == seconds


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("0001-01-01", "before 1990"),
        ("1899-12-31", "before 1990"),
        ("9999-12-31", "after"),
        ("2025-02-29", "not a day of the calendar: February 2025 has 28 days"),
        ("2026-04-31", "April 2026 has 30 days"),
        ("2026-13-01", "not a date written YYYY-MM-DD"),
        ("2026-1-1", "not a date written YYYY-MM-DD"),
        ("20260101", "not a date written YYYY-MM-DD"),
        ("2026-01-01T10:00", "not a date written YYYY-MM-DD"),
    ],
)
def test_dates_out_of_the_calendar_or_of_reach_are_refused(text, needle):
    (found,) = problems_of(HEAD + f"Ana,{text},45\n")
    assert needle in found, found


def test_leap_day_is_a_day():
    assert parse_day("2024-02-29") == (date(2024, 2, 29), "")


def test_a_year_after_today_is_too_far():
    assert problems_of(HEAD + "Ana,2027-06-01,45\n", today=date(2026, 6, 1)) == []
    (found,) = problems_of(HEAD + "Ana,2027-06-03,45\n", today=date(2026, 6, 1))
    assert "after 2027-06-02" in found


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_other_separators_get_a_clear_message(sep):
    text = sep.join(["Client", "Date", "Minutes", "Payment"]) + "\n" + sep.join(
        ["Ana", "2026-01-01", "45", "paid"]) + "\n"  # fmt: skip
    (found,) = problems_of(text)
    assert "this file uses" in found and "not commas" in found, found
    assert "unknown column" not in found


def test_trailing_empty_columns_of_a_spreadsheet_are_ignored():
    rows, problems = parse_sessions_csv(b"client,date,minutes,,,\nAna,2026-01-01,45,,,\n"
                                        b"Ben,2026-01-02,30\n")  # fmt: skip
    assert problems == [] and [r.client for r in rows] == ["Ana", "Ben"]


def test_unnamed_columns_are_named_by_position():
    found = problems_of("client,,date,minutes\nAna,x,2026-01-01,45\n")
    assert found == ["line 1: column 2 has no name in the header; name it or delete the column"]


def test_a_value_right_of_the_last_named_column_is_a_problem():
    (found,) = problems_of("client,date,minutes,,\nAna,2026-01-01,45,,oops\n")
    assert found.startswith("line 2:") and "right of the last named column" in found


def test_problems_beyond_the_limit_are_counted_and_said():
    text = HEAD + "".join(f"Ana,2026-01-{1 + i % 28:02d},x\n" for i in range(300))
    parsed = read_sessions_csv(text.encode())
    assert parsed.problem_count == 300 and len(parsed.problems) == MAX_PROBLEMS
    listed = parsed.listed()
    assert len(listed) == MAX_PROBLEMS + 1
    assert str(listed[-1]) == (
        f"line {MAX_PROBLEMS + 2}: 100 more problems from this line on are not listed "
        "(300 in all); fix the ones above and try again"
    )


def test_minutes_as_client_only_on_reciprocal_rows():
    text = ("client,date,minutes,payment,minutes as client\n"
            "Peer,2026-01-01,60,reciprocal,90\nAna,2026-01-02,60,paid,30\n")  # fmt: skip
    rows, problems = parse_sessions_csv(text.encode())
    assert [str(p) for p in problems] == [
        "line 3, column 'minutes as client': only reciprocal coaching has time as a client"
    ]
    assert rows[0].payment is Payment.RECIPROCAL and rows[0].seconds_as_client == 5400


def test_progress_is_reported_to_the_end():
    text = HEAD + "".join(f"Ana,2026-01-01,{1 + i % 90}\n" for i in range(12_000))
    seen = []
    parsed = read_sessions_csv(text.encode(), progress=lambda done, total: seen.append((done, total)))
    assert len(parsed.rows) == 12_000
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_parse_number_accepts_only_plain_decimals(text):
    value, reason = parse_number(text)
    if value is not None:
        assert text.strip().replace(",", ".").replace(".", "", 1).isdigit()
        assert text.strip().isascii()
    else:
        assert reason


@settings(max_examples=300, deadline=None)
@given(st.dates())
def test_parse_day_accepts_exactly_the_dates_in_reach(day):
    value, reason = parse_day(day.isoformat())
    if date(1990, 1, 1) <= day <= date(2100, 1, 1):
        assert value == day and reason == ""
    else:
        assert value is None and reason
