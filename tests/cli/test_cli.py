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
