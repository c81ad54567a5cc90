"""Items 10, 11, 13, 14: errors are one sentence on stderr with a non-zero status before
any window is needed; a records "file" that is a folder is named with what to do; the
user's own stricter permissions are left alone; leftovers of killed backups are cleaned
at start."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from facilitator.app.startup import run_app
from facilitator.services.live import LiveSession
from facilitator.store.backup import make_backup, remove_temporary_files
from facilitator.store.database import open_records
from facilitator.store.paths import backups_dir, ensure_data_dir, records_path


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True,
        env=env, timeout=60,
    )  # fmt: skip


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _one_sentence(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("facilitator: ")
    return result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
def test_without_a_display_the_program_says_so_instead_of_aborting(tmp_path):
    result = _cli("--data-dir", str(tmp_path / "data"), env=_no_display_env())
    assert "no display" in _one_sentence(result)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
def test_an_unknown_format_is_one_sentence_even_without_a_display(tmp_path):
    env = {**_no_display_env(), "QT_QPA_PLATFORM": "offscreen"}
    result = _cli(
        "--data-dir", str(tmp_path / "data"), "run", "no-such-format", "--participants",
        "Ana,Ben,Cy", env=env,
    )  # fmt: skip
    assert "no-such-format" in _one_sentence(result)


def test_a_records_file_that_is_a_folder_is_named_with_what_to_do(tmp_path):
    data = tmp_path / "data"
    records_path(data).mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    said = _one_sentence(_cli("--data-dir", str(data), env=env))
    assert str(records_path(data)) in said and "is a folder" in said
    assert "move or rename" in said


def test_an_unusable_data_folder_is_one_sentence(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    said = _one_sentence(_cli("--data-dir", str(blocker / "data"), env=env))
    assert "cannot be used" in said and "--data-dir" in said


def test_a_full_disk_when_the_session_is_created_is_one_sentence(tmp_path, capsys, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(LiveSession, "create", full)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)  # in-process: no box
    status = run_app(tmp_path / "data", format_id="case-consultation", participants=["A", "B", "C"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "cannot be written" in err and "free some space" in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_users_stricter_modes_are_left_alone(tmp_path):
    data = ensure_data_dir(tmp_path / "data")
    opened = open_records(data)
    opened.conn.close()
    path = records_path(data)
    os.chmod(path, 0o444)
    os.chmod(data, 0o555)
    try:
        ensure_data_dir(data)
        assert stat.S_IMODE(data.stat().st_mode) == 0o500  # private, still read-only
    finally:
        os.chmod(data, 0o700)
    from facilitator.store.paths import chmod_private

    chmod_private(path, 0o600)
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    os.chmod(data, 0o755)
    ensure_data_dir(data)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700  # others' access is still removed


def test_leftovers_of_killed_backups_are_removed_at_start(tmp_path, capsys, monkeypatch, qtbot):
    data = tmp_path / "data"
    opened = open_records(data)
    make_backup(opened.conn, backups_dir(data))
    opened.conn.close()
    folder = backups_dir(data)
    leftovers = [
        folder / ".records-abc123.sqlite3.tmp",
        folder / ".records-abc123.sqlite3.tmp-journal",
        folder / ".records-def456.sqlite3.tmp-wal",
    ]
    for path in leftovers:
        path.write_bytes(b"x" * 1000)
    assert remove_temporary_files(folder, older_than=3600) == []  # fresh: kept by default
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QMessageBox

    def until_started(app: QApplication) -> int:  # the records are read on the second turn
        startup = app.findChild(QObject, "startup")
        qtbot.waitUntil(lambda: startup.done, timeout=10_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", until_started)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    assert run_app(data) == 0  # a start (it holds the lock): all of them go
    assert not any(p.exists() for p in leftovers)
    assert len(list(folder.glob("records-*.sqlite3"))) >= 1  # real backups stay
    for widget in QApplication.topLevelWidgets():
        widget.close()
