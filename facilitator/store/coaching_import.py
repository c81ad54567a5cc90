"""Putting checked CSV rows (`core.session_import`) into the log: first a preview, then
all of them in one transaction, or none.

`plan_import` reads the log and sorts every row into *new*, *already there* (a session
of the same client on the same day with the same duration is in the log, so importing a
file twice adds nothing) or a *problem* (the same session twice in the file; a name
without a contact when the file has two people of that name). It never writes.

Who a row is: the name and the contact together. A name and contact already in the log
is that client; a name whose only client in the log has no contact (or a row with no
contact and one client of that name) is that client; a name that is in the log with a
*different* contact is a `Conflict` the caller must decide (the window asks; the command
line reports it), as two people may share a name. Rows without a contact take the
contact written for the same name elsewhere in the file.

A client's rows go to their latest engagement with the same payment kind (a change of
group size does not start a new one; the engagement keeps its largest size), else to
one new engagement per client and payment kind, starting on the earliest of its rows.
Reciprocal rows add their "minutes as client" to the engagement's time as client.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from facilitator.core.coaching.model import Client, Payment
from facilitator.core.coaching.session_import import ImportRow, Problem
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import transaction

Identity = tuple[str, str]  # (name, contact), casefolded and stripped
NEW_CLIENT = 0  # a decision: the row's person is not in the log yet
Progress = Callable[[int, int], None]


def identity(name: str, contact: str) -> Identity:
    return " ".join(name.split()).casefold(), contact.strip().casefold()


@dataclass(frozen=True)
class Conflict:
    """A name in the file that the log has with another contact: same person or not?"""

    name: str
    contact: str  # as the file has it
    existing: tuple[Client, ...]  # the log's clients of that name
    lines: tuple[int, ...]

    @property
    def key(self) -> Identity:
        return identity(self.name, self.contact)


@dataclass
class ImportPlan:
    new: list[ImportRow] = field(default_factory=list)
    already_there: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    # identity -> client id (NEW_CLIENT: a new client); conflicts are filled by `decide`
    who: dict[Identity, int] = field(default_factory=dict)
    shown: dict[Identity, tuple[str, str, bool]] = field(default_factory=dict)

    @property
    def undecided(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.key not in self.who]

    def decide(self, conflict: Conflict, client_id: int) -> None:
        """`client_id` of one of `conflict.existing`, or NEW_CLIENT for another person."""
        if client_id != NEW_CLIENT and client_id not in {c.id for c in conflict.existing}:
            raise ValueError(f"client {client_id} is not one of the choices")
        self.who[conflict.key] = client_id

    def decide_all(self, client_id: int = NEW_CLIENT) -> None:
        for conflict in self.undecided:
            self.decide(conflict, client_id)

    @property
    def new_clients(self) -> int:
        return len({key for row in self.new for key in [self.key_of(row)]
                    if self.who.get(key) == NEW_CLIENT})  # fmt: skip

    def new_client_names(self) -> list[str]:
        """The names of the clients the import would add (decided ones), in file order."""
        wanted = {self.key_of(row) for row in self.new}
        return [self.shown[k][0] for k, cid in self.who.items()
                if cid == NEW_CLIENT and k in wanted]  # fmt: skip

    @property
    def ready(self) -> bool:
        return not self.problems and not self.undecided

    def key_of(self, row: ImportRow) -> Identity:
        contact = self._contacts.get(row.line, row.contact) if self._contacts else row.contact
        pair = (row.client, contact)
        key = self._keys.get(pair)
        if key is None:
            key = self._keys[pair] = identity(row.client, contact)
        return key

    _contacts: dict[int, str] = field(default_factory=dict)  # line -> contact from elsewhere
    _keys: dict[tuple[str, str], Identity] = field(default_factory=dict)  # key_of, once each


def plan_import(
    store: CoachingStore, rows: list[ImportRow], *, progress: Progress | None = None
) -> ImportPlan:
    """Sort the rows into new / already there / problems, and find the conflicts."""
    plan = ImportPlan()
    by_name: dict[str, list[Client]] = {}
    for client in store.clients():
        by_name.setdefault(identity(client.name, "")[0], []).append(client)

    # A row without a contact takes the one written for the same name elsewhere in the file.
    file_contacts: dict[str, set[str]] = {}
    for row in rows:
        if row.contact:
            file_contacts.setdefault(identity(row.client, "")[0], set()).add(row.contact.strip())
    for row in rows:
        if not row.contact:
            known = file_contacts.get(identity(row.client, "")[0], set())
            if len({c.casefold() for c in known}) > 1:
                plan.problems.append(Problem(row.line, "contact", (
                    f"the file has {len(known)} contacts for '{row.client}'; "
                    "write the contact here too, so it is clear who this is"
                )))  # fmt: skip
            elif known:
                plan._contacts[row.line] = next(iter(known))

    lines: dict[Identity, list[int]] = {}
    for row in rows:
        key = plan.key_of(row)
        lines.setdefault(key, []).append(row.line)
        if key not in plan.shown:
            plan.shown[key] = (row.client, plan._contacts.get(row.line, row.contact), row.consent)
    for key, (name, contact, _consent) in plan.shown.items():
        same_name = by_name.get(key[0], [])
        exact = [c for c in same_name if identity(c.name, c.contact) == key]
        blank = [c for c in same_name if not c.contact.strip()]
        if exact:
            plan.who[key] = exact[0].id
        elif not same_name:
            plan.who[key] = NEW_CLIENT
        elif key[1] and len(blank) == 1 and len(same_name) == 1:
            plan.who[key] = blank[0].id  # the log never had a contact for them
        elif not key[1] and len(same_name) == 1:
            plan.who[key] = same_name[0].id
        else:
            plan.conflicts.append(Conflict(name, contact, tuple(same_name), tuple(lines[key])))

    # Already there: the log's sessions of the known clients, counted per (client, day, length).
    in_log: Counter[tuple[int, str, int]] = Counter()
    known_ids = {cid for cid in plan.who.values() if cid != NEW_CLIENT}
    known_ids |= {c.id for conflict in plan.conflicts for c in conflict.existing}
    if known_ids:
        id_list = sorted(known_ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            in_log.update(store.conn.execute(
                "SELECT e.client_id, s.held_on, s.seconds FROM coach_sessions s "
                "JOIN coach_engagements e ON s.engagement_id = e.id "
                f"WHERE e.client_id IN ({','.join('?' * len(chunk))})", chunk,
            ).fetchall())  # fmt: skip
    conflicts = {c.key: c for c in plan.conflicts}
    # (who, day, length) -> the file's first such row (a list once there are several)
    seen: dict[tuple, ImportRow | list[ImportRow]] = {}
    for done, row in enumerate(rows, 1):
        if progress is not None and done % 5000 == 0:
            progress(done, len(rows))
        key = plan.key_of(row)
        where = (key, row.held_on, row.seconds)
        earlier = seen.get(where)
        if earlier is None:
            seen[where] = row
        else:
            same = earlier if isinstance(earlier, list) else [earlier]
            twin = next((r for r in same if _same_session(r, row)), None)
            if twin is not None:
                plan.problems.append(Problem(row.line, "", (
                    f"the same session as line {twin.line} (client, date, minutes and notes); "
                    "delete one of them"
                )))  # fmt: skip
                continue
            seen[where] = [*same, row]
        cid = plan.who.get(key)
        if cid is None:  # a conflict: already there only if every choice has it
            cids = [c.id for c in conflicts[key].existing]
        else:
            cids = [cid] if cid != NEW_CLIENT else []
        day = row.held_on.isoformat()
        match = next((c for c in cids if in_log[(c, day, row.seconds)] > 0), None)
        if match is not None and cid is not None:
            in_log[(match, day, row.seconds)] -= 1
            plan.already_there.append(row)
        else:
            plan.new.append(row)
    if progress is not None:
        progress(len(rows), len(rows))
    return plan


def _same_session(a: ImportRow, b: ImportRow) -> bool:
    return (a.payment, a.takeaway, a.notes, a.reflection, a.actions) == (
        b.payment, b.takeaway, b.notes, b.reflection, b.actions)  # fmt: skip


@dataclass(frozen=True)
class ImportSummary:
    sessions: int
    new_clients: int
    new_engagements: int
    already_there: int = 0


def import_rows(store: CoachingStore, rows: list[ImportRow], *, now: float) -> ImportSummary:
    """Plan and import in one go; conflicts are taken as new clients (tests and scripts)."""
    plan = plan_import(store, rows)
    if plan.problems:
        raise ValueError("; ".join(str(p) for p in plan.problems[:5]))
    plan.decide_all(NEW_CLIENT)
    return apply_plan(store, plan, now=now)


def apply_plan(
    store: CoachingStore, plan: ImportPlan, *, now: float, progress: Progress | None = None
) -> ImportSummary:
    """Add the plan's new rows in one transaction; any failure leaves the log as it was."""
    if plan.problems:
        raise ValueError("the import has problems; nothing was imported")
    if plan.undecided:
        raise ValueError("decide first whether these are new clients: "
                         + ", ".join(c.name for c in plan.undecided))  # fmt: skip
    conn = store.conn
    firsts: dict[tuple[Identity, Payment], date] = {}
    sizes: dict[tuple[Identity, Payment], int] = {}
    as_client: Counter[tuple[Identity, Payment]] = Counter()
    for row in plan.new:
        k = (plan.key_of(row), row.payment)
        firsts[k] = min(firsts.get(k, row.held_on), row.held_on)
        sizes[k] = max(sizes.get(k, 1), row.group_size)
        as_client[k] += row.seconds_as_client
    client_ids: dict[Identity, int] = {}
    engagements: dict[tuple[Identity, Payment], int] = {}
    new_clients = new_engagements = 0
    needed = {key for key, _payment in firsts}
    with transaction(conn):
        for key, cid in plan.who.items():
            if cid == NEW_CLIENT:
                if key not in needed:
                    continue
                name, contact, consent = plan.shown[key]
                cid = store.add_client(name, contact=contact, icf_consent=consent, now=now)
                new_clients += 1
            client_ids[key] = cid
        for (key, payment), first in sorted(firsts.items(), key=lambda kv: kv[1]):
            cid = client_ids[key]
            existing = conn.execute(
                "SELECT id, group_size, seconds_as_client FROM coach_engagements "
                "WHERE client_id = ? AND payment = ? ORDER BY start_date DESC, id DESC LIMIT 1",
                (cid, payment.value),
            ).fetchone()
            size, extra = sizes[(key, payment)], as_client[(key, payment)]
            if existing is None:
                eid = store.add_engagement(cid, first, now=now, payment=payment, group_size=size,
                                           seconds_as_client=extra)  # fmt: skip
                new_engagements += 1
            else:
                eid = existing[0]
                if size > existing[1] or extra:
                    store.update_engagement(eid, now=now, group_size=max(size, existing[1]),
                                            seconds_as_client=existing[2] + extra)  # fmt: skip
            engagements[(key, payment)] = eid
        total = len(plan.new)
        with _search_index_at_the_end(conn, bulk=total > 1000):
            for start in range(0, total, 5000):
                _insert_sessions(conn, plan, engagements, plan.new[start : start + 5000], now)
                if progress is not None:
                    progress(min(start + 5000, total), total)
    if progress is not None:
        progress(total, total)
    return ImportSummary(len(plan.new), new_clients, new_engagements, len(plan.already_there))


