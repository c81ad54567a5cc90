"""A real process running a session is killed with SIGKILL; the next start finds the
session again, running, in the right phase, with its elapsed time right."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from facilitator.core.clock import SystemClock
from facilitator.core.session.events import EventKind
from facilitator.core.session.runner import SessionState
from facilitator.services.live import LiveSession
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.core.clock import SystemClock
    from facilitator.services.live import LiveSession
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore

    store = SessionStore(open_records(Path(sys.argv[1])).conn)
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    live = LiveSession.create(store, fmt, ["Ana", "Ben", "Cy"], SystemClock())
    runner = live.runner
    runner.start()
    time.sleep(0.3)
    runner.pause()
    time.sleep(0.4)   # paused: must not count
    runner.resume()
    runner.next_phase()
    runner.set_speaker("Ben")
    print(live.session_id, flush=True)
    time.sleep(120)
    """
)


@pytest.mark.slow
def test_session_survives_sigkill(tmp_path):
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        session_id = int(child.stdout.readline())
        time.sleep(0.6)  # the session keeps running in the room
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    time.sleep(0.3)  # the program is down for a moment; the room goes on

    opened = open_records(data)
    store = SessionStore(opened.conn)
    assert [s.id for s in store.unfinished_sessions()] == [session_id]
    live = LiveSession.open(store, session_id, SystemClock())
    runner = live.runner
    events = store.events(session_id)
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.START, EventKind.PAUSE, EventKind.RESUME, EventKind.GOTO,
        EventKind.SPEAKER, EventKind.REOPEN,
    ]  # fmt: skip
    start, pause, resume = events[0], events[1], events[2]
    expected = (time.time() - start.wall) - (resume.wall - pause.wall)
    assert runner.state is SessionState.RUNNING
    assert runner.index == 1
    assert runner.speaker == "Ben"
    assert runner.elapsed() == pytest.approx(expected, abs=0.05)
    assert runner.elapsed() > 1.0  # the 0.9 s of running after the kill are counted
    # time in the second phase is everything since the GOTO, kill and restart included
    goto = events[3]
    assert runner.actual(1) == pytest.approx(time.time() - goto.wall, abs=0.05)
    opened.conn.close()
