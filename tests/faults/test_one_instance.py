"""Item 3: two programs on one data folder drove the same session. Now one program per
data folder: a second start brings the first window to the front and says so; the read-only
command-line subcommands keep working; a lock left by a killed program is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}

PROGRAM = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    import facilitator.app as app_module
    from facilitator.app import create_application
    from facilitator.app.startup import run_app

    raise_windows = app_module.Facilitator.raise_windows
    def reporting(self):
        raise_windows(self)
        print("raised", flush=True)
    app_module.Facilitator.raise_windows = reporting
    app = create_application([])
    QTimer.singleShot(0, lambda: print("started", flush=True))
    sys.exit(run_app(Path(sys.argv[1]), format_id="case-consultation",
                     participants=["Ana", "Ben", "Cy"]))
    """
)


def _start(data: Path) -> tuple[subprocess.Popen, list[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", PROGRAM, str(data)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True).start()
    return child, lines


def _wait_for(child, lines, word, seconds=60.0) -> None:
    deadline = time.monotonic() + seconds
    while not any(line.startswith(word) for line in list(lines)):
        assert child.poll() is None or word in "".join(lines), child.stderr.read()
        assert time.monotonic() < deadline, f"no '{word}' within {seconds} s"
        time.sleep(0.05)


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip


@pytest.mark.slow
def test_second_start_raises_the_first_and_stops(tmp_path):
    data = tmp_path / "data"
    first, said = _start(data)
    try:
        _wait_for(first, said, "started")
        second = subprocess.run(
            [sys.executable, "-m", "facilitator", "--data-dir", str(data)],
            capture_output=True, text=True, env=ENV, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0
        assert "already open" in second.stderr and "front" in second.stderr
        assert second.stderr.count("\n") == 1  # one sentence, no traceback
        _wait_for(first, said, "raised")
        # `run` on records open elsewhere: refused with a non-zero status
        refused = _cli(data, "run", "case-consultation", "--participants", "A,B,C")
        assert refused.returncode != 0 and "already open" in refused.stderr

        # the subcommands that only read keep working meanwhile
        listed = _cli(data, "formats")
        assert listed.returncode == 0 and "case-consultation" in listed.stdout
        out = tmp_path / "report.md"
        report = _cli(data, "report", "last", "--out", str(out))
        assert report.returncode == 0, report.stderr
        assert out.exists()
    finally:
        first.kill()
        first.wait(timeout=10)

    # killed: its lock is left behind, and the next start takes it over
    assert (data / "facilitator.lock").exists()
    third, said = _start(data)
    try:
        _wait_for(third, said, "started")
        third.send_signal(signal.SIGTERM)
        assert third.wait(timeout=30) == 0
    finally:
        if third.poll() is None:
            third.kill()
    assert not (data / "facilitator.lock").exists()  # released on a clean end
