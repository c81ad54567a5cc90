"""Fixtures for widget tests: a live session on a throw-away store and a fake clock."""

from __future__ import annotations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.store.database import open_records
from facilitator.store.sessions import SessionStore


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def catalog():
    return load_catalog(builtin_formats_dir())


@pytest.fixture
def store(tmp_path):
    opened = open_records(tmp_path / "data")
    yield SessionStore(opened.conn)
    opened.conn.close()


@pytest.fixture
def make_live(store, catalog, clock):
    """make_live("case-consultation", ["Ana", "Ben", "Cy"], params={...}) -> LiveSession"""

    def make(format_id: str, people: list[str], **kwargs) -> LiveSession:
        return LiveSession.create(store, catalog.get(format_id), people, clock, **kwargs)

    return make


@pytest.fixture
def make_controller(make_live, qtbot):
    from facilitator.ui.session.controller import SessionController

    def make(format_id: str = "case-consultation", people=("Ana", "Ben", "Cy"), **kwargs):
        return SessionController(make_live(format_id, list(people), **kwargs))

    return make


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    """QSettings (preferences, window geometry) go to a temporary folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """Widgets speak English in the tests, with English plural forms ("1 minute left")."""
    from facilitator.app.language import install_language

    install_language(qapp, "en")


@pytest.fixture
def activate(qtbot):
    """Make a shown window the active one: window shortcuts (Space, Ctrl+W, Ctrl+Z) act
    only there. Offscreen, a window another test left may keep the activation."""
    from PySide6.QtWidgets import QApplication
    from pytestqt.exceptions import TimeoutError as WaitTimedOut

    def activate(window) -> None:
        window.activateWindow()
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        except WaitTimedOut:
            QApplication.setActiveWindow(window)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    return activate


@pytest.fixture
def charts_deleted_here():
    """Every window and chart a test made is deleted at its end, on this thread, before
    the garbage collector could take pyqtgraph's scenes apart in another test."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.charts.parts import ChartBase
    from facilitator.ui.review.window import ReviewWindow

    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (ReviewWindow, ChartBase)):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
