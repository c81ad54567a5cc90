"""The coach's log repository: clients, engagements, stage changes, sessions and actions.

Every write is one transaction, committed before it returns; wrap several calls in
`database.transaction(conn)` to make them one user action. Bad values raise
`ValueError` with a message naming the field. Full-text search and exports live in
`coaching_search` and `coaching_export`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from facilitator.core.coaching.model import (
    Action,
    ActionStatus,
    Agreement,
    Client,
    ClosingSummary,
    CoachingSession,
    Engagement,
    Payment,
    Stage,
    StageChange,
)
from facilitator.store.database import transaction
from facilitator.store.records import UNCHANGED, Unchanged, named

_CLIENT_COLS = "id, name, contact, icf_consent, notes"
_ENGAGEMENT_COLS = (
    "id, client_id, start_date, end_date, group_size, payment, seconds_as_client, "
    "confidentiality, boundaries, fees, cancellation, sessions_agreed, stage, "
    "journey, learning, effects, challenges"
)
_SESSION_COLS = (
    "id, engagement_id, held_on, seconds, takeaway, notes, reflection, fee_paid, "
    "coach_talk_seconds, client_talk_seconds"
)
_ACTION_COLS = "id, session_id, text, due_date, status, reviewed_in"

# icf_consent is set when a client is added (an import) and then only by recording a
# dated consent (`coaching_consents.record_consent`), which keeps it in step.
_CLIENT_FIELDS = {"name", "contact", "notes"}
_ENGAGEMENT_FIELDS = {
    "start", "end", "group_size", "payment", "seconds_as_client", "confidentiality",
    "boundaries", "fees", "cancellation", "sessions_agreed",
    "journey", "learning", "effects", "challenges",
}  # fmt: skip
_SESSION_FIELDS = {
    "held_on", "seconds", "takeaway", "notes", "reflection", "fee_paid",
    "coach_talk_seconds", "client_talk_seconds",
}  # fmt: skip
_COLUMN = {"start": "start_date", "end": "end_date", "held_on": "held_on"}


@dataclass(frozen=True)
class ClientSummary:
    client: Client
    sessions: int
    last_session: date | None
    stage: Stage | None  # of the latest engagement


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _client(row: tuple) -> Client:
    r = named(_CLIENT_COLS, row)
    return Client(
        id=r["id"], name=r["name"], contact=r["contact"], icf_consent=bool(r["icf_consent"]),
        notes=r["notes"],
    )  # fmt: skip


def _engagement(row: tuple) -> Engagement:
    r = named(_ENGAGEMENT_COLS, row)
    return Engagement(
        id=r["id"], client_id=r["client_id"], start=date.fromisoformat(r["start_date"]),
        end=parse_day(r["end_date"]), group_size=r["group_size"], payment=Payment(r["payment"]),
        seconds_as_client=r["seconds_as_client"],
        agreement=Agreement(
            confidentiality=r["confidentiality"], boundaries=r["boundaries"], fees=r["fees"],
            cancellation=r["cancellation"], sessions_agreed=r["sessions_agreed"],
        ),
        stage=Stage(r["stage"]),
        closing=ClosingSummary(
            journey=r["journey"], learning=r["learning"], effects=r["effects"],
            challenges=r["challenges"],
        ),
    )  # fmt: skip


def _session(row: tuple) -> CoachingSession:
    r = named(_SESSION_COLS, row)
    return CoachingSession(
        id=r["id"], engagement_id=r["engagement_id"], held_on=date.fromisoformat(r["held_on"]),
        seconds=r["seconds"], takeaway=r["takeaway"], notes=r["notes"],
        reflection=r["reflection"], fee_paid=bool(r["fee_paid"]),
        coach_talk_seconds=r["coach_talk_seconds"], client_talk_seconds=r["client_talk_seconds"],
    )  # fmt: skip


def _action(row: tuple) -> Action:
    r = named(_ACTION_COLS, row)
    return Action(
        id=r["id"], session_id=r["session_id"], text=r["text"], due=parse_day(r["due_date"]),
        status=ActionStatus(r["status"]), reviewed_in=r["reviewed_in"],
    )  # fmt: skip


def _check_text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text.")
    return value


def _check_count(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be a whole number of at least {minimum}, not {value!r}.")
    return value


def _check_day(name: str, value: Any, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, date):
        raise ValueError(f"{name} must be a date.")
    return value.isoformat()


def _client_value(name: str, value: Any) -> Any:
    if name == "name":
        if not isinstance(value, str) or not value.strip():
            raise ValueError("A client needs a name.")
        return value.strip()
    if name == "icf_consent":
        return int(bool(value))
    return _check_text(name.capitalize(), value)


def _engagement_value(name: str, value: Any) -> Any:
    if name == "start":
        return _check_day("Start date", value)
    if name == "end":
        return _check_day("End date", value, optional=True)
    if name == "group_size":
        return _check_count("Number in group", value, 1)
    if name == "payment":
        return Payment(value).value
    if name == "seconds_as_client":
        return _check_count("Time as client", value, 0)
    if name == "sessions_agreed":
        return None if value is None else _check_count("Sessions agreed", value, 0)
    return _check_text(name.capitalize(), value)


def _session_value(name: str, value: Any) -> Any:
    if name == "held_on":
        return _check_day("Session date", value)
    if name == "seconds":
        return _check_count("Duration", value, 0)
    if name == "fee_paid":
        return int(bool(value))
    if name in ("coach_talk_seconds", "client_talk_seconds"):
        return None if value is None else _check_count("Talk time", value, 0)
    return _check_text(name.capitalize(), value)


class CoachingStore:
    """Reads and writes the coach's log on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # clients

    def add_client(
        self, name: str, *, contact: str = "", icf_consent: bool = False, notes: str = "",
        now: float,
    ) -> int:  # fmt: skip
        values = [_client_value(k, v) for k, v in
                  (("name", name), ("contact", contact), ("icf_consent", icf_consent),
                   ("notes", notes))]  # fmt: skip
        with transaction(self.conn) as conn:
            cur = conn.execute(
                "INSERT INTO coach_clients (name, contact, icf_consent, notes, created_wall, "
                "updated_wall) VALUES (?, ?, ?, ?, ?, ?)",
                (*values, now, now),
            )
            return int(cur.lastrowid or 0)

    def update_client(self, client_id: int, *, now: float, **fields: Any) -> None:
        self._update("coach_clients", client_id, fields, _CLIENT_FIELDS, _client_value, now)

    def get_client(self, client_id: int) -> Client | None:
        row = self.conn.execute(
            f"SELECT {_CLIENT_COLS} FROM coach_clients WHERE id = ?", (client_id,)
        ).fetchone()
        return None if row is None else _client(row)

    def clients(self) -> list[Client]:
        rows = self.conn.execute(
            f"SELECT {_CLIENT_COLS} FROM coach_clients ORDER BY name COLLATE NOCASE, id"
        )
        return [_client(r) for r in rows]

    def client_summaries(self, ids: Iterable[int] | None = None) -> list[ClientSummary]:
        """Every client (or those in `ids`) with session count, last session and stage."""
        where = ""
        params: tuple[int, ...] = ()
        if ids is not None:
            id_list = sorted(set(ids))
            if not id_list:
                return []
            where = f"WHERE c.id IN ({','.join('?' * len(id_list))})"
            params = tuple(id_list)
        rows = self.conn.execute(
            f"SELECT c.id, c.name, c.contact, c.icf_consent, c.notes, "
            "(SELECT COUNT(*) FROM coach_sessions s JOIN coach_engagements e "
            " ON s.engagement_id = e.id WHERE e.client_id = c.id), "
            "(SELECT MAX(s.held_on) FROM coach_sessions s JOIN coach_engagements e "
            " ON s.engagement_id = e.id WHERE e.client_id = c.id), "
            "(SELECT e.stage FROM coach_engagements e WHERE e.client_id = c.id "
            " ORDER BY e.start_date DESC, e.id DESC LIMIT 1) "
            f"FROM coach_clients c {where} ORDER BY c.name COLLATE NOCASE, c.id",
            params,
        )
        return [
            ClientSummary(
                _client(r[:5]), r[5], parse_day(r[6]), None if r[7] is None else Stage(r[7])
            )
            for r in rows
        ]

    def erase_client(self, client_id: int) -> bool:
        """Delete the client and everything of theirs (search index too). False if none."""
        with transaction(self.conn) as conn:
            # Cascades go engagement -> session -> action; their triggers clear coach_fts.
            return conn.execute("DELETE FROM coach_clients WHERE id = ?", (client_id,)).rowcount > 0

    # engagements and stages

    def add_engagement(
        self, client_id: int, start: date, *, now: float, stage: Stage = Stage.RELATIONSHIP,
        **fields: Any,
    ) -> int:  # fmt: skip
        unknown = set(fields) - _ENGAGEMENT_FIELDS
        if unknown:
            raise TypeError(f"unknown engagement fields: {sorted(unknown)}")
        fields["start"] = start
        cols = [_COLUMN.get(k, k) for k in fields]
        values = [_engagement_value(k, v) for k, v in fields.items()]
        stage = Stage(stage)
        with transaction(self.conn) as conn:
            if self.get_client(client_id) is None:
                raise LookupError(f"no client {client_id}")
            cur = conn.execute(
                f"INSERT INTO coach_engagements (client_id, {', '.join(cols)}, stage, "
                f"created_wall, updated_wall) VALUES (?, {', '.join('?' * len(cols))}, ?, ?, ?)",
                (client_id, *values, int(stage), now, now),
            )
            engagement_id = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO coach_stage_changes (engagement_id, stage, changed_on, wall) "
                "VALUES (?, ?, ?, ?)",
                (engagement_id, int(stage), start.isoformat(), now),
            )
            return engagement_id

    def update_engagement(self, engagement_id: int, *, now: float, **fields: Any) -> None:
        self._update(
            "coach_engagements", engagement_id, fields, _ENGAGEMENT_FIELDS, _engagement_value, now
        )

    def set_stage(
        self, engagement_id: int, stage: Stage, on: date, *, now: float,
        closing: ClosingSummary | None = None,
    ) -> None:  # fmt: skip
        """Move to `stage` on day `on` (recorded in the history); withdrawing may carry the
        closing summary, saved in the same transaction."""
        stage = Stage(stage)
        _check_day("Stage date", on)
        with transaction(self.conn) as conn:
            cur = conn.execute(
                "UPDATE coach_engagements SET stage = ?, updated_wall = ? WHERE id = ?",
                (int(stage), now, engagement_id),
            )
            if cur.rowcount == 0:
                raise LookupError(f"no engagement {engagement_id}")
            conn.execute(
                "INSERT INTO coach_stage_changes (engagement_id, stage, changed_on, wall) "
                "VALUES (?, ?, ?, ?)",
                (engagement_id, int(stage), on.isoformat(), now),
            )
            if closing is not None:
                self.update_engagement(
                    engagement_id, now=now, journey=closing.journey, learning=closing.learning,
                    effects=closing.effects, challenges=closing.challenges,
                )  # fmt: skip

    def stage_history(self, engagement_id: int) -> list[StageChange]:
        rows = self.conn.execute(
            "SELECT stage, changed_on FROM coach_stage_changes WHERE engagement_id = ? ORDER BY id",
            (engagement_id,),
        )
        return [StageChange(Stage(s), date.fromisoformat(d)) for s, d in rows]

    def get_engagement(self, engagement_id: int) -> Engagement | None:
        row = self.conn.execute(
            f"SELECT {_ENGAGEMENT_COLS} FROM coach_engagements WHERE id = ?", (engagement_id,)
        ).fetchone()
        return None if row is None else _engagement(row)

    def engagements(self, client_id: int | None = None) -> list[Engagement]:
        """A client's engagements (all when None), oldest first."""
        where, params = ("WHERE client_id = ?", (client_id,)) if client_id is not None else ("", ())
        rows = self.conn.execute(
            f"SELECT {_ENGAGEMENT_COLS} FROM coach_engagements {where} ORDER BY start_date, id",
            params,
        )
        return [_engagement(r) for r in rows]

    # sessions

    def add_session(
        self, engagement_id: int, held_on: date, seconds: int, *, now: float, **fields: Any
    ) -> int:
        unknown = set(fields) - _SESSION_FIELDS
        if unknown:
            raise TypeError(f"unknown session fields: {sorted(unknown)}")
        fields = {"held_on": held_on, "seconds": seconds, **fields}
        cols = list(fields)
        values = [_session_value(k, v) for k, v in fields.items()]
        with transaction(self.conn) as conn:
            if self.get_engagement(engagement_id) is None:
                raise LookupError(f"no engagement {engagement_id}")
            cur = conn.execute(
                f"INSERT INTO coach_sessions (engagement_id, {', '.join(cols)}, created_wall, "
                f"updated_wall) VALUES (?, {', '.join('?' * len(cols))}, ?, ?)",
                (engagement_id, *values, now, now),
            )
            return int(cur.lastrowid or 0)

    def update_session(self, session_id: int, *, now: float, **fields: Any) -> None:
        self._update("coach_sessions", session_id, fields, _SESSION_FIELDS, _session_value, now)

    def delete_session(self, session_id: int) -> bool:
        with transaction(self.conn) as conn:
            return (
                conn.execute("DELETE FROM coach_sessions WHERE id = ?", (session_id,)).rowcount > 0
            )

    def get_session(self, session_id: int) -> CoachingSession | None:
        row = self.conn.execute(
            f"SELECT {_SESSION_COLS} FROM coach_sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else _session(row)

    def sessions(self, engagement_id: int) -> list[CoachingSession]:
        rows = self.conn.execute(
            f"SELECT {_SESSION_COLS} FROM coach_sessions WHERE engagement_id = ? "
            "ORDER BY held_on, id",
            (engagement_id,),
        )
        return [_session(r) for r in rows]

    def client_history(self, client_id: int) -> list[CoachingSession]:
        """All the client's sessions across engagements, oldest first."""
        cols = ", ".join(f"s.{c.strip()}" for c in _SESSION_COLS.split(","))
        rows = self.conn.execute(
            f"SELECT {cols} FROM coach_sessions s JOIN coach_engagements e "
            "ON s.engagement_id = e.id WHERE e.client_id = ? ORDER BY s.held_on, s.id",
            (client_id,),
        )
        return [_session(r) for r in rows]

    def all_sessions(self) -> list[CoachingSession]:
        rows = self.conn.execute(f"SELECT {_SESSION_COLS} FROM coach_sessions ORDER BY held_on, id")
        return [_session(r) for r in rows]

    # actions

    def add_action(self, session_id: int, text: str, *, due: date | None = None,
                   now: float) -> int:  # fmt: skip
        text = _check_text("Action", text).strip()
        if not text:
            raise ValueError("An action needs some text.")
        due_text = _check_day("Due date", due, optional=True)
        with transaction(self.conn) as conn:
            if self.get_session(session_id) is None:
                raise LookupError(f"no session {session_id}")
            cur = conn.execute(
                "INSERT INTO coach_actions (session_id, text, due_date, created_wall) "
                "VALUES (?, ?, ?, ?)",
                (session_id, text, due_text, now),
            )
            return int(cur.lastrowid or 0)

    def update_action(self, action_id: int, *, text: str | None = None,
                      due: date | Unchanged | None = UNCHANGED) -> None:  # fmt: skip
        """Change the text and/or the due date (left `UNCHANGED`, the date stays as it is)."""
        sets: list[str] = []
        params: list[str | None] = []
        if text is not None:
            if not _check_text("Action", text).strip():
                raise ValueError("An action needs some text.")
            sets.append("text = ?")
            params.append(text.strip())
        if due is not UNCHANGED:
            sets.append("due_date = ?")
            params.append(_check_day("Due date", due, optional=True))
        if not sets:
            return
        with transaction(self.conn) as conn:
            cur = conn.execute(
                f"UPDATE coach_actions SET {', '.join(sets)} WHERE id = ?", (*params, action_id)
            )
            if cur.rowcount == 0:
                raise LookupError(f"no action {action_id}")

    def delete_action(self, action_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM coach_actions WHERE id = ?", (action_id,)).rowcount > 0

    def review_action(self, action_id: int, status: ActionStatus,
                      in_session: int | None) -> None:  # fmt: skip
        """Mark done / not done in session `in_session` (OPEN reopens it)."""
        status = ActionStatus(status)
        reviewer = None if status is ActionStatus.OPEN else in_session
        with transaction(self.conn) as conn:
            cur = conn.execute(
                "UPDATE coach_actions SET status = ?, reviewed_in = ? WHERE id = ?",
                (status.value, reviewer, action_id),
            )
            if cur.rowcount == 0:
                raise LookupError(f"no action {action_id}")

    def actions(self, session_id: int) -> list[Action]:
        """Actions set in this session."""
        rows = self.conn.execute(
            f"SELECT {_ACTION_COLS} FROM coach_actions WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [_action(r) for r in rows]

    def actions_to_review(self, session_id: int) -> list[Action]:
        """What comes back at the start of this session: actions from the client's earlier
        sessions that are still open, or that were reviewed in this very session."""
        row = self.conn.execute(
            "SELECT e.client_id, s.held_on FROM coach_sessions s JOIN coach_engagements e "
            "ON s.engagement_id = e.id WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise LookupError(f"no session {session_id}")
        client_id, held_on = row
        cols = ", ".join(f"a.{c.strip()}" for c in _ACTION_COLS.split(","))
        rows = self.conn.execute(
            f"SELECT {cols} FROM coach_actions a JOIN coach_sessions s ON a.session_id = s.id "
            "JOIN coach_engagements e ON s.engagement_id = e.id "
            "WHERE e.client_id = ? AND s.id != ? AND (s.held_on < ? OR (s.held_on = ? AND s.id < ?)) "
            "AND (a.status = 'open' OR a.reviewed_in = ?) ORDER BY s.held_on, s.id, a.id",
            (client_id, session_id, held_on, held_on, session_id, session_id),
        )
        return [_action(r) for r in rows]

    # helpers

    def _update(self, table, row_id, fields, allowed, convert, now) -> None:
        unknown = set(fields) - allowed
        if unknown:
            raise TypeError(f"unknown fields for {table}: {sorted(unknown)}")
        if not fields:
            return
        sets = ", ".join(f"{_COLUMN.get(k, k)} = ?" for k in fields)
        values = [convert(k, v) for k, v in fields.items()]
        with transaction(self.conn) as conn:
            cur = conn.execute(
                f"UPDATE {table} SET {sets}, updated_wall = ? WHERE id = ?", (*values, now, row_id)
            )
            if cur.rowcount == 0:
                raise LookupError(f"no row {row_id} in {table}")
