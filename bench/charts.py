"""Benchmark: the session charts of 8 participants × 8 rounds drawn in under 100 ms.

An Action Learning set of eight members (plus the facilitator) holding eight rounds, every
phase's talk passed among several speakers, is played to its end. Measured after one
warm-up (pyqtgraph's import and the charts' first making are the cost of opening the
window once, not of drawing), medians of 15 runs:

- ``review_ms`` (the goal): the end-of-session review of that session drawn — every
  figure computed from the runner, the round's planned/used and who-spoke charts and the
  balance across the session set and painted on screen;
- ``round_ms``: switching the review to another round (two charts set and painted);
- ``panel_ms``: one redraw of the live panel (figures, three charts set and painted);
- ``images_ms``: all 19 charts of the session drawn to 1000×560 images with
  ``chart_images``, as the PDF report does (reported; the report has its own 1 s goal).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.charts
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 100.0
MEMBERS = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"]


def _session():
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.services.samples.review import create_review_demo
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore

    store = SessionStore(open_records(Path(tempfile.mkdtemp(prefix="facilitator-bench-"))).conn)
    clock = FakeClock()
    catalog = load_catalog(builtin_formats_dir())
    people = ["Fran", *MEMBERS]  # the facilitator, then the eight members
    session_id = create_review_demo(store, catalog, clock, people=people, issue_holders=8)
    return LiveSession.open(store, session_id, clock)


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _paint(*charts) -> None:
    for chart in charts:
        chart.viewport().repaint()


def measure(runs: int = 15, width: int = 1000, height: int = 560) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from facilitator.ui.charts.balance import chart_images
    from facilitator.ui.review.window import ReviewWindow
    from facilitator.ui.session.balance_panel import BalancePanel
    from facilitator.ui.session.controller import SessionController

    live = _session()
    runner = live.runner
    assert len(runner.timeline.plan.rounds) == 8 and len(runner.timeline.plan.members) == 8
    controller = SessionController(live)

    review = ReviewWindow(controller)
    review.show()
    app.processEvents()
    charts = (review.phase_chart, review.talk_chart, review.balance_chart)

    def draw_review() -> None:
        review.refresh()
        _paint(*charts)

    rounds = iter(range(10**6))

    def switch_round() -> None:
        review.picker.setCurrentIndex(next(rounds) % 8)
        _paint(review.phase_chart, review.talk_chart)

    panel = BalancePanel(controller)
    panel.resize(420, 900)
    panel.show()
    app.processEvents()

    def draw_panel() -> None:
        panel._key = None  # as after a change in the figures
        panel.redraw()
        _paint(panel.phases, panel.talk, panel.balance)

    images = chart_images(runner, width, height)
    for action in (draw_review, switch_round, draw_panel):
        action()  # warm-up
    return {
        "charts": len(images),
        "review_ms": _median_ms(draw_review, runs),
        "round_ms": _median_ms(switch_round, runs),
        "panel_ms": _median_ms(draw_panel, runs),
        "images_ms": _median_ms(lambda: chart_images(runner, width, height), runs),
    }


def main() -> int:
    f = measure()
    ok = f["review_ms"] < GOAL_MS
    print(
        f"8 participants × 8 rounds: review drawn {f['review_ms']:.1f} ms "
        f"(goal < {GOAL_MS:.0f} ms: {'met' if ok else 'MISSED'}); another round "
        f"{f['round_ms']:.1f} ms; live-panel redraw {f['panel_ms']:.1f} ms; all "
        f"{f['charts']} charts as images {f['images_ms']:.0f} ms"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
