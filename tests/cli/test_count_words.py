"""Sentences with a count take the count's plural form (`%n`), so one reads as one: "1 new
session", "Wrote 1 client", "group of 16" (the Qt-free `translate`, in English here)."""

from __future__ import annotations

import io
from datetime import date

import pytest

from facilitator.__main__ import main
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import close_records, open_records


def _run(tmp_path, *args):
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_one_new_client_in_a_dry_run(tmp_path, capsys):
    source = tmp_path / "one.csv"
    source.write_text("client,contact,date,minutes\nAnna Nowak,anna@one.pl,2026-01-05,60\n")
    assert _run(tmp_path, "import", "sessions", "--dry-run", str(source)) == 0
    out = capsys.readouterr().out
    assert "one.csv: 1 new session, 0 already in the log, 0 problems." in out
    assert "Dry run: nothing imported (1 new client would be added)." in out


def test_the_icf_export_of_one_client(tmp_path, capsys):
    opened = open_records(tmp_path / "data")
    store = CoachingStore(opened.conn)
    cid = store.add_client("Ada", icf_consent=True, now=1.0)
    eid = store.add_engagement(cid, date(2025, 1, 1), payment="pro_bono", now=1.0)
    store.add_session(eid, date(2025, 2, 1), 3600, now=1.0)
    close_records(opened)
    out = tmp_path / "icf.csv"
    assert _run(tmp_path, "export", "icf-log", "--out", str(out), "--today", "2026-01-01") == 0
    assert f"Wrote 1 client to {out}." in capsys.readouterr().out


def test_erasing_says_files_in_the_plural_and_one_file_in_the_singular(tmp_path, capsys,
                                                                       monkeypatch):  # fmt: skip
    opened = open_records(tmp_path / "data")
    CoachingStore(opened.conn).add_client("Ada", now=1.0)
    close_records(opened)
    assert _run(tmp_path, "client", "erase", "Ada", "--yes") == 0
    # the records' one backup (made when they were closed) is rewritten; nothing deleted
    assert "Erased \u2068Ada\u2069: 1 backup or damaged file rewritten, 0 unreadable files " \
           "deleted." in capsys.readouterr().out  # fmt: skip


@pytest.mark.parametrize(("backups", "said"), [(1, "out of 1 backup too"), (3, "out of 3 backups too")])
def test_the_erase_question_counts_the_backups(tmp_path, capsys, monkeypatch, backups, said):
    from facilitator.store.erasure import ErasePlan, Eraser

    opened = open_records(tmp_path / "data")
    CoachingStore(opened.conn).add_client("Ada", now=1.0)
    close_records(opened)
    monkeypatch.setattr(Eraser, "plan", lambda self: ErasePlan(backups, 1))
    stdin = io.StringIO("no\n")
    stdin.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", stdin)
    assert _run(tmp_path, "client", "erase", "Ada") == 1
    err = capsys.readouterr().err
    assert said in err and "out of 1 damaged file kept from earlier repairs too" in err
    assert "Nothing was erased." in err
