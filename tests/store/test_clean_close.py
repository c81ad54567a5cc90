"""The full integrity check is skipped only for the very file a clean close left behind:
any other change (a crash, another program, one flipped bit) brings it back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.store import clean_close, recovery
from facilitator.store.backup import make_backup
from facilitator.store.cipher import WrongPassphrase, new_key
from facilitator.store.database import close_records, connect, open_records
from facilitator.store.paths import backups_dir, records_path
from facilitator.store.sessions import SessionStore

from .helpers import T0, new_session


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


@pytest.fixture
def full_checks(monkeypatch) -> list[Path]:
    """Every full integrity check of the records file the open runs."""
    seen: list[Path] = []
    real = recovery.integrity_problems

    def counting(conn, key):
        seen.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn, key)

    monkeypatch.setattr(recovery, "integrity_problems", counting)
    return seen


def _records(data_dir: Path, key=None) -> None:
    opened = open_records(data_dir, now=T0, key=key)
    store = SessionStore(opened.conn)
    for i in range(30):
        new_session(store, title=f"Session {i:02d} " + "x" * 200)
    make_backup(opened.conn, backups_dir(data_dir), now=T0, key=key)
    close_records(opened, now=T0)


def test_a_clean_close_vouches_for_the_file_and_the_next_open_skips_the_check(
    data_dir, full_checks
):
    _records(data_dir)
    assert clean_close.marker_path(records_path(data_dir)).exists()
    opened = open_records(data_dir, now=T0 + 60)
    assert full_checks == [] and opened.notices == []
    assert not clean_close.marker_path(opened.path).exists()  # withdrawn while open
    assert len(SessionStore(opened.conn).list_sessions()) == 30
    close_records(opened, now=T0 + 61)
    assert clean_close.unchanged_since_clean_close(records_path(data_dir))


def test_a_crash_leaves_no_marker_and_the_next_open_checks_in_full(data_dir, full_checks):
    _records(data_dir)
    opened = open_records(data_dir, now=T0 + 60)
    new_session(SessionStore(opened.conn), title="after")
    opened.conn.close()  # no close_records: as if the program was killed
    again = open_records(data_dir, now=T0 + 120)
    assert full_checks == [records_path(data_dir).resolve()]
    again.conn.close()


def test_one_flipped_bit_with_size_and_times_kept_is_found(data_dir, full_checks):
    _records(data_dir)
    path = records_path(data_dir)
    stat = path.stat()
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01  # a bit of a page in the middle
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as if the disk did it
    assert not clean_close.unchanged_since_clean_close(path)
    opened = open_records(data_dir, now=T0 + 60)
    assert full_checks  # the full check ran (it may or may not call one bit damage)
    opened.conn.close()


def test_a_wal_left_by_another_connection_means_no_marker(data_dir):
    _records(data_dir)
    opened = open_records(data_dir, now=T0 + 60)
    other = connect(opened.path)  # another connection still holding the file
    new_session(SessionStore(other), title="written by the other connection")
    close_records(opened, now=T0 + 61)
    assert not clean_close.marker_path(opened.path).exists()
    other.close()


def test_under_a_passphrase_a_wrong_key_is_still_refused_and_touches_nothing(
    data_dir, full_checks
):
    key = new_key("right passphrase")
    from facilitator.store import conversion

    _records(data_dir)
    conversion.change_protection(data_dir, None, key)
    opened = open_records(data_dir, key=key, now=T0 + 60)
    close_records(opened, now=T0 + 61)
    full_checks.clear()
    marker = clean_close.marker_path(records_path(data_dir)).read_bytes()
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase):
        open_records(data_dir, passphrase="wrong passphrase", now=T0 + 120)
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before
    assert clean_close.marker_path(records_path(data_dir)).read_bytes() == marker
    again = open_records(data_dir, key=key, now=T0 + 180)
    assert full_checks == [] and len(SessionStore(again.conn).list_sessions()) == 30
    close_records(again, now=T0 + 181)


def test_a_damaged_protected_file_after_a_clean_close_is_recovered(data_dir):
    key = new_key("right passphrase")
    from facilitator.store import conversion

    _records(data_dir)
    conversion.change_protection(data_dir, None, key)
    opened = open_records(data_dir, key=key, now=T0 + 60)
    close_records(opened, now=T0 + 61)
    path = records_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[4096 * 3 + 100 : 4096 * 3 + 200] = os.urandom(100)  # inside a page, salt kept
    path.write_bytes(bytes(raw))
    again = open_records(data_dir, key=key, now=T0 + 120)
    assert any("damaged" in n for n in again.notices)
    assert len(SessionStore(again.conn).list_sessions()) == 30
    close_records(again, now=T0 + 121)
