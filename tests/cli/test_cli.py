"""The command line: version, the formats listing, and broken user formats named."""

from __future__ import annotations

import pytest

from facilitator import __version__
from facilitator.__main__ import main


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_formats_lists_phases_and_times(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "formats"]) == 0
    out = capsys.readouterr().out
    for title in ("Co-consulting", "Action Learning meeting", "Peer-to-peer case consultation"):
        assert title in out
    assert "Client's time" in out and "30 min" in out
    assert "Advisers discuss" in out and "10 min" in out


def test_broken_user_format_is_named_on_stderr(capsys, tmp_path, monkeypatch):
    (tmp_path / "formats").mkdir()
    (tmp_path / "formats" / "ours.toml").write_text(
        'id = "ours"\ntitle = "Ours"\ndescription = "x"\ngroup_size = { min = 2, max = 3 }\n'
        '[[roles]]\nid = "a"\nname = "A"\ndoes = "a"\n[[opening]]\nname = "Talk"\nminutes = 0\n'
    )
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path))
    assert main(["formats"]) == 0
    captured = capsys.readouterr()
    assert "Co-consulting" in captured.out  # the others still load
    assert "ours.toml, line 11" in captured.err  # the `minutes = 0` line
    assert "more than 0 minutes" in captured.err


def test_bad_set_value_is_refused_before_any_window():
    with pytest.raises(SystemExit, match="not a number"):
        main(["run", "co-consulting", "--participants", "A,B", "--set", "minutes_each_way=abc"])


def test_formats_show_a_rounds_total(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "formats"]) == 0
    out = capsys.readouterr().out
    assert "Each round: 25 min" in out  # case consultation: 5 + 5 + 10 + 5
    assert "Each round: 1 h" in out  # Action Learning


def test_plan_prints_the_agenda_with_clock_times_roles_and_cues(capsys, tmp_path):
    args = ["--data-dir", str(tmp_path), "plan", "case-consultation"]
    assert main([*args, "--participants", "Ana,Ben,Cy|x", "--start", "09:30"]) == 0
    out = capsys.readouterr().out
    assert "| 09:30 | Describe the case | 5 min |" in out
    assert "Adviser, Timekeeper: microphones off" in out
    assert "Case giver: microphone off" in out
    assert "Round 3 — Case giver: Cy\\|x (25 min)" in out  # a pipe cannot break the table
    assert "**End:** 10:45" in out


def test_plan_action_learning_keeps_time_for_the_bids_and_shows_breaks(capsys, tmp_path):
    args = ["--data-dir", str(tmp_path), "plan", "action-learning", "--start", "9:00"]
    assert main([*args, "--participants", "Fay,Ana,Ben,Cy,Dee"]) == 0
    out = capsys.readouterr().out
    assert "Rounds — decided at the bids" in out and "| 09:30 |" in out
    assert "Each round: Issue shared 5 min" in out
    assert "**End:** 12:55" in out  # 30 + 3 × 60 + a break of 15 + 10


@pytest.mark.parametrize(
    "extra, message",
    [
        (["nope", "--participants", "A,B"], "There is no format 'nope'"),
        (["co-consulting", "--participants", "A,B", "--set", "minutes_each_way=999"],
         "Minutes each way must be between 5 and 90"),
        (["co-consulting", "--participants", "A"], "for 2 people; 1 given"),
        (["co-consulting", "--participants", "A,B", "--out", "x.txt"], ".md or .pdf"),
    ],
)  # fmt: skip
def test_plan_bad_input_is_one_line(capsys, tmp_path, extra, message):
    assert main(["--data-dir", str(tmp_path), "plan", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("facilitator plan:")


def test_plan_bad_start_time(tmp_path):
    with pytest.raises(SystemExit, match="--start expects HH:MM"):
        main(["--data-dir", str(tmp_path), "plan", "co-consulting", "--participants", "A,B",
              "--start", "25:00"])  # fmt: skip


def test_plan_writes_markdown_and_pdf(capsys, tmp_path):
    md = tmp_path / "agenda.md"
    args = ["--data-dir", str(tmp_path), "plan", "co-consulting", "--participants", "Ana,Ben"]
    assert main([*args, "--out", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "Client's time" in text and "Client: Ana" in text
    pdf = tmp_path / "agenda.pdf"
    assert main([*args, "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
