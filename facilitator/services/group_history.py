"""A group's meetings read back from the records, for its memory across meetings.

Qt-free wiring between the stores and ``core.group_memory``, shared by the windows, the
command line and the tests.
"""

from __future__ import annotations

import logging
import sqlite3

from facilitator.core.clock import Clock
from facilitator.core.formats.format import FormatInvalid
from facilitator.core.formats.schema import parse_format
from facilitator.core.groups.memory import Carried, HeldMeeting, carried_actions, held_meeting
from facilitator.core.plan.rounds import PlanError, RoundPlan
from facilitator.store.groups import GroupStore
from facilitator.store.records import SessionRecord
from facilitator.store.sessions import SessionStore

log = logging.getLogger(__name__)


def group_history(conn: sqlite3.Connection, group_id: int, clock: Clock) -> list[HeldMeeting]:
    """The group's meetings that were started, oldest first, numbered from 1."""
    sessions = SessionStore(conn)
    history: list[HeldMeeting] = []
    for record in GroupStore(conn).sessions(group_id):
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
    """Commitments from earlier meetings of this session's group (none if it has no group)."""
    group_id = GroupStore(conn).group_of_session(session_id)
    if group_id is None:
        return []
    return carried_actions(group_history(conn, group_id, clock), session_id)
