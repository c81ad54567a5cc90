"""The .ics export, parsed back with the same library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from facilitator.core.groups.calendar import series_calendar
from facilitator.core.groups.series import Group, Meeting, MeetingStatus, series_starts

GROUP = Group(7, "Tuesday set", "action-learning", ("Ana", "Ben"), time_zone="Europe/Warsaw")


def _meetings() -> list[Meeting]:
    starts = series_starts(datetime(2026, 3, 17, 18, 0), every_weeks=1, count=3)
    meetings = [Meeting(n, 7, f"uid-{n}@facilitator", s, 150) for n, s in enumerate(starts)]
    meetings[1] = Meeting(
        1, 7, "uid-1@facilitator", starts[1], 150, MeetingStatus.CANCELLED, None, 2
    )
    return meetings


def _parse(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    return list(cal.walk("VEVENT"))


def test_one_event_per_meeting_with_its_uid_and_zone():
    events = _parse(series_calendar(GROUP, _meetings(), "Action Learning meeting", now_wall=0))
    assert [str(e["UID"]) for e in events] == [f"uid-{n}@facilitator" for n in range(3)]
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.strftime("%H:%M") == "18:00"
        assert end - start == timedelta(minutes=150)
    last = events[2].decoded("DTSTART")
    assert last.astimezone(UTC).hour == 16  # summer time by 31 March: 18:00 is 16:00 UTC


def test_cancelled_meetings_stay_as_cancelled_and_the_rest_are_numbered():
    events = _parse(series_calendar(GROUP, _meetings(), "Action Learning meeting", now_wall=0))
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED", "CONFIRMED"]
    assert str(events[0]["SUMMARY"]) == "Tuesday set — meeting 1 of 2"
    assert str(events[2]["SUMMARY"]) == "Tuesday set — meeting 2 of 2"
    assert int(events[1]["SEQUENCE"]) == 2


def test_the_zone_is_described_and_nothing_private_is_written():
    data = series_calendar(GROUP, _meetings(), "Action Learning meeting", now_wall=0)
    cal = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    text = data.decode()
    assert "Ana" not in text and "Ben" not in text
    first = cal.walk("VEVENT")[0]
    assert str(first["DESCRIPTION"]) == "Action Learning meeting, planned for 2 h 30 min."
