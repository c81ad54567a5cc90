"""Benchmark: opening a session whatever its size (issue 12, item 15).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.open_session [--notes 310000]

A running session is given N notes, then opened as on resume: rebuilt from its record
and shown in the facilitation window. The time is compared with opening the same
session with 10 notes, best of 3 each. Goals: under 1 s, and at most 3x the small one
(the notes list is loaded a page at a time, so the size barely counts).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"open_s": 1.0, "ratio": 3.0}


def _records(notes: int) -> tuple[Path, int]:
    from facilitator.core.clock import SystemClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.store.database import close_records, open_records, transaction
    from facilitator.store.sessions import SessionStore

    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-open-"))
    opened = open_records(folder)
    store = SessionStore(opened.conn)
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    live = LiveSession.create(store, fmt, ["Ana", "Ben", "Cy"], SystemClock())
    live.runner.toggle()
    rows = [
        (live.session_id, 0, 0, f"note {i}: " + "words " * 8, None, 1.8e9 + i, 1.8e9 + i)
        for i in range(notes)
    ]
    with transaction(opened.conn):
        opened.conn.executemany(
            "INSERT INTO notes (session_id, round_index, phase_index, text, action_owner, "
            "created_wall, updated_wall) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    close_records(opened)
    return folder, live.session_id


def _open_once(folder: Path, session_id: int) -> float:
    from facilitator.app import create_application
    from facilitator.core.clock import SystemClock
    from facilitator.services.live import LiveSession
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow

    app = create_application([])
    opened = open_records(folder)
    started = time.perf_counter()
    live = LiveSession.open(SessionStore(opened.conn), session_id, SystemClock())
    window = MainWindow(SessionController(live))
    window.show()
    app.processEvents()
    took = time.perf_counter() - started
    window.close()
    window.deleteLater()
    app.processEvents()
    opened.conn.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=310_000)
    args = parser.parse_args()
    big = _records(args.notes)
    small = _records(10)
    big_s = min(_open_once(*big) for _ in range(3))
    small_s = min(_open_once(*small) for _ in range(3))
    ratio = big_s / small_s
    ok = big_s < GOALS["open_s"] and ratio <= GOALS["ratio"]
    print(f"open a session with {args.notes:,} notes: {big_s:.3f} s (goal < {GOALS['open_s']} s)")
    print(f"open a session with 10 notes: {small_s:.3f} s; ratio {ratio:.2f} (goal <= {GOALS['ratio']})")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
