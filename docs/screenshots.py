"""Render every window to PNG, offscreen, for the README and for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [OUT_DIR]

Uses a throw-away data folder and a fake clock, so the pictures are the same each run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="facilitator-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _home  # keep real settings out


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.app import create_application
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from facilitator.services.samples.session import create_demo_session
    from facilitator.store.database import open_records
    from facilitator.store.sessions import SessionStore
    from facilitator.ui.common.preferences import Preferences
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog
    from facilitator.ui.start.window import StartWindow

    app = create_application([])
    out.mkdir(parents=True, exist_ok=True)
    store = SessionStore(
        open_records(Path(tempfile.mkdtemp(prefix="facilitator-shots-data-"))).conn
    )
    catalog = load_catalog(builtin_formats_dir())
    clock = FakeClock(wall=1_790_000_000.0)

    def save(widget, name: str, size=None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    session_id = create_demo_session(store, catalog, clock)
    clock.restart_process(gap=0)
    live = LiveSession.open(store, session_id, clock)
    window = MainWindow(SessionController(live), Preferences(chime_muted=True))
    save(window, "main_window", (1280, 800))
    save(window.room, "room_view", (1280, 720))

    dialog = NewSessionDialog(catalog, store.known_people(), clock.wall)
    dialog.select_format("action-learning")
    dialog.set_participants(["Agnieszka", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta"])
    save(dialog, "new_session")

    from screenshots_groups import render as render_groups

    book = render_groups(save, store, catalog, clock)

    from facilitator.app.groups import saved_group_cards

    start = StartWindow(store.list_sessions(), store.unfinished_sessions())
    start.set_saved_groups(*saved_group_cards(book, clock.wall()))
    save(start, "start", (1100, 640))

    _history_shots(store, catalog, clock, save)
    _balance_shots(store, catalog, clock, save)
    _coach_log(store, clock, save)
    QApplication.closeAllWindows()


def _history_shots(store, catalog, clock, save) -> None:
    """The history with a few finished sessions, and one of them opened read-only."""
    from facilitator.services.live import LiveSession
    from facilitator.services.past import open_past
    from facilitator.store.history import HistoryStore
    from facilitator.ui.history.past_session_window import PastSessionWindow
    from facilitator.ui.history.window import HistoryWindow

    fmt = catalog.get("co-consulting")
    for n, (people, title) in enumerate(
        [(["Ana", "Ben"], "Pair practice"), (["Chidi", "Dorota"], "Monday pair"),
         (["Ana", "Dorota"], "Pair practice")]
    ):  # fmt: skip
        clock.advance(86400 * (n + 1))
        live = LiveSession.create(store, fmt, people, clock, title=title,
                                  params={"minutes_each_way": 20, "review_minutes": 5})  # fmt: skip
        runner = live.runner
        runner.start()
        for phase, (first, second) in enumerate([(50, 90), (700, 520), (240, 120), (600, 500)]):
            a, b = live.plan.rounds[0].holder, live.plan.rounds[1].holder
            runner.set_speaker(a if phase < 3 else b)
            clock.advance(first)
            runner.set_speaker(b if phase < 3 else a)
            clock.advance(second)
            if phase == 1:
                live.add_note(f"{a} will try a weekly review with the team.", action_owner=a)
            if runner.index + 1 < len(runner.timeline):
                runner.next_phase()
        clock.advance(280)
        runner.finish()
    history = HistoryWindow(HistoryStore(store._conn), lambda sid: open_past(store, sid))
    save(history, "history", (1100, 480))
    save(PastSessionWindow(open_past(store, live.session_id)), "past_session", (1100, 720))


def _balance_shots(store, catalog, clock, save) -> None:
    """The live time-balance panel, the end-of-session review and its room version."""
    from facilitator.services.live import LiveSession
    from facilitator.services.samples.review import create_review_demo
    from facilitator.ui.common.preferences import Preferences
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow

    live = LiveSession.open(store, create_review_demo(store, catalog, clock), clock)
    window = MainWindow(SessionController(live), Preferences(chime_muted=True))
    window.balance.panel_action.setChecked(True)
    save(window, "main_window_balance_panel", (1440, 860))
    review = window.balance.show_review()
    save(review, "review", (1400, 860))
    room = review.room_version()
    room.refresh()
    save(room, "room_review", (1280, 720))


def _coach_log(store, clock, save) -> None:
    """The coach's log with made-up clients: clients, a session, the ICF log."""
    from datetime import date

    from facilitator.services.samples.coaching import fill_demo_log
    from facilitator.store.coaching import CoachingStore
    from facilitator.ui.coach.window import CoachWindow

    coach = CoachingStore(store._conn)
    ids = fill_demo_log(coach, date.fromtimestamp(clock.wall()), clock.wall())
    window = CoachWindow(coach, clock, start_timer=lambda minutes: None)
    window.select_client(ids["ana"])
    save(window, "coach_clients", (1280, 860))
    sessions = coach.sessions(window.page.current_engagement_id())
    save(window.open_session(sessions[-1].id), "coach_session", (860, 720))
    window.tabs.setCurrentIndex(1)
    save(window, "coach_icf", (1280, 860))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "img")
