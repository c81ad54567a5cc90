"""Dates as a reader of a report says them, in the report's language: "29 November 2026",
"29 listopada 2026", "29. November 2026". Qt-free (the reports and the command line have
no QLocale); the words and the order come from the translation catalogue, so a language
is added by translating, not by code. Machine-readable columns (CSV, ICF) keep ISO dates.
"""

from __future__ import annotations

import datetime as dt

from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate

# The month as it stands in a date, after the day's number: Polish uses the genitive
# ("29 listopada"), German and English the plain name (said to translators at the pattern).
MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def month_name(month: int) -> str:
    """The name of `month` (1–12) as it stands in a date, in the current language."""
    return translate("Dates", MONTHS[month - 1])


def date_text(day: dt.date) -> str:
    """'29 November 2026' / '29 listopada 2026' / '29. November 2026'."""
    #: {day} the day's number, {month} the month (context Dates: January…, in Polish the genitive: listopada), {year} the year
    pattern = translate("Dates", "{day} {month} {year}")
    return pattern.format(day=day.day, month=month_name(day.month), year=day.year)


def date_time_text(moment: dt.datetime) -> str:
    """'29 November 2026, 14:05' (24-hour clock, as all three languages write it)."""
    #: {date} a date such as "29 November 2026", {time} a time such as 14:05
    pattern = translate("Dates", "{date}, {time}")
    return pattern.format(date=date_text(moment.date()), time=f"{moment:%H:%M}")


def wall_date_text(wall: float) -> str:
    """A wall-clock timestamp (seconds since the epoch) as a local date."""
    return date_text(dt.date.fromtimestamp(wall))


def wall_date_time_text(wall: float) -> str:
    """A wall-clock timestamp (seconds since the epoch) as a local date and time."""
    return date_time_text(dt.datetime.fromtimestamp(wall))


