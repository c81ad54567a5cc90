"""Full-text search over the coach's log (SQLite FTS5, kept in step by triggers).

What the user types is never passed to FTS5 as query syntax: it is cut into words and
each word becomes a quoted prefix term, all of which must match (so `"`, `*`, `AND` or a
stray parenthesis are just text). Rowids of `coach_fts` say what a row is (see
`schema_coaching`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date

SESSION, ACTION, CLIENT = 0, 1, 2
KIND_NAMES = {SESSION: "session", ACTION: "action", CLIENT: "client notes"}
_WORD = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "\u2192", "\u2190"  # around matched words in snippets


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "session", "action" or "client notes"
    client_id: int
    client_name: str
    session_id: int | None
    held_on: date | None
    snippet: str


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix; None if there are no words."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:20])


def search(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[SearchHit]:
    """The newest matches first (by rowid, so FTS5 can stop at `limit` instead of ranking
    every match), each resolved to its client (and session)."""
    query = fts_query(text)
    if query is None:
        return []
    rows = conn.execute(
        f"SELECT rowid, snippet(coach_fts, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        "FROM coach_fts WHERE coach_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, limit),
    ).fetchall()
    hits = []
    for rowid, snippet in rows:
        kind, ref = rowid % 4, rowid // 4
        if kind == SESSION:
            found = conn.execute(
                "SELECT c.id, c.name, s.id, s.held_on FROM coach_sessions s "
                "JOIN coach_engagements e ON s.engagement_id = e.id "
                "JOIN coach_clients c ON e.client_id = c.id WHERE s.id = ?", (ref,),
            ).fetchone()  # fmt: skip
        elif kind == ACTION:
            found = conn.execute(
                "SELECT c.id, c.name, s.id, s.held_on FROM coach_actions a "
                "JOIN coach_sessions s ON a.session_id = s.id "
                "JOIN coach_engagements e ON s.engagement_id = e.id "
                "JOIN coach_clients c ON e.client_id = c.id WHERE a.id = ?", (ref,),
            ).fetchone()  # fmt: skip
        else:
            found = conn.execute(
                "SELECT id, name, NULL, NULL FROM coach_clients WHERE id = ?", (ref,)
            ).fetchone()
        if found is None:
            continue
        held_on = date.fromisoformat(found[3]) if found[3] else None
        hits.append(SearchHit(KIND_NAMES[kind], found[0], found[1], found[2], held_on, snippet))
    return hits


def matching_client_ids(conn: sqlite3.Connection, text: str) -> set[int]:
    """Clients whose name or contact contains `text`, or whose records match every word."""
    text = (text or "").strip()
    if not text:
        return set()
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = {
        cid for (cid,) in conn.execute(
            "SELECT id FROM coach_clients WHERE name LIKE ? ESCAPE '\\' "
            "OR contact LIKE ? ESCAPE '\\'", (like, like),
        )
    }  # fmt: skip
    query = fts_query(text)
    if query is None:
        return ids
    # Actions collapse to their sessions first (deduplicated), so each session is joined once.
    rows = conn.execute(
        "WITH hits AS (SELECT rowid AS r FROM coach_fts WHERE coach_fts MATCH ?), "
        "found AS (SELECT r / 4 AS sid FROM hits WHERE r % 4 = 0 "
        "  UNION SELECT a.session_id FROM hits JOIN coach_actions a ON a.id = hits.r / 4 "
        "  WHERE hits.r % 4 = 1) "
        "SELECT e.client_id FROM found JOIN coach_sessions s ON s.id = found.sid "
        "JOIN coach_engagements e ON e.id = s.engagement_id "
        "UNION SELECT r / 4 FROM hits WHERE r % 4 = 2",
        (query,),
    )
    ids.update(cid for (cid,) in rows)
    return ids
