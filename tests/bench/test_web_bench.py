"""The viewer benchmark runs, and every viewer gets every change (no timing asserted)."""

from bench.web import GOALS, run


def test_small_run_reports_all_figures(gc_on_this_thread):
    figures = run(viewers=5, seconds=3.0, every=0.8)
    assert set(GOALS) <= set(figures)
    assert figures["changes"] >= 2
    assert figures["changes_reaching_every_viewer"] == figures["changes"]
