"""CCE units and mentor coaching sessions (toward credential renewal), in the records."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from facilitator.core.coaching.renewal import CceRecord, MentorSession
from facilitator.store.database import transaction


def _cents(name: str, value: object) -> int:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{name} must be a number, not {value!r}.") from None
    if isinstance(value, bool) or not amount.is_finite() or amount < 0:
        raise ValueError(f"{name} must be a number of 0 or more, not {value!r}.")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{name} is kept to the hundredth ({value!r} has more decimals).")
    return int(cents)


class DevelopmentStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add_cce(
        self, completed_on: date, title: str, units: object, *, core: object = 0,
        ethics: object = 0, provider: str = "", now: float,
    ) -> int:  # fmt: skip
        if not isinstance(completed_on, date):
            raise ValueError("Date must be a date.")
        if not isinstance(title, str) or not title.strip():
            raise ValueError("A CCE record needs a title.")
        u, c, e = _cents("Units", units), _cents("Core Competencies", core), _cents("Ethics", ethics)
        if u == 0:
            raise ValueError("Units must be more than 0.")
        if c > u:
            raise ValueError("Core Competencies units cannot be more than the units.")
        if e > c:
            raise ValueError("Ethics units count as Core Competencies: enter them there too.")
        with transaction(self.conn) as conn:
            cur = conn.execute(
                "INSERT INTO coach_cce (completed_on, title, provider, units_cents, core_cents, "
                "ethics_cents, created_wall) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (completed_on.isoformat(), title.strip(), str(provider).strip(), u, c, e, now),
            )
            return int(cur.lastrowid or 0)

    def cce(self) -> list[CceRecord]:
        rows = self.conn.execute(
            "SELECT id, completed_on, title, units_cents, core_cents, ethics_cents, provider "
            "FROM coach_cce ORDER BY completed_on, id"
        )
        return [CceRecord(r[0], date.fromisoformat(r[1]), r[2], Fraction(r[3], 100),
                          Fraction(r[4], 100), Fraction(r[5], 100), r[6]) for r in rows]  # fmt: skip

    def delete_cce(self, record_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM coach_cce WHERE id = ?", (record_id,)).rowcount > 0

    def add_mentor(
        self, held_on: date, seconds: int, *, mentor: str = "", group: bool = False,
        notes: str = "", now: float,
    ) -> int:  # fmt: skip
        if not isinstance(held_on, date):
            raise ValueError("Date must be a date.")
        if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds <= 0:
            raise ValueError("Duration must be more than 0.")
        with transaction(self.conn) as conn:
            cur = conn.execute(
                "INSERT INTO coach_mentor_sessions (held_on, seconds, mentor, is_group, notes, "
                "created_wall) VALUES (?, ?, ?, ?, ?, ?)",
                (held_on.isoformat(), seconds, str(mentor).strip(), int(bool(group)),
                 str(notes), now),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

    def mentor_sessions(self) -> list[MentorSession]:
        rows = self.conn.execute(
            "SELECT id, held_on, seconds, mentor, is_group, notes FROM coach_mentor_sessions "
            "ORDER BY held_on, id"
        )
        return [MentorSession(r[0], date.fromisoformat(r[1]), r[2], r[3], bool(r[4]), r[5])
                for r in rows]  # fmt: skip

    def delete_mentor(self, session_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM coach_mentor_sessions WHERE id = ?",
                                (session_id,)).rowcount > 0  # fmt: skip
