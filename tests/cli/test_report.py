"""`facilitator report SESSION_ID|last --out FILE`: formats by extension, clear errors."""

from __future__ import annotations

import csv

import pytest

from facilitator.__main__ import main
from facilitator.store.database import close_records, open_records
from facilitator.store.sessions import SessionStore
from tests.reports.helpers import PRIVATE, T0, make_finished


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    opened = open_records(folder)
    store = SessionStore(opened.conn)
    make_finished(store, title="First pair", wall=T0)
    make_finished(store, title="Second pair", wall=T0 + 86400)
    close_records(opened)
    return folder


def report(data_dir, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def test_markdown_of_a_session_by_number(data_dir, tmp_path, capsys):
    out = tmp_path / "first.md"
    assert report(data_dir, "1", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# First pair") and PRIVATE in text
    said = capsys.readouterr().out
    assert "session 1" in said and str(out) in said and "with private notes" in said


def test_last_is_the_most_recent_and_no_notes_leaves_them_out(data_dir, tmp_path):
    out = tmp_path / "last.md"
    assert report(data_dir, "last", "--out", str(out), "--no-notes") == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Second pair") and PRIVATE not in text


def test_csv(data_dir, tmp_path):
    out = tmp_path / "pair.CSV"  # the extension's case does not matter
    assert report(data_dir, "2", "--out", str(out)) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[-1]["phase"] == "total" and rows[-1]["actual_s"] == "3000.0"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "--out", "r.txt"], "must end in .pdf, .md or .csv ('.txt' given)"),
        (["1", "--out", "report"], "must end in .pdf, .md or .csv (no extension given)"),
        (["7", "--out", "r.md"], "There is no session 7"),
        (["first", "--out", "r.md"], "'first' is not a session number"),
    ],
)
def test_errors_say_what_is_wrong(data_dir, tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert report(data_dir, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("facilitator report: ") and message in err
    assert not (tmp_path / "r.md").exists() and not (tmp_path / "r.txt").exists()


def test_no_sessions_yet(tmp_path, capsys):
    empty = tmp_path / "empty"
    assert report(empty, "last", "--out", str(tmp_path / "r.md")) == 2
    assert "There are no sessions yet" in capsys.readouterr().err
    assert not empty.exists()  # asking for a report makes no records folder
    open_records(empty).conn.close()
    assert report(empty, "last", "--out", str(tmp_path / "r.md")) == 2
    assert "There are no sessions yet" in capsys.readouterr().err


def test_a_missing_folder_for_the_report_is_named(data_dir, tmp_path, capsys):
    assert report(data_dir, "1", "--out", str(tmp_path / "nowhere" / "r.md")) == 2
    err = capsys.readouterr().err
    assert "nowhere does not exist" in err


def test_reporting_changes_no_record(data_dir, tmp_path):
    opened = open_records(data_dir)
    before = [r for r in opened.conn.execute("SELECT * FROM events ORDER BY session_id, seq")]
    close_records(opened)
    assert report(data_dir, "last", "--out", str(tmp_path / "r.md")) == 0
    opened = open_records(data_dir)
    after = [r for r in opened.conn.execute("SELECT * FROM events ORDER BY session_id, seq")]
    close_records(opened)
    assert after == before
