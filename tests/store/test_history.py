"""The history query: filters by format, date and participant, newest first, capped, and
served by indexes; the participant index kept up to date by the schema itself."""

from __future__ import annotations

import json
import sqlite3

from facilitator.core.session.events import EventKind
from facilitator.store import migrations
from facilitator.store.history import HistoryQuery, HistoryStore
from facilitator.store.migrations import migrate
from facilitator.store.sessions import SessionStore

from .helpers import T0, event

DAY = 86400.0
CASE = 'id = "case"\ntitle = "Case talk"\n'
PAIR = 'id = "pair"\ntitle = "Pair time"\n'


def add(store: SessionStore, title: str, people: list[str], day: int, source: str = CASE) -> int:
    format_id = "case" if source == CASE else "pair"
    return store.create_session(
        format_id=format_id, title=title, format_source=source, params={},
        participants=people, plan={"participants": people}, now=T0 + day * DAY,
    )  # fmt: skip


def titles(page) -> list[str]:
    return [r.title for r in page.rows]


def fill(store: SessionStore) -> None:
    add(store, "one", ["Ada", "Grace"], 0)
    add(store, "two", ["Linus", "Grace"], 1, PAIR)
    add(store, "three", ["Ada", "Ken"], 2)
    add(store, "four", ["Barbara"], 3, PAIR)


def test_everything_newest_first(opened, store):
    fill(store)
    page = HistoryStore(opened.conn).search()
    assert titles(page) == ["four", "three", "two", "one"]
    assert page.total == 4 and not page.truncated
    assert page.rows[0].participants == ("Barbara",)
    assert page.rows[0].started_wall is None


def test_filters_combine(opened, store):
    fill(store)
    history = HistoryStore(opened.conn)
    assert titles(history.search(HistoryQuery(format_id="pair"))) == ["four", "two"]
    assert titles(history.search(HistoryQuery(participant="grace"))) == ["two", "one"]
    assert titles(history.search(HistoryQuery(participant="  Ada "))) == ["three", "one"]
    assert titles(history.search(HistoryQuery(since=T0 + DAY, until=T0 + 3 * DAY))) == [
        "three", "two",
    ]  # fmt: skip
    both = HistoryQuery(format_id="case", participant="Ada", since=T0 + DAY)
    assert titles(history.search(both)) == ["three"]
    assert history.search(HistoryQuery(participant="Nobody")).rows == []


def test_the_list_is_capped_but_the_count_is_whole(opened, store):
    for day in range(7):
        add(store, f"s{day}", ["Ada"], day)
    page = HistoryStore(opened.conn).search(HistoryQuery(limit=3))
    assert titles(page) == ["s6", "s5", "s4"]
    assert page.total == 7 and page.truncated


def test_a_late_arrival_is_found_by_name(opened, store):
    sid = add(store, "late", ["Ada", "Grace"], 0)
    store.append_event(sid, event(EventKind.START))
    plan = {"participants": ["Ada", "Grace", "Ola"], "fixed": {}, "rounds": [], "absent": []}
    store.append_event(sid, event(EventKind.PLAN, elapsed=60, plan=plan))
    page = HistoryStore(opened.conn).search(HistoryQuery(participant="ola"))
    assert titles(page) == ["late"]
    assert page.rows[0].started_wall == T0


def test_formats_and_people_for_the_filter_lists(opened, store):
    fill(store)
    history = HistoryStore(opened.conn)
    assert history.format_choices() == [("case", "Case talk"), ("pair", "Pair time")]
    assert history.people() == ["Ada", "Barbara", "Grace", "Ken", "Linus"]


def test_an_unreadable_format_text_falls_back_to_its_id(opened, store):
    add(store, "odd", ["Ada"], 0, source='id = "pair"\ntitle = [broken')
    assert HistoryStore(opened.conn).format_choices() == [("pair", "pair")]


def test_every_filter_uses_an_index(opened, store):
    history = HistoryStore(opened.conn)
    assert "session_people_by_name" in history.explain(HistoryQuery(participant="Ada"))
    assert "sessions_by_format" in history.explain(HistoryQuery(format_id="case"))
    assert "sessions_by_created" in history.explain(HistoryQuery(since=T0))
    assert "sessions_by_created" in history.explain(HistoryQuery())  # the ordering


def test_the_step_fills_the_index_from_sessions_already_stored(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    migrate(conn, migrations.MIGRATIONS[:1])  # a file from before the history
    old = SessionStore(conn)
    sid = add(old, "old", ["Ada", "Grace"], 0)
    data = json.dumps({"plan": {"participants": ["Ada", "Grace", "Ola"]}})
    conn.execute("INSERT INTO events VALUES (?, 1, 'plan', ?, 0, ?)", (sid, T0, data))
    migrate(conn)
    history = HistoryStore(conn)
    assert history.people() == ["Ada", "Grace", "Ola"]
    assert titles(history.search(HistoryQuery(participant="ola"))) == ["old"]
    conn.close()
