"""The program started on damaged or newer records: it starts (or refuses clearly), keeps
the damaged file aside, restores the newest good backup, and says so in a message."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.app.startup import run_app
from facilitator.core.clock import SystemClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store.backup import make_backup
from facilitator.store.database import open_records
from facilitator.store.paths import backups_dir, records_path
from facilitator.store.sessions import SessionStore


@pytest.fixture
def messages(monkeypatch, qapp, qtbot):
    """What the program says in message boxes; the event loop returns once the start is
    over (the records are read behind the first window, on the next turn of the loop)."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: said.append(("warning", text))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: said.append(("critical", text))
    )

    def until_started(app: QApplication) -> int:
        startup = app.findChild(QObject, "startup")
        qtbot.waitUntil(lambda: startup.done, timeout=10_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", until_started)
    yield said
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def _records_with_backup(data: Path) -> None:
    opened = open_records(data)
    store = SessionStore(opened.conn)
    create_demo_session(store, load_catalog(builtin_formats_dir()), SystemClock())
    make_backup(opened.conn, backups_dir(data))
    opened.conn.close()


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


@pytest.mark.parametrize("damage", [_garbage, _truncated], ids=["garbage", "truncated"])
def test_damaged_records_are_set_aside_and_the_backup_restored(tmp_path, messages, damage):
    data = tmp_path / "data"
    _records_with_backup(data)
    damaged = records_path(data)
    damage(damaged)
    bad_bytes = damaged.read_bytes()
    assert run_app(data) == 0
    ((kind, text),) = messages
    assert kind == "warning"
    assert "backup" in text.lower()
    aside = [p for p in data.rglob("*") if p.is_file() and p.read_bytes() == bad_bytes]
    assert aside and aside[0] != damaged, "the damaged file is kept, under another name"
    assert str(aside[0].name) in text  # the message says where it went
    opened = open_records(data)
    assert len(SessionStore(opened.conn).list_sessions()) == 1  # the backup's session
    opened.conn.close()


def test_newer_records_are_refused_untouched(tmp_path, messages, capsys):
    data = tmp_path / "data"
    _records_with_backup(data)
    opened = open_records(data)
    opened.conn.execute("PRAGMA user_version = 999")
    opened.conn.close()
    before = records_path(data).read_bytes()
    assert run_app(data) == 2
    # one sentence on stderr (a box too where windows can be seen; not offscreen)
    assert "newer" in capsys.readouterr().err.lower()
    assert all(kind == "critical" and "newer" in text.lower() for kind, text in messages)
    assert records_path(data).read_bytes() == before
