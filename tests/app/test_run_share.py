"""`facilitator run … --share ADDRESS` in a real process: the viewer's addresses on
stdout, and they answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.web.helpers import get


@pytest.mark.slow
def test_run_share_prints_addresses_that_answer(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--data-dir", str(tmp_path / "data"), "run",
         "case-consultation", "--participants", "Ana,Ben,Cy", "--share", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        room = child.stdout.readline().strip()
        own = child.stdout.readline().strip()
        assert room.startswith("http://127.0.0.1:") and room.endswith("/"), room
        assert own == room + "me"
        state = json.loads(get(room + "state").body)["state"]
        assert state["people"] == ["Ana", "Ben", "Cy"] and state["mode"] == "not_started"
        assert get(own).status == 200
        assert get(room.rsplit("/", 2)[0] + "/").status == 403
    finally:
        child.terminate()
        child.communicate(timeout=30)
