"""The coach's ICF log as of a day: what the ICF tab, `facilitator coach export icf` and
the benchmark all build.

It reads only what the log needs — clients' names, contacts and consent, engagements'
dates, sizes and payment, sessions' dates, lengths and fees — never the notes, the
agreements or the reflections, which at a long career's size (10,000 sessions) were most
of the time it took (issue 16).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from facilitator.core.coaching.icf import IcfLog, build_log
from facilitator.store.coaching_log import log_clients, log_engagements, log_sessions
from facilitator.store.coaching_organisations import organisations


def icf_log(conn: sqlite3.Connection, today: date, *, since: date | None = None) -> IcfLog:
    """The ICF log as of `today`, counting from `since` (the start of coach-specific
    training) when given."""
    return build_log(
        log_clients(conn), log_engagements(conn), log_sessions(conn), today,
        since=since, organisations=organisations(conn),
    )  # fmt: skip
