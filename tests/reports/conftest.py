"""A throw-away records folder for every report test."""

from __future__ import annotations

import pytest

from facilitator.store.sessions import SessionStore


@pytest.fixture
def store(records):
    return SessionStore(records.conn)
