"""Start-up stays fast: the start screen's path imports only what that screen needs.

Each check runs in a fresh interpreter (this process has imported everything already):
the program's own entry (`facilitator` with no arguments) up to the moment its start
screen is shown, and the import of `facilitator.app`, which every window goes through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

# Heavy, and needed only by later windows: charts, PDFs, the LAN viewer, the coach's log,
# the session and room windows, and the records themselves (read on the second turn).
LATER = (
    "pyqtgraph",
    "numpy",
    "aiohttp",
    "reportlab",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
    "PySide6.QtPrintSupport",
    "sqlite3",
    "sqlcipher3",
    "importlib.metadata",
    "xml.etree.ElementTree",
    "tomllib",
    "facilitator.web",
    "facilitator.reports",
    "facilitator.services",
    "facilitator.store.database",
    "facilitator.store.sessions",
    "facilitator.core.formats",
    "facilitator.core.coaching",
    "facilitator.ui.session",
    "facilitator.ui.room",
    "facilitator.ui.charts",
    "facilitator.ui.coach",
    "facilitator.ui.review",
    "facilitator.ui.history",
    "facilitator.ui.groups",
    "facilitator.ui.setup",
    "facilitator.ui.reports",
)

# The real program, stopped when its first window is shown (before the second turn).
AT_THE_FIRST_WINDOW = textwrap.dedent(
    """
    import json, sys
    import facilitator.app.startup
    from facilitator.cli import main

    def shown(self, window):
        print(json.dumps(sorted(sys.modules)), flush=True)
        raise SystemExit(0)

    facilitator.app.startup.Startup.fill_when_shown = shown
    main(sys.argv[1:])
    """
)


def _modules(code: str, tmp_path, *args: str) -> set[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _loaded(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == x or m.startswith(x + ".") for x in LATER))


def test_the_start_screen_shows_before_anything_heavy_is_imported(tmp_path):
    modules = _modules(AT_THE_FIRST_WINDOW, tmp_path)
    assert "facilitator.ui.start.window" in modules  # it did get as far as the window
    assert _loaded(modules) == []


def test_the_demo_shows_its_session_window_before_the_session_is_made(tmp_path):
    """`facilitator --demo`: the session window shows empty, its parts, the records and the
    demo session come on the next turn."""
    modules = _modules(AT_THE_FIRST_WINDOW, tmp_path, "--demo")
    window = {"facilitator.ui.session", "facilitator.ui.session.main_window"}
    assert window <= modules  # it did get as far as the window
    assert _loaded(modules - window - {"facilitator.ui.session.actions"}) == []


def test_importing_the_app_imports_no_window_but_the_start_screen(tmp_path):
    modules = _modules(
        "import json, sys, facilitator.app; print(json.dumps(sorted(sys.modules)))", tmp_path
    )
    assert _loaded(modules) == []
    assert not [m for m in modules if m.startswith("facilitator.ui.")]
