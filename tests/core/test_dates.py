"""Dates in the report's language (issue 15): the words and the order from the catalogue."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from facilitator.core import i18n
from facilitator.core.dates import (
    MONTHS,
    date_text,
    date_time_text,
    month_name,
    wall_date_text,
    wall_date_time_text,
)
from facilitator.resources import translations_dir

POLISH = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia")  # fmt: skip
GERMAN = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")  # fmt: skip


def date_catalogue(folder, code: str, months, pattern: str, with_time: str) -> None:
    messages = "".join(
        f"<message><source>{en}</source><translation>{tr}</translation></message>"
        for en, tr in zip(MONTHS, months, strict=True)
    )
    messages += (
        f"<message><source>{{day}} {{month}} {{year}}</source>"
        f"<translation>{pattern}</translation></message>"
        f"<message><source>{{date}}, {{time}}</source>"
        f"<translation>{with_time}</translation></message>"
    )
    (folder / f"facilitator_{code}.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1">'
        f"<context><name>Dates</name>{messages}</context></TS>",
        encoding="utf-8",
    )


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en", translations_dir())


def test_english_dates():
    i18n.set_language("en", None)
    assert date_text(dt.date(2026, 11, 29)) == "29 November 2026"
    assert date_text(dt.date(2027, 1, 3)) == "3 January 2027"
    assert date_time_text(dt.datetime(2026, 11, 29, 9, 5)) == "29 November 2026, 09:05"
    assert [month_name(m) for m in range(1, 13)] == list(MONTHS)


def test_polish_dates_put_the_month_in_the_genitive(tmp_path):
    date_catalogue(tmp_path, "pl", POLISH, "{day} {month} {year}", "{date}, {time}")
    i18n.set_language("pl", tmp_path)
    assert date_text(dt.date(2026, 11, 29)) == "29 listopada 2026"
    assert date_text(dt.date(2026, 9, 1)) == "1 września 2026"
    assert date_time_text(dt.datetime(2026, 5, 3, 14, 30)) == "3 maja 2026, 14:30"


def test_german_dates_have_a_dot_after_the_day(tmp_path):
    date_catalogue(tmp_path, "de", GERMAN, "{day}. {month} {year}", "{date}, {time}")
    i18n.set_language("de", tmp_path)
    assert date_text(dt.date(2026, 11, 29)) == "29. November 2026"
    assert date_text(dt.date(2026, 3, 1)) == "1. März 2026"


def test_wall_clock_times_are_local():
    wall = time.mktime((2026, 11, 29, 23, 59, 0, 0, 0, -1))
    assert wall_date_text(wall) == "29 November 2026"
    assert wall_date_time_text(wall) == "29 November 2026, 23:59"
