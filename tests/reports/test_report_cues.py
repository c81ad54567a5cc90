"""Cues to the room in a session's report (issue 13 item 10): each banner the room saw,
with its time, its phase and its text, in reports with notes and without — a cue is
room-visible by nature, a private note never becomes one."""

from __future__ import annotations

import time

from facilitator.core.clock import FakeClock
from facilitator.core.session.events import RoomCue
from facilitator.reports.markdown import to_markdown
from facilitator.reports.model import build_report
from facilitator.reports.tables import all_tables, cue_table
from facilitator.services.live import LiveSession
from facilitator.services.past import open_past
from tests.reports.helpers import PRIVATE, T0, catalog

HOSTILE = "<img src=x> **Back** at | 11; \u202eevil"


def cued_session(store):
    clock = FakeClock(wall=T0)
    live = LiveSession.create(
        store, catalog().get("case-consultation"), ["Ana", "Ben", "Cy"], clock
    )
    r = live.runner
    r.cue("We start at ten.")  # before the start
    clock.advance(60)
    r.start()
    clock.advance(120)
    r.goto(2)
    r.cue("Case giver: microphone off", RoomCue.RULE)
    live.add_note(PRIVATE)
    clock.advance(30)
    r.cue(HOSTILE)
    clock.advance(30)
    r.finish()
    return live


def test_the_report_lists_each_cue_with_its_time_phase_and_text(store):
    live = cued_session(store)
    past = open_past(store, live.session_id)
    report = build_report(past)
    assert [(c.kind, c.text, c.elapsed) for c in report.cues] == [
        (RoomCue.MESSAGE, "We start at ten.", 0),
        (RoomCue.RULE, "Case giver: microphone off", 120),
        (RoomCue.MESSAGE, HOSTILE, 150),
    ]
    assert report.cues[0].where == "Before the start"
    assert report.cues[1].where.startswith("Round 1 (")
    assert past.started_wall == T0 + 60  # a message before the start is not the start
    table = cue_table(report)
    assert table.rows[1][0] == time.strftime("%H:%M:%S", time.localtime(T0 + 180))
    assert table.rows[1][1:] == ("2:00", report.cues[1].where, "rule", "Case giver: microphone off")
    assert table in all_tables(report)


def test_cues_are_in_the_shared_report_and_notes_are_not(store):
    live = cued_session(store)
    shared = build_report(open_past(store, live.session_id), notes=False)
    assert len(shared.cues) == 3 and shared.notes == ()
    text = to_markdown(shared)
    assert "## Cues to the room" in text
    assert PRIVATE not in text
    # what a Markdown reader would interpret stays plain text
    assert "<img" not in text and "&lt;img src=x&gt; \\*\\*Back\\*\\* at \\| 11; " in text


def test_a_session_without_cues_has_no_cue_table(store):
    clock = FakeClock(wall=T0)
    live = LiveSession.create(
        store, catalog().get("case-consultation"), ["Ana", "Ben", "Cy"], clock
    )
    live.runner.start()
    clock.advance(60)
    live.runner.finish()
    report = build_report(open_past(store, live.session_id))
    assert report.cues == ()
    assert all(t.title != "Cues to the room" for t in all_tables(report))
