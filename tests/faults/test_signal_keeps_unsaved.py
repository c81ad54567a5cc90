"""Item 1 (signals): the real program, writes failing, is ended with SIGTERM (a logout,
`kill`). What can be written is written; the rest goes to a recovery file beside the
records, and the next start writes it into the records and says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from facilitator.core.session.events import EventKind
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore

_ENV = {"QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}

# The program as `facilitator run` starts it; once the session runs, the records stop
# taking writes (as on a full disk), a note is typed and the next phase is chosen.
FULL_DISK_SESSION = textwrap.dedent(
    """
    import sqlite3, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from facilitator.app import create_application
    from facilitator.app.startup import run_app
    from facilitator.ui.session.main_window import MainWindow

    app = create_application([])
    WRITES = (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE)

    def begin():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].attached:  # shown first, its session a turn later
            QTimer.singleShot(20, begin)
            return
        window = windows[0]
        window.controller.toggle_running()
        window.controller.live.store.conn.set_authorizer(
            lambda action, *_: sqlite3.SQLITE_DENY if action in WRITES else sqlite3.SQLITE_OK)
        window.notes.editor.setFocus()
        QTest.keyClicks(window.notes.editor, "the decision nobody may lose")
        window.notes.flush()
        window.controller.next_phase()
        assert window.notes.dirty and window.controller.live.unsaved_events
        print("ready", flush=True)

    QTimer.singleShot(0, begin)
    sys.exit(run_app(Path(sys.argv[1]), format_id="case-consultation",
                     participants=["Ana", "Ben", "Cy"]))
    """
)

# A plain start that reports the messages it shows, then ends once the start screen is
# filled (the records are read behind it, on the next turn of the event loop).
START_AND_REPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QMessageBox
    from facilitator.app import create_application
    from facilitator.app.startup import run_app

    app = create_application([])
    QMessageBox.warning = lambda parent, title, text: print("notice:", text, flush=True)

    def end_when_started():
        startup = app.findChild(QObject, "startup")
        if startup is not None and startup.done:
            app.quit()
        else:
            QTimer.singleShot(10, end_when_started)

    QTimer.singleShot(0, end_when_started)
    sys.exit(run_app(Path(sys.argv[1])))
    """
)


def _start(script: str, data: Path) -> tuple[subprocess.Popen, list[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(data)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, **_ENV},
    )  # fmt: skip
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True).start()
    return child, lines


def _wait_for(child: subprocess.Popen, lines: list[str], word: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not any(line.startswith(word) for line in list(lines)):
        if child.poll() is not None:
            raise AssertionError(f"the program ended early: {child.stderr.read()}")
        assert time.monotonic() < deadline, f"no '{word}' within {seconds} s"
        time.sleep(0.05)


@pytest.mark.slow
def test_sigterm_keeps_what_could_not_be_written_and_the_next_start_replays_it(tmp_path):
    data = tmp_path / "data"
    child, lines = _start(FULL_DISK_SESSION, data)
    _wait_for(child, lines, "ready")
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 0, child.stderr.read()
    [kept] = data.glob("unsaved-session-*.json")
    payload = json.loads(kept.read_text(encoding="utf-8"))
    assert [n["text"] for n in payload["notes"]] == ["the decision nobody may lose"]
    assert [e["kind"] for e in payload["events"]] == ["goto"]

    again, said = _start(START_AND_REPORT, data)
    assert again.wait(timeout=60) == 0, again.stderr.read()
    time.sleep(0.2)
    assert any("was written into the session" in line for line in said), said
    assert not list(data.glob("unsaved-session-*.json"))
    opened = open_records(data)
    store = SessionStore(opened.conn)
    (session,) = store.unfinished_sessions()
    assert [n.text for n in store.notes(session.id)] == ["the decision nobody may lose"]
    kinds = [e.kind for e in store.events(session.id)]
    assert kinds == [EventKind.START, EventKind.GOTO]
    opened.conn.close()
