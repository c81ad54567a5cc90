"""Benchmark of the sessions import at scale, against the goals of issue 17 (item 7).

A 250,000-row CSV (41 clients, two years, notes on every row) is read, previewed and
imported into a throw-away records file, in a child process so its peak memory is its
own. Goals: the whole import under 15 s and under 200 MB peak resident memory; then the
same file again is all "already there" and adds nothing. The machine's load shows in the
wall-clock figure, so the CPU time is reported beside it.

    .venv/bin/python -m bench.coaching_import [--rows N]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GOALS = {"import_cpu_s": 15.0, "peak_rss_mb": 200.0}  # CPU: the wall clock shows the load


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(17)
    names = [f"Client {i:02d}" for i in range(41)]
    start = date(2025, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        out.write("client,contact,date,minutes,payment,fee paid,consent,notes\n")
        for i in range(rows):
            n = rng.randrange(41)
            day = start + timedelta(days=rng.randrange(730))
            payment = ("paid", "pro bono", "reciprocal")[n % 3]
            out.write(f"{names[n]},c{n}@example.org,{day.isoformat()},{30 + i % 600 / 10},"
                      f"{payment},yes,yes,session {i} about budget and team\n")  # fmt: skip


def child(csv_path: str, data_dir: str) -> None:
    from facilitator.core.coaching.session_import import read_sessions_csv
    from facilitator.store.coaching import CoachingStore
    from facilitator.store.coaching_import import apply_plan, plan_import
    from facilitator.store.database import open_records

    records = open_records(Path(data_dir), now=0.0)
    store = CoachingStore(records.conn)
    t0, c0 = time.perf_counter(), time.process_time()
    parsed = read_sessions_csv(Path(csv_path).read_bytes())
    plan = plan_import(store, parsed.rows)
    summary = apply_plan(store, plan, now=0.0)
    first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del parsed, plan
    t0, c0 = time.perf_counter(), time.process_time()
    again = plan_import(store, read_sessions_csv(Path(csv_path).read_bytes()).rows)
    second, second_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_again = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"import_s": round(first, 2), "import_cpu_s": round(first_cpu, 2),
                      "peak_rss_mb": round(peak, 1), "sessions": summary.sessions,
                      "preview_again_s": round(second, 2),
                      "preview_again_cpu_s": round(second_cpu, 2),
                      "peak_rss_with_preview_again_mb": round(peak_again, 1),
                      "already_there_again": len(again.already_there),
                      "new_again": len(again.new)}))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=250_000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sessions.csv"
        make_csv(path, args.rows)
        out = subprocess.run([sys.executable, "-m", "bench.coaching_import", "--child",
                              str(path), str(Path(tmp) / "data")],
                             capture_output=True, text=True, check=True)  # fmt: skip
    figures = json.loads(out.stdout)
    print(json.dumps(figures, indent=2))
    ok = all(figures[k] <= v for k, v in GOALS.items())
    ok = ok and figures["new_again"] == 0
    print("goals met" if ok else f"goals NOT met: {GOALS}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
