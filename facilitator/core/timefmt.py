"""Durations as people read them: "25 min", "1 h 05 min", and countdowns "12:34", "−0:45".

The units are translated ("1 godz. 05 min", "1 Std. 05 Min.") and decimals take the
language's separator ("6,5 min"); countdowns and clock times are the same everywhere.
"""

from __future__ import annotations

import math
import time

from facilitator.core.i18n import translate
from facilitator.core.numbers import decimal_text, local_decimal, number_text

MINUS = "\u2212"  # a real minus sign reads better than a hyphen on a projector


def minutes_text(seconds: float) -> str:
    """A planned length: '25 min', '6.5 min', '1 h', '3 h 40 min' (in Polish '6,5 min',
    '3 godz. 40 min')."""
    minutes = seconds / 60
    if minutes < 60:
        whole = round(minutes)
        n = str(whole) if abs(minutes - whole) < 0.05 else decimal_text(minutes, 1)
        return translate("Time", "{n} min").format(n=n)
    hours, rest = divmod(round(minutes), 60)
    if rest == 0:
        return translate("Time", "{n} h").format(n=hours)
    return translate("Time", "{hours} h {minutes} min").format(hours=hours, minutes=f"{rest:02d}")


def min_text(minutes: float) -> str:
    """A length given in minutes, kept in minutes: '150 min', '7.5 min' ('7,5 min')."""
    return translate("Time", "{n} min").format(n=number_text(minutes))


def hours_text(hours: str | float) -> str:
    """Hours with their unit: '1.50 h' ('1,50 godz.', '1,50 Std.'). `hours` is a number, or
    a figure already rounded the machine's way (`format_hours`: '1.50')."""
    figure = local_decimal(hours) if isinstance(hours, str) else number_text(hours)
    return translate("Time", "{n} h").format(n=figure)


def countdown_text(seconds: float) -> str:
    """A countdown shown to the room: '12:34', '1:02:03', and '−0:45' once overrun.

    Remaining time is rounded up while positive, so '0:00' appears only when time is up.
    """
    negative = seconds < 0
    whole = overtime_seconds(-seconds) if negative else math.ceil(seconds - 1e-9)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{MINUS}{text}" if negative and whole else text


def overtime_seconds(seconds_over: float) -> int:
    """The one rounding rule for time past a plan: whole seconds gone by (12.9 s over is
    0:12 over; 0:13 once 13 s have passed). The countdown's '−0:12', the timeline's
    '+0:12' and the room's clock all count overtime with it, so they never disagree."""
    return math.floor(max(0.0, seconds_over) + 1e-9)


def overrun_text(seconds_over: float) -> str:
    """How far past its plan a phase ran, '+0:12' (whole seconds: `overtime_seconds`)."""
    whole = overtime_seconds(seconds_over)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return "+" + (f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}")


def clock_text(wall: float) -> str:
    """A wall-clock time as HH:MM in local time."""
    return time.strftime("%H:%M", time.localtime(wall))


def projected_end_text(now_wall: float, planned_seconds: float) -> str:
    """When a session of `planned_seconds` started at `now_wall` ends, as HH:MM."""
    return clock_text(now_wall + planned_seconds)


def duration_text(seconds: float) -> str:
    """An exact duration to the nearest second, as charts' hover texts and reports give it:
    '0:45', '12:05', '1:02:03'; negative durations get a minus sign."""
    whole = round(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{MINUS}{text}" if seconds < 0 and whole else text