# The search index of sessions is kept by a trigger, row by row; for many rows at once it
# is much faster (about 5x) to index them with one statement at the end. The trigger is
# dropped and made again inside the import's transaction (SQLite's DDL is transactional,
# so a failure puts it back with everything else), and only when it is the one this
# statement mirrors: a changed trigger is left alone and the import is just slower.
_FTS_TRIGGER = "coach_sessions_fts_insert"
_FTS_TRIGGER_BODY = (
    "INSERT INTO coach_fts (rowid, takeaway, notes, reflection)",
    "VALUES (new.id * 4, new.takeaway, new.notes, new.reflection);",
)
_FTS_BULK = (
    "INSERT INTO coach_fts (rowid, takeaway, notes, reflection) "
    "SELECT id * 4, takeaway, notes, reflection FROM coach_sessions WHERE id > ?"
)


@contextmanager
def _search_index_at_the_end(conn, *, bulk: bool) -> Iterator[None]:
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).fetchone()
    words = " ".join((row[0] if row else "").split())
    if not bulk or not all(" ".join(part.split()) in words for part in _FTS_TRIGGER_BODY):
        yield
        return
    last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM coach_sessions").fetchone()[0]
    conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
    yield
    conn.execute(_FTS_BULK, (last,))
    conn.execute(row[0])


_INSERT_SESSION = (
    "INSERT INTO coach_sessions (engagement_id, held_on, seconds, takeaway, notes, reflection, "
    "fee_paid, created_wall, updated_wall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _insert_sessions(conn, plan: ImportPlan, engagements, rows: list[ImportRow], now: float):
    days: dict[date, str] = {}

    def values(row: ImportRow) -> tuple:
        eid = engagements[(plan.key_of(row), row.payment)]
        day = days.get(row.held_on)
        if day is None:
            day = days[row.held_on] = row.held_on.isoformat()
        return (eid, day, row.seconds, row.takeaway, row.notes, row.reflection,
                int(row.fee_paid), now, now)  # fmt: skip

    conn.executemany(_INSERT_SESSION, (values(r) for r in rows if not r.actions))
    for row in rows:
        if row.actions:
            sid = conn.execute(_INSERT_SESSION, values(row)).lastrowid
            conn.executemany(
                "INSERT INTO coach_actions (session_id, text, created_wall) VALUES (?, ?, ?)",
                [(sid, text, now) for text in row.actions],
            )
