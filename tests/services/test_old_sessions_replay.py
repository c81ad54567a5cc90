"""A session recorded before issue 13 (the format text of then, a plan without bids or
breaks, a move undone as a GOTO "undo") still opens with the same figures."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.formats.schema import parse_format
from facilitator.core.plan.rounds import make_plan
from facilitator.core.session.balance import phase_balance
from facilitator.core.session.events import Event, EventKind
from facilitator.services.live import LiveSession
from facilitator.services.past import open_past

OLD_FORMAT = Path(__file__).parent / "data" / "action_learning_before_issue13.toml"


def test_a_session_recorded_before_still_opens(store):
    text = OLD_FORMAT.read_text(encoding="utf-8")
    fmt = parse_format(text, "old")
    params = fmt.resolve_params({"issue_holders": 2})
    people = ["Fay", "Ana", "Ben", "Cy"]
    plan = make_plan(fmt, params, people)
    old_plan = {k: v for k, v in plan.to_json().items() if k in ("participants", "fixed",
                                                                  "rounds", "absent")}  # fmt: skip
    sid = store.create_session(
        format_id=fmt.id, title="Before", format_source=text, params=params,
        participants=people, plan=old_plan, agreements=[], now=1000.0,
    )  # fmt: skip
    events = [
        Event(EventKind.START, 1000.0, 0.0, {"index": 0}),
        Event(
            EventKind.GOTO, 1600.0, 600.0, {"index": 5, "reason": "jump to issue holder reflects"}
        ),
        Event(EventKind.GOTO, 1604.0, 604.0, {"index": 0, "reason": "undo jump"}),
        Event(EventKind.GOTO, 1800.0, 800.0, {"index": 1, "reason": "next"}),
        Event(EventKind.FINISH, 1900.0, 900.0, {}),
    ]
    for e in events:
        store.append_event(sid, e)
    clock = FakeClock(wall=2000.0)
    live = LiveSession.open(store, sid, clock)
    r = live.runner
    assert r.timeline.plan.bids is None and r.timeline.plan.breaks == ()
    assert [p.name for p in r.timeline.phases][:2] == ["Catch-up", "Bids for help"]
    assert len(r.timeline.plan.rounds) == 2  # the old format has no bids: holders as planned
    # the old record keeps its old figures: 4 s in the jumped-to phase, as it was then
    assert r.actual(5) == 4 and r.actual(0) == 796 and r.actual(1) == 100
    assert phase_balance(r)[5].actual == 4
    past = open_past(store, sid)
    assert past.title == "Before"
