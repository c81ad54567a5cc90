"""Benchmarks: start-up against a bare PySide6 window, and CPU and memory while a
countdown runs on screen. One command, figures written to docs/PERFORMANCE.md:

    .venv/bin/python -m bench.run            # 7 start-ups each, 60 s of countdown
    .venv/bin/python -m bench.run --quick    # 3 start-ups each, 10 s of countdown
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"startup_ratio": 1.3, "cpu_percent": 1.0, "rss_mb": 150.0}


def _child(*args: str, timeout: float = 120) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(Path("/tmp") / "facilitator-bench-home")
    launched = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._child", *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    shown_at = None
    lines = []
    for line in proc.stdout:
        if line.startswith("shown") and shown_at is None:
            shown_at = time.perf_counter() - launched
        lines.append(line.strip())
    proc.wait(timeout=timeout)
    if shown_at is None:
        raise RuntimeError(f"bench child {args} showed no window: {lines}")
    return shown_at, "\n".join(lines)


def startup(runs: int) -> dict[str, float]:
    bare, ours = [], []
    for _ in range(runs):  # alternate so both see the same machine state
        bare.append(_child("bare")[0])
        ours.append(_child("main")[0])
    b, o = statistics.median(bare), statistics.median(ours)
    return {"bare_s": b, "main_s": o, "startup_ratio": o / b}


def countdown(seconds: float) -> dict[str, float]:
    _, out = _child("main", str(seconds), timeout=seconds + 120)
    fields = out.splitlines()[-1].split()
    cpu, wall, rss = float(fields[1]), float(fields[3]), float(fields[5])
    return {"cpu_percent": 100 * cpu / wall, "seconds": wall, "rss_mb": rss}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}"


def report(start: dict, count: dict, runs: int) -> str:
    ok = lambda good: "met" if good else "**missed**"  # noqa: E731
    return f"""## Start-up and idle cost

Measured {time.strftime("%Y-%m-%d")} on {machine()}.
Command: `.venv/bin/python -m bench.run` (start-ups: median of {runs} runs each, alternated).

| figure | reference | Facilitator | ratio / value | goal | |
| --- | --- | --- | --- | --- | --- |
| start-up to window shown (process launch → exposed) | bare PySide6 window {start["bare_s"]:.3f} s | main window with a running session {start["main_s"]:.3f} s | {start["startup_ratio"]:.2f}× | ≤ {GOALS["startup_ratio"]}× | {ok(start["startup_ratio"] <= GOALS["startup_ratio"])} |
| CPU while the countdown runs on screen (main window + room view) | — | {count["seconds"]:.0f} s measured | {count["cpu_percent"]:.2f} % of one core | < {GOALS["cpu_percent"]} % | {ok(count["cpu_percent"] < GOALS["cpu_percent"])} |
| resident memory after that run | — | — | {count["rss_mb"]:.0f} MB | < {GOALS["rss_mb"]:.0f} MB | {ok(count["rss_mb"] < GOALS["rss_mb"])} |
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs, seconds = (3, 10.0) if args.quick else (7, 60.0)
    start = startup(runs)
    count = countdown(seconds)
    text = report(start, count, runs)
    print(text)
    out = ROOT / "docs" / "PERFORMANCE.md"
    out.write_text(
        "# Performance\n\nFigures from the benchmarks in `bench/`, with the machine they ran on.\n\n"
        + text
    )
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
