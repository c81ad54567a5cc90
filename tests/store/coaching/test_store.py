"""The coach's log store: records, stage history, carried-forward actions, search, erase."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import pytest

from facilitator.core.coaching.model import ActionStatus, ClosingSummary, Payment, Stage
from facilitator.store.coaching_export import client_markdown, client_record, export_client
from facilitator.store.coaching_search import fts_query, matching_client_ids, search
from tests.store.coaching.conftest import T0

D = date


def fts_count(log) -> int:
    return log.conn.execute("SELECT COUNT(*) FROM coach_fts").fetchone()[0]


def make_client(log, name="Dana Smith", **kw):
    cid = log.add_client(name, contact="dana@example.org", icf_consent=True, now=T0, **kw)
    eid = log.add_engagement(cid, D(2026, 1, 5), now=T0, payment=Payment.PAID)
    return cid, eid


def test_fts5_is_available():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")


def test_client_engagement_session_round_trip(log):
    cid, eid = make_client(log)
    sid = log.add_session(
        eid,
        D(2026, 1, 12),
        1800,
        now=T0,
        takeaway="clarity on the move",
        notes="talked about Berlin",
        reflection="I rushed",
        fee_paid=True,
    )
    session = log.get_session(sid)
    assert session.held_on == D(2026, 1, 12)
    assert session.seconds == 1800 and str(session.hours) == "1/2"
    assert session.fee_paid and session.reflection == "I rushed"
    log.update_session(sid, now=T0 + 1, notes="talked about Lisbon")
    assert log.get_session(sid).notes == "talked about Lisbon"
    assert [s.id for s in log.client_history(cid)] == [sid]
    summary = log.client_summaries()[0]
    assert (summary.sessions, summary.last_session, summary.stage) == (1, D(2026, 1, 12), Stage(1))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"seconds": -5}, "Duration"),
        ({"seconds": 1.5}, "Duration"),
        ({"held_on": "2026-01-01"}, "Session date"),
        ({"coach_talk_seconds": -1}, "Talk time"),
    ],
)
def test_bad_session_values_are_named(log, fields, message):
    _, eid = make_client(log)
    sid = log.add_session(eid, D(2026, 1, 12), 600, now=T0)
    with pytest.raises(ValueError, match=message):
        log.update_session(sid, now=T0, **fields)
    assert log.get_session(sid).seconds == 600  # nothing half-written


def test_client_needs_a_name(log):
    with pytest.raises(ValueError, match="name"):
        log.add_client("   ", now=T0)


def test_stage_changes_are_dated_and_withdrawal_keeps_the_summary(log):
    _, eid = make_client(log)
    log.set_stage(eid, Stage.UNDERSTANDING, D(2026, 2, 1), now=T0)
    closing = ClosingSummary("from stuck to moving", "asking for help", "new job", "keeping pace")
    log.set_stage(eid, Stage.WITHDRAWING, D(2026, 6, 30), now=T0, closing=closing)
    history = log.stage_history(eid)
    assert [(c.stage, c.on) for c in history] == [
        (Stage.RELATIONSHIP, D(2026, 1, 5)),
        (Stage.UNDERSTANDING, D(2026, 2, 1)),
        (Stage.WITHDRAWING, D(2026, 6, 30)),
    ]
    engagement = log.get_engagement(eid)
    assert engagement.stage is Stage.WITHDRAWING
    assert engagement.closing == closing


def test_open_actions_come_back_at_the_next_session_until_reviewed(log):
    _cid, eid = make_client(log)
    first = log.add_session(eid, D(2026, 1, 12), 3600, now=T0)
    a = log.add_action(first, "Call the landlord", due=D(2026, 1, 19), now=T0)
    b = log.add_action(first, "Write the CV", now=T0)
    second = log.add_session(eid, D(2026, 1, 26), 3600, now=T0)
    third = log.add_session(eid, D(2026, 2, 9), 3600, now=T0)
    assert [x.id for x in log.actions_to_review(first)] == []  # nothing earlier
    assert [x.id for x in log.actions_to_review(second)] == [a, b]
    log.review_action(a, ActionStatus.DONE, second)
    # Still listed in the session where it was reviewed, with its verdict...
    reviewed = {x.id: x for x in log.actions_to_review(second)}
    assert reviewed[a].status is ActionStatus.DONE and reviewed[a].reviewed_in == second
    # ...but only the open one carries on to the session after.
    assert [x.id for x in log.actions_to_review(third)] == [b]
    log.review_action(b, ActionStatus.NOT_DONE, third)
    fourth = log.add_session(eid, D(2026, 3, 1), 3600, now=T0)
    assert log.actions_to_review(fourth) == []


def test_actions_carry_across_engagements_of_the_same_client_only(log):
    cid, eid = make_client(log)
    _other, other_eng = make_client(log, "Eli")
    s1 = log.add_session(eid, D(2026, 1, 12), 3600, now=T0)
    log.add_action(s1, "Dana's action", now=T0)
    eid2 = log.add_engagement(cid, D(2026, 5, 1), now=T0)
    s2 = log.add_session(eid2, D(2026, 5, 2), 3600, now=T0)
    e1 = log.add_session(other_eng, D(2026, 5, 2), 3600, now=T0)
    assert [x.text for x in log.actions_to_review(s2)] == ["Dana's action"]
    assert log.actions_to_review(e1) == []


def test_search_finds_every_kind_and_stays_in_sync(log):
    cid, eid = make_client(log, notes="prefers mornings")
    sid = log.add_session(
        eid,
        D(2026, 1, 12),
        3600,
        now=T0,
        takeaway="a decision about Berlin",
        notes="weighing the offer",
        reflection="I talked too much",
    )
    aid = log.add_action(sid, "Ask Maria about relocation", now=T0)
    assert {h.kind for h in search(log.conn, "berl")} == {"session"}
    assert [h.session_id for h in search(log.conn, "relocation")] == [sid]
    assert search(log.conn, "relocation")[0].kind == "action"
    assert search(log.conn, "mornings")[0].client_id == cid
    assert search(log.conn, "talked")[0].client_name == "Dana Smith"
    log.update_session(sid, now=T0, takeaway="a decision about Lisbon")
    assert search(log.conn, "berlin") == []
    assert len(search(log.conn, "lisbon")) == 1
    log.update_action(aid, text="Ask Maria about housing")
    assert search(log.conn, "relocation") == []
    log.delete_action(aid)
    assert search(log.conn, "housing") == []
    assert matching_client_ids(log.conn, "lisb") == {cid}
    assert matching_client_ids(log.conn, "dana") == {cid}  # by name


@pytest.mark.parametrize("text", ['"', "AND", "(", "a*b", "NEAR(", "-x", "col:x", "'"])
def test_search_treats_query_syntax_as_text(log, text):
    make_client(log)
    search(log.conn, text)  # no sqlite3.OperationalError
    matching_client_ids(log.conn, text)


def test_fts_query_quotes_words():
    assert fts_query('say "hi" OR bye') == '"say"* "hi"* "OR"* "bye"*'
    assert fts_query("  ...  ") is None


def test_erase_client_removes_everything_including_the_index(log):
    cid, eid = make_client(log, notes="secret note")
    _keep, keep_eng = make_client(log, "Eli")
    sid = log.add_session(eid, D(2026, 1, 12), 3600, now=T0, notes="secret words")
    log.add_action(sid, "secret action", now=T0)
    log.set_stage(eid, Stage.GOALS, D(2026, 2, 1), now=T0)
    log.add_session(keep_eng, D(2026, 1, 12), 3600, now=T0, notes="kept")
    before = fts_count(log)
    assert log.erase_client(cid)
    conn = log.conn
    for table in ("coach_engagements", "coach_sessions", "coach_actions", "coach_stage_changes"):
        left = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        assert left == (
            1 if table in ("coach_engagements", "coach_sessions", "coach_stage_changes") else 0
        )
    assert search(log.conn, "secret") == []
    assert fts_count(log) == before - 3  # client notes, session, action
    assert len(search(log.conn, "kept")) == 1
    assert not log.erase_client(cid)


def test_export_writes_json_and_markdown(log, tmp_path):
    cid, eid = make_client(log)
    sid = log.add_session(
        eid, D(2026, 1, 12), 2700, now=T0, takeaway="Clarity", reflection="be slower"
    )
    log.add_action(sid, "Phone Ana", due=D(2026, 1, 20), now=T0)
    json_path, md_path = export_client(log, cid, tmp_path / "out")
    data = json.loads(json_path.read_text())
    session = data["engagements"][0]["sessions"][0]
    assert session["hours"] == "0.75" and session["held_on"] == "2026-01-12"
    assert session["actions"][0]["due"] == "2026-01-20"
    text = md_path.read_text()
    assert "# Dana Smith" in text and "Phone Ana (due 2026-01-20)" in text
    assert "**Private reflection:** be slower" in text
    assert (json_path.stat().st_mode & 0o777) == 0o600
    assert client_markdown(client_record(log, cid)) == text


def test_client_markdown_shows_user_text_literally(log):
    cid, _ = make_client(
        log, name='=HYPERLINK("x") <img src=x>', notes="- not a list\n# no heading"
    )
    record = client_record(log, cid)
    md = client_markdown(record)
    assert "# \\=HYPERLINK(\"x\") \\<img src=x\\>" in md
    assert "\\- not a list" in md and "\\# no heading" in md
    assert re.search(r"(?<!\\)<img", md) is None
