"""The fault suite (issue 12): each test reproduces one defect an independent fault test
found in the real program. Run it alone with `./dev test tests/faults`."""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.conftest import (  # noqa: F401
    _private_settings,
    catalog,
    clock,
    make_controller,
    make_live,
    store,
)

_WRITES = (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE)


class WriteFailure:
    """Makes every write on a connection fail, as on a full disk, until `heal`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> WriteFailure:
        self.conn.set_authorizer(
            lambda action, *_: sqlite3.SQLITE_DENY if action in _WRITES else sqlite3.SQLITE_OK
        )
        return self

    def heal(self) -> None:
        self.conn.set_authorizer(None)

    def __exit__(self, *exc) -> None:
        self.heal()


@pytest.fixture
def failing_writes():
    return WriteFailure
