"""A group's planned meetings as an iCalendar file that calendar programs import.

One VEVENT per meeting, with the meeting's stable UID and its sequence number, so that
importing the file again updates the meetings instead of doubling them; a cancelled
meeting stays in the file as CANCELLED so calendars remove it. Times carry their time
zone (TZID, with the zone's VTIMEZONE). Nothing private goes in: no notes, no names of
members, only the group's name, the method and the meeting's number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from icalendar import Calendar, Event

from facilitator.core.groups.series import Group, Meeting
from facilitator.core.timefmt import minutes_text

PRODID = "-//Facilitator//Groups and series//EN"


def meeting_summary(group: Group, number: int, total: int) -> str:
    return f"{group.name} — meeting {number} of {total}"


def series_calendar(
    group: Group, meetings: Sequence[Meeting], format_title: str, *, now_wall: float
) -> bytes:
    """The .ics text for `meetings` of `group` (cancelled ones marked so)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", group.name)
    stamp = datetime.fromtimestamp(now_wall, UTC)
    held = [m for m in meetings if not m.cancelled]
    for meeting in meetings:
        event = Event()
        event.add("uid", meeting.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", meeting.starts(group.time_zone))
        event.add("dtend", meeting.ends(group.time_zone))
        event.add("sequence", meeting.sequence)
        if meeting.cancelled:
            event.add("summary", f"{group.name} — cancelled meeting")
            event.add("status", "CANCELLED")
        else:
            number = held.index(meeting) + 1
            event.add("summary", meeting_summary(group, number, len(held)))
            event.add("status", "CONFIRMED")
        event.add(
            "description",
            f"{format_title}, planned for {minutes_text(meeting.minutes * 60)}.",
        )
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
