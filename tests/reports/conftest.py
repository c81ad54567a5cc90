"""A throw-away records folder for every report test."""

from __future__ import annotations

import pytest

from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore


@pytest.fixture
def records(tmp_path):
    opened = open_records(tmp_path / "data")
    yield opened
    opened.conn.close()


@pytest.fixture
def store(records):
    return SessionStore(records.conn)
