"""Putting checked CSV rows (`core.session_import`) into the log: all of them, or none.

Rows are matched to clients by name (case-insensitive; a new name makes a new client) and
to the client's latest engagement with the same payment kind and group size (else a new
engagement starts on the earliest date of those rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.core.coaching.session_import import ImportRow
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import transaction


@dataclass(frozen=True)
class ImportSummary:
    sessions: int
    new_clients: int
    new_engagements: int


def import_rows(store: CoachingStore, rows: list[ImportRow], *, now: float) -> ImportSummary:
    """Add every row in one transaction; any failure leaves the log as it was."""
    clients = {c.name.casefold(): c.id for c in store.clients()}
    new_clients = new_engagements = 0
    engagements: dict[tuple[int, str, int], int] = {}
    firsts: dict[tuple[str, str, int], date] = {}
    for row in rows:
        first = (row.client.casefold(), row.payment.value, row.group_size)
        firsts[first] = min(firsts.get(first, row.held_on), row.held_on)
    with transaction(store.conn):
        for row in rows:
            name = row.client.casefold()
            if name not in clients:
                clients[name] = store.add_client(
                    row.client, contact=row.contact, icf_consent=row.consent, now=now
                )
                new_clients += 1
            client_id = clients[name]
            key = (client_id, row.payment.value, row.group_size)
            if key not in engagements:
                existing = [
                    e for e in store.engagements(client_id)
                    if e.payment is row.payment and e.group_size == row.group_size
                ]  # fmt: skip
                if existing:
                    engagements[key] = existing[-1].id
                else:
                    start = firsts[(name, row.payment.value, row.group_size)]
                    engagements[key] = store.add_engagement(
                        client_id, start, now=now, payment=row.payment, group_size=row.group_size
                    )
                    new_engagements += 1
            session_id = store.add_session(
                engagements[key], row.held_on, row.seconds, now=now, takeaway=row.takeaway,
                notes=row.notes, reflection=row.reflection, fee_paid=row.fee_paid,
            )  # fmt: skip
            for text in row.actions:
                store.add_action(session_id, text, now=now)
    return ImportSummary(len(rows), new_clients, new_engagements)
