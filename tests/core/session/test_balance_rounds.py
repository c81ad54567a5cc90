"""Per-round airtime, the group balance against the mean, overruns and phase groups, on
sessions whose every number is worked out by hand below (pauses, an extension, a skipped
round and speaker changes exactly at phase boundaries included)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from facilitator.core.session.balance import (
    actions_by_person,
    airtime,
    airtime_by_phase,
    group_balance,
    is_exchange,
    overruns,
    person_balance,
    phase_airtime,
    phase_balance,
    phase_groups,
    round_airtime,
    round_balance,
)
from facilitator.core.session.runner import SessionRunner
from tests.core.session.test_balance import runner_for


def action_learning_session():
    """Ana facilitates; Ben, Cleo and Dev hold the three rounds of 40 minutes; Eli helps.

    Phases: 0 catch-up (10 min), 1 bids (10), rounds of 5/10/10/10/5 minutes at 2–6 (Ben),
    7–11 (Cleo), 12–16 (Dev), then 17 review (10)."""
    r, clock = runner_for(
        "action-learning",
        ["Ana", "Ben", "Cleo", "Dev", "Eli"],
        {"issue_holders": 3, "round_minutes": 40, "catch_up_minutes": 10},
    )
    assert [x.holder for x in r.timeline.plan.rounds] == ["Ben", "Cleo", "Dev"]
    assert [p.planned for p in r.timeline.phases[2:7]] == [300, 600, 600, 600, 300]
    r.start()
    r.set_speaker("Ana")
    clock.advance(300)
    r.pause()
    clock.advance(999)  # a pause: no one's time
    r.resume()
    clock.advance(300)  # catch-up: Ana 600
    r.next_phase()
    r.set_speaker("Ben")  # exactly at the boundary: Ana gets nothing of the bids
    clock.advance(600)  # bids: Ben 600
    r.next_phase()  # 2, Ben's issue: Ben still speaking
    clock.advance(300)
    r.next_phase()  # 3, clarifying questions
    r.set_speaker("Cleo")
    clock.advance(200)
    r.set_speaker("Ben")
    clock.advance(400)
    r.next_phase()  # 4, open questions, extended by two minutes
    assert r.adjust(120) == 120
    r.set_speaker("Dev")
    clock.advance(500)
    r.pause()
    r.set_speaker("Ben")  # changed during the pause: no time for either
    clock.advance(60)
    r.resume()
    clock.advance(300)  # 800 in all against 720 planned: 80 over
    r.next_phase()  # 5, suggestions
    r.set_speaker(None)
    clock.advance(100)
    r.set_speaker("Eli")
    clock.advance(500)
    r.next_phase()  # 6, Ben reflects
    r.set_speaker("Ben")
    clock.advance(300)
    r.goto(12)  # Cleo's round is left out entirely
    r.set_speaker("Dev")  # at the boundary: Ben's 'speaking' ends with his round
    clock.advance(300)
    r.next_phase()  # 13
    r.set_speaker("Ana")
    clock.advance(100)
    r.set_speaker("Dev")
    clock.advance(200)
    r.skip_round()  # the rest of Dev's round is skipped
    assert r.index == 17
    r.set_speaker("Ana")
    clock.advance(600)
    r.finish()
    return r


def test_phase_actuals_and_overruns_by_hand():
    r = action_learning_session()
    assert [p.actual for p in phase_balance(r)] == [
        600, 600,
        300, 600, 800, 600, 300,
        0, 0, 0, 0, 0,
        300, 300, 0, 0, 0,
        600,
    ]  # fmt: skip
    over = overruns(r)
    assert [(p.index, p.planned, p.actual, p.overrun) for p in over] == [(4, 720, 800, 80)]
    rounds = round_balance(r)
    assert [(rb.holder, rb.actual, rb.skipped) for rb in rounds] == [
        ("Ben", 2600, False),
        ("Cleo", 0, True),
        ("Dev", 600, False),
    ]


def test_round_airtime_by_person_and_phase():
    r = action_learning_session()
    assert round_airtime(r, 0) == {
        "Ana": {},
        "Ben": {2: 300, 3: 400, 4: 300, 6: 300},
        "Cleo": {3: 200},
        "Dev": {4: 500},
        "Eli": {5: 500},
    }
    assert round_airtime(r, 1) == {p: {} for p in ["Ana", "Ben", "Cleo", "Dev", "Eli"]}
    # Ben's marker ended at the jump: none of round 3 is his
    assert round_airtime(r, 2) == {
        "Ana": {13: 100},
        "Ben": {},
        "Cleo": {},
        "Dev": {12: 300, 13: 200},
        "Eli": {},
    }
    # outside the rounds: catch-up, bids and review
    assert phase_airtime(r, (0, 1, 17)) == {
        "Ana": {0: 600, 17: 600},
        "Ben": {1: 600},
        "Cleo": {},
        "Dev": {},
        "Eli": {},
    }
    # the per-round figures add up to the session's
    total = airtime(r)
    groups = phase_groups(r)
    for person in total:
        assert (
            sum(sum(phase_airtime(r, g.phases)[person].values()) for g in groups) == total[person]
        )
    assert total == {"Ana": 1300, "Ben": 1900, "Cleo": 200, "Dev": 1000, "Eli": 500}


def test_group_balance_against_the_mean():
    r = action_learning_session()
    assert not is_exchange(r)
    g = group_balance(r)
    assert [m.person for m in g.members] == ["Ben", "Cleo", "Dev", "Eli"]  # not the facilitator
    assert [(m.airtime, m.holder_time, m.holds_round) for m in g.members] == [
        (1900, 2600, True),
        (200, 0, True),  # her round was skipped: a zero that counts
        (1000, 600, True),
        (500, 0, False),  # no round asked for: not part of the holder mean
    ]
    assert g.mean_airtime == (1900 + 200 + 1000 + 500) / 4
    assert g.mean_holder_time == pytest.approx((2600 + 0 + 600) / 3)
    assert g.member("Eli").airtime == 500


def test_figures_survive_a_replay_of_the_events():
    r = action_learning_session()
    again = SessionRunner(r.timeline, r._clock, r.events)
    assert phase_balance(again) == phase_balance(r)
    assert group_balance(again) == group_balance(r)
    assert airtime_by_phase(again) == airtime_by_phase(r)


def test_phase_groups_rounds_then_the_rest():
    r = action_learning_session()
    groups = phase_groups(r)
    assert [(g.round_index, g.holder, g.phases) for g in groups] == [
        (0, "Ben", (2, 3, 4, 5, 6)),
        (1, "Cleo", (7, 8, 9, 10, 11)),
        (2, "Dev", (12, 13, 14, 15, 16)),
        (None, None, (0, 1, 17)),
    ]


def test_co_consulting_is_an_exchange_with_pauses_and_an_extension():
    # Agreement 2 min; Ana's time 10; review 2; Ben's time 10; review 2
    r, clock = runner_for(
        "co-consulting", ["Ana", "Ben"], {"minutes_each_way": 10, "review_minutes": 2}
    )
    assert is_exchange(r)
    r.start()
    clock.advance(120)
    r.next_phase()  # Ana's time
    r.set_speaker("Ana")
    clock.advance(400)
    r.pause()
    clock.advance(3000)  # a long pause is nobody's time
    r.resume()
    clock.advance(200)
    r.next_phase()  # review
    clock.advance(120)
    r.next_phase()  # Ben's time, extended by 3 minutes and used in full
    r.set_speaker("Ben")
    r.adjust(180)
    clock.advance(780)
    r.next_phase()
    r.set_speaker(None)
    clock.advance(60)
    r.finish()
    people = {p.person: p for p in person_balance(r)}
    assert (people["Ana"].received, people["Ana"].given) == (600 + 120, 780 + 60)
    assert (people["Ben"].received, people["Ben"].given) == (780 + 60, 600 + 120)
    assert overruns(r) == []  # extended, then kept to: no overrun
    g = group_balance(r)
    assert [(m.person, m.airtime, m.holder_time) for m in g.members] == [
        ("Ana", 600 + 120, 720),
        ("Ben", 780, 840),
    ]


def test_one_to_one_coaching_has_no_rounds_and_no_holder_mean():
    r, clock = runner_for("one-to-one-coaching", ["Coach", "Client"])
    r.start()
    r.set_speaker("Client")
    clock.advance(90)
    r.finish()
    assert not is_exchange(r)
    groups = phase_groups(r)
    assert len(groups) == 1 and groups[0].round_index is None
    g = group_balance(r)
    # no rounds: the coach's talk is set against the client's
    assert [(m.person, m.airtime, m.holds_round) for m in g.members] == [
        ("Coach", 0, False),
        ("Client", 90, False),
    ]
    assert g.mean_airtime == 45
    assert g.mean_holder_time == 0


@dataclass
class _Note:
    text: str
    action_owner: str | None


def test_actions_grouped_by_owner_in_order():
    notes = [
        _Note("a general note", None),
        _Note("Ben will call the supplier", "Ben"),
        _Note("Ana will try the weekly review", "Ana"),
        _Note("Ben will write it up", "Ben"),
        _Note("blank owner is no action", ""),
    ]
    grouped = actions_by_person(notes)
    assert list(grouped) == ["Ben", "Ana"]
    assert [n.text for n in grouped["Ben"]] == [
        "Ben will call the supplier",
        "Ben will write it up",
    ]
