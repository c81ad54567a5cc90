"""The group repository: groups, their planned meetings, and which sessions they held.

Every method that writes is one transaction. A meeting keeps its UID for ever and raises
its sequence number at every change, so a calendar that imported it updates it in place.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from facilitator.core.groups.series import (
    Group,
    Meeting,
    MeetingStatus,
    check_group,
    check_minutes,
    local_text,
    parse_local,
    zone,
)
from facilitator.store.database import transaction
from facilitator.store.records import SESSION_COLUMNS, SessionRecord, dumps

_GROUP_COLUMNS = "id, name, format_id, members_json, facilitator, rota_role, time_zone, params_json"
_MEETING_COLUMNS = (
    "m.id, m.group_id, m.uid, m.starts_local, m.minutes, m.status, s.id, m.sequence, s.state, "
    "COALESCE((SELECT MIN(e.wall) FROM events e WHERE e.session_id = s.id AND e.kind = 'start'),"
    " s.created_wall)"
)
# A session in the bin is not a meeting held: its meeting is open again.
_MEETING_FROM = (
    "meetings m LEFT JOIN group_sessions gs ON gs.meeting_id = m.id "
    "LEFT JOIN sessions s ON s.id = gs.session_id AND s.discarded_wall IS NULL"
)
_LIVE = "s.discarded_wall IS NULL"  # not in the bin


class GroupStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # groups

    def create_group(
        self,
        name: str,
        format_id: str,
        members: Sequence[str],
        *,
        facilitator: str | None = None,
        rota_role: str | None = None,
        time_zone: str,
        params: Mapping[str, Any] | None = None,
        now: float,
    ) -> int:
        name, tidy, lead = check_group(name, members, facilitator=facilitator)
        zone(time_zone)
        with transaction(self._conn) as conn:
            self._name_free(conn, name, None)
            cur = conn.execute(
                "INSERT INTO groups (name, format_id, params_json, members_json, facilitator, "
                "rota_role, time_zone, created_wall, updated_wall) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (name, format_id, dumps(dict(params or {})), dumps(list(tidy)), lead,
                 rota_role or None, time_zone.strip(), now, now),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

    def update_group(
        self,
        group_id: int,
        *,
        name: str,
        format_id: str,
        members: Sequence[str],
        facilitator: str | None,
        rota_role: str | None,
        time_zone: str,
        params: Mapping[str, Any],
        now: float,
    ) -> None:
        name, tidy, lead = check_group(name, members, facilitator=facilitator)
        zone(time_zone)
        with transaction(self._conn) as conn:
            self._name_free(conn, name, group_id)
            cur = conn.execute(
                "UPDATE groups SET name = ?, format_id = ?, params_json = ?, members_json = ?, "
                "facilitator = ?, rota_role = ?, time_zone = ?, updated_wall = ? WHERE id = ?",
                (name, format_id, dumps(dict(params)), dumps(list(tidy)), lead,
                 rota_role or None, time_zone.strip(), now, group_id),
            )  # fmt: skip
            if cur.rowcount == 0:
                raise LookupError(f"no group {group_id}")

    def _name_free(self, conn: sqlite3.Connection, name: str, group_id: int | None) -> None:
        row = conn.execute("SELECT id FROM groups WHERE name = ?", (name,)).fetchone()
        if row is not None and row[0] != group_id:
            raise ValueError(f"There is already a group called '{name}'; choose another name.")

    def delete_group(self, group_id: int) -> bool:
        """Delete the group and its meetings; its sessions stay (unlinked)."""
        with transaction(self._conn) as conn:
            return conn.execute("DELETE FROM groups WHERE id = ?", (group_id,)).rowcount > 0

    def get_group(self, group_id: int) -> Group | None:
        row = self._conn.execute(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE id = ?", (group_id,)
        ).fetchone()
        return None if row is None else _group(row)

    def find_group(self, name: str) -> Group | None:
        """The group called `name` (any case), or None."""
        row = self._conn.execute(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return None if row is None else _group(row)

    def list_groups(self) -> list[Group]:
        """Most recently changed or met first."""
        rows = self._conn.execute(
            f"SELECT {_GROUP_COLUMNS} FROM groups g ORDER BY MAX(g.updated_wall, COALESCE(("
            "SELECT MAX(s.updated_wall) FROM group_sessions gs JOIN sessions s "
            "ON s.id = gs.session_id WHERE gs.group_id = g.id AND s.discarded_wall IS NULL), 0)) "
            "DESC, id DESC"
        )
        return [_group(row) for row in rows]

    # meetings

    def add_meetings(
        self, group_id: int, starts: Iterable[datetime], minutes: float, *, now: float
    ) -> list[int]:
        """Plan meetings at these local wall times, each `minutes` long."""
        minutes = check_minutes(minutes)
        ids = []
        with transaction(self._conn) as conn:
            if conn.execute("SELECT 1 FROM groups WHERE id = ?", (group_id,)).fetchone() is None:
                raise LookupError(f"no group {group_id}")
            for start in starts:
                cur = conn.execute(
                    "INSERT INTO meetings (group_id, uid, starts_local, minutes, created_wall, "
                    "updated_wall) VALUES (?, ?, ?, ?, ?, ?)",
                    (group_id, f"{uuid.uuid4()}@facilitator", local_text(start), minutes,
                     now, now),
                )  # fmt: skip
                ids.append(int(cur.lastrowid or 0))
        return ids

    def update_meeting(
        self,
        meeting_id: int,
        *,
        starts_local: datetime | None = None,
        minutes: float | None = None,
        status: MeetingStatus | None = None,
        now: float,
    ) -> None:
        """Move, lengthen, cancel or restore one meeting; its sequence goes up by one."""
        current = self.get_meeting(meeting_id)
        if current is None:
            raise LookupError(f"no meeting {meeting_id}")
        start = current.starts_local if starts_local is None else starts_local
        length = current.minutes if minutes is None else check_minutes(minutes)
        state = current.status if status is None else MeetingStatus(status)
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE meetings SET starts_local = ?, minutes = ?, status = ?, "
                "sequence = sequence + 1, updated_wall = ? WHERE id = ?",
                (local_text(start), length, state.value, now, meeting_id),
            )

    def delete_meeting(self, meeting_id: int) -> bool:
        with transaction(self._conn) as conn:
            return conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,)).rowcount > 0

    def get_meeting(self, meeting_id: int) -> Meeting | None:
        row = self._conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM {_MEETING_FROM} WHERE m.id = ?", (meeting_id,)
        ).fetchone()
        return None if row is None else _meeting(row)

    def meetings(self, group_id: int) -> list[Meeting]:
        """The group's meetings in date order (cancelled ones included)."""
        rows = self._conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM {_MEETING_FROM} WHERE m.group_id = ? "
            "ORDER BY m.starts_local, m.id",
            (group_id,),
        )
        return [_meeting(row) for row in rows]

    # sessions of a group

    def link_session(self, session_id: int, group_id: int, meeting_id: int | None = None) -> None:
        """Record that `session_id` is a meeting of `group_id` (opened from `meeting_id`)."""
        with transaction(self._conn) as conn:
            if meeting_id is not None:
                row = conn.execute(
                    "SELECT group_id FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()
                if row is None or row[0] != group_id:
                    raise LookupError(f"no meeting {meeting_id} in group {group_id}")
                conn.execute(
                    "UPDATE group_sessions SET meeting_id = NULL WHERE meeting_id = ?",
                    (meeting_id,),
                )  # a meeting opened again: the newest session is the one held
            conn.execute(
                "INSERT INTO group_sessions (session_id, group_id, meeting_id) VALUES (?, ?, ?) "
                "ON CONFLICT (session_id) DO UPDATE SET group_id = excluded.group_id, "
                "meeting_id = excluded.meeting_id",
                (session_id, group_id, meeting_id),
            )

    def group_of_session(self, session_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT group_id FROM group_sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def sessions(self, group_id: int) -> list[SessionRecord]:
        """The group's sessions, oldest first (the order the group met in); none in the bin."""
        rows = self._conn.execute(
            f"SELECT {_S_COLUMNS} FROM sessions s JOIN group_sessions gs ON gs.session_id = s.id "
            f"WHERE gs.group_id = ? AND {_LIVE} ORDER BY s.created_wall, s.id",
            (group_id,),
        )
        return [SessionRecord.from_row(row) for row in rows]

    def ungrouped_sessions(self, format_id: str) -> list[SessionRecord]:
        """Sessions of this method that belong to no saved group, oldest first; none in
        the bin. An unsaved group is read from them (the same people, the same method)."""
        rows = self._conn.execute(
            f"SELECT {_S_COLUMNS} FROM sessions s WHERE s.format_id = ? AND {_LIVE} "
            "AND NOT EXISTS (SELECT 1 FROM group_sessions gs WHERE gs.session_id = s.id) "
            "ORDER BY s.created_wall, s.id",
            (format_id,),
        )
        return [SessionRecord.from_row(row) for row in rows]

    def grouped_session_ids(self) -> set[int]:
        """Every session that belongs to a saved group."""
        return {int(r[0]) for r in self._conn.execute("SELECT session_id FROM group_sessions")}

    def link_sessions(self, session_ids: Iterable[int], group_id: int) -> None:
        """Make earlier sessions meetings of `group_id` (not of a planned date), in one
        transaction; a session already in a group stays where it is."""
        with transaction(self._conn) as conn:
            if conn.execute("SELECT 1 FROM groups WHERE id = ?", (group_id,)).fetchone() is None:
                raise LookupError(f"no group {group_id}")
            conn.executemany(
                "INSERT INTO group_sessions (session_id, group_id) VALUES (?, ?) "
                "ON CONFLICT (session_id) DO NOTHING",
                [(int(sid), group_id) for sid in session_ids],
            )


_S_COLUMNS = ", ".join(f"s.{c.strip()}" for c in SESSION_COLUMNS.split(","))


def _group(row: tuple[Any, ...]) -> Group:
    id_, name, format_id, members, facilitator, rota_role, tz, params = row
    return Group(
        id=id_,
        name=name,
        format_id=format_id,
        members=tuple(json.loads(members)),
        facilitator=facilitator,
        rota_role=rota_role,
        time_zone=tz,
        params=json.loads(params),
    )


def _meeting(row: tuple[Any, ...]) -> Meeting:
    id_, group_id, uid, starts, minutes, status, session_id, sequence, state, held = row
    return Meeting(
        id=id_,
        group_id=group_id,
        uid=uid,
        starts_local=parse_local(starts),
        minutes=float(minutes),
        status=MeetingStatus(status),
        session_id=session_id,
        sequence=int(sequence),
        session_state=state,
        held_wall=held,
    )
