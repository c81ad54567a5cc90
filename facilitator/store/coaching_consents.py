"""A client's consents, dated (table `coach_consents`, schema step 6).

Consents are a history: recording one adds a row, nothing is overwritten. The newest row
of the ICF scope decides `coach_clients.icf_consent`, updated in the same transaction, so
the ICF log and its exports (which read the flag) follow. Rows go with the client when it
is erased (ON DELETE CASCADE, with `secure_delete` on).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from facilitator.core.coaching.consent import (
    Consent,
    ConsentScope,
    ConsentStatus,
    check_consent_day,
    how_code,
    ordered,
    statuses,
)
from facilitator.core.i18n import translate
from facilitator.store.database import transaction

_COLS = "id, client_id, scope, given, date, how, note"


def _consent(row: tuple) -> Consent:
    cid, client_id, scope, given, day, how, note = row
    return Consent(id=cid, client_id=client_id, scope=ConsentScope(scope), given=bool(given),
                   on=date.fromisoformat(day), how=how, note=note)  # fmt: skip


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value.strip()


def record_consent(
    conn: sqlite3.Connection, client_id: int, scope: ConsentScope | str, given: bool,
    on: date, *, how: str = "", note: str = "", now: float,
) -> int:  # fmt: skip
    """Record that the client gave (or withdrew) consent for `scope` on day `on` (not
    after the day of `now`); return the new row's id. A given consent needs `how`."""
    try:
        scope = ConsentScope(scope)
    except ValueError:
        raise ValueError(f"unknown consent scope {scope!r}") from None
    if not isinstance(given, bool):
        raise ValueError("given must be True or False")
    check_consent_day(on, date.fromtimestamp(now))
    how = how_code(_text("How", how))
    note = _text("Note", note)
    if given and not how:
        raise ValueError(translate("Consent", "Say how the consent was given."))
    with transaction(conn):
        if conn.execute("SELECT 1 FROM coach_clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise LookupError(f"no client {client_id}")
        cur = conn.execute(
            "INSERT INTO coach_consents (client_id, scope, given, date, how, note, created_wall) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, scope.value, int(given), on.isoformat(), how, note, now),
        )
        if scope is ConsentScope.ICF_LOG:  # the newest ICF consent decides the flag
            (newest,) = conn.execute(
                "SELECT given FROM coach_consents WHERE client_id = ? AND scope = 'icf_log' "
                "ORDER BY date DESC, id DESC LIMIT 1",
                (client_id,),
            ).fetchone()
            conn.execute(
                "UPDATE coach_clients SET icf_consent = ?, updated_wall = ? WHERE id = ?",
                (newest, now, client_id),
            )
        return int(cur.lastrowid or 0)


def consents(conn: sqlite3.Connection, client_id: int) -> list[Consent]:
    """The client's consents, both scopes, oldest first (by date, then as recorded)."""
    rows = conn.execute(
        f"SELECT {_COLS} FROM coach_consents WHERE client_id = ? ORDER BY date, id",
        (client_id,),
    )
    return ordered(_consent(r) for r in rows)


def client_statuses(conn: sqlite3.Connection, client_id: int) -> list[ConsentStatus]:
    """The current state of each scope, ICF log first (the old ICF flag counts while no
    ICF consent is recorded)."""
    row = conn.execute("SELECT icf_consent FROM coach_clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise LookupError(f"no client {client_id}")
    return statuses(consents(conn, client_id), bool(row[0]))
