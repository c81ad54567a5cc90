"""Series date arithmetic: meetings stay at the same local time across clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.core.groups.series import (
    Meeting,
    MeetingStatus,
    SeriesError,
    check_group,
    end_of,
    localize,
    next_meeting,
    parse_local,
    series_starts,
    zone,
)


def _utc_hours(moment: datetime) -> tuple[int, int]:
    u = moment.astimezone(UTC)
    return u.hour, u.minute


def test_weekly_series_stays_at_18_local_across_the_march_change_in_warsaw():
    starts = series_starts(datetime(2026, 3, 17, 18, 0), every_weeks=1, count=4)
    warsaw = zone("Europe/Warsaw")
    aware = [localize(s, warsaw) for s in starts]
    assert [a.strftime("%Y-%m-%d %H:%M") for a in aware] == [
        "2026-03-17 18:00",
        "2026-03-24 18:00",
        "2026-03-31 18:00",  # after the clocks went forward on 29 March
        "2026-04-07 18:00",
    ]
    # the same wall time is a different UTC time once summer time starts
    assert [_utc_hours(a) for a in aware] == [(17, 0), (17, 0), (16, 0), (16, 0)]
    # and the real gap across the change is an hour short of a week
    assert aware[2].astimezone(UTC) - aware[1].astimezone(UTC) == timedelta(days=7, hours=-1)


def test_six_weekly_series_stays_at_18_local_across_the_october_change_in_london():
    starts = series_starts(datetime(2026, 9, 15, 18, 0), every_weeks=6, count=4)
    london = zone("Europe/London")
    aware = [localize(s, london) for s in starts]
    assert [a.strftime("%Y-%m-%d %H:%M %Z") for a in aware] == [
        "2026-09-15 18:00 BST",
        "2026-10-27 18:00 GMT",  # after the clocks went back on 25 October
        "2026-12-08 18:00 GMT",
        "2027-01-19 18:00 GMT",
    ]
    assert [_utc_hours(a) for a in aware] == [(17, 0), (18, 0), (18, 0), (18, 0)]


def test_a_wall_time_skipped_by_the_spring_change_moves_on_by_the_gap():
    moved = localize(datetime(2026, 3, 29, 2, 30), zone("Europe/Warsaw"))
    assert moved.strftime("%H:%M") == "03:30"
    assert moved.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_meeting_across_the_autumn_change_ends_in_real_time():
    start = localize(datetime(2026, 10, 25, 1, 0), zone("Europe/London"))  # first 01:00, BST
    end = end_of(start, 120)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)
    assert end.strftime("%H:%M %Z") == "02:00 GMT"  # not 03:00: an hour was repeated


@pytest.mark.parametrize(
    ("weeks", "count", "words"),
    [(0, 4, "weeks apart"), (53, 4, "weeks apart"), (6, 0, "1 to 52 meetings"), (6, 53, "1 to 52")],
)
def test_a_series_out_of_range_says_what_is_wrong(weeks, count, words):
    with pytest.raises(SeriesError, match=words):
        series_starts(datetime(2026, 1, 6, 18, 0), every_weeks=weeks, count=count)


def test_an_unknown_zone_is_named_in_the_message():
    with pytest.raises(SeriesError, match="Mars/Olympus"):
        zone("Mars/Olympus")


def test_a_typed_date_is_read_with_a_space_or_a_t_and_a_bad_one_is_quoted():
    assert parse_local("2026-03-24 18:00") == parse_local("2026-03-24T18:00")
    with pytest.raises(SeriesError, match="'24/03/2026'"):
        parse_local("24/03/2026")


def test_group_names_are_tidied_and_duplicates_refused():
    assert check_group(" Tuesday  set ", ["Ana", " Ben  K "], facilitator=" Fay ") == (
        "Tuesday set",
        ("Ana", "Ben K"),
        "Fay",
    )
    with pytest.raises(SeriesError, match="'ana' is listed twice"):
        check_group("Set", ["Ana", "ana"])
    with pytest.raises(SeriesError, match="both the facilitator and a member"):
        check_group("Set", ["Ana", "Ben"], facilitator="ana")
    with pytest.raises(SeriesError, match="needs a name"):
        check_group("  ", ["Ana"])


def test_next_meeting_skips_cancelled_and_past_ones():
    def meeting(n, when, status=MeetingStatus.PLANNED):
        return Meeting(n, 1, f"u{n}", parse_local(when), 60, status)

    meetings = [
        meeting(1, "2026-03-03 18:00"),
        meeting(2, "2026-04-14 18:00", MeetingStatus.CANCELLED),
        meeting(3, "2026-05-26 18:00"),
    ]
    now = datetime(2026, 3, 10, tzinfo=UTC).timestamp()
    assert next_meeting(meetings, "Europe/Warsaw", now).id == 3
    during_first = datetime(2026, 3, 3, 17, 30, tzinfo=UTC).timestamp()  # 18:30 in Warsaw
    assert next_meeting(meetings, "Europe/Warsaw", during_first).id == 1


@pytest.mark.parametrize(
    ("state", "progress", "next_id"),
    [
        (None, "opened", 1),  # set up, not started: still the meeting to come
        ("not_started", "opened", 1),
        ("running", "in_progress", 3),
        ("paused", "in_progress", 3),
        ("finished", "held", 3),
    ],
)
def test_a_meeting_met_is_no_longer_next(state, progress, next_id):
    from dataclasses import replace

    first = Meeting(1, 1, "u1", parse_local("2026-03-03 18:00"), 60, session_id=7)
    first = replace(first, session_state=state or "not_started")
    later = Meeting(3, 1, "u3", parse_local("2026-04-14 18:00"), 60)
    during_first = datetime(2026, 3, 3, 17, 30, tzinfo=UTC).timestamp()
    assert first.progress == progress and later.progress == "none"
    assert next_meeting([first, later], "Europe/Warsaw", during_first).id == next_id
    before = datetime(2026, 3, 1, tzinfo=UTC).timestamp()  # held early: the next is next
    assert next_meeting([first, later], "Europe/Warsaw", before).id == next_id


def test_more_meetings_are_first_guessed_after_the_last_one():
    from facilitator.core.groups.series import first_of_next_series

    meetings = [Meeting(1, 1, "u1", parse_local("2026-03-03 18:00"), 60)]
    assert first_of_next_series(meetings, 0, 6) == parse_local("2026-04-14 18:00")
    guess = first_of_next_series([], datetime(2026, 5, 1, 12, tzinfo=UTC).timestamp(), 6)
    assert (guess.hour, guess.minute) == (18, 0) and guess.date() > datetime(2026, 5, 1).date()
