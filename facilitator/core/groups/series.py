"""Groups and their planned meetings: the dates of a series, in the group's time zone.

A meeting is planned at a local wall time ("every six weeks on Tuesday at 18:00") in a
named IANA time zone, and stays at that local time when the clocks change for daylight
saving: the arithmetic is done on the wall time, and the zone is applied afterwards. Only
the length of a meeting is counted in real (absolute) time, so a meeting that spans a
clock change ends when it really ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_MEETINGS = 52  # a series longer than a year of weekly meetings is a typo
MAX_WEEKS_APART = 52
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"  # how a local wall time is stored


class SeriesError(ValueError):
    """A series or meeting that cannot be planned; the message says what is wrong."""


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class Progress(StrEnum):
    """How far the session opened for a meeting got (a stable code, shown translated)."""

    NONE = "none"  # no session opened for it
    OPENED = "opened"  # a session set up, not started
    IN_PROGRESS = "in_progress"  # started: running or paused now
    HELD = "held"  # finished


_PROGRESS = {
    "not_started": Progress.OPENED,
    "running": Progress.IN_PROGRESS,
    "paused": Progress.IN_PROGRESS,
    "finished": Progress.HELD,
}


def progress_of(session_state: str | None) -> Progress:
    """A meeting's progress from the state of its session (None: no session)."""
    return Progress.NONE if session_state is None else _PROGRESS.get(session_state, Progress.OPENED)


@dataclass(frozen=True)
class Group:
    """A named group that meets again and again with the same method."""

    id: int
    name: str
    format_id: str
    members: tuple[str, ...]
    facilitator: str | None = None  # holds the format's fixed role, unless it rotates
    rota_role: str | None = None  # a fixed or duty role that rotates among the members
    time_zone: str = "UTC"
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Meeting:
    id: int
    group_id: int
    uid: str  # stable across exports, so a calendar updates rather than duplicates
    starts_local: datetime  # naive wall time in the group's zone
    minutes: float
    status: MeetingStatus = MeetingStatus.PLANNED
    session_id: int | None = None
    sequence: int = 0  # raised at every change, as iCalendar asks
    session_state: str | None = None  # the state of session_id (None: no session)
    held_wall: float | None = None  # when its session started (else was set up)

    @property
    def cancelled(self) -> bool:
        return self.status is MeetingStatus.CANCELLED

    @property
    def progress(self) -> Progress:
        return progress_of(self.session_state if self.session_id is not None else None)

    @property
    def met(self) -> bool:
        """True once the meeting's session has started: it is no longer to come."""
        return self.progress in (Progress.IN_PROGRESS, Progress.HELD)

    def starts(self, time_zone: str) -> datetime:
        return localize(self.starts_local, zone(time_zone))

    def ends(self, time_zone: str) -> datetime:
        return end_of(self.starts(time_zone), self.minutes)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`; ``SeriesError`` naming it if there is none."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise SeriesError(
            f"'{name}' is not a time zone this computer knows; use a name such as "
            "Europe/Warsaw or America/New_York."
        ) from None


def local_zone_name() -> str:
    """The user's time zone as an IANA name (UTC when the system does not say)."""
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception:  # an odd system configuration must not stop planning
        name = None
    if not name:
        return "UTC"
    try:
        zone(name)
    except SeriesError:
        return "UTC"
    return name


def parse_local(text: str) -> datetime:
    """A stored or typed local wall time 'YYYY-MM-DDTHH:MM' (a space also separates)."""
    try:
        return datetime.strptime(text.strip().replace(" ", "T"), LOCAL_FORMAT)
    except ValueError:
        raise SeriesError(f"'{text}' is not a date and time like 2026-03-24 18:00.") from None


def local_text(moment: datetime) -> str:
    return moment.strftime(LOCAL_FORMAT)


def series_starts(first: datetime, *, every_weeks: int, count: int) -> list[datetime]:
    """The local wall times of `count` meetings, `every_weeks` apart, from `first`."""
    if first.tzinfo is not None:
        raise SeriesError("Give the first meeting as a local wall time, without a zone.")
    if not 1 <= every_weeks <= MAX_WEEKS_APART:
        raise SeriesError(
            f"Meetings are 1 to {MAX_WEEKS_APART} weeks apart; {every_weeks} was given."
        )
    if not 1 <= count <= MAX_MEETINGS:
        raise SeriesError(f"A series has 1 to {MAX_MEETINGS} meetings; {count} was given.")
    return [first + timedelta(weeks=every_weeks * n) for n in range(count)]


def localize(wall: datetime, tz: ZoneInfo) -> datetime:
    """`wall` in `tz`. A wall time the clocks skip (02:30 on the spring change) moves on by
    the size of the gap, as a clock on the wall would; a repeated one takes its first."""
    aware = wall.replace(tzinfo=tz, fold=0)
    return aware.astimezone(UTC).astimezone(tz)


def end_of(start: datetime, minutes: float) -> datetime:
    """The real end of a meeting `minutes` long (a clock change inside it counts)."""
    if start.tzinfo is None:
        raise SeriesError("A meeting's start needs its time zone to work out its end.")
    return (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)


def check_minutes(minutes: float) -> float:
    if not 1 <= minutes <= 24 * 60:
        raise SeriesError(f"A meeting lasts 1 minute to 24 hours; {minutes:g} minutes given.")
    return float(minutes)


def check_group(
    name: str,
    members: Sequence[str],
    *,
    facilitator: str | None = None,
) -> tuple[str, tuple[str, ...], str | None]:
    """A group's name, members and facilitator, tidied; ``SeriesError`` saying what is wrong."""
    name = " ".join(name.split())
    if not name:
        raise SeriesError("A group needs a name.")
    tidy = tuple(" ".join(m.split()) for m in members)
    if any(not m for m in tidy):
        raise SeriesError("A member's name is empty.")
    seen: set[str] = set()
    for member in tidy:
        if member.casefold() in seen:
            raise SeriesError(f"'{member}' is listed twice; give each member a distinct name.")
        seen.add(member.casefold())
    lead = " ".join((facilitator or "").split()) or None
    if lead is not None and lead.casefold() in seen:
        raise SeriesError(
            f"{lead} is both the facilitator and a member; list the facilitator once, "
            "in the facilitator field."
        )
    return name, tidy, lead


def next_meeting(meetings: Sequence[Meeting], time_zone: str, now_wall: float) -> Meeting | None:
    """The first planned meeting still to come: not cancelled, not met yet (its session
    not started) and not ended by `now_wall`."""
    now = datetime.fromtimestamp(now_wall, UTC)
    upcoming = [
        m for m in meetings if not m.cancelled and not m.met and m.ends(time_zone) > now
    ]
    return min(upcoming, key=lambda m: m.starts(time_zone), default=None)


def first_of_next_series(
    meetings: Sequence[Meeting], now_wall: float, every_weeks: int
) -> datetime:
    """A first guess for planning more meetings: `every_weeks` after the last one planned,
    or a week from today at 18:00 (local wall time) for a group with none."""
    if meetings:
        return max(m.starts_local for m in meetings) + timedelta(weeks=every_weeks)
    day = datetime.fromtimestamp(now_wall).date() + timedelta(days=7)
    return datetime(day.year, day.month, day.day, 18, 0)
