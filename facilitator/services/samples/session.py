"""A ready sample session, so a newcomer sees the program working within seconds.

A peer case consultation of four that started eight and a half minutes ago: the first
case has been described and the advisers are asking clarifying questions. The history is
written with a clock set in the past, so reopening it with the real clock brings it back
running, at the right time, like any session after a restart.
"""

from __future__ import annotations

from facilitator.core.clock import Clock, FakeClock
from facilitator.core.formats.catalog import Catalog
from facilitator.core.i18n import translate
from facilitator.services.live import LiveSession
from facilitator.store.sessions import SessionStore

DEMO_PEOPLE = ["Ana", "Ben", "Chidi", "Dorota"]
MINUTE = 60.0


def create_demo_session(store: SessionStore, catalog: Catalog, clock: Clock) -> int:
    """Create the sample session in `store`; returns its id. Open it with `LiveSession.open`."""
    past = FakeClock(wall=clock.wall() - 8.5 * MINUTE)
    live = LiveSession.create(
        store,
        catalog.get("case-consultation"),
        DEMO_PEOPLE,
        past,
        agreements=[translate("Demo", "We agree that the cases stay in this group.")],
        title=translate("Demo", "Peer case consultation — demo"),
    )
    runner = live.runner
    runner.start()
    runner.set_speaker("Ana")
    past.advance(2.5 * MINUTE)
    live.add_note("Ana's case: a new team lead, two senior people resist the weekly planning.")
    past.advance(3 * MINUTE)
    runner.next_phase()  # clarifying questions
    runner.set_speaker("Ben")
    past.advance(1.5 * MINUTE)
    runner.set_speaker("Ana")
    past.advance(MINUTE)
    runner.set_speaker("Chidi")
    live.add_note("Ana will ask the two seniors to run one planning each.", action_owner="Ana")
    past.advance(0.5 * MINUTE)
    return live.session_id
