"""Groups as the windows and the command line use them: the records, the formats and the
clock behind one Qt-free object, so a window only passes on what the user asked for."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.core.clock import Clock
from facilitator.core.files import write_atomically
from facilitator.core.formats.catalog import Catalog
from facilitator.core.formats.format import Assign, Format
from facilitator.core.groups.memory import (
    Carried,
    FloorTotal,
    HeldMeeting,
    Suggestion,
    carried_actions,
    floor_totals,
    planned_minutes,
    suggest,
)
from facilitator.core.groups.series import Group, Meeting, MeetingStatus, SeriesError, series_starts
from facilitator.core.plan.rounds import PlanError
from facilitator.services.group_history import (
    group_history,
    replay_history,
    unsaved_group_sessions,
)
from facilitator.store.database import transaction
from facilitator.store.groups import GroupStore
from facilitator.store.records import SessionRecord


@dataclass(frozen=True)
class GroupForm:
    """What the user typed for a group."""

    name: str
    format_id: str
    members: tuple[str, ...]
    facilitator: str | None
    rota_role: str | None
    time_zone: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class MeetingStart:
    """Everything the new-session screen needs to open a meeting of a group."""

    group: Group
    meeting: Meeting | None
    fmt: Format
    participants: tuple[str, ...]
    params: Mapping[str, Any]
    title: str
    rota: Mapping[str, str]


@dataclass(frozen=True)
class AgainStart:
    """Everything the new-session screen needs to meet an unsaved group again: the
    method, the people in their last order, the settings of their last meeting and the
    commitments taken at it (as a saved group's next meeting shows them)."""

    fmt: Format
    participants: tuple[str, ...]
    params: Mapping[str, float]
    carried: tuple[Carried, ...]
    sessions: tuple[int, ...]  # the group's sessions so far, oldest first


class GroupBook:
    def __init__(self, conn: sqlite3.Connection, catalog: Catalog, clock: Clock) -> None:
        self.store = GroupStore(conn)
        self._conn = conn
        self.catalog = catalog
        self.clock = clock

    # groups

    def groups(self) -> list[Group]:
        return self.store.list_groups()

    def group(self, group_id: int) -> Group:
        group = self.store.get_group(group_id)
        if group is None:
            raise LookupError(f"There is no group {group_id}.")
        return group

    def save(self, form: GroupForm, group_id: int | None = None) -> int:
        """Create or update a group; ``ValueError`` saying what is wrong (nothing written)."""
        fmt = self.format(form.format_id)
        rota = form.rota_role or None
        if rota is not None and rota not in {
            r.id for r in fmt.roles if r.assign in (Assign.FIXED, Assign.DUTY)
        }:
            raise SeriesError(f"{fmt.title} has no role '{rota}' that could rotate.")
        params = fmt.resolve_params(form.params)
        kwargs: dict[str, Any] = dict(
            format_id=fmt.id, members=form.members, facilitator=form.facilitator,
            rota_role=rota, time_zone=form.time_zone, params=params, now=self.clock.wall(),
        )  # fmt: skip
        if group_id is None:
            return self.store.create_group(form.name, **kwargs)
        self.store.update_group(group_id, name=form.name, **kwargs)
        return group_id

    def delete(self, group_id: int) -> None:
        self.store.delete_group(group_id)

    def format(self, format_id: str) -> Format:
        try:
            return self.catalog.get(format_id)
        except KeyError as exc:
            raise SeriesError(str(exc).strip("'\"")) from None

    def format_title(self, group: Group) -> str:
        try:
            return self.catalog.get(group.format_id).title
        except KeyError:
            return group.format_id

    # meetings

    def meetings(self, group_id: int) -> list[Meeting]:
        return self.store.meetings(group_id)

    def planned_minutes(self, group: Group) -> float:
        """The length of one meeting of the group, from its format's planned total."""
        fmt = self.format(group.format_id)
        people = self.suggestion(group).participants
        try:
            return round(planned_minutes(fmt, group.params, people))
        except (PlanError, ValueError) as exc:
            raise SeriesError(f"The meeting length cannot be worked out: {exc}") from None

    def plan_series(
        self, group_id: int, first: datetime, every_weeks: int, count: int, minutes: float
    ) -> list[int]:
        starts = series_starts(first, every_weeks=every_weeks, count=count)
        return self.store.add_meetings(group_id, starts, minutes, now=self.clock.wall())

    def move(self, meeting_id: int, starts_local: datetime, minutes: float | None = None) -> None:
        self.store.update_meeting(
            meeting_id, starts_local=starts_local, minutes=minutes, now=self.clock.wall()
        )

    def set_cancelled(self, meeting_id: int, cancelled: bool) -> None:
        status = MeetingStatus.CANCELLED if cancelled else MeetingStatus.PLANNED
        self.store.update_meeting(meeting_id, status=status, now=self.clock.wall())

    def delete_meeting(self, meeting_id: int) -> None:
        self.store.delete_meeting(meeting_id)

    def calendar(self, group_id: int) -> bytes:
        from facilitator.core.groups.calendar import series_calendar  # icalendar: only now

        group = self.group(group_id)
        meetings = self.meetings(group_id)
        if not meetings:
            raise SeriesError(f"{group.name} has no planned meetings to export.")
        return series_calendar(
            group, meetings, self.format_title(group), now_wall=self.clock.wall()
        )

    def export(self, group_id: int, path: Path) -> int:
        """Write the group's meetings to `path` as .ics; return how many were written."""
        data = self.calendar(group_id)
        write_atomically(path, data)
        return len(self.meetings(group_id))

    # memory

    def history(self, group_id: int) -> list[HeldMeeting]:
        return group_history(self._conn, group_id, self.clock)

    def floor(self, group: Group, history: Sequence[HeldMeeting] | None = None) -> list[FloorTotal]:
        history = self.history(group.id) if history is None else history
        return floor_totals(history, group.members)

    def suggestion(self, group: Group, history: Sequence[HeldMeeting] | None = None) -> Suggestion:
        history = self.history(group.id) if history is None else history
        return suggest(group, self.format(group.format_id), history)

    def meeting_start(self, group_id: int, meeting_id: int | None) -> MeetingStart:
        """How to open `meeting_id` (or an unplanned meeting) of the group."""
        group = self.group(group_id)
        meeting = None
        if meeting_id is not None:
            meeting = self.store.get_meeting(meeting_id)
            if meeting is None or meeting.group_id != group_id:
                raise LookupError(f"There is no meeting {meeting_id} in {group.name}.")
        history = self.history(group_id)
        hint = self.suggestion(group, history)
        number = len(history) + 1
        if meeting is not None:
            held = [m for m in self.meetings(group_id) if not m.cancelled]
            if meeting in held:
                number = held.index(meeting) + 1
        return MeetingStart(
            group=group,
            meeting=meeting,
            fmt=self.format(group.format_id),
            participants=hint.participants,
            params=dict(group.params),
            title=f"{group.name}, meeting {number}",
            rota=hint.rota,
        )

    def link(self, session_id: int, group_id: int, meeting_id: int | None) -> None:
        self.store.link_session(session_id, group_id, meeting_id)

    # unsaved groups: the same people meeting again with the same method

    def _latest(self, session_id: int) -> tuple[SessionRecord, list[SessionRecord]]:
        """The unsaved group of `session_id`: its newest session and all of them."""
        row = self._conn.execute(
            "SELECT format_id, participants_json FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"There is no session {session_id}.")
        if self.store.group_of_session(session_id) is not None:
            raise LookupError(f"Session {session_id} is a meeting of a saved group.")
        records = unsaved_group_sessions(self._conn, row[0], json.loads(row[1]))
        if not records:
            raise LookupError(f"There is no session {session_id}.")
        return records[-1], records

    def again(self, session_id: int) -> AgainStart:
        """How to meet the unsaved group of `session_id` again."""
        latest, records = self._latest(session_id)
        fmt = self.format(latest.format_id)
        history = replay_history(self._conn, records, self.clock)
        return AgainStart(
            fmt=fmt,
            participants=tuple(latest.participants),
            params=usable_params(fmt, latest.params),
            carried=tuple(carried_actions(history, session_id=-1)),  # -1: a meeting to come
            sessions=tuple(r.id for r in records),
        )

    def save_unsaved(self, session_id: int, name: str, time_zone: str) -> int:
        """Save the unsaved group of `session_id` under `name`: its method, people and last
        settings; its sessions so far become its meetings (its memory). One transaction;
        ``ValueError`` saying what is wrong, nothing written."""
        latest, records = self._latest(session_id)
        fmt = self.format(latest.format_id)
        lead = _fixed_holder(fmt, latest)
        members = tuple(p for p in latest.participants if p != lead)
        form = GroupForm(
            name, fmt.id, members, lead, None, time_zone, usable_params(fmt, latest.params)
        )
        with transaction(self._conn):
            group_id = self.save(form)
            self.store.link_sessions((r.id for r in records), group_id)
        return group_id


def usable_params(fmt: Format, given: Mapping[str, Any]) -> dict[str, float]:
    """`given` as settings of `fmt` today: a setting it no longer has, or one now out of
    its bounds, is left at its default rather than refused."""
    values = fmt.resolve_params()
    for key, value in given.items():
        if key not in values:
            continue
        try:
            values[key] = fmt.resolve_params({key: value})[key]
        except (ValueError, TypeError):
            continue
    return values


def _fixed_holder(fmt: Format, record: SessionRecord) -> str | None:
    """Who held the method's one fixed role (the facilitator) at this session, if anyone."""
    fixed = fmt.roles_by(Assign.FIXED)
    if len(fixed) != 1:
        return None
    people = (record.plan.get("fixed") or {}).get(fixed[0].id) or []
    return people[0] if len(people) == 1 and people[0] in record.participants else None
