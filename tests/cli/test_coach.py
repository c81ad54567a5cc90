"""`facilitator import sessions` and `facilitator export icf-log` end to end."""

from __future__ import annotations

import csv

from facilitator.__main__ import main

CSV = (
    "client,date,minutes,payment,fee paid,consent\n"
    "Ana,2026-03-01,90,paid,yes,yes\n"
    "Ben,2026-03-02,30,pro bono,,yes\n"
    "Cy,2026-03-03,60,paid,yes,no\n"
)


def test_import_then_export(tmp_path, capsys):
    data = tmp_path / "data"
    source = tmp_path / "in.csv"
    source.write_text(CSV)
    assert main(["--data-dir", str(data), "import", "sessions", str(source)]) == 0
    assert "Imported 3 sessions (3 new clients" in capsys.readouterr().out
    out = tmp_path / "icf.csv"
    assert main(["--data-dir", str(data), "export", "icf-log", "--out", str(out),
                 "--today", "2026-12-31"]) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "left off: Cy: did not consent" in captured.err
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[1] for r in rows[1:3]] == ["Ana", "Ben"]
    assert rows[1][7:] == ["1.50", "0.00"] and rows[2][7:] == ["0.00", "0.50"]
    assert rows[3][7:] == ["1.50", "0.50"]


def test_bad_import_names_problems_and_imports_nothing(tmp_path, capsys):
    data = tmp_path / "data"
    source = tmp_path / "in.csv"
    source.write_text(CSV + "Dee,yesterday,30,paid,yes,yes\n")
    assert main(["--data-dir", str(data), "import", "sessions", str(source)]) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err and "line 5, column 'date'" in err
    out = tmp_path / "icf.xlsx"
    assert main(["--data-dir", str(data), "export", "icf-log", "--out", str(out)]) == 0
    assert "Wrote 0 client relationships" in capsys.readouterr().out


def test_export_refuses_unknown_extension(tmp_path, capsys):
    out = tmp_path / "icf.txt"
    assert main(["--data-dir", str(tmp_path / "d"), "export", "icf-log", "--out", str(out)]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert not out.exists()
