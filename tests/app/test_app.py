"""Wiring: the start screen, broken user formats made visible, and the demo session."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.core.session.runner import SessionState
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import DEMO_PEOPLE, create_demo_session
from facilitator.store.database import open_records


def test_start_screen_names_broken_formats(qtbot, tmp_path, clock):
    user = tmp_path / "formats"
    user.mkdir()
    (user / "bad.toml").write_text("id = \n")
    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir(), user), clock)
    app.show_start()
    qtbot.addWidget(app.start)
    label = app.start.findChild(QLabel, "formatProblems")
    assert label.isVisible() and "1 problem" in label.text()
    app.show_formats()
    qtbot.addWidget(app.windows[-1])
    errors = app.windows[-1].findChild(QPlainTextEdit, "formatErrors")
    assert "bad.toml, line 1" in errors.toPlainText()
    records.conn.close()


def test_demo_session_is_running_mid_case(qtbot, tmp_path, clock):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    session_id = create_demo_session(app.store, app.catalog, clock)
    app.resume(session_id)
    window = app.windows[0]
    qtbot.addWidget(window)
    runner = window.controller.runner
    assert runner.state is SessionState.RUNNING
    assert runner.phase.name == "Clarifying questions"
    assert runner.elapsed() == 8.5 * 60
    assert list(runner.timeline.plan.participants) == DEMO_PEOPLE
    assert len(window.controller.notes()) == 2
    records.conn.close()


def test_about_is_reachable_from_the_start_screen_and_the_session(qtbot, tmp_path, clock):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from facilitator import __version__
    from facilitator.ui.common.about import AboutDialog

    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    app.show_start()
    qtbot.addWidget(app.start)
    app.start.findChild(QPushButton, "aboutButton").click()
    (dialog,) = app.start.findChildren(AboutDialog)
    assert dialog.isVisible()
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert dialog.findChild(QLabel, "aboutDataDir").text() == str(tmp_path / "data")
    dialog.close()

    app.resume(create_demo_session(app.store, app.catalog, clock))
    window = app.windows[0]
    qtbot.addWidget(window)
    window.findChild(QAction, "action_about").trigger()
    assert window.findChildren(AboutDialog)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"


def test_closing_a_session_window_returns_to_the_start_screen(qtbot, tmp_path, clock):
    from PySide6.QtWidgets import QMessageBox

    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    app.show_start()
    first_start = app.start
    qtbot.addWidget(first_start)
    app.resume(create_demo_session(app.store, app.catalog, clock))  # running
    window = app.windows[0]  # deleted by the app once closed: not given to qtbot
    assert app.start is None and not first_start.isVisible()
    window.close()  # Ctrl+W: it asks first
    assert window.isVisible()
    window.findChild(QMessageBox, "closeQuestion").button(QMessageBox.StandardButton.Close).click()
    assert app.start is not None and app.start.isVisible()
    assert window not in app.windows
    second_start = app.start
    qtbot.addWidget(second_start)
    # and after a finished session too
    app.resume(app.store.list_sessions()[0].id)
    finished = app.windows[-1]
    finished.controller.finish()
    finished.close()
    assert app.start not in (None, second_start) and app.start.isVisible()
    qtbot.addWidget(app.start)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # windows deleted
    for start in (first_start, second_start, app.start):
        start.close()
    records.conn.close()
