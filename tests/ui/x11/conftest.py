"""A real X server (Xvfb) with a real window manager (openbox) for the tests that are about
focus, fullscreen and keys sent to whichever window has the keyboard — the things the
offscreen platform cannot show. Skipped only where Xvfb is not installed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SCREEN = (1024, 768)


def _free_display() -> int:
    for number in range(87, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def _wait(predicate, timeout: float = 10.0, what: str = "a condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    shots: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    def run(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=20, check=False
        )
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def key(self, *keys: str) -> None:
        """Keys as a clicker sends them: to whichever window has the keyboard (XTEST)."""
        self.run("xdotool", "key", "--delay", "60", *keys)

    def active_window(self) -> int | None:
        out = self.run("xdotool", "getactivewindow", check=False)
        return int(out) if out.isdigit() else None

    def window_name(self, wid: int | None) -> str:
        return "" if wid is None else self.run("xdotool", "getwindowname", str(wid), check=False)

    def find(self, name: str, timeout: float = 15.0) -> int:
        def search() -> int | None:
            out = self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False)
            ids = [int(x) for x in out.split()]
            return ids[-1] if ids else None

        return _wait(search, timeout, f"a visible window named {name!r}")

    def gone(self, name: str, timeout: float = 10.0) -> None:
        _wait(
            lambda: not self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False),
            timeout,
            f"no visible window named {name!r}",
        )

    def geometry(self, wid: int) -> tuple[int, int, int, int]:
        out = self.run("xdotool", "getwindowgeometry", "--shell", str(wid))
        values = dict(line.split("=", 1) for line in out.splitlines())
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        if shutil.which("import"):
            self.run("import", "-window", "root", str(path), check=False)
        return path

    def start_app(self, *args: str, data_dir: Path) -> subprocess.Popen:
        env = dict(self.env, FACILITATOR_DATA_DIR=str(data_dir))
        log = open(data_dir.parent / "app.log", "w")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            [sys.executable, "-m", "facilitator", *args], env=env, stdout=log, stderr=log
        )
        self.procs.append(proc)
        return proc


@pytest.fixture
def desktop(tmp_path) -> Iterator[Desktop]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb openbox xdotool imagemagick)")
    for tool in ("openbox", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed with Xvfb (Debian package {tool})"
    number = _free_display()
    display = f":{number}"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="0")
    shots = Path(os.environ.get("FACILITATOR_X11_SHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desk = Desktop(display, env, shots, [xvfb])
    try:
        _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        desk.procs.append(wm)
        # openbox is up once it answers for the desktops (EWMH)
        _wait(lambda: desk.run("xdotool", "get_num_desktops", check=False), 10, "openbox")
        yield desk
    finally:
        for proc in reversed(desk.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


class Records:
    """The session as the program wrote it: read from its records, never from pixels."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "records.sqlite3"

    def _rows(self, sql: str) -> list[tuple]:
        if not self.path.exists():
            return []
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchall()
        except sqlite3.OperationalError:
            return []
        finally:
            conn.close()

    def events(self) -> list[tuple[str, dict]]:
        rows = self._rows("SELECT kind, data_json FROM events ORDER BY session_id, seq")
        return [(kind, json.loads(data)) for kind, data in rows]

    def phase(self) -> int:
        index = 0
        for kind, data in self.events():
            if kind == "goto":
                index = int(data["index"])
        return index

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events()]

    def wait_for(self, predicate, what: str, timeout: float = 10.0):
        return _wait(lambda: predicate(self), timeout, what)
