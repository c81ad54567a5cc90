"""Benchmark of the coach's log at a long career's size, against the goals of issue 5.

10,000 sessions (for 250 clients) and 100,000 indexed notes (each session's notes,
takeaway and reflection, and 90,000 actions), in a throw-away records file. The text uses
only 30 words, so a search word matches ~10-25 % of all rows: a pessimistic case.

* the client list and one client's history open in under 150 ms,
* a full-text search in under 50 ms (the matching notes, and the client list filter),
* the ICF roll-up (load everything and build the log) in under 100 ms.

    .venv/bin/python -m bench.coaching
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GOALS_MS = {
    "client_list_and_history_ms": 150.0,
    "search_ms": 50.0,  # the list of matching notes, newest first
    "client_filter_ms": 50.0,  # the client list narrowed to clients with a match
    "icf_rollup_ms": 100.0,
}
WORDS = [
    "budget",
    "team",
    "career",
    "move",
    "offer",
    "manager",
    "promotion",
    "conflict",
    "boundary",
    "energy",
    "sleep",
    "habit",
    "feedback",
    "meeting",
    "family",
    "health",
    "launch",
    "pricing",
    "hiring",
    "trust",
    "delegation",
    "clarity",
    "values",
    "courage",
    "deadline",
    "negotiation",
    "partner",
    "burnout",
    "focus",
    "rhythm",
    "presentation",
    "strategy",
]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def build(folder: Path, sessions: int = 10_000, notes: int = 100_000, clients: int = 250):
    from facilitator.store.coaching import CoachingStore
    from facilitator.store.database import open_records, transaction

    rng = random.Random(5)
    records = open_records(folder, now=0.0)
    conn = records.conn
    actions_each = max(0, (notes - sessions) // sessions)
    start = date(2015, 1, 1)
    with transaction(conn):
        conn.executemany(
            "INSERT INTO coach_clients (id, name, contact, icf_consent, notes, created_wall, "
            "updated_wall) VALUES (?, ?, ?, ?, ?, 0, 0)",
            [(c, f"Client {c:04d}", f"c{c}@example.org", c % 10 != 0, _text(rng, 8))
             for c in range(1, clients + 1)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO coach_engagements (id, client_id, start_date, payment, group_size, "
            "seconds_as_client, created_wall, updated_wall) VALUES (?, ?, ?, ?, ?, ?, 0, 0)",
            [(c, c, (start + timedelta(days=c * 11)).isoformat(),
              ("paid", "paid", "pro_bono", "reciprocal")[c % 4], 1 if c % 7 else 5,
              36_000 if c % 4 == 3 else 0) for c in range(1, clients + 1)],
        )  # fmt: skip
        rows, actions = [], []
        for s in range(1, sessions + 1):
            eng = rng.randint(1, clients)
            day = start + timedelta(days=eng * 11 + rng.randint(0, 3650))
            rows.append((s, eng, day.isoformat(), rng.choice((1800, 2700, 3600, 5400)),
                         _text(rng, 6), _text(rng, 40), _text(rng, 15), rng.random() < 0.9))  # fmt: skip
            for _ in range(actions_each):
                actions.append((s, _text(rng, 7), (day + timedelta(days=7)).isoformat()))
        conn.executemany(
            "INSERT INTO coach_sessions (id, engagement_id, held_on, seconds, takeaway, notes, "
            "reflection, fee_paid, created_wall, updated_wall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
            rows,
        )
        conn.executemany(
            "INSERT INTO coach_actions (session_id, text, due_date, created_wall) VALUES (?, ?, ?, 0)",
            actions,
        )
    conn.execute("ANALYZE")
    conn.execute("INSERT INTO coach_fts (coach_fts) VALUES ('optimize')")
    return records, CoachingStore(conn)


def _best_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run(sessions: int = 10_000, notes: int = 100_000) -> dict[str, float]:
    """Build the log, time the three goals (median of 7 runs, ms) and return the figures."""
    from facilitator.core.coaching.icf import build_log
    from facilitator.store.coaching_search import matching_client_ids, search

    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-coach-"))
    t = time.perf_counter()
    records, store = build(folder, sessions, notes)
    built_s = time.perf_counter() - t
    conn = store.conn
    busiest = conn.execute(
        "SELECT e.client_id FROM coach_sessions s JOIN coach_engagements e ON s.engagement_id = e.id "
        "GROUP BY e.client_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]

    def open_client() -> None:
        store.client_summaries()
        store.get_client(busiest)
        for engagement in store.engagements(busiest):
            store.stage_history(engagement.id)
            for _session in store.sessions(engagement.id):
                pass
        store.client_history(busiest)

    def find() -> None:
        search(conn, "negotiation burn", limit=50)

    def filter_clients() -> None:
        matching_client_ids(conn, "delegation courage")

    def rollup() -> None:
        build_log(store.clients(), store.engagements(), store.all_sessions(), date(2026, 1, 1))

    figures = {
        "sessions": float(conn.execute("SELECT COUNT(*) FROM coach_sessions").fetchone()[0]),
        "indexed_notes": float(
            conn.execute("SELECT COUNT(*) FROM coach_sessions").fetchone()[0]
            + conn.execute("SELECT COUNT(*) FROM coach_actions").fetchone()[0]
        ),
        "build_s": built_s,
        "client_list_and_history_ms": _best_ms(open_client),
        "search_ms": _best_ms(find),
        "client_filter_ms": _best_ms(filter_clients),
        "icf_rollup_ms": _best_ms(rollup),
    }
    records.conn.close()
    return figures


def main() -> int:
    figures = run()
    failed = False
    for key, value in figures.items():
        goal = GOALS_MS.get(key)
        verdict = ""
        if goal is not None:
            ok = value < goal
            failed |= not ok
            verdict = f"  (goal < {goal:.0f} ms: {'met' if ok else 'MISSED'})"
        print(f"{key:28s} {value:10.1f}{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
