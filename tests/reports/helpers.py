"""A co-consulting session whose every figure is worked out by hand, for report tests.

Phases (minutes_each_way = 20, review_minutes = 5):
  0 Agreement 120 s · 1 Client's time (round 1, A) 1200 s · 2 Brief review (round 1) 300 s
  3 Client's time (round 2, B) 1200 s · 4 Brief review (round 2) 300 s
What happens (A holds round 1, B round 2):
  0: A speaks 90 s, B 60 s                          -> actual 150, overrun 30
  1: A 600 s, a 300 s pause, A 500 s, nobody 100 s  -> actual 1200, on time
  2: extended by 60 s to 360; B 400 s               -> actual 400, overrun 40
  3: B 1000 s                                       -> actual 1000, 200 s under
  4: B 200 s, A 50 s, then finish                   -> actual 250
Totals: planned 3180, actual 3000, overruns 70; airtime A 1240, B 1660, nobody 100.
Round 1 (A) took 1600 s, round 2 (B) 1250 s: A received 1600 and gave 1250; B the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.clock import FakeClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.store.sessions import SessionStore

T0 = 1_800_000_000.0
PRIVATE = "Ana's husband is ill; she may miss June."
ACTION = "Send the | budget draft to the team"


@dataclass
class Made:
    session_id: int
    a: str  # round 1's client
    b: str  # round 2's client
    live: LiveSession
    clock: FakeClock


def catalog():
    return load_catalog(builtin_formats_dir())


def make_finished(store: SessionStore, *, title: str = "Pair practice", wall: float = T0,
                  people=("Ana", "Ben"), finish: bool = True) -> Made:  # fmt: skip
    clock = FakeClock(wall=wall)
    live = LiveSession.create(
        store, catalog().get("co-consulting"), list(people), clock,
        params={"minutes_each_way": 20, "review_minutes": 5}, title=title,
        agreements=["What is said here stays here."],
    )  # fmt: skip
    plan = live.plan
    a, b = plan.rounds[0].holder, plan.rounds[1].holder
    r = live.runner
    r.start()
    r.set_speaker(a)
    clock.advance(90)
    r.set_speaker(b)
    clock.advance(60)
    r.next_phase()  # 1: A's client time
    r.set_speaker(a)
    clock.advance(600)
    live.add_note(PRIVATE)
    r.pause()
    clock.advance(300)
    r.resume()
    clock.advance(500)
    r.set_speaker(None)
    clock.advance(100)
    r.next_phase()  # 2: review
    r.adjust(60)
    r.set_speaker(b)
    clock.advance(400)
    r.next_phase()  # 3: B's client time
    clock.advance(1000)
    r.next_phase()  # 4: review
    clock.advance(200)
    r.set_speaker(a)
    clock.advance(50)
    live.add_note(ACTION, action_owner=b)
    if finish:
        r.finish()
    return Made(live.session_id, a, b, live, clock)
