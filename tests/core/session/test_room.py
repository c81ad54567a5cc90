"""RoomState: the one place that decides what the room may see."""

from __future__ import annotations

import json

from facilitator.core.clock import FakeClock
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.session.room import Cue, RoomMode, room_state
from facilitator.core.session.runner import SessionRunner, SessionState
from tests.core.helpers import fmt, people


def runner_for(format_id: str, n: int) -> tuple[SessionRunner, FakeClock]:
    f = fmt(format_id)
    params = f.resolve_params(None)
    clock = FakeClock()
    return SessionRunner(build_timeline(f, params, make_plan(f, params, people(n))), clock), clock


def test_modes_follow_the_clock_and_the_state():
    r, clock = runner_for("case-consultation", 4)
    assert room_state(r).mode is RoomMode.NOT_STARTED
    r.start()
    s = room_state(r)
    assert s.mode is RoomMode.RUNNING and s.session_state is SessionState.RUNNING
    assert s.remaining_s == s.planned_s > 60
    clock.advance(s.planned_s - 30)  # half a minute left: inside the 1-minute warning
    s = room_state(r)
    assert s.mode is RoomMode.WARNING and s.warn_minutes == 1
    clock.advance(45)
    s = room_state(r)
    assert s.mode is RoomMode.OVER and s.remaining_s == -15 and s.warn_minutes is None
    r.pause()
    s = room_state(r)
    assert s.mode is RoomMode.OVER, "an overrun shows even while paused"
    assert s.session_state is SessionState.PAUSED
    r.resume()
    r.next_phase()
    r.pause()
    assert room_state(r).mode is RoomMode.PAUSED
    assert room_state(r, blanked=True).mode is RoomMode.BLANK
    r.finish()
    assert room_state(r).mode is RoomMode.FINISHED


def test_roles_carry_the_microphone_cues_of_the_phase():
    r, _ = runner_for("case-consultation", 4)
    r.start()
    # walk to the first phase where somebody's microphone is off
    while not any(role.cue is Cue.MUTED for role in room_state(r).roles):
        r.next_phase()
    s = room_state(r)
    spec = r.phase.spec
    for role in s.roles:
        expected = (
            Cue.MUTED if role.role_id in spec.muted
            else Cue.SPEAKS if role.role_id in spec.speakers
            else Cue.LISTENS if role.role_id in spec.listeners
            else Cue.NONE
        )  # fmt: skip
        assert role.cue is expected
        assert role.people == r.timeline.roles_at(r.index)[role.role_id]
    everyone = {p for role in s.roles for p in role.people}
    assert everyone == set(people(4))
    muted = next(role for role in s.roles if role.cue is Cue.MUTED)
    assert s.roles_of(muted.people[0])[0].cue is Cue.MUTED
    assert s.rules == spec.rules and s.rules


def test_up_next_and_progress():
    r, clock = runner_for("co-consulting", 2)
    r.start()
    s = room_state(r)
    assert s.up_next is not None and s.up_next.name == r.timeline[1].name
    clock.advance(s.planned_s / 2)
    assert abs(room_state(r).progress - 0.5) < 1e-9
    r.goto(len(r.timeline) - 1)
    assert room_state(r).up_next is None


def test_json_is_plain_and_names_only_what_the_room_sees():
    r, clock = runner_for("action-learning", 5)
    r.start()
    clock.advance(10)
    data = room_state(r).to_json()
    text = json.dumps(data)  # plain JSON values only
    assert data["mode"] == "running" and data["session_state"] == "running"
    assert set(data) == {
        "mode", "session_state", "format_title", "phase_index", "phase_count", "phase_name",
        "round_index", "round_count", "is_break", "planned_s", "actual_s", "remaining_s",
        "warn_minutes", "roles", "rules", "up_next", "session_remaining_s", "progress",
        "people", "round_holder", "rounds_ahead",  # for each participant's own page
        "ends_at_wall", "banner", "helping",
    }  # fmt: skip
    for name in people(5):
        assert name in text


def test_rounds_ahead_tell_each_person_when_their_turn_comes():
    r, clock = runner_for("case-consultation", 4)
    s = room_state(r)
    assert s.people == tuple(people(4))
    assert s.round_holder is None or s.round_index == 0
    holders = [ahead.holder for ahead in s.rounds_ahead]
    assert sorted(holders + ([s.round_holder] if s.round_holder else [])) == sorted(people(4))
    r.start()
    first_round = room_state(r).round_index
    while room_state(r).round_index == first_round:
        r.next_phase()
    s = room_state(r)  # the first phase of the second round
    assert s.round_holder == r.timeline.holder_of(s.round_index)
    assert [a.round_index for a in s.rounds_ahead] == list(range(s.round_index + 1, 4))
    nxt = s.rounds_ahead[0]
    phases_left = [p for p in r.timeline.phases if p.round_index == s.round_index]
    gap = sum(p.planned for p in phases_left if p.index > r.index)
    assert nxt.starts_after_s == gap  # planned time between the end of this phase and it
    assert any(nxt.holder in role.people for role in nxt.roles)
    clock.advance(30)
    assert room_state(r).rounds_ahead == s.rounds_ahead, "it does not move with the clock"
    data = json.loads(json.dumps(s.to_json()))
    assert data["rounds_ahead"][0]["holder"] == nxt.holder
    r.finish()
    assert room_state(r).rounds_ahead == ()
def test_up_next_names_who_holds_the_next_round():
    r, _ = runner_for("case-consultation", 4)
    r.start()
    timeline = r.timeline
    inside = room_state(r).up_next
    assert inside is not None and not inside.holder and inside.round_index is None
    last_of_round = max(p.index for p in timeline.phases if p.round_index == 0)
    r.goto(last_of_round)
    up = room_state(r).up_next
    assert up is not None and up.round_index == 1
    assert up.holder == timeline.holder_of(1) and up.holder
    assert up.holder_role == timeline.fmt.holder_role.name
    assert json.loads(json.dumps(room_state(r).to_json()))["up_next"]["holder"] == up.holder


def test_roles_come_with_their_name_as_it_reads_in_a_sentence():
    from facilitator.core import i18n

    r, _clock = runner_for("action-learning", 5)
    r.start()
    data = room_state(r).to_json()
    names = {role["name"]: role["in_sentence"] for role in data["roles"]}
    assert names and all(v == i18n.in_sentence(k) for k, v in names.items())
    assert any(k != v for k, v in names.items())  # "Set member" → "set member"
    ahead = [role for a in data["rounds_ahead"] for role in a["roles"]]
    assert ahead and all(role["in_sentence"] == i18n.in_sentence(role["name"]) for role in ahead)
