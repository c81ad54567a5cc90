"""Programs the benchmarks start in a fresh process (run as `python -m bench._child WHAT`)."""

from __future__ import annotations

import os
import sys
import tempfile
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
    print(f"shown {time.perf_counter() - started:.6f}", flush=True)


def bare(started: float) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("Hello")
    label.resize(1200, 820)
    _shown(label, started)
    del app


def main_window(started: float, seconds: float = 0.0) -> None:
    from facilitator.app import Facilitator, create_application
    from facilitator.core.catalog import load_catalog
    from facilitator.core.clock import SystemClock
    from facilitator.demo import create_demo_session
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.database import open_records

    app = create_application([])
    records = open_records(Path(tempfile.mkdtemp(prefix="facilitator-bench-")))
    fac = Facilitator(records, load_catalog(builtin_formats_dir()), SystemClock())
    fac.resume(create_demo_session(fac.store, fac.catalog, fac.clock))
    window = fac.windows[0]
    _shown(window, started)
    if seconds:
        window.room.show()
        from PySide6.QtCore import QTimer

        cpu0, wall0 = time.process_time(), time.perf_counter()
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        rss = _rss_mb()
        print(f"cpu {cpu:.6f} wall {wall:.6f} rss {rss:.1f}", flush=True)


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    t0 = time.perf_counter()
    what = sys.argv[1]
    if what == "bare":
        bare(t0)
    else:
        main_window(t0, float(sys.argv[2]) if len(sys.argv) > 2 else 0.0)
