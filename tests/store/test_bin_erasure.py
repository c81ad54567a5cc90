"""Emptying the bin erases: afterwards no file under the data folder (the records, the
WAL, the backups, damaged copies, recovery files) holds a byte of a binned session's
notes, title or events; the sessions kept survive in the records and every backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from facilitator.core.session.events import EventKind
from facilitator.store import erasure
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.database import close_records, open_records
from facilitator.store.paths import backups_dir
from facilitator.store.sessions import SessionStore
from facilitator.store.unsaved import unsaved_path

from .helpers import T0, event, new_session
from .test_erasure import files_holding, open_records_copy

SECRET_NOTES = ("quetzalcoatlish budget worry", "brontosaurine promotion doubt")
SECRET_TITLE = "Xylophonic offsite"
SECRET_SPEECH = "Zymurgical Latecomerson"  # a speaker's name, kept in an event
KEPT_NOTE = "kept tambourine note"


def needles() -> list[bytes]:
    words = [w for text in (*SECRET_NOTES, SECRET_TITLE, SECRET_SPEECH)
             for w in text.split() if len(w) >= 9]  # fmt: skip
    assert len(words) >= 5
    return [v for w in words for v in (w.encode(), w.lower().encode(), w.upper().encode())]


@pytest.fixture
def binned_everywhere(data_dir: Path):
    """Records with a kept session and a binned one whose words are in the records file,
    the WAL, three backups, a damaged copy, an orphaned journal, an interrupted backup's
    temporary file and a recovery file."""
    opened = open_records(data_dir, now=T0)
    store = SessionStore(opened.conn, key=opened.key)
    kept = new_session(store, "Kept meeting", now=T0)
    store.add_note(kept, KEPT_NOTE, round_index=0, phase_index=0, now=T0)
    gone = new_session(store, SECRET_TITLE, now=T0 + 60)
    store.append_event(gone, event(EventKind.START, wall=T0 + 60))
    store.append_event(gone, event(EventKind.SPEAKER, wall=T0 + 70, elapsed=10,
                                   speaker=SECRET_SPEECH))  # fmt: skip
    note = store.add_note(gone, SECRET_NOTES[0], round_index=0, phase_index=0, now=T0 + 80)
    folder = backups_dir(data_dir)
    for i in range(3):
        make_backup(opened.conn, folder, now=T0 + 100 + i, key=opened.key)
    newest = list_backups(folder)[0]
    shutil.copy(newest, data_dir / "records.sqlite3.damaged-20270115-090000")
    shutil.copy(newest, data_dir / "records.sqlite3-wal.orphaned-20270115-090000")
    shutil.copy(newest, folder / ".records-abc.sqlite3.tmp")
    unsaved_path(data_dir, gone).write_text(f'{{"notes": ["{SECRET_NOTES[1]}"]}}', "utf-8")
    store.update_note(note, SECRET_NOTES[0] + " " + SECRET_NOTES[1], now=T0 + 200)  # the WAL
    store.discard(gone, T0 + 300)
    yield opened, store, kept, gone
    opened.conn.close()  # (closing twice is harmless)


def test_every_copy_holds_the_binned_session_before(binned_everywhere, data_dir):
    opened, *_ = binned_everywhere
    hits = files_holding(data_dir, needles())
    assert "records.sqlite3-wal" in hits
    assert len([h for h in hits if h.startswith("backups/")]) == 4
    assert any(h.startswith("unsaved-session-") for h in hits)
    opened.conn.close()


def test_emptying_the_bin_leaves_no_byte_of_it_in_any_file(binned_everywhere, data_dir):
    opened, store, kept, gone = binned_everywhere
    result = erasure.Eraser(opened.conn, data_dir, opened.key).erase_sessions(store.binned())
    assert result.failed == []
    assert len(result.rewritten) == 4  # three backups, the readable damaged copy
    assert len(result.deleted) == 2  # the orphaned journal, the temporary file
    assert files_holding(data_dir, needles()) == {}
    assert not unsaved_path(data_dir, gone).exists()
    assert store.get_session(gone) is None and store.binned() == []
    assert store.notes(gone) == [] and store.events(gone) == []
    for table in ("events", "notes", "session_people"):
        assert opened.conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE session_id = ?", (gone,)
        ).fetchone()[0] == 0
    assert [n.text for n in store.notes(kept)] == [KEPT_NOTE]
    for backup in list_backups(backups_dir(data_dir)):
        copy = open_records_copy(backup)
        assert [t for (t,) in copy.execute("SELECT title FROM sessions")] == ["Kept meeting"]
        assert [t for (t,) in copy.execute("SELECT text FROM notes")] == [KEPT_NOTE]
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        copy.close()
    close_records(opened)
    assert files_holding(data_dir, needles()) == {}
    assert b"tambourine" in (data_dir / "records.sqlite3").read_bytes()


def test_a_later_session_with_the_same_id_is_not_erased_from_older_copies(data_dir):
    """Copies are matched by id and creation time."""
    opened = open_records(data_dir, now=T0)
    store = SessionStore(opened.conn)
    sid = new_session(store, "First of its number", now=T0)
    make_backup(opened.conn, backups_dir(data_dir), now=T0 + 1)
    eraser = erasure.Eraser(opened.conn, data_dir)
    eraser.erase_sessions([(sid, T0 + 999)])  # same id, another creation time
    assert store.get_session(sid) is not None
    copy = open_records_copy(list_backups(backups_dir(data_dir))[0])
    assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    copy.close()
    assert eraser.erase_sessions([]).rewritten == []
    close_records(opened)


class Killed(BaseException):
    pass


def test_an_emptying_cut_short_is_finished_at_the_next_open(binned_everywhere, data_dir,
                                                            monkeypatch):  # fmt: skip
    opened, store, _kept, _gone = binned_everywhere
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
        erasure.Eraser(opened.conn, data_dir, opened.key).erase_sessions(store.binned())
    monkeypatch.setattr(conversion, "rewrite_file", real)
    opened.conn.close()  # the process died here
    pending = (data_dir / erasure.PENDING).read_bytes()
    assert b"Xylophonic" not in pending and b'"sessions"' in pending  # numbers only
    assert files_holding(data_dir, needles())  # some backups still hold it
    again = open_records(data_dir, now=T0 + 600)
    assert any("cut short" in n for n in again.notices)
    assert not (data_dir / erasure.PENDING).exists()
    assert [r.title for r in SessionStore(again.conn).list_sessions()] == ["Kept meeting"]
    close_records(again)
    assert files_holding(data_dir, needles()) == {}


def test_emptying_the_bin_under_a_passphrase_keeps_every_copy_encrypted(data_dir, monkeypatch):
    from facilitator.services import past
    from facilitator.store import cipher
    from facilitator.store.backup import read_only_uri

    from .test_encryption import PASS, protect

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)  # a cheaper key derivation for tests
    opened = open_records(data_dir, now=T0)
    store = SessionStore(opened.conn)
    new_session(store, "Kept meeting", now=T0)
    gone = new_session(store, SECRET_TITLE, now=T0 + 60)
    store.add_note(gone, SECRET_NOTES[0], round_index=0, phase_index=0, now=T0 + 80)
    make_backup(opened.conn, backups_dir(data_dir), now=T0 + 100)
    close_records(opened)
    protect(data_dir)
    opened = open_records(data_dir, passphrase=PASS, now=T0 + 200)
    store = SessionStore(opened.conn, key=opened.key)
    store.discard(gone, T0 + 300)
    assert past.empty_bin(store) == past.BinEmptied(1, [])
    close_records(opened)
    backups = list_backups(backups_dir(data_dir))
    assert backups
    for path in [records_of(data_dir), *backups]:
        assert cipher.is_encrypted(path)
        conn = cipher.connect(read_only_uri(path), opened.key, uri=True)
        titles = [t for (t,) in conn.execute("SELECT title FROM sessions")]
        notes = conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
        conn.close()
        assert titles == ["Kept meeting"] and notes == 0, path


def records_of(data_dir: Path) -> Path:
    from facilitator.store.paths import records_path

    return records_path(data_dir)
