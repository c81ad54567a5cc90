"""Erase means erased: after erasing a client, no file under the data folder holds a byte
of their name, contact, notes, session text or actions (the raw bytes are searched)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from facilitator.store import erasure
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import record_consent
from facilitator.store.coaching_search import search
from facilitator.store.database import close_records, open_records
from facilitator.store.paths import backups_dir, records_path

from .helpers import T0

SECRET = {
    "name": "Zebulon Quarrington",
    "contact": "zeb.quarr@example.org",
    "client_notes": "hippopotamine worries",
    "takeaway": "clarinetwise decision",
    "notes": "marmaladeous boss conflict",
    "reflection": "quindecagonal feeling",
    "action": "flibbertigibbetly call the lawyer",
    "consent_how": "scrimshawed postcard",
    "consent_note": "gallimaufry consent form",
}
KEPT = "Tamsin Keepwell"


def words() -> list[bytes]:
    found = []
    for text in SECRET.values():
        for w in text.replace("@", " ").replace(".", " ").split():
            if len(w) >= 6 and w not in ("example", "worries", "decision", "conflict",
                                         "feeling", "lawyer", "consent"):  # fmt: skip
                found += [w.encode(), w.lower().encode(), w.upper().encode()]
    return [*found, SECRET["name"].encode(), SECRET["contact"].encode()]


def files_holding(data_dir: Path, needles: list[bytes]) -> dict[str, list[bytes]]:
    hits: dict[str, list[bytes]] = {}
    for root, _dirs, names in os.walk(data_dir):
        for name in names:
            path = Path(root) / name
            raw = path.read_bytes()
            found = [n for n in needles if n in raw]
            if found:
                hits[str(path.relative_to(data_dir))] = found
    return hits


def fill(store: CoachingStore, name: str, secret: dict[str, str]) -> int:
    cid = store.add_client(name, contact=secret["contact"], notes=secret["client_notes"], now=T0)
    eid = store.add_engagement(cid, date(2026, 1, 5), now=T0)
    for day in (12, 19, 26):
        sid = store.add_session(
            eid, date(2026, 1, day), 3600, now=T0, takeaway=secret["takeaway"],
            notes=secret["notes"], reflection=secret["reflection"],
        )  # fmt: skip
        store.add_action(sid, secret["action"], now=T0)
    record_consent(store.conn, cid, "icf_log", True, date(2026, 1, 5), now=T0,
                   how=secret["consent_how"], note=secret["consent_note"])  # fmt: skip
    record_consent(store.conn, cid, "records", False, date(2026, 1, 30), now=T0,
                   how=secret["consent_how"], note=secret["consent_note"])  # fmt: skip
    return cid


@pytest.fixture
def folder_with_copies(data_dir: Path):
    """Records holding the secret client in the file, the WAL, three backups, a damaged
    copy with its WAL, an orphaned journal and an interrupted backup's temporary file."""
    opened = open_records(data_dir, now=T0)
    store = CoachingStore(opened.conn)
    fill(store, KEPT, {k: f"kept {k}" for k in SECRET} | {"contact": "t@k.org"})
    cid = fill(store, SECRET["name"], SECRET)
    folder = backups_dir(data_dir)
    for i in range(3):
        make_backup(opened.conn, folder, now=T0 + i, key=opened.key)
    newest = list_backups(folder)[0]
    shutil.copy(newest, data_dir / "records.sqlite3.damaged-20270115-090000")
    shutil.copy(newest, data_dir / "records.sqlite3.damaged-20270115-090000-wal")
    shutil.copy(newest, data_dir / "records.sqlite3-wal.orphaned-20270115-090000")
    shutil.copy(newest, folder / ".records-abc.sqlite3.tmp")
    (data_dir / "records.sqlite3.damaged-20270116-090000").write_bytes(
        b"garbage" + newest.read_bytes()[200:]
    )
    store.update_client(cid, notes=SECRET["client_notes"] + " again", now=T0)  # into the WAL
    yield opened, cid
    opened.conn.close()


def test_every_copy_holds_the_client_before_the_erase(folder_with_copies, data_dir):
    hits = files_holding(data_dir, words())
    assert "records.sqlite3-wal" in hits
    assert len([h for h in hits if h.startswith("backups/")]) == 4
    assert len(hits) >= 9
    consent_words = {b"scrimshawed", b"gallimaufry"}  # how and note of the dated consents
    backups = [found for name, found in hits.items() if name.startswith("backups/records-")]
    assert len(backups) == 3 and all(consent_words <= set(found) for found in backups)


