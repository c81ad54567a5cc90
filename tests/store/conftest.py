"""Fixtures for the store tests: every folder lives under tmp_path, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.store.database import OpenedRecords, open_records
from facilitator.store.sessions import SessionStore

from .helpers import T0


@pytest.fixture(autouse=True)
def _store_private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every folder a store function could default to at tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "env-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def opened(data_dir: Path) -> Iterator[OpenedRecords]:
    records = open_records(data_dir, now=T0)
    yield records
    records.conn.close()


@pytest.fixture
def store(opened: OpenedRecords) -> SessionStore:
    return SessionStore(opened.conn)
