"""The coaching benchmark builds what it says and reports every figure (no timing asserted)."""

from bench.coaching import GOALS_MS, run


def test_small_run_reports_all_figures():
    figures = run(sessions=200, notes=2000)
    assert figures["sessions"] == 200 and figures["indexed_notes"] == 2000
    assert set(GOALS_MS) <= set(figures)
    assert all(figures[k] >= 0 for k in GOALS_MS)