def test_erase_leaves_no_byte_of_the_client_in_any_file(folder_with_copies, data_dir):
    opened, cid = folder_with_copies
    eraser = erasure.Eraser(opened.conn, data_dir, opened.key)
    assert eraser.plan() == erasure.ErasePlan(backups=3, damaged=4)
    result = eraser.erase_client(cid)
    assert len(result.rewritten) == 4  # three backups, one readable damaged copy
    assert len(result.deleted) == 3  # unreadable copy, orphaned journal, temporary file
    assert result.failed == []
    assert files_holding(data_dir, words()) == {}
    # the rest survives, in the records and in every backup
    assert [c.name for c in CoachingStore(opened.conn).clients()] == [KEPT]
    assert search(opened.conn, "kept")
    assert not search(opened.conn, "marmaladeous")
    for backup in list_backups(backups_dir(data_dir)):
        copy = open_records_copy(backup)
        assert [c.name for c in CoachingStore(copy).clients()] == [KEPT]
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        copy.close()
    close_records(opened)
    assert files_holding(data_dir, words()) == {}


def test_erase_survives_closing_and_reopening(folder_with_copies, data_dir):
    opened, cid = folder_with_copies
    erasure.Eraser(opened.conn, data_dir, opened.key).erase_client(cid)
    close_records(opened, now=T0 + 7 * 86400)
    again = open_records(data_dir, now=T0 + 8 * 86400)
    assert [c.name for c in CoachingStore(again.conn).clients()] == [KEPT]
    close_records(again)
    assert files_holding(data_dir, words()) == {}


def test_index_words_are_gone_from_the_fts_segments(data_dir):
    opened = open_records(data_dir, now=T0)
    store = CoachingStore(opened.conn)
    cid = fill(store, SECRET["name"], SECRET)
    fill(store, KEPT, {k: f"kept {k}" for k in SECRET})
    blobs = b"".join(r[0] for r in opened.conn.execute("SELECT block FROM coach_fts_data"))
    assert b"marmaladeous" in blobs
    erasure.Eraser(opened.conn, data_dir).erase_client(cid)
    blobs = b"".join(r[0] for r in opened.conn.execute("SELECT block FROM coach_fts_data"))
    assert b"marmaladeous" not in blobs and b"flibbertigibbetly" not in blobs
    assert opened.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    close_records(opened)


def test_deleting_a_coaching_session_erases_its_words_everywhere(data_dir):
    opened = open_records(data_dir, now=T0)
    store = CoachingStore(opened.conn)
    cid = fill(store, KEPT, {k: f"kept {k}" for k in SECRET})
    eid = store.engagements(cid)[0].id
    sid = store.add_session(eid, date(2026, 2, 2), 600, now=T0, notes="zanzibarian secret")
    make_backup(opened.conn, backups_dir(data_dir), now=T0)
    assert files_holding(data_dir, [b"zanzibarian"])
    erasure.Eraser(opened.conn, data_dir).delete_session(sid)
    assert files_holding(data_dir, [b"zanzibarian"]) == {}
    assert len(store.all_sessions()) == 3
    close_records(opened)


def test_unknown_client_erases_nothing(data_dir):
    opened = open_records(data_dir, now=T0)
    assert erasure.Eraser(opened.conn, data_dir).erase_client(99) is None
    close_records(opened)


def test_erase_derives_the_folder_from_the_connection(data_dir):
    opened = open_records(data_dir, now=T0)
    assert erasure.Eraser(opened.conn).data_dir == records_path(data_dir).parent
    close_records(opened)


def open_records_copy(path: Path):
    from facilitator.store.backup import read_only_uri
    from facilitator.store.cipher import connect

    return connect(read_only_uri(path), None, uri=True)


class Killed(BaseException):
    pass


def test_an_erase_cut_short_is_finished_at_the_next_open(folder_with_copies, data_dir,
                                                         monkeypatch):  # fmt: skip
    opened, cid = folder_with_copies
    from facilitator.store import conversion

    real = conversion.rewrite_file
    calls = {"n": 0}

    def dies_on_the_second(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise Killed()
        return real(*args, **kwargs)

    monkeypatch.setattr(conversion, "rewrite_file", dies_on_the_second)
    with pytest.raises(Killed):
        erasure.Eraser(opened.conn, data_dir, opened.key).erase_client(cid)
    monkeypatch.setattr(conversion, "rewrite_file", real)
    opened.conn.close()  # the process died here
    assert (data_dir / erasure.PENDING).exists()
    assert b"Zebulon" not in (data_dir / erasure.PENDING).read_bytes()  # numbers only
    assert files_holding(data_dir, words())  # some backups still hold the client
    again = open_records(data_dir, now=T0 + 60)
    assert any("cut short" in n for n in again.notices)
    assert not (data_dir / erasure.PENDING).exists()
    assert [c.name for c in CoachingStore(again.conn).clients()] == [KEPT]
    close_records(again)
    assert files_holding(data_dir, words()) == {}
