"""Item 9: a session left running while the laptop sleeps counts the sleep. The system
clock's monotonic reading comes from a source that keeps counting during suspend
(CLOCK_BOOTTIME on Linux); tested with an injected source that jumps."""

from __future__ import annotations

import sys
import time

import pytest

from facilitator.core.clock import SystemClock, suspend_counting_source
from facilitator.core.session.runner import SessionState
from facilitator.services.live import LiveSession


class JumpingSource:
    """A suspend-counting monotonic source: `suspend` moves it on as the sleep did."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def suspend(self, seconds: float) -> None:
        self.now += seconds


def test_a_running_session_counts_the_time_the_laptop_slept(store, catalog):
    source = JumpingSource()
    clock = SystemClock(source)
    live = LiveSession.create(store, catalog.get("case-consultation"), ["Ana", "Ben", "Cy"], clock)
    live.runner.toggle()
    source.suspend(60.0)
    assert live.runner.elapsed() == pytest.approx(60.0)
    source.suspend(20 * 60.0)  # the lid closed during a break
    assert live.runner.elapsed() == pytest.approx(21 * 60.0)
    assert live.runner.state is SessionState.RUNNING


def test_the_reading_never_goes_backwards():
    source = JumpingSource()
    clock = SystemClock(source)
    source.now = 100.0  # a source stepping back (should never happen) is held
    assert clock.monotonic() == 500.0


def test_linux_reads_boottime_which_counts_suspend():
    asked: list[int] = []

    def clock_gettime(which: int) -> float:
        asked.append(which)
        return 42.0

    boottime = getattr(time, "CLOCK_BOOTTIME", 7)
    if not hasattr(time, "CLOCK_BOOTTIME"):
        pytest.skip("this Python has no CLOCK_BOOTTIME")
    source = suspend_counting_source("linux", clock_gettime)
    assert source() == 42.0 and asked == [boottime]


def test_other_platforms_use_a_clock_that_counts_sleep():
    assert suspend_counting_source("win32", None) is time.monotonic


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_the_real_clock_is_boottime_on_linux():
    reading = SystemClock().monotonic()
    assert reading == pytest.approx(time.clock_gettime(time.CLOCK_BOOTTIME), abs=0.5)
