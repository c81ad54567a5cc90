"""`facilitator import sessions` and `facilitator export icf-log` end to end."""

from __future__ import annotations

import csv

from facilitator.__main__ import main
from facilitator.core.text import strip_bidi

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
    assert "left off: Cy: did not consent" in strip_bidi(captured.err)
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
    assert "Wrote 0 clients" in capsys.readouterr().out


def test_export_refuses_unknown_extension(tmp_path, capsys):
    out = tmp_path / "icf.txt"
    assert main(["--data-dir", str(tmp_path / "d"), "export", "icf-log", "--out", str(out)]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert not out.exists()


def _run(tmp_path, *args):
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_importing_twice_previews_and_adds_nothing(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text(CSV)
    assert _run(tmp_path, "import", "sessions", str(source)) == 0
    assert "3 new sessions, 0 already in the log, 0 problems" in capsys.readouterr().out
    assert _run(tmp_path, "import", "sessions", str(source)) == 0
    out = capsys.readouterr().out
    assert "0 new sessions, 3 already in the log" in out and "lines 2, 3, 4" in out
    assert "Imported 0 sessions" in out


def test_dry_run_changes_nothing(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text(CSV)
    assert _run(tmp_path, "import", "sessions", "--dry-run", str(source)) == 0
    assert "Dry run: nothing imported (3 new clients would be added)" in capsys.readouterr().out
    assert _run(tmp_path, "import", "sessions", "--dry-run", str(source)) == 0
    assert "3 new sessions" in capsys.readouterr().out


def test_same_name_other_contact_is_reported_then_taken_as_new_when_asked(tmp_path, capsys):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("client,contact,date,minutes\nAnna Nowak,anna@one.pl,2026-01-05,60\n")
    second.write_text("client,contact,date,minutes\nAnna Nowak,anna@two.pl,2026-01-06,60\n")
    assert _run(tmp_path, "import", "sessions", str(first)) == 0
    capsys.readouterr()
    assert _run(tmp_path, "import", "sessions", str(second)) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err
    assert "Anna Nowak (anna@two.pl), lines 2: the log has Anna Nowak (anna@one.pl)" in err
    assert _run(tmp_path, "import", "sessions", "--other-contact", "new-client", str(second)) == 0
    out = capsys.readouterr().out  # one of each: the singular (issue 16: %n forms)
    assert "1 new session, 0 already in the log, 0 problems." in out
    assert "Imported 1 session (1 new client, 1 new engagement); 0 skipped as already there." in out


def test_semicolon_file_gets_a_clear_message(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("Client;Date;Minutes\nAna;2026-01-01;45\n")
    assert _run(tmp_path, "import", "sessions", str(source)) == 1
    assert "this file uses ';' between columns" in capsys.readouterr().err


def test_semicolon_icf_log_gets_the_same_clear_message(tmp_path, capsys):
    source = tmp_path / "log.csv"
    source.write_text(
        "Client Name;Contact Information;Start Date;End Date;Paid Hours;Pro-bono Hours\n"
        "Ana Nowak;ana@one.pl;2026-01-10;2026-06-30;12.5;0\n"
    )
    assert _run(tmp_path, "import", "icf-log", str(source)) == 1
    err = capsys.readouterr().err
    assert "this file uses ';' between columns" in err
    assert "not a column" not in err


def test_export_prints_totals_and_progress_with_reciprocal_paid_and_awaiting(tmp_path, capsys):
    # Paid 10 h (fee paid) + 2 h awaiting; reciprocal 5 h coached, 3 h as client: 3 paid + 2
    # pro bono. Paid = 13 h, so PCC still needs 437 paid hours; 17 h in all.
    source = tmp_path / "in.csv"
    source.write_text(
        "client,date,minutes,payment,fee paid,consent,minutes as client\n"
        "Ana,2026-03-01,600,paid,yes,yes,\nAna,2026-03-08,120,paid,no,yes,\n"
        "Peer,2026-03-02,300,reciprocal,,yes,180\n"
    )
    assert _run(tmp_path, "import", "sessions", str(source)) == 0
    capsys.readouterr()
    out_file = tmp_path / "icf.csv"
    assert _run(tmp_path, "export", "icf-log", "--out", str(out_file), "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "Hours: 15.00 (paid 13.00, pro bono 2.00); clients: 2; in the last 18 months: 15.00" in out
    assert "Awaiting payment: 2.00 h" in out
    assert "PCC: still needed: 485 more hours, 437 more paid hours, 23 more clients" in out
    rows = list(csv.reader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    # The end is the last session held (its fee still awaited): the coaching went on to then.
    assert rows[1][5:] == ["2026-03-01", "2026-03-08", "10.00", "0.00"]


def test_export_uses_the_training_start_set_in_the_window(tmp_path, capsys):
    from datetime import date

    from facilitator.store.coaching_goals import GoalStore
    from facilitator.store.database import open_records

    source = tmp_path / "in.csv"
    source.write_text("client,date,minutes,fee paid,consent\n"
                      "Ana,2025-01-10,180,yes,yes\nAna,2025-06-10,60,yes,yes\n")  # fmt: skip
    assert _run(tmp_path, "import", "sessions", str(source)) == 0
    records = open_records(tmp_path / "data")
    GoalStore(records.conn).set_training_start(date(2025, 3, 1))
    records.conn.close()
    capsys.readouterr()
    out_file = tmp_path / "icf.csv"
    assert _run(tmp_path, "export", "icf-log", "--out", str(out_file), "--today", "2025-12-31") == 0
    out = capsys.readouterr().out
    assert "counting from the start of training on 1 March 2025" in out
    assert "Hours: 1.00 (paid 1.00" in out


def test_progress_bar_on_a_terminal(tmp_path, capsys, monkeypatch):
    import sys

    source = tmp_path / "in.csv"
    source.write_text("client,date,minutes\n" + "".join(
        f"C{i},2026-01-{1 + i % 28:02d},{1 + i % 90}\n" for i in range(12_000)))  # fmt: skip
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _run(tmp_path, "import", "sessions", str(source)) == 0
    err = capsys.readouterr().err
    assert "\rReading [" in err and "\rChecking [" in err and "\rImporting [" in err
    assert "] 12,000/12,000\n" in err


def test_problems_found_against_the_log_are_listed_up_to_a_limit(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("client,date,minutes\n" + "Ana,2026-01-01,45\n" * 301)
    assert _run(tmp_path, "import", "sessions", str(source)) == 1
    err = capsys.readouterr().err
    assert err.count("the same session as line 2") == 200
    assert "100 more problems not listed (300 in all)" in err


def test_three_hundred_bad_lines_say_how_many_were_left_out(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("client,date,minutes\n" + "Ana,2025-02-29,45\n" * 300)
    assert _run(tmp_path, "import", "sessions", str(source)) == 1
    err = capsys.readouterr().err
    assert err.count("February 2025 has 28 days") == 200
    assert "line 202: 100 more problems from this line on are not listed (300 in all)" in err


def test_import_an_icf_log_then_export_the_same_figures(tmp_path, capsys):
    source = tmp_path / "icf-in.csv"
    source.write_text(
        "Client Name,Contact Information,Individual/Group,Number in Group,Start Date,End Date,"
        "Paid Hours,Pro-bono Hours\n"
        "Ana,ana@x.org,Individual,1,2026-01-10,2026-06-30,12.5,0\n"
        "Team,t@x.org,Group,6,2026-02-01,2026-05-01,6,1.25\n"
    )
    assert _run(tmp_path, "import", "icf-log", str(source)) == 0
    assert "3 new sessions, 0 already in the log" in capsys.readouterr().out
    assert _run(tmp_path, "import", "icf-log", str(source)) == 0
    assert "0 new sessions, 3 already in the log" in capsys.readouterr().out
    out = tmp_path / "icf.csv"
    assert _run(tmp_path, "export", "icf-log", "--out", str(out), "--today", "2026-12-31") == 0
    assert "Hours: 19.75 (paid 18.50, pro bono 1.25); clients: 7" in capsys.readouterr().out


def test_export_development_prints_the_renewal_figures(tmp_path, capsys):
    from datetime import date

    from facilitator.store.coaching_development import DevelopmentStore
    from facilitator.store.database import open_records

    records = open_records(tmp_path / "data")
    dev = DevelopmentStore(records.conn)
    dev.add_cce(date(2026, 1, 10), "Ethics", 3, core=3, ethics=3, now=0)
    dev.add_cce(date(2026, 2, 10), "Team coaching", 20, core=12, now=0)
    dev.add_mentor(date(2026, 3, 1), 8 * 3600, group=True, now=0)
    records.conn.close()
    out = tmp_path / "dev.csv"
    assert _run(tmp_path, "export", "development", "--out", str(out), "--today", "2026-12-31") == 0
    printed = capsys.readouterr().out
    assert "Wrote 2 CCE records and 1 mentor coaching session to" in printed
    assert "CCE units: 23 of 40 (Core Competencies 15 of 24, Coaching Ethics 3 of 3)" in printed
    assert "Mentor coaching: 7.00 of 10 h counted (0.00 individual, 8.00 in a group" in printed
    assert "PCC and MCC renewal: still needed: 17 more CCE units, 9 more in the Core" in printed
    assert out.read_text(encoding="utf-8-sig").startswith("Continuing coach education (CCE)")
