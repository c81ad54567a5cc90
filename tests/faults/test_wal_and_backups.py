"""Items 5, 6, 7: the records file alone holds a running session (checkpoints after each
phase and every few minutes of typing), a session's start and end are backed up, and a
coach who only keeps the coaching log gets backups too."""

from __future__ import annotations

import shutil
import sqlite3

from facilitator.core.session.events import EventKind
from facilitator.services.live import CHECKPOINT_EVERY
from facilitator.store.backup import list_backups
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import close_records, open_records
from facilitator.store.paths import backups_dir, records_path


def _main_file_only(store, tmp_path):
    """What someone copying only records.sqlite3 (or losing its -wal) would have."""
    source = records_path(store.folder)
    copy = tmp_path / "copy" / "records.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(source, copy)  # no -wal beside it
    return sqlite3.connect(copy)


def test_each_phase_reaches_the_records_file_itself(make_live, clock, tmp_path):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    live.runner.toggle()
    clock.advance(30)
    live.runner.goto(1)
    conn = _main_file_only(live.store, tmp_path)
    kinds = [k for (k,) in conn.execute("SELECT kind FROM events ORDER BY seq")]
    assert kinds == [EventKind.START.value, EventKind.GOTO.value]
    conn.close()


def test_minutes_of_typing_reach_the_records_file(make_live, clock, tmp_path):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    note = live.add_note("first words")
    for n in range(5):
        clock.advance(CHECKPOINT_EVERY / 4)
        live.update_note(note, f"typing on {n}", action_owner=None)
    conn = _main_file_only(live.store, tmp_path)
    [(text,)] = conn.execute("SELECT text FROM notes").fetchall()
    assert text.startswith("typing on")  # at most a couple of minutes behind
    conn.close()


def test_a_session_start_and_end_are_backed_up(make_live, clock):
    live = make_live("case-consultation", ["Ana", "Ben", "Cy"])
    folder = backups_dir(live.store.folder)
    assert list_backups(folder) == []
    live.runner.toggle()
    assert len(list_backups(folder)) == 1
    clock.advance(60)
    live.runner.finish()
    assert len(list_backups(folder)) == 2
    newest = sqlite3.connect(list_backups(folder)[0])
    assert newest.execute("SELECT state FROM sessions").fetchone() == ("finished",)
    newest.close()


def test_a_coach_who_only_keeps_the_log_gets_backups(tmp_path):
    data = tmp_path / "data"
    opened = open_records(data)
    CoachingStore(opened.conn).add_client("Dana", now=1_800_000_000.0)
    close_records(opened)
    assert len(list_backups(backups_dir(data))) == 1


def test_recovery_adds_back_rows_the_damaged_file_still_holds(tmp_path):
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.store.sessions import SessionStore

    data = tmp_path / "data"
    opened = open_records(data)
    store = SessionStore(opened.conn)
    clock = FakeClock()
    live = LiveSession.create(
        store, load_catalog(builtin_formats_dir()).get("case-consultation"),
        ["Ana", "Ben", "Cy"], clock,
    )  # fmt: skip
    live.runner.toggle()  # backed up here
    clock.advance(60)
    live.add_note("written after the last backup")
    live.runner.goto(1)
    (root,) = opened.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sessions_by_updated'"
    ).fetchone()
    page_size = opened.conn.execute("PRAGMA page_size").fetchone()[0]
    opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.conn.close()
    with open(records_path(data), "r+b") as f:  # an index page damaged: the rows are fine
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)

    opened = open_records(data)
    store = SessionStore(opened.conn)
    [session] = store.list_sessions()
    assert [n.text for n in store.notes(session.id)] == ["written after the last backup"]
    assert [e.kind for e in store.events(session.id)] == [EventKind.START, EventKind.GOTO]
    assert "added back" in opened.notices[0]
    opened.conn.close()


def test_without_a_backup_recovery_keeps_what_the_damaged_file_yields(tmp_path):
    from facilitator.store.sessions import SessionStore

    data = tmp_path / "data"
    opened = open_records(data)
    store = SessionStore(opened.conn)
    sid = store.create_session(
        format_id="f", title="Only copy", format_source="", params={}, participants=["A"],
        plan={}, now=1_800_000_000.0,
    )  # fmt: skip
    store.add_note(sid, "no backup has this", round_index=None, phase_index=None, now=1.8e9)
    (root,) = opened.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sessions_by_updated'"
    ).fetchone()
    page_size = opened.conn.execute("PRAGMA page_size").fetchone()[0]
    opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.conn.close()
    assert list_backups(backups_dir(data)) == []
    with open(records_path(data), "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)

    opened = open_records(data)
    store = SessionStore(opened.conn)
    assert [s.title for s in store.list_sessions()] == ["Only copy"]
    assert [n.text for n in store.notes(sid)] == ["no backup has this"]
    assert "still readable" in opened.notices[0]
    assert opened.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    opened.conn.close()
