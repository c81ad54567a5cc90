"""Benchmark: the report of a long session, and the history with 10,000 sessions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.report

The session: an Action Learning meeting of 8 members and a facilitator, 8 rounds (one per
member), the speaker changing every 30 s from start to finish (about 1,300 events). Each
report is timed from the stored records to the file on disk (reading the session back
included), the best of a few runs. Goal: every report under 1 s. The history: 10,000
sessions, each filter's query timed (goal: under 50 ms).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"report_s": 1.0, "history_s": 0.05}
PEOPLE = ["Facilitator", "Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"]
SPEAK_EVERY = 30.0


def _session(store) -> int:
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.core.session.runner import SessionState
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.store.database import transaction

    fmt = load_catalog(builtin_formats_dir()).get("action-learning")
    clock = FakeClock(wall=1_790_000_000.0)
    live = LiveSession.create(
        store, fmt, PEOPLE, clock, params={"issue_holders": 8}, pins={"facilitator": PEOPLE[:1]},
        title="Action Learning, 8 × 8",
    )  # fmt: skip
    runner = live.runner
    assert len(runner.timeline.plan.rounds) == 8
    with transaction(store._conn):  # one commit for the whole history: setting up is not timed
        runner.start()
        turn = 0
        while runner.state is not SessionState.FINISHED:
            left = runner.planned(runner.index) * 1.05  # a little over, each phase
            while left > 0:
                runner.set_speaker(PEOPLE[1 + turn % 8])
                turn += 1
                step = min(SPEAK_EVERY, left)
                clock.advance(step)
                left -= step
            if turn % 7 == 0:
                live.add_note(
                    f"Note {turn}: what was said, and what to try next.", action_owner="Ana"
                )
            if runner.index + 1 < len(runner.timeline):
                runner.next_phase()
            else:
                runner.finish()
    return live.session_id


def report_figures(repeat: int = 3) -> dict[str, float]:
    """Seconds for each report of the 8 × 8 session (best of `repeat`), and its size."""
    from facilitator.app import create_application
    from facilitator.services.past import open_past
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore
    from facilitator.ui.reports.files import write_report

    create_application([])
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-report-"))
    store = SessionStore(open_records(folder / "data").conn)
    session_id = _session(store)
    figures: dict[str, float] = {"events": float(len(store.events(session_id)))}
    for ext in ("md", "csv", "pdf"):
        best = float("inf")
        for _ in range(repeat):
            began = time.perf_counter()
            write_report(open_past(store, session_id), folder / f"report.{ext}")
            best = min(best, time.perf_counter() - began)
        figures[f"{ext}_s"] = best
    return figures


def history_figures(sessions: int = 10_000) -> dict[str, float]:
    """Seconds for the history query with each filter over `sessions` stored sessions."""
    from facilitator.store.database import open_records, transaction
    from facilitator.store.history import HistoryQuery, HistoryStore
    from facilitator.store.sessions import SessionStore

    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-history-"))
    conn = open_records(folder / "data").conn
    store = SessionStore(conn)
    names = [f"Person {n}" for n in range(400)]
    with transaction(conn):
        for n in range(sessions):
            store.create_session(
                format_id=("co-consulting", "action-learning", "case-consultation")[n % 3],
                title=f"Session {n}", format_source='title = "A format"\n', params={},
                participants=[names[(n * 7 + k) % 400] for k in range(2 + n % 6)],
                plan={}, now=1_700_000_000.0 + n * 3600,
            )  # fmt: skip
        conn.execute(  # one session in 50 in the bin: left out of all but the bin's list
            "UPDATE sessions SET discarded_wall = created_wall + 60 WHERE id % 50 = 0"
        )
    history = HistoryStore(conn)
    queries = {
        "all": HistoryQuery(),
        "format": HistoryQuery(format_id="action-learning"),
        "participant": HistoryQuery(participant="person 123"),
        "dates": HistoryQuery(since=1_700_000_000.0 + 2000 * 3600, until=1_700_000_000.0 + 4000 * 3600),
        "all_filters": HistoryQuery(format_id="co-consulting", participant="Person 7",
                                    since=1_700_000_000.0),
        "the_bin": HistoryQuery(binned=True),
    }  # fmt: skip
    figures: dict[str, float] = {}
    for name, query in queries.items():
        best = float("inf")
        for _ in range(5):
            began = time.perf_counter()
            history.search(query)
            best = min(best, time.perf_counter() - began)
        figures[f"history_{name}_s"] = best
    conn.close()
    return figures


def table(report: dict[str, float], history: dict[str, float]) -> str:
    ok = lambda good: "met" if good else "**missed**"  # noqa: E731
    lines = [
        "| figure | value | goal | |",
        "| --- | --- | --- | --- |",
    ]
    for ext in ("md", "csv", "pdf"):
        value = report[f"{ext}_s"]
        lines.append(
            f"| report of an 8 × 8 session ({int(report['events'])} events) as {ext.upper()} "
            f"| {value * 1000:.0f} ms | < 1 s | {ok(value < GOALS['report_s'])} |"
        )
    for name, value in history.items():
        label = name.removeprefix("history_").removesuffix("_s").replace("_", " ")
        lines.append(
            f"| history of 10,000 sessions, filter: {label} | {value * 1000:.1f} ms "
            f"| < 50 ms | {ok(value < GOALS['history_s'])} |"
        )
    return "\n".join(lines)


def main() -> int:
    report = report_figures()
    history = history_figures()
    print(table(report, history))
    return 0 if all(report[f"{e}_s"] < GOALS["report_s"] for e in ("md", "csv", "pdf")) else 1


if __name__ == "__main__":
    sys.exit(main())
