"""A hard kill loses nothing that was reported saved."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import facilitator
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from facilitator.core.session.events import Event, EventKind
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore

    opened = open_records(Path(sys.argv[1]), now=1_800_000_000.0)
    store = SessionStore(opened.conn)
    sid = store.create_session(
        format_id="x", title="Killed", format_source="", params={}, participants=["Ada"],
        plan={}, now=1_800_000_000.0,
    )
    print("session", sid, flush=True)
    for n in range(1, 5001):
        store.append_event(sid, Event(EventKind.SPEAKER, 1_800_000_000.0 + n, n, {"n": n}))
        print("ok", n, flush=True)
    time.sleep(3600)
    """
)


WANTED = 50


def read_lines(stream, lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


@pytest.mark.slow
def test_events_acknowledged_before_sigkill_survive(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    root = str(Path(facilitator.__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=read_lines, args=(child.stdout, lines), daemon=True).start()
    acknowledged = 0
    session_id = None
    deadline = time.monotonic() + 10
    try:
        while acknowledged < WANTED:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line, f"child ended early: {child.stderr.read() if child.stderr else ''}"
            word, number = line.split()
            if word == "session":
                session_id = int(number)
            else:
                acknowledged = int(number)
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup, no checkpoint, no close
        child.wait(timeout=10)
    while (line := lines.get(timeout=5)) != "":  # anything acknowledged before the kill
        acknowledged = int(line.split()[1])
    assert session_id is not None
    if os.name != "nt":
        assert child.returncode == -9

    opened = open_records(data_dir)
    stored = SessionStore(opened.conn).events(session_id)
    assert len(stored) >= acknowledged >= WANTED
    assert [e.seq for e in stored] == list(range(1, len(stored) + 1))
    assert [e.data["n"] for e in stored[:acknowledged]] == list(range(1, acknowledged + 1))
    assert opened.notices == []
    opened.conn.close()
