"""`facilitator passphrase set|change|remove`, the passphrase asked by every command, and
`facilitator client export|erase`."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.store.cipher import SQLITE_MAGIC
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import close_records, open_records, records_protected

PASS = "river stone 42"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    opened = open_records(folder)
    store = CoachingStore(opened.conn)
    cid = store.add_client("=Ada Lovelace", contact="ada@example.org", notes="vellichor", now=1.0)
    eid = store.add_engagement(cid, date(2026, 1, 1), now=1.0)
    sid = store.add_session(eid, date(2026, 1, 8), 3600, now=1.0, notes="sonder moment")
    store.add_action(sid, "write the petrichor letter", now=1.0)
    store.add_client("Grace Hopper", now=1.0)
    close_records(opened)
    return folder


def run(data: Path, *args: str, stdin: str = "", monkeypatch=None) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(data), "--passphrase-stdin", *args])


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def test_set_then_every_command_needs_the_passphrase(data, monkeypatch, capsys, tmp_path):
    assert run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch) == 0
    out = capsys.readouterr()
    assert "lost passphrase means lost records" in out.err
    assert records_protected(data)
    assert (data / "records.sqlite3").read_bytes()[:16] != SQLITE_MAGIC
    for path in data.rglob("*"):
        if path.is_file():
            assert b"vellichor" not in path.read_bytes() and b"Lovelace" not in path.read_bytes()

    out_file = tmp_path / "log.csv"
    assert run(data, "export", "icf-log", "--out", str(out_file), stdin=PASS + "\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    capsys.readouterr()

    before = fingerprint(data)
    with pytest.raises(SystemExit) as stop:
        run(data, "export", "icf-log", "--out", str(out_file), stdin="wrong one\n",
            monkeypatch=monkeypatch)  # fmt: skip
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err == "facilitator: That passphrase does not open the records.\n"
    assert fingerprint(data) == before


def test_change_and_remove(data, monkeypatch, capsys):
    assert run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch) == 0
    assert run(data, "passphrase", "change", stdin=f"{PASS}\nanother long one\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    with pytest.raises(SystemExit):
        run(data, "passphrase", "remove", stdin=f"{PASS}\n", monkeypatch=monkeypatch)
    assert run(data, "passphrase", "remove", stdin="another long one\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    assert not records_protected(data)
    assert (data / "records.sqlite3").read_bytes().startswith(SQLITE_MAGIC)
    capsys.readouterr()


def test_a_short_passphrase_is_refused(data, monkeypatch, capsys):
    with pytest.raises(SystemExit) as stop:
        run(data, "passphrase", "set", stdin="short\n", monkeypatch=monkeypatch)
    assert stop.value.code == 2
    assert not records_protected(data)
    assert "at least 8" in capsys.readouterr().err


def test_protected_records_without_a_terminal_or_stdin_flag_say_how(data, monkeypatch, capsys):
    run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(data), "export", "icf-log", "--out", "x.csv"])
    assert stop.value.code == 2
    assert "--passphrase-stdin" in capsys.readouterr().err


def test_client_export_and_erase(data, monkeypatch, capsys, tmp_path):
    run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch)
    out = tmp_path / "ada.md"
    assert run(data, "client", "export", "=ada lovelace", "--out", str(out),
               stdin=PASS + "\n", monkeypatch=monkeypatch) == 0  # fmt: skip
    assert "\\=Ada Lovelace" in out.read_text() and "petrichor" in out.read_text()
    assert "plain files" in capsys.readouterr().out
    assert run(data, "client", "erase", "Nobody", "--yes", stdin=PASS + "\n",
               monkeypatch=monkeypatch) == 2  # fmt: skip
    assert run(data, "client", "erase", "=Ada Lovelace", stdin=PASS + "\n",
               monkeypatch=monkeypatch) == 2  # fmt: skip
    assert "--yes" in capsys.readouterr().err
    assert run(data, "client", "erase", "=Ada Lovelace", "--yes", stdin=PASS + "\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    opened = open_records(data, passphrase=PASS)
    assert [c.name for c in CoachingStore(opened.conn).clients()] == ["Grace Hopper"]
    close_records(opened)


@pytest.mark.slow
def test_a_wrong_passphrase_is_one_line_in_a_real_process(data, monkeypatch):
    run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch)
    before = fingerprint(data)
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(data), "--passphrase-stdin",
         "export", "icf-log", "--out", str(data.parent / "x.csv")],
        input="not the passphrase\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "facilitator: That passphrase does not open the records.\n"
    assert fingerprint(data) == before


def test_a_key_remembered_in_the_keyring_opens_without_asking(
    data, monkeypatch, capsys, tmp_path, memory_keyring
):
    from facilitator.store import keychain
    from facilitator.store.database import key_for

    run(data, "passphrase", "set", stdin=PASS + "\n", monkeypatch=monkeypatch)
    keychain.remember(data, key_for(data, PASS))
    out = tmp_path / "icf.csv"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, and no --passphrase-stdin
    assert main(["--data-dir", str(data), "export", "icf-log", "--out", str(out)]) == 0
    assert out.exists()
    # --passphrase-stdin means "from standard input", keyring or not.
    with pytest.raises(SystemExit):
        run(data, "export", "icf-log", "--out", str(out), stdin="wrong one\n",
            monkeypatch=monkeypatch)  # fmt: skip
    # Changing the passphrase replaces the remembered key; removing it forgets it.
    assert run(data, "passphrase", "change", stdin=f"{PASS}\nanother long one\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    assert keychain.remembered_key(data).same_as(key_for(data, "another long one"))
    assert run(data, "passphrase", "remove", stdin="another long one\n",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    assert not keychain.is_remembered(data)
