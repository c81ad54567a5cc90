"""What the coach's ICF log reads: only the columns it needs, never the notes, agreements
or reflections, which at a long career's size (10,000 sessions) were most of its time
(issue 16). `services/icf.py` builds the log from these."""

from __future__ import annotations

import sqlite3
from datetime import date

from facilitator.core.coaching.icf import LoggedSession
from facilitator.core.coaching.model import Client, Engagement, Payment
from facilitator.store.coaching import parse_day


def log_clients(conn: sqlite3.Connection) -> list[Client]:
    """Every client, without their notes."""
    rows = conn.execute("SELECT id, name, contact, icf_consent FROM coach_clients")
    return [Client(id=i, name=name, contact=contact, icf_consent=bool(consent))
            for i, name, contact, consent in rows]  # fmt: skip


def log_engagements(conn: sqlite3.Connection) -> list[Engagement]:
    """Every engagement, oldest first, without its agreement, stage or closing summary."""
    rows = conn.execute(
        "SELECT id, client_id, start_date, end_date, group_size, payment, seconds_as_client "
        "FROM coach_engagements ORDER BY start_date, id"
    )
    return [Engagement(id=i, client_id=client, start=date.fromisoformat(start),
                       end=parse_day(end), group_size=size, payment=Payment(payment),
                       seconds_as_client=as_client)
            for i, client, start, end, size, payment, as_client in rows]  # fmt: skip


def log_sessions(conn: sqlite3.Connection) -> list[LoggedSession]:
    """Every session's date, length and fee, in no particular order: none of its text."""
    rows = conn.execute("SELECT id, engagement_id, held_on, seconds, fee_paid FROM coach_sessions")
    day = date.fromisoformat
    return [LoggedSession(i, e, day(held), seconds, bool(paid))
            for i, e, held, seconds, paid in rows]  # fmt: skip
