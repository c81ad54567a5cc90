"""The organisation a client belongs to when it pays for the coaching (the sponsor).

ICF's log lets an organisational client be listed with its sponsor; `organisations()`
feeds `core.coaching.icf.build_log`. Erasing a client erases this too (cascade).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from facilitator.store.coaching import CoachingStore
from facilitator.store.database import transaction


def organisation(conn: sqlite3.Connection, client_id: int) -> str:
    row = conn.execute(
        "SELECT organisation FROM coach_client_organisations WHERE client_id = ?", (client_id,)
    ).fetchone()
    return "" if row is None else row[0]


def organisations(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT client_id, organisation FROM coach_client_organisations"))


def set_organisation(conn: sqlite3.Connection, client_id: int, name: str) -> None:
    """Set (or with blank text, clear) the client's organisation."""
    if not isinstance(name, str):
        raise ValueError("Organisation must be text.")
    with transaction(conn):
        if conn.execute("SELECT 1 FROM coach_clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise LookupError(f"no client {client_id}")
        if name.strip():
            conn.execute(
                "INSERT INTO coach_client_organisations (client_id, organisation) VALUES (?, ?) "
                "ON CONFLICT (client_id) DO UPDATE SET organisation = excluded.organisation",
                (client_id, name.strip()),
            )
        else:
            conn.execute("DELETE FROM coach_client_organisations WHERE client_id = ?", (client_id,))


def save_client(
    store: CoachingStore, client_id: int, *, now: float, organisation: str | None = None,
    **fields: Any,
) -> None:  # fmt: skip
    """The client's fields and organisation in one transaction (None leaves it as it is)."""
    with transaction(store.conn):
        if organisation is not None:
            set_organisation(store.conn, client_id, organisation)
        if fields:
            store.update_client(client_id, now=now, **fields)
