"""Dates and times as the user's language writes them (QLocale, set with the language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

if TYPE_CHECKING:
    from datetime import datetime


def _locale() -> QLocale:
    return QLocale()  # the default, set by app.language.install_language


def date_time_text(wall: float) -> str:
    """A moment in the local time zone, short: '29.11.2026 14:05' in German."""
    moment = QDateTime.fromSecsSinceEpoch(round(wall))
    return _locale().toString(moment, QLocale.FormatType.ShortFormat)


def day_text(when: datetime) -> str:
    """A day with its weekday, short: 'Tue 01/12/2026', 'wt. 1.12.2026'."""
    day = QDate(when.year, when.month, when.day)
    locale = _locale()
    return f"{locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)} {locale.toString(day, QLocale.FormatType.ShortFormat)}"


def time_text(when: datetime) -> str:
    return _locale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
