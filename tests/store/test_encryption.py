"""Records protected by a passphrase: every file under the data folder is a SQLCipher file
(the raw bytes hold no record), a wrong passphrase touches nothing, and setting, changing
or removing the passphrase survives a kill at any point."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from facilitator.store import conversion, erasure
from facilitator.store.backup import list_backups, make_backup, verify_backup
from facilitator.store.cipher import (
    SQLITE_MAGIC,
    PassphraseNeeded,
    WrongPassphrase,
    is_encrypted,
    new_key,
)
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import (
    close_records,
    key_for,
    open_records,
    records_protected,
)
from facilitator.store.paths import backups_dir, records_path

from .helpers import T0
from .test_erasure import KEPT, SECRET, files_holding, fill, words

PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    """scrypt at its real cost takes a second a call; the tests use a cheaper one."""
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }  # fmt: skip


def make_plain_folder(data_dir: Path) -> int:
    opened = open_records(data_dir, now=T0)
    store = CoachingStore(opened.conn)
    fill(store, KEPT, {k: f"kept {k}" for k in SECRET} | {"contact": "t@k.org"})
    cid = fill(store, SECRET["name"], SECRET)
    for i in range(2):
        make_backup(opened.conn, backups_dir(data_dir), now=T0 + i)
    close_records(opened)
    newest = list_backups(backups_dir(data_dir))[0]
    shutil.copy(newest, data_dir / "records.sqlite3.damaged-20270115-090000")
    return cid


def protect(data_dir: Path, passphrase: str = PASS):
    key = new_key(passphrase)
    return conversion.change_protection(data_dir, None, key), key


def test_protected_folder_holds_no_readable_byte_of_the_records(data_dir):
    make_plain_folder(data_dir)
    assert files_holding(data_dir, words())
    backups = len(list_backups(backups_dir(data_dir)))  # 2 made here, and one on closing
    assert backups >= 2
    result, _ = protect(data_dir)
    assert len(result.converted) == backups + 2 and result.left == []  # + records, damaged
    assert files_holding(data_dir, words()) == {}
    for path in [records_path(data_dir), *list_backups(backups_dir(data_dir)),
                 *conversion.damaged_copies(records_path(data_dir))]:  # fmt: skip
        assert is_encrypted(path), path
    assert not list(data_dir.rglob("*.converting-*"))
    assert records_protected(data_dir)


def test_protected_records_open_with_the_passphrase_and_stay_encrypted(data_dir):
    make_plain_folder(data_dir)
    protect(data_dir)
    opened = open_records(data_dir, passphrase=PASS, now=T0 + 86400 * 3)
    store = CoachingStore(opened.conn)
    assert {c.name for c in store.clients()} == {KEPT, SECRET["name"]}
    store.add_client("Newly Added Person", notes="ultraviolet secret", now=T0)
    assert opened.key is not None
    make_backup(opened.conn, backups_dir(data_dir), now=T0 + 99, key=opened.key)
    close_records(opened, now=T0 + 100)
    assert files_holding(data_dir, [*words(), b"Newly Added", b"ultraviolet"]) == {}
    for backup in list_backups(backups_dir(data_dir)):
        assert is_encrypted(backup) and verify_backup(backup, opened.key)


def test_no_or_a_wrong_passphrase_is_refused_and_touches_nothing(data_dir):
    make_plain_folder(data_dir)
    protect(data_dir)
    before = fingerprint(data_dir)
    with pytest.raises(PassphraseNeeded):
        open_records(data_dir, now=T0 + 86400 * 3)
    with pytest.raises(WrongPassphrase):
        open_records(data_dir, passphrase="not it", now=T0 + 86400 * 3)
    assert fingerprint(data_dir) == before


def test_damaged_protected_records_are_restored_from_an_encrypted_backup(data_dir):
    make_plain_folder(data_dir)
    protect(data_dir)
    path = records_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[5000:9000] = os.urandom(4000)  # a page in the middle is garbage now
    raw[:4096] = raw[:16] + os.urandom(4080)  # page 1 too, salt kept
    path.write_bytes(bytes(raw))
    opened = open_records(data_dir, passphrase=PASS, now=T0 + 86400 * 3)
    assert "damaged" in opened.notices[0]
    assert {c.name for c in CoachingStore(opened.conn).clients()} == {KEPT, SECRET["name"]}
    close_records(opened)
    for aside in conversion.damaged_copies(path):
        assert not aside.read_bytes().startswith(SQLITE_MAGIC)


def test_change_and_remove_the_passphrase(data_dir):
    make_plain_folder(data_dir)
    _, key = protect(data_dir)
    other = new_key("a new one")
    conversion.change_protection(data_dir, key, other)
    with pytest.raises(WrongPassphrase):
        open_records(data_dir, passphrase=PASS)
    opened = open_records(data_dir, passphrase="a new one")
    close_records(opened)
    conversion.change_protection(data_dir, key_for(data_dir, "a new one"), None)
    assert not records_protected(data_dir)
    assert records_path(data_dir).read_bytes().startswith(SQLITE_MAGIC)
    opened = open_records(data_dir)
    assert len(CoachingStore(opened.conn).clients()) == 2
    close_records(opened)


def test_erase_under_a_passphrase_rewrites_the_encrypted_backups(data_dir):
    cid = make_plain_folder(data_dir)
    protect(data_dir)
    opened = open_records(data_dir, passphrase=PASS, now=T0)
    copies = len(list_backups(backups_dir(data_dir))) + 1  # and the damaged copy
    result = erasure.Eraser(opened.conn, data_dir, opened.key).erase_client(cid)
    assert len(result.rewritten) == copies and result.failed == [] and result.deleted == []
    close_records(opened)
    # decrypt every file and look inside: nothing of the client
    from facilitator.store.backup import read_only_uri
    from facilitator.store.cipher import connect

    for path in [*list_backups(backups_dir(data_dir)),
                 *conversion.damaged_copies(records_path(data_dir))]:  # fmt: skip
        assert is_encrypted(path)
        conn = connect(read_only_uri(path), opened.key, uri=True)
        peek = str(data_dir.parent / "peek.sqlite3")
        conn.execute("ATTACH DATABASE ? AS peek KEY ''", (peek,))
        conn.execute("SELECT sqlcipher_export('peek')")
        conn.execute("DETACH DATABASE peek")
        conn.close()
        raw = (data_dir.parent / "peek.sqlite3").read_bytes()
        (data_dir.parent / "peek.sqlite3").unlink()
        assert not [w for w in words() if w in raw], path
        assert b"kept" in raw


class Killed(Exception):
    pass


@pytest.mark.parametrize("step", [1, 2, 5, 6, 7, 8, 9])  # 8 renames: 4 files
def test_a_kill_at_any_rename_loses_nothing(data_dir, monkeypatch, step):
    """Every file's swap is two renames; dying before rename number `step` leaves a
    folder that opens (with the old or the new passphrase) holding every record."""
    make_plain_folder(data_dir)
    calls = {"n": 0}
    real_rename = os.rename

    def rename(src, dst):
        calls["n"] += 1
        if calls["n"] == step:
            raise Killed()
        real_rename(src, dst)

    monkeypatch.setattr(conversion.os, "rename", rename)
    key = new_key(PASS)
    try:
        conversion.change_protection(data_dir, None, key)
        finished = True
    except Killed:
        finished = False
    monkeypatch.setattr(conversion.os, "rename", real_rename)
    for passphrase in (None, PASS):
        try:
            opened = open_records(data_dir, passphrase=passphrase, now=T0 + 5)
        except (PassphraseNeeded, WrongPassphrase):
            continue
        names = {c.name for c in CoachingStore(opened.conn).clients()}
        assert names == {KEPT, SECRET["name"]}, (step, passphrase)
        assert opened.notices == [], opened.notices
        close_records(opened)
        break
    else:
        pytest.fail(f"the records open with neither passphrase after a kill at {step}")
    assert not list(data_dir.rglob("*.converting-*"))
    if not finished:  # running it again completes the job
        result = conversion.change_protection(data_dir, None if not records_protected(data_dir)
                                              else key_for(data_dir, PASS), key)  # fmt: skip
        assert result.left == []
    assert files_holding(data_dir, words()) == {}


def test_right_passphrase_on_a_damaged_file_without_backups_is_not_called_wrong(data_dir):
    make_plain_folder(data_dir)
    protect(data_dir)
    for backup in list_backups(backups_dir(data_dir)):
        backup.unlink()
    path = records_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[4096 * 3 + 100 : 4096 * 3 + 300] = os.urandom(200)  # a page past the first
    path.write_bytes(bytes(raw))
    opened = open_records(data_dir, passphrase=PASS, now=T0 + 86400)
    assert "damaged" in opened.notices[0] and "empty" in opened.notices[0]
    assert opened.key is not None and is_encrypted(path)
    close_records(opened)
    with pytest.raises(WrongPassphrase):
        open_records(data_dir, passphrase="not it")


def test_a_hot_journal_on_protected_records_is_rolled_back_under_the_key(data_dir):
    """A write cut short on protected records leaves a hot journal: the next open rolls it
    back under the records' key (as for plain records), it does not call the file damaged."""
    import subprocess
    import sys
    import textwrap

    make_plain_folder(data_dir)
    _, key = protect(data_dir)
    path = records_path(data_dir)
    opened = open_records(data_dir, key=key, now=T0 + 60)
    names = {c.name for c in CoachingStore(opened.conn).clients()}
    opened.conn.execute("PRAGMA journal_mode = DELETE")  # so a kill leaves a -journal
    close_records(opened, now=T0 + 61)
    script = textwrap.dedent(
        """
        import os, signal, sys
        from sqlcipher3 import dbapi2
        conn = dbapi2.connect(sys.argv[1], isolation_level=None)
        conn.execute(f'PRAGMA key = "{sys.argv[2]}"')
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("DELETE FROM coach_clients")
        conn.execute("CREATE TABLE filler (x)")
        for i in range(2000):
            conn.execute("INSERT INTO filler VALUES (?)", ("x" * 500,))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(path), key.pragma_value()], check=False)
    assert Path(f"{path}-journal").exists()
    again = open_records(data_dir, key=key, now=T0 + 120)
    assert any("unfinished write was undone" in n for n in again.notices), again.notices
    assert not any("damaged" in n for n in again.notices)
    assert {c.name for c in CoachingStore(again.conn).clients()} == names
    assert not conversion.damaged_copies(path)[1:]  # only the copy make_plain_folder put
    kept = list(data_dir.glob("records.sqlite3.interrupted-*"))
    assert kept and all(not p.read_bytes().startswith(SQLITE_MAGIC) for p in kept)
    close_records(again, now=T0 + 121)
