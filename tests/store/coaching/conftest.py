"""Fixtures for the coach's log: a fresh records file under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.store.coaching import CoachingStore
from facilitator.store.database import OpenedRecords, open_records

T0 = 1_800_000_000.0


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenedRecords]:
    records = open_records(tmp_path / "data", now=T0)
    yield records
    records.conn.close()


@pytest.fixture
def log(opened: OpenedRecords) -> CoachingStore:
    return CoachingStore(opened.conn)
