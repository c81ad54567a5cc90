from fractions import Fraction

from facilitator.core.clock import FakeClock
from facilitator.core.coaching.model import coach_share, share_verdict
from facilitator.core.coaching.talk_time import CLIENT, COACH, TalkTimer


def test_talk_time_follows_the_clock_and_the_keys():
    clock = FakeClock()
    talk = TalkTimer(clock, coach=10)
    talk.switch(CLIENT)
    clock.advance(90)
    talk.switch(COACH)
    clock.advance(20)
    assert talk.whole_seconds() == (30, 90)
    talk.switch(COACH)  # same key again: nobody talks
    clock.advance(100)
    assert talk.speaking is None and talk.whole_seconds() == (30, 90)


def test_share_band():
    assert coach_share(30, 90) == Fraction(1, 4)
    assert share_verdict(coach_share(30, 90)) == "within"
    assert share_verdict(coach_share(19, 81)) == "below"
    assert share_verdict(coach_share(31, 69)) == "above"
    assert share_verdict(coach_share(20, 80)) == "within"
    assert coach_share(None, 5) is None and coach_share(0, 0) is None
