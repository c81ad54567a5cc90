"""Helpers shared by the store tests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from facilitator.core.session.events import Event, EventKind
from facilitator.store.sessions import SessionStore

T0 = 1_800_000_000.0  # a fixed wall clock, 2027-01-15


def new_session(store: SessionStore, title: str = "Tuesday group", now: float = T0) -> int:
    return store.create_session(
        format_id="co-consulting",
        title=title,
        format_source='id = "co-consulting"\n',
        params={"rounds": 3, "minutes": 20},
        participants=["Ada", "Grace", "Linus"],
        plan={"rounds": [{"client": "Ada"}, {"client": "Grace"}]},
        now=now,
    )


def event(kind: EventKind, wall: float = T0, elapsed: float = 0.0, **data: object) -> Event:
    return Event(kind, wall, elapsed, dict(data))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(conn: sqlite3.Connection) -> list[str]:
    return [t for (t,) in conn.execute("SELECT title FROM sessions ORDER BY id")]
