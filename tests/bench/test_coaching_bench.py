"""The coaching benchmark builds what it says and reports every figure (no timing asserted)."""

from bench.coaching import GOALS_MS, run


def test_small_run_reports_all_figures():
    figures = run(sessions=200, notes=2000)
    assert figures["sessions"] == 200 and figures["indexed_notes"] == 2000
    assert set(GOALS_MS) <= set(figures)
    assert all(figures[k] >= 0 for k in GOALS_MS)


def test_small_run_on_protected_records_reports_the_same_figures(monkeypatch):
    from bench.coaching import run_both
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)
    both = run_both(sessions=200, notes=2000)
    assert set(both["plain"]) <= set(both["protected"])
    assert both["protected"]["sessions"] == 200
    assert both["protected"]["encrypted"] == 1.0 and both["plain"]["encrypted"] == 0.0
    assert both["protected"]["open_records_ms"] > 0 and both["protected"]["key_derivation_ms"] > 0
