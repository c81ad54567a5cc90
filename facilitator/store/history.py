"""The history of sessions: filtered by format, date and participant, newest first.

Reads only. Built for many thousands of sessions: every filter is served by an index
(`sessions_by_format`, `sessions_by_created`, `session_people_by_name`, see
`schema_history`), the list is capped (`HistoryQuery.limit`) and the number of all matches
is counted apart, so a window can say "the newest 500 of 9,874".

Sessions in the bin (`sessions.discarded_wall` set) are left out of every search unless
the query asks for the bin (`HistoryQuery.binned`), which then lists only them.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import tomllib
from dataclasses import dataclass, replace
from typing import Any

DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class HistoryQuery:
    """What to look for; every field left as None matches everything."""

    format_id: str | None = None
    since: float | None = None  # created at or after (Unix seconds)
    until: float | None = None  # created before (Unix seconds)
    participant: str | None = None  # someone in the session's plan (case-insensitive)
    binned: bool = False  # the sessions in the bin instead of those out of it
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class HistoryRow:
    id: int
    title: str
    format_id: str
    participants: tuple[str, ...]
    state: str  # not_started, running, paused or finished
    created_wall: float
    updated_wall: float  # the last recorded action
    started_wall: float | None  # the first recorded action, if any
    discarded_wall: float | None = None  # when it was put in the bin (None: not binned)


@dataclass(frozen=True)
class HistoryPage:
    rows: list[HistoryRow]
    total: int  # how many sessions match in all (rows holds at most `limit` of them)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


class HistoryStore:
    """Queries over past sessions on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def search(self, query: HistoryQuery = HistoryQuery()) -> HistoryPage:
        where, args = _where(query)
        index = _BIN_INDEX if query.binned else ""
        if query.binned:
            total = self._count(where, args, index)
        else:  # all matches less those in the bin: each count served by its own index
            every, every_args = _where(query, bin_clause=None)
            total = self._count(every, every_args) - self._count(
                _and(every, _IN_BIN), every_args, _BIN_INDEX
            )
        rows = self._conn.execute(
            "SELECT s.id, s.title, s.format_id, s.participants_json, s.state, s.created_wall, "
            "s.updated_wall, (SELECT e.wall FROM events AS e WHERE e.session_id = s.id "
            "ORDER BY e.seq LIMIT 1), s.discarded_wall "
            f"FROM sessions AS s {index} {where} ORDER BY s.created_wall DESC, s.id DESC LIMIT ?",
            [*args, max(0, int(query.limit))],
        )
        found = [_row(r) for r in rows]
        return HistoryPage(self._with_latest_people(found), total)

    def _with_latest_people(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        """The rows with each session's participants as its latest plan has them (late
        arrivals included, in the plan's order), as the past-session window shows them;
        `participants_json` keeps the people the session was created with. Read for the
        rows shown only: one lookup of the plan changes of at most `limit` sessions."""
        if not rows:
            return rows
        ids = [row.id for row in rows]
        latest: dict[int, tuple[str, ...]] = {}
        for chunk in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for session_id, people in self._conn.execute(
                "SELECT session_id, json_extract(data_json, '$.plan.participants') FROM events "
                f"WHERE session_id IN ({marks}) AND kind = 'plan' AND json_valid(data_json) "
                "ORDER BY session_id, seq",
                part,
            ):
                names = _names(people)
                if names:
                    latest[int(session_id)] = names  # the last plan of a session wins
        return [
            replace(row, participants=latest[row.id]) if row.id in latest else row for row in rows
        ]

    def _count(self, where: str, args: list[Any], index: str = "") -> int:
        sql = f"SELECT COUNT(*) FROM sessions AS s {index} {where}"
        return int(self._conn.execute(sql, args).fetchone()[0])

    def bin_count(self) -> int:
        """How many sessions are in the bin."""
        (count,) = self._conn.execute(
            "SELECT COUNT(*) FROM sessions WHERE discarded_wall IS NOT NULL"
        ).fetchone()
        return int(count)

    def format_choices(self) -> list[tuple[str, str]]:
        """(format id, title) of every format that has sessions, sorted by title. The title
        comes from the format text stored with the newest session of that format."""
        rows = self._conn.execute(
            "SELECT format_id, format_source FROM sessions WHERE id IN "
            "(SELECT MAX(id) FROM sessions GROUP BY format_id)"
        )
        choices = [(fid, format_title(source, fid)) for fid, source in rows]
        return sorted(choices, key=lambda c: (c[1].casefold(), c[0]))

    def people(self) -> list[str]:
        """Everyone who took part in a stored session, sorted by name."""
        rows = self._conn.execute(
            "SELECT name FROM session_people GROUP BY name ORDER BY name COLLATE NOCASE"
        )
        return [name for (name,) in rows]

    def explain(self, query: HistoryQuery) -> str:
        """SQLite's plan for `search` (the row query), for checking index use."""
        where, args = _where(query)
        index = _BIN_INDEX if query.binned else ""
        plan = self._conn.execute(
            f"EXPLAIN QUERY PLAN SELECT s.id FROM sessions AS s {index} {where} "
            "ORDER BY s.created_wall DESC, s.id DESC LIMIT 1",
            args,
        )
        return "\n".join(str(row[-1]) for row in plan)


def local_day_start(day: dt.date) -> float:
    """Unix seconds at local midnight starting `day` (a date range's bounds)."""
    return time.mktime((day.year, day.month, day.day, 0, 0, 0, 0, 0, -1))


def format_title(source: str, fallback: str) -> str:
    """The `title` of a stored format text, or `fallback` when it cannot be read."""
    try:
        title = tomllib.loads(source).get("title")
    except tomllib.TOMLDecodeError:
        title = None
    return title if isinstance(title, str) and title.strip() else fallback


_IN_BIN = "s.discarded_wall IS NOT NULL"
_BIN_INDEX = "INDEXED BY sessions_by_discarded"  # the bin is small: start from it
# The unary + keeps SQLite from serving "IS NULL" (true of nearly every session) from
# sessions_by_discarded: the filters' own indexes stay in use. The bin is small, so its
# index is the right one there.
_OUT_OF_BIN = "+s.discarded_wall IS NULL"


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


def _where(query: HistoryQuery, bin_clause: str | None = "") -> tuple[str, list[Any]]:
    """The WHERE clause of `query`; `bin_clause` None leaves the bin out of it (the
    default: in the bin or out of it, as the query asks)."""
    if bin_clause == "":
        bin_clause = _IN_BIN if query.binned else _OUT_OF_BIN
    clauses = [bin_clause] if bin_clause else []
    args: list[Any] = []
    if query.format_id:
        clauses.append("s.format_id = ?")
        args.append(query.format_id)
    if query.since is not None:
        clauses.append("s.created_wall >= ?")
        args.append(float(query.since))
    if query.until is not None:
        clauses.append("s.created_wall < ?")
        args.append(float(query.until))
    if query.participant and query.participant.strip():
        clauses.append("s.id IN (SELECT session_id FROM session_people WHERE name = ?)")
        args.append(query.participant.strip())
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), args


def _names(raw: Any) -> tuple[str, ...]:
    """A stored JSON list of names as a tuple; () for anything else."""
    try:
        value = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip() for v in value if isinstance(v, str) and v.strip())


def _row(row: tuple[Any, ...]) -> HistoryRow:
    id_, title, format_id, participants, state, created, updated, started, discarded = row
    return HistoryRow(
        id=int(id_),
        title=title,
        format_id=format_id,
        participants=tuple(json.loads(participants)),
        state=state,
        created_wall=created,
        updated_wall=updated,
        started_wall=started,
        discarded_wall=discarded,
    )
