"""Benchmark: the LAN viewer with many browsers on the loopback interface.

    .venv/bin/python -m bench.web                 # 50 viewers for 60 s
    .venv/bin/python -m bench.web --quick         # 10 viewers for 5 s

The laptop's side runs here, once every viewer is connected: a running session, the
viewer's server on 127.0.0.1, the state offered every 200 ms (as the window's timer does) and a phase change every
`--every` seconds. The viewers are another process (aiohttp clients holding one event
stream each), so their work is not charged to the laptop. Figures: the laptop process's
CPU (all its threads) as a percentage of one core, and how long each phase change took
to reach every viewer (goal: under 0.5 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"cpu_percent": 5.0, "latency_s": 0.5}
ROOT = Path(__file__).resolve().parent.parent


async def _viewers(url: str, count: int, seconds: float) -> dict[int, list[float]]:
    import aiohttp

    arrivals: dict[int, list[float]] = {}

    async def one(session: aiohttp.ClientSession) -> None:
        async with session.get(url) as response:
            event = ""
            async for raw in response.content:
                line = raw.decode().rstrip("\r\n")
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "state":
                    version = json.loads(line[5:])["v"]
                    arrivals.setdefault(version, []).append(time.time())

    timeout = aiohttp.ClientTimeout(total=None, sock_read=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        tasks = [asyncio.create_task(one(session)) for _ in range(count)]
        await asyncio.wait(tasks, timeout=seconds)  # until the server closes the streams
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return arrivals


def _session():
    from facilitator.core.clock import SystemClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore

    records = open_records(Path(tempfile.mkdtemp(prefix="facilitator-bench-web-")))
    fmt = load_catalog(builtin_formats_dir()).get("action-learning")
    people = ["Facilitator", "Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"]
    live = LiveSession.create(SessionStore(records.conn), fmt, people, SystemClock())
    live.runner.start()
    return live


def run(viewers: int = 50, seconds: float = 60.0, every: float = 5.0) -> dict[str, float]:
    from facilitator.web.server import RoomServer

    live = _session()
    server = RoomServer(lambda: live.room_state().to_json(), host="127.0.0.1")
    server.start()
    changes: dict[int, float] = {}
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.web", "--child", server.url + "events",
         str(viewers), str(seconds + 120)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while server.viewers < viewers and time.monotonic() < deadline:
        time.sleep(0.05)  # every viewer connected before the clock starts
    cpu0, wall0 = time.process_time(), time.monotonic()
    next_change = wall0 + every
    while time.monotonic() < wall0 + seconds:  # the window's timer and the key presses
        time.sleep(0.2)
        if time.monotonic() >= next_change and live.runner.index + 1 < len(live.timeline):
            live.runner.next_phase()
            next_change += every
        changed_at = time.time()
        if server.changed():
            changes[server._feed.latest.version] = changed_at
    time.sleep(1.0)  # the last change on its way
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    peak_viewers = server.viewers
    server.stop()  # ends every stream: the viewers report what they received
    out, _ = child.communicate(timeout=60)
    arrivals = {int(k): v for k, v in json.loads(out).items()}
    delays = [t - changes[v] for v, times in arrivals.items() if v in changes for t in times]
    complete = sum(1 for v in changes if len(arrivals.get(v, ())) == viewers)
    return {
        "viewers": peak_viewers,
        "seconds": round(wall, 1),
        "changes": len(changes),
        "changes_reaching_every_viewer": complete,
        "cpu_percent": round(100 * cpu / wall, 2),
        "latency_median_s": round(statistics.median(delays), 4) if delays else float("nan"),
        "latency_s": round(max(delays), 4) if delays else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--child", nargs=3, metavar=("URL", "COUNT", "SECONDS"))
    args = parser.parse_args()
    if args.child:
        url, count, seconds = args.child
        arrivals = asyncio.run(_viewers(url, int(count), float(seconds)))
        print(json.dumps(arrivals))
        return
    figures = run(10, 5.0, 1.0) if args.quick else run(every=args.every)
    for name, value in figures.items():
        goal = GOALS.get(name)
        ratio = f"  ({value / goal:.2f} of the goal {goal})" if goal else ""
        print(f"{name}: {value}{ratio}")


if __name__ == "__main__":
    main()
