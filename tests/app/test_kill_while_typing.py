"""The real program, with a session running and a note being typed, is killed with SIGKILL
at random moments, again and again. Each time, nothing typed more than a second before
the kill is lost and the session comes back with its elapsed time right."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from facilitator.core.clock import SystemClock
from facilitator.core.session.events import EventKind
from facilitator.core.session.runner import SessionState
from facilitator.services.live import LiveSession
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore

KILLS = 20
TEXT = "Ana will ask the two seniors to run one planning each; Ben offers to coach. " * 20

# The real program (`run_app`, as `facilitator run` starts it), with a typist at the
# keyboard: it starts the session and types the note one key every 40 ms, printing the
# wall time and how many characters were typed after each key.
TYPIST = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from facilitator.app import create_application
    from facilitator.app.startup import run_app
    from facilitator.ui.session.main_window import MainWindow

    text = sys.argv[2]
    app = create_application([])
    typed = 0

    def begin():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].attached:  # shown first, its session a turn later
            QTimer.singleShot(20, begin)
            return
        window = windows[0]
        window.controller.toggle_running()  # the Start button
        window.notes.editor.setFocus()
        sys.stdout.write(f"started {time.time()}\\n")  # one write: a kill never splits a line
        timer = QTimer(app, interval=40)
        timer.timeout.connect(lambda: key(window))
        timer.start()

    def key(window):
        global typed
        QTest.keyClicks(window.notes.editor, text[typed])
        typed += 1
        sys.stdout.write(f"typed {time.time()} {typed}\\n")

    QTimer.singleShot(0, begin)
    sys.exit(run_app(Path(sys.argv[1]), format_id="case-consultation",
                     participants=["Ana", "Ben", "Cy"]))
    """
)


def _kill_once(data: Path, life: float) -> tuple[float, list[tuple[float, int]]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(data), TEXT],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not any(line.startswith("started") for line in list(lines)):
            assert child.poll() is None, "the program ended before the session started"
            assert time.monotonic() < deadline, "the program did not start within 60 s"
            time.sleep(0.02)
        time.sleep(life)
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    reader.join(timeout=10)
    assert child.returncode == -signal.SIGKILL
    fields = [ln.split() for ln in lines if ln.startswith("typed")]
    # the kill may cut the last line short (unbuffered print writes it in pieces)
    keys = [(float(w), int(n)) for _, w, n in (f for f in fields if len(f) == 3)]
    return killed_at, keys


@pytest.mark.slow
def test_nothing_typed_a_second_before_a_kill_is_lost(tmp_path):
    rng = random.Random(20261122)
    lives = [rng.uniform(0.2, 3.0) for _ in range(KILLS)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(
            lambda i: _kill_once(tmp_path / f"data{i}", lives[i]), range(KILLS)
        ))  # fmt: skip
    checked = 0
    for i, (killed_at, keys) in enumerate(results):
        opened = open_records(tmp_path / f"data{i}")
        store = SessionStore(opened.conn)
        (session,) = store.unfinished_sessions()
        notes = store.notes(session.id)
        saved = notes[0].text if notes else ""
        must_have = max((n for wall, n in keys if wall <= killed_at - 1.0), default=0)
        assert TEXT.startswith(saved), f"kill {i}: the saved note is not what was typed"
        assert len(saved) >= must_have, (
            f"kill {i} after {lives[i]:.2f} s: {must_have} characters were typed a second "
            f"before the kill, only {len(saved)} were saved"
        )
        checked += must_have > 0
        live = LiveSession.open(store, session.id, SystemClock())
        start = store.events(session.id)[0]
        assert start.kind is EventKind.START
        assert live.runner.state is SessionState.RUNNING
        assert live.runner.elapsed() == pytest.approx(time.time() - start.wall, abs=0.1)
        opened.conn.close()
    assert checked >= KILLS // 2  # most kills came after more than a second of typing
