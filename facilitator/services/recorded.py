"""A stored session read back: its record, its planned timeline, its events.

The one way to rebuild a session from the records, used by a live session that resumes
and by a past session opened read-only alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.formats.schema import parse_format
from facilitator.core.plan.rounds import RoundPlan
from facilitator.core.plan.timeline import Timeline, build_timeline
from facilitator.core.session.events import Event
from facilitator.store.records import SessionRecord
from facilitator.store.sessions import SessionStore


@dataclass(frozen=True)
class Recorded:
    record: SessionRecord
    timeline: Timeline  # as planned at the start; the events replay any later plan edits
    events: list[Event]


def read_recorded(store: SessionStore, session_id: int) -> Recorded:
    """Session `session_id` from the records; LookupError if there is none."""
    record = store.get_session(session_id)
    if record is None:
        raise LookupError(f"There is no session {session_id}.")
    fmt = parse_format(record.format_source, f"session {session_id}")
    plan = RoundPlan.from_json(record.plan)
    timeline = build_timeline(fmt, fmt.resolve_params(record.params), plan)
    return Recorded(record, timeline, store.events(session_id))
