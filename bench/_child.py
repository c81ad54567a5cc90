"""Programs the benchmarks start in a fresh process (run as `python -m bench._child WHAT`)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _shown(widget, started: float) -> None:
    from PySide6.QtWidgets import QApplication

    widget.show()
    while (
        not widget.isVisible() or not widget.windowHandle() or not widget.windowHandle().isExposed()
    ):
        QApplication.processEvents()
    QApplication.processEvents()
    print(f"shown {time.perf_counter() - started:.6f} cpu {time.process_time():.6f}", flush=True)


def bare(started: float) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("Hello")
    label.resize(1200, 820)
    _shown(label, started)
    del app


def records_only(started: float, data_dir: str, key_hex: str = "") -> None:
    """The floor under our start-up: open the records, rebuild the running session from
    its events and show its countdown in a bare label; no window of ours at all.

    With `key_hex` (key then salt, hex) the records are protected and opened with that
    key: the key derivation, once per unlock, is measured on its own."""
    from PySide6.QtWidgets import QApplication, QLabel

    from facilitator.core.clock import SystemClock
    from facilitator.core.timefmt import countdown_text
    from facilitator.services.live import LiveSession
    from facilitator.store.cipher import Key
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore

    app = QApplication([])
    raw = bytes.fromhex(key_hex)
    key = Key(raw[:32], raw[32:]) if raw else None
    store = SessionStore(open_records(Path(data_dir), key=key).conn)
    live = LiveSession.open(store, store.last_session_id(), SystemClock())
    label = QLabel(countdown_text(live.runner.remaining()))
    label.resize(1200, 820)
    _shown(label, started)
    del app


def program(started: float, until: str, data_dir: str, *args: str) -> None:
    """The real program as a user starts it (`facilitator --data-dir DIR`, the start screen
    unless `args` ask for more): "shown" once its first window's first paint is on the
    screen, "filled" once the start screen holds the records (the second turn of the
    start); it ends there (`until` "shown" or "filled") as a user would close it.

    The paint is watched on that window alone: an application-wide event filter written
    in Python would make PySide resolve every Qt class for the objects it is handed, and
    charge the program for the bench's own watching."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # the program's own (create_application takes it over)

    def say(what: str) -> None:
        wall = time.perf_counter() - started
        print(f"{what} {wall:.6f} cpu {time.process_time():.6f}", flush=True)

    class FirstPaint(QObject):
        def __init__(self, filled_too: bool) -> None:
            super().__init__()
            self.filled_too = filled_too

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.painted)  # once this paint is on the screen
            return False

        def painted(self) -> None:
            say("shown")
            if self.filled_too:  # the window was complete when it was first painted
                say("filled")
            if self.filled_too or until == "shown":
                QTimer.singleShot(0, lambda: app.exit(0))  # no question (a running demo would ask)

    watchers: list[FirstPaint] = []

    def watch(window, filled_too: bool) -> None:
        if not watchers:
            watchers.append(FirstPaint(filled_too))
            window.installEventFilter(watchers[0])

    import facilitator.app
    import facilitator.app.startup
    from facilitator.cli import main

    fac = facilitator.app.Facilitator
    open_session, show_start = fac.open_session, fac.show_start

    def opened(self, live, *shown):
        window = open_session(self, live, *shown)
        watch(window, True)
        return window

    def started_screen(self) -> None:  # a program that fills its start screen before showing it
        show_start(self)
        watch(self.start, True)

    fac.open_session, fac.show_start = opened, started_screen  # type: ignore[method-assign]
    startup = getattr(facilitator.app.startup, "Startup", None)
    if startup is not None:
        fill_when_shown, finish = startup.fill_when_shown, startup.finish

        def watched(self, window) -> None:
            fill_when_shown(self, window)
            watch(window, False)  # installed last, asked first: "shown" comes before the fill

        def finished(self) -> None:
            finish(self)
            say("filled")
            QTimer.singleShot(0, lambda: app.exit(0))

        startup.fill_when_shown, startup.finish = watched, finished
    os.environ["FACILITATOR_DATA_DIR"] = data_dir  # as a desktop launcher starts it: no options
    main(list(args))


