"""Goals, benefit indicators and their values per session; and the log's settings.

Kept beside `coaching.CoachingStore` (same connection, same rules: every write one
transaction, bad values raise `ValueError` naming the field).
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date

from facilitator.core.coaching.goals import Goal, Indicator, IndicatorKind, Reading
from facilitator.store.database import transaction

TRAINING_START = "training_start"
_INDICATOR_COLS = "id, goal_id, name, kind, target, baseline, unit, low, high"


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} needs some text.")
    return value.strip()


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number, not {value!r}.")
    return float(value)


def _optional_number(name: str, value: object) -> float | None:
    return None if value is None else _number(name, value)


def _indicator(row: tuple) -> Indicator:
    return Indicator(row[0], row[1], row[2], IndicatorKind(row[3]), row[4], row[5], row[6],
                     row[7], row[8])  # fmt: skip


class GoalStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # settings

    def training_start(self) -> date | None:
        row = self.conn.execute(
            "SELECT value FROM coach_settings WHERE key = ?", (TRAINING_START,)
        ).fetchone()
        return None if row is None else date.fromisoformat(row[0])

    def set_training_start(self, day: date | None) -> None:
        with transaction(self.conn) as conn:
            if day is None:
                conn.execute("DELETE FROM coach_settings WHERE key = ?", (TRAINING_START,))
            else:
                if not isinstance(day, date):
                    raise ValueError("Training start must be a date.")
                conn.execute(
                    "INSERT INTO coach_settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (TRAINING_START, day.isoformat()),
                )

    # goals

    def add_goal(self, engagement_id: int, text: str, set_on: date, *, now: float) -> int:
        text = _text("A goal", text)
        with transaction(self.conn) as conn:
            if conn.execute("SELECT 1 FROM coach_engagements WHERE id = ?",
                            (engagement_id,)).fetchone() is None:  # fmt: skip
                raise LookupError(f"no engagement {engagement_id}")
            cur = conn.execute(
                "INSERT INTO coach_goals (engagement_id, text, set_on, created_wall) "
                "VALUES (?, ?, ?, ?)",
                (engagement_id, text, set_on.isoformat(), now),
            )
            return int(cur.lastrowid or 0)

    def update_goal(self, goal_id: int, text: str) -> None:
        text = _text("A goal", text)
        with transaction(self.conn) as conn:
            if conn.execute("UPDATE coach_goals SET text = ? WHERE id = ?",
                            (text, goal_id)).rowcount == 0:  # fmt: skip
                raise LookupError(f"no goal {goal_id}")

    def delete_goal(self, goal_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM coach_goals WHERE id = ?", (goal_id,)).rowcount > 0

    def goals(self, engagement_id: int) -> list[Goal]:
        rows = self.conn.execute(
            "SELECT id, engagement_id, text, set_on FROM coach_goals WHERE engagement_id = ? "
            "ORDER BY id",
            (engagement_id,),
        )
        return [Goal(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]

    # indicators

    def add_indicator(
        self, goal_id: int, name: str, *, kind: IndicatorKind = IndicatorKind.SCALE,
        target: float, baseline: float | None = None, unit: str = "", low: float = 1,
        high: float = 10, now: float,
    ) -> int:  # fmt: skip
        name = _text("An indicator", name)
        kind = IndicatorKind(kind)
        target = _number("Target", target)
        baseline = _optional_number("Starting value", baseline)
        low, high = _number("Lowest", low), _number("Highest", high)
        if kind is IndicatorKind.SCALE:
            if not low < high:
                raise ValueError("A scale's lowest value must be below its highest.")
            for label, value in (("Target", target), ("Starting value", baseline)):
                if value is not None and not low <= value <= high:
                    raise ValueError(f"{label} must be on the scale ({low:g} to {high:g}).")
        if not isinstance(unit, str):
            raise ValueError("Unit must be text.")
        with transaction(self.conn) as conn:
            if conn.execute("SELECT 1 FROM coach_goals WHERE id = ?",
                            (goal_id,)).fetchone() is None:  # fmt: skip
                raise LookupError(f"no goal {goal_id}")
            cur = conn.execute(
                "INSERT INTO coach_indicators (goal_id, name, kind, target, baseline, unit, low, "
                "high, created_wall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (goal_id, name, kind.value, target, baseline, unit.strip(), low, high, now),
            )
            return int(cur.lastrowid or 0)

    def delete_indicator(self, indicator_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM coach_indicators WHERE id = ?",
                                (indicator_id,)).rowcount > 0  # fmt: skip

    def indicators(self, engagement_id: int) -> list[Indicator]:
        """Every indicator of the engagement's goals, goal by goal."""
        rows = self.conn.execute(
            f"SELECT {', '.join('i.' + c for c in _INDICATOR_COLS.split(', '))} "
            "FROM coach_indicators i JOIN coach_goals g ON i.goal_id = g.id "
            "WHERE g.engagement_id = ? ORDER BY g.id, i.id",
            (engagement_id,),
        )
        return [_indicator(r) for r in rows]

    # values recorded in sessions

    def set_value(self, indicator_id: int, session_id: int, value: float | None) -> None:
        """Record (or with None, remove) the indicator's value in this session."""
        with transaction(self.conn) as conn:
            if value is None:
                conn.execute(
                    "DELETE FROM coach_indicator_values WHERE indicator_id = ? AND session_id = ?",
                    (indicator_id, session_id),
                )
                return
            value = _number("Value", value)
            row = conn.execute(
                "SELECT i.kind, i.low, i.high, g.engagement_id, s.engagement_id "
                "FROM coach_indicators i JOIN coach_goals g ON i.goal_id = g.id, "
                "coach_sessions s WHERE i.id = ? AND s.id = ?",
                (indicator_id, session_id),
            ).fetchone()
            if row is None:
                raise LookupError(f"no indicator {indicator_id} or session {session_id}")
            kind, low, high, goal_engagement, session_engagement = row
            if goal_engagement != session_engagement:
                raise ValueError("This indicator belongs to another engagement.")
            if kind == IndicatorKind.SCALE and not low <= value <= high:
                raise ValueError(f"Value must be on the scale ({low:g} to {high:g}).")
            conn.execute(
                "INSERT INTO coach_indicator_values (indicator_id, session_id, value) "
                "VALUES (?, ?, ?) ON CONFLICT (indicator_id, session_id) "
                "DO UPDATE SET value = excluded.value",
                (indicator_id, session_id, value),
            )

    def session_values(self, session_id: int) -> dict[int, float]:
        rows = self.conn.execute(
            "SELECT indicator_id, value FROM coach_indicator_values WHERE session_id = ?",
            (session_id,),
        )
        return dict(rows.fetchall())

    def readings(self, engagement_id: int) -> list[Reading]:
        """Every recorded value of the engagement's indicators, by session date."""
        rows = self.conn.execute(
            "SELECT v.indicator_id, v.session_id, s.held_on, v.value "
            "FROM coach_indicator_values v JOIN coach_sessions s ON v.session_id = s.id "
            "WHERE s.engagement_id = ? ORDER BY s.held_on, s.id, v.indicator_id",
            (engagement_id,),
        )
        return [Reading(r[0], r[1], date.fromisoformat(r[2]), r[3]) for r in rows]
