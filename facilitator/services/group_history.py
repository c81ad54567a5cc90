"""A group's meetings read back from the records, for its memory across meetings.

Qt-free wiring between the stores and ``core.group_memory``, shared by the windows, the
command line and the tests. A saved group's meetings are the sessions linked to it; an
unsaved group (the start screen's "recent groups") is the same people meeting with the
same method, in sessions that belong to no saved group.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable

from facilitator.core.clock import Clock
from facilitator.core.formats.format import FormatInvalid
from facilitator.core.formats.schema import parse_format
from facilitator.core.groups.memory import Carried, HeldMeeting, carried_actions, held_meeting
from facilitator.core.plan.rounds import PlanError, RoundPlan
from facilitator.store.groups import GroupStore
from facilitator.store.records import SessionRecord
from facilitator.store.sessions import SessionStore

log = logging.getLogger(__name__)


def people_key(format_id: str, participants: Iterable[str]) -> tuple[str, frozenset[str]]:
    """What makes an unsaved group: the method and the people, in any order or case."""
    return format_id, frozenset(" ".join(p.split()).casefold() for p in participants)


def unsaved_group_sessions(
    conn: sqlite3.Connection, format_id: str, participants: Iterable[str]
) -> list[SessionRecord]:
    """The sessions of the unsaved group of these people and this method, oldest first."""
    key = people_key(format_id, participants)
    return [
        r
        for r in GroupStore(conn).ungrouped_sessions(format_id)
        if people_key(r.format_id, r.participants) == key
    ]


def group_history(conn: sqlite3.Connection, group_id: int, clock: Clock) -> list[HeldMeeting]:
    """The group's meetings that were started, oldest first, numbered from 1."""
    return replay_history(conn, GroupStore(conn).sessions(group_id), clock)


def replay_history(
    conn: sqlite3.Connection, records: Iterable[SessionRecord], clock: Clock
) -> list[HeldMeeting]:
    """These sessions (oldest first) as meetings held; those never started are left out."""
    sessions = SessionStore(conn)
    history: list[HeldMeeting] = []
    for record in records:
        if record.state == "not_started":
            continue  # set up but never held
        meeting = _replay(sessions, record, len(history) + 1, clock)
        if meeting is not None:
            history.append(meeting)
    return history


def _replay(
    sessions: SessionStore, record: SessionRecord, number: int, clock: Clock
) -> HeldMeeting | None:
    try:
        fmt = parse_format(record.format_source, f"session {record.id}")
        plan = RoundPlan.from_json(record.plan)
        actions = [(n.action_owner, n.text) for n in sessions.notes(record.id) if n.action_owner]
        return held_meeting(
            record.id, number, record.created_wall, fmt, record.params, plan,
            sessions.events(record.id), actions, clock,
        )  # fmt: skip
    except (FormatInvalid, PlanError, KeyError, ValueError) as exc:
        log.warning("session %s left out of its group's history: %s", record.id, exc)
        return None


def carried_for_session(conn: sqlite3.Connection, session_id: int, clock: Clock) -> list[Carried]:
    """Commitments from earlier meetings of this session's group: its saved group, or else
    the earlier sessions of the same people with the same method (an unsaved group)."""
    group_id = GroupStore(conn).group_of_session(session_id)
    if group_id is not None:
        return carried_actions(group_history(conn, group_id, clock), session_id)
    record = SessionStore(conn).get_session(session_id)
    if record is None:
        return []
    return carried_actions(unsaved_history(conn, record, clock), session_id)


def unsaved_history(
    conn: sqlite3.Connection, record: SessionRecord, clock: Clock
) -> list[HeldMeeting]:
    """The meetings of `record`'s unsaved group held before it (it comes last if held)."""
    earlier = [
        r
        for r in unsaved_group_sessions(conn, record.format_id, record.participants)
        if (r.created_wall, r.id) <= (record.created_wall, record.id)
    ]
    return replay_history(conn, earlier, clock)