def _demo_window():
    import tempfile

    from facilitator.app import Facilitator, create_application
    from facilitator.core.clock import SystemClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.samples.session import create_demo_session
    from facilitator.store.database import open_records

    app = create_application([])
    records = open_records(Path(tempfile.mkdtemp(prefix="facilitator-bench-")))
    fac = Facilitator(records, load_catalog(builtin_formats_dir()), SystemClock())
    fac.resume(create_demo_session(fac.store, fac.catalog, fac.clock))
    return app, fac.windows[0]


def main_window(started: float, seconds: float = 0.0) -> None:
    app, window = _demo_window()
    _shown(window, started)
    if seconds:
        from PySide6.QtCore import QTimer

        window.room.show()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        # then the live charts as well, for memory's worst case and their own CPU cost
        window.balance.panel_action.setChecked(True)
        cpu1, wall1 = time.process_time(), time.perf_counter()
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        charts_cpu, charts_wall = time.process_time() - cpu1, time.perf_counter() - wall1
        rss = _rss_mb()
        print(
            f"cpu {cpu:.6f} wall {wall:.6f} rss {rss:.1f} "
            f"charts_cpu {charts_cpu:.6f} charts_wall {charts_wall:.6f}",
            flush=True,
        )


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timer_accuracy(seconds: float, stall_every: float, stall_for: float) -> None:
    """Every time the laptop's countdown changes its shown second, compare the shown value
    with the true remaining time, taken from time.monotonic() against the remaining time
    read once at the start. The event loop is blocked for `stall_for` seconds every
    `stall_every` seconds, like a slow disk or a busy machine would."""
    from PySide6.QtCore import QTimer

    from facilitator.core.timefmt import countdown_text

    app, window = _demo_window()
    _shown(window, time.perf_counter())
    runner = window.controller.runner
    origin, start_remaining = time.monotonic(), runner.remaining()
    shown = {"text": None}
    stalls: list[tuple[float, float]] = []
    samples: list[tuple[float, float, bool]] = []  # (lateness, at, after a stall)

    def on_tick() -> None:
        now = time.monotonic()
        true_remaining = start_remaining - (now - origin)
        text = countdown_text(runner.remaining())
        if text != shown["text"] and shown["text"] is not None:
            displayed = _seconds(text)
            near_stall = any(a <= now <= b + 1.0 for a, b in stalls)
            samples.append((displayed - true_remaining, now - origin, near_stall))
        shown["text"] = text

    def stall() -> None:
        begun = time.monotonic()
        time.sleep(stall_for)
        stalls.append((begun, time.monotonic()))

    window.controller.ticked.connect(on_tick)
    staller = QTimer(interval=int(stall_every * 1000))
    staller.timeout.connect(stall)
    staller.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    drift = runner.remaining() - (start_remaining - (time.monotonic() - origin))
    calm = [lateness for lateness, _, near in samples if not near]
    stalled = [lateness for lateness, _, near in samples if near]
    print(
        f"timer n {len(samples)} calm_max {max(calm):.6f} calm_min {min(calm):.6f}"
        f" stalled_max {max(stalled, default=0):.6f} stalls {len(stalls)} drift {drift:.6f}",
        flush=True,
    )


def _seconds(text: str) -> float:
    sign = -1 if text.startswith("\u2212") else 1
    parts = [int(p) for p in text.lstrip("\u2212").split()[0].split(":")]
    value = 0
    for part in parts:
        value = value * 60 + part
    return sign * value


if __name__ == "__main__":
    t0 = time.perf_counter()
    what = sys.argv[1]
    if what == "bare":
        bare(t0)
    elif what == "records":
        records_only(t0, *sys.argv[2:4])
    elif what == "program":
        program(t0, *sys.argv[2:])
    elif what == "timer":
        timer_accuracy(*(float(a) for a in sys.argv[2:5]))
    else:
        main_window(t0, float(sys.argv[2]) if len(sys.argv) > 2 else 0.0)
