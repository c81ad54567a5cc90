"""Schema versions: fresh files, ordered steps, atomic steps, and newer files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.store import migrations
from facilitator.store.database import close_records, open_records
from facilitator.store.migrations import (
    SCHEMA_VERSION,
    NewerSchemaError,
    migrate,
    schema_version,
    split_statements,
)

from .helpers import T0, new_session
from .helpers import titles as session_titles


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fresh_open_creates_current_schema_in_wal_mode(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    conn = opened.conn
    assert schema_version(conn) == SCHEMA_VERSION == len(migrations.MIGRATIONS)
    assert {"people", "sessions", "events", "notes"} <= table_names(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert opened.notices == []
    conn.close()


def test_reopen_keeps_data_and_version(data_dir: Path) -> None:
    opened = open_records(data_dir, now=T0)
    from facilitator.store.sessions import SessionStore

    new_session(SessionStore(opened.conn), "Kept")
    close_records(opened, now=T0)
    again = open_records(data_dir, now=T0 + 60)
    assert session_titles(again.conn) == ["Kept"]
    assert schema_version(again.conn) == SCHEMA_VERSION
    again.conn.close()


def test_steps_run_once_in_order(tmp_path: Path) -> None:
    calls: list[str] = []

    def second(conn: sqlite3.Connection) -> None:
        calls.append(f"second at v{schema_version(conn)}")
        conn.execute("INSERT INTO a VALUES ('from step 2')")

    steps = ["CREATE TABLE a (x TEXT); CREATE TABLE b (y TEXT);", second]
    conn = connect(tmp_path / "m.sqlite3")
    assert migrate(conn, steps) == 2
    assert schema_version(conn) == 2
    assert calls == ["second at v1"]
    assert migrate(conn, steps) == 0  # nothing left to do
    assert calls == ["second at v1"]
    assert conn.execute("SELECT x FROM a").fetchall() == [("from step 2",)]
    conn.close()


def test_only_missing_steps_run(tmp_path: Path) -> None:
    calls: list[int] = []
    steps = [lambda c: calls.append(1), lambda c: calls.append(2), lambda c: calls.append(3)]
    conn = connect(tmp_path / "m.sqlite3")
    conn.execute("PRAGMA user_version = 1")
    assert migrate(conn, steps) == 2
    assert calls == [2, 3]
    assert schema_version(conn) == 3
    conn.close()


def test_failed_step_rolls_back_to_the_last_whole_version(tmp_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    conn = connect(tmp_path / "m.sqlite3")
    with pytest.raises(RuntimeError, match="step failed"):
        migrate(conn, ["CREATE TABLE first (x);", broken])
    assert schema_version(conn) == 1
    assert table_names(conn) == {"first"}
    assert not conn.in_transaction
    conn.close()


def test_open_records_uses_swapped_migrations(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[int] = []
    fake = [
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT);",
        lambda conn: ran.append(schema_version(conn)),
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", fake)
    open_records(data_dir, now=T0).conn.close()
    open_records(data_dir, now=T0).conn.close()  # reopening runs nothing again
    assert ran == [1]
    conn = connect(data_dir / "records.sqlite3")
    assert schema_version(conn) == 2
    conn.close()


def test_newer_file_refused_by_migrate(tmp_path: Path) -> None:
    conn = connect(tmp_path / "m.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(NewerSchemaError) as info:
        migrate(conn)
    assert info.value.found == SCHEMA_VERSION + 5
    assert schema_version(conn) == SCHEMA_VERSION + 5
    conn.close()


def test_newer_schema_message() -> None:
    message = str(NewerSchemaError(7, 1))
    assert message == (
        "records.sqlite3 was written by a newer version of Facilitator (schema 7; this "
        "version knows up to 1). It has been left untouched; please update Facilitator."
    )


def test_split_statements_keeps_semicolons_in_strings_and_triggers() -> None:
    script = """
        CREATE TABLE t (x TEXT DEFAULT 'a;b'); -- a comment; with a semicolon
        CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = 'c;d'; END;
        INSERT INTO t VALUES ('e;f')
    """
    statements = [s.strip() for s in split_statements(script)]
    assert len(statements) == 3
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    assert conn.execute("SELECT x FROM t").fetchall() == [("c;d",)]
    conn.close()
