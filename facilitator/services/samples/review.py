"""A finished sample session with speakers marked, for the review's pictures and the chart
benchmark: an Action Learning set whose rounds run a little over or under, with one
extension, one round cut short and a few actions noted.

Deterministic for a given seed; written with a clock set in the past like ``demo``.
"""

from __future__ import annotations

import random

from facilitator.core.clock import Clock, FakeClock
from facilitator.core.formats.catalog import Catalog
from facilitator.core.session.runner import InvalidAction, SessionRunner
from facilitator.services.live import LiveSession
from facilitator.store.sessions import SessionStore

REVIEW_PEOPLE = ["Agnieszka", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta"]
ACTIONS = (
    ("Ben", "Ben will ask for a one-to-one with his director before the next meeting."),
    ("Carla", "Carla will try the two-question check-in with her team for three weeks."),
    ("Carla", "Carla will write down what she notices each Friday."),
    ("Dev", "Dev will bring the draft budget to the next meeting."),
)


def play(runner: SessionRunner, clock: FakeClock, seed: int = 7) -> None:
    """Run `runner` from start to finish: every phase a little over or under its plan, the
    talk passed among the people whose role speaks, the second round extended by two
    minutes, and the last round cut short after its first two phases."""
    rng = random.Random(seed)
    timeline = runner.timeline
    last_round = max(
        (p.round_index for p in timeline.phases if p.round_index is not None), default=None
    )
    runner.start()
    while True:
        index = runner.index
        phase = timeline[index]
        second = timeline.round_phases(1) if len(timeline.plan.rounds) > 1 else ()
        if second and index == second[min(2, len(second) - 1)].index:
            runner.adjust(120)
        speakers = [
            person
            for role in phase.spec.speakers
            for person in timeline.roles_at(index).get(role, ())
        ] or list(timeline.plan.present)
        total = runner.planned(index) * rng.uniform(0.8, 1.18)
        turns = rng.randint(2, 5)
        for _ in range(turns):
            runner.set_speaker(rng.choice(speakers))
            clock.advance(total / turns)
        at_cut = (
            phase.round_index is not None
            and phase.round_index == last_round
            and index == timeline.round_phases(last_round)[1].index
        )
        try:
            runner.skip_round() if at_cut else runner.next_phase()
        except InvalidAction:  # the end: the facilitator finishes
            runner.finish()
            return


def create_review_demo(
    store: SessionStore,
    catalog: Catalog,
    clock: Clock,
    *,
    people: list[str] | None = None,
    issue_holders: int = 4,
    seed: int = 7,
) -> int:
    """Create the finished Action Learning sample in `store`; returns its id."""
    people = people or REVIEW_PEOPLE
    past = FakeClock(wall=clock.wall() - 6 * 3600)
    live = LiveSession.create(
        store,
        catalog.get("action-learning"),
        people,
        past,
        params={"issue_holders": issue_holders, "round_minutes": 40, "catch_up_minutes": 10},
        title="Action Learning set — March meeting",
    )
    play(live.runner, past, seed)
    present = set(live.plan.participants)
    for owner, text in ACTIONS:
        if owner in present:
            live.add_note(text, action_owner=owner)
    live.add_note("Private: the set seemed tired after the break; shorter rounds next time?")
    return live.session_id
