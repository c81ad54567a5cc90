"""Every control a keyboard can reach has a name a screen reader can say (issue 19, item 6).

The test asks what assistive technology asks: Qt's accessibility interface of each
visible control that takes the focus, for its name (its own text, an accessible name, or
the text of a label that is its buddy). It walks every window of the program: the start
screen, the session window and its room view, the new-session dialog, History, a past
session, the Review, Preferences, Formats, Groups, the coach's log with each of its tabs
and a session of it, the shortcuts sheet, the About box and the passphrase dialogs."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QWidget,
)

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store.database import open_records


@pytest.fixture
def accessibility():
    """Assistive technology listening, as when a screen reader runs."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def unnamed_controls(window: QWidget) -> list[str]:
    """Each visible control of `window` that takes the focus and has no name to say."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: named by its owner
        if not spoken_name(widget).strip():
            found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _top(kind: str) -> QWidget:
    return next(
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == kind and w.isVisible()
    )


def test_the_walk_hears_an_unnamed_control_and_a_buddy_label(qtbot, accessibility):
    window = QWidget()
    qtbot.addWidget(window)
    listed = QListWidget(window, objectName="people")
    label = QLabel("People", window)
    window.show()
    assert unnamed_controls(window) == ["QListWidget#people"]
    label.setBuddy(listed)
    assert unnamed_controls(window) == []
    label.setBuddy(None)
    listed.setAccessibleName("People")
    assert unnamed_controls(window) == []


def test_every_control_of_every_window_has_a_name(qtbot, tmp_path, clock, accessibility):
    from facilitator.ui.session.actions import Act
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    heard: dict[str, list[str]] = {}
    opened: list[QWidget] = []

    def walk(title: str, window: QWidget) -> None:
        if window not in opened:
            opened.append(window)  # closed at the end (some delete themselves on close)
        window.show()
        _settle()
        heard[title] = unnamed_controls(window)

    app.show_start()
    start = app.start
    walk("start screen", start)
    app.show_about(start)
    walk("About", _top("AboutDialog"))

    from facilitator.app.security import show_protection, unlock_dialog

    walk("unlock dialog", unlock_dialog(tmp_path, lambda _: None, can_remember=True))
    protection = show_protection(app, start)
    walk("protection dialog (not protected)", protection)
    protection.set_protected(True)
    walk("protection dialog (protected)", protection)

    session_id = create_demo_session(app.store, app.catalog, clock)
    app.resume(session_id)
    main = app.windows[-1]
    walk("session window", main)
    main.actions_by_id[Act.ROOM_SHOW].trigger()
    walk("room view", main.room)
    main.actions_by_id[Act.SHORTCUTS].trigger()
    from facilitator.ui.session.shortcuts_sheet import ShortcutsSheet

    walk("shortcuts sheet", main.findChild(ShortcutsSheet))
    from facilitator.ui.session.preferences_dialog import PreferencesDialog

    walk("Preferences", PreferencesDialog(main.prefs, main.chimes.problem, main))

    dialog = NewSessionDialog(app.catalog, ["Ana", "Ben"], clock.wall, None)
    dialog.show()
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy", "Dee"])
    walk("new-session dialog", dialog)

    walk("History", app.show_history())
    walk("past session", app.show_past(session_id))
    app.show_formats()
    walk("Formats", _top("FormatListWindow"))

    from facilitator.app.groups import book_for, show_groups
    from facilitator.services.group_book import GroupForm

    walk("Groups (none yet)", show_groups(app))
    book = book_for(app)
    group_id = book.save(
        GroupForm("Tuesday set", "action-learning", ("Ana", "Ben", "Cy", "Dee"), "Fay",
                  None, "UTC", {}))  # fmt: skip
    book.plan_series(group_id, datetime(2027, 3, 16, 18), 6, 3, 160)
    walk("Groups (a group with meetings)", show_groups(app, group_id))

    from facilitator.services.samples.coaching import fill_demo_log
    from facilitator.store.coaching import CoachingStore

    fill_demo_log(CoachingStore(records.conn), date.fromtimestamp(clock.wall()), clock.wall())
    coach = app.show_coach_log()
    coach.refresh_clients()
    walk("coach's log (no client chosen)", coach)
    coach.client_list.setCurrentRow(0)
    for tab in range(coach.tabs.count()):
        coach.tabs.setCurrentIndex(tab)
        walk(f"coach's log, tab {coach.tabs.tabText(tab)!r}", coach)
    coach.tabs.setCurrentIndex(0)
    walk("coach's session", coach.open_session(coach.log.store.all_sessions()[0].id))

    main.controller.finish()
    _settle()
    walk("Review", _top("ReviewWindow"))

    assert {title: names for title, names in heard.items() if names} == {}
    assert len(heard) >= 20  # every window above was walked

    import shiboken6

    for window in reversed(opened):
        if shiboken6.isValid(window):
            window.close()
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    records.conn.close()


def test_the_timeline_is_reachable_and_tells_its_phases(qtbot, make_controller):
    from facilitator.ui.common.preferences import Preferences
    from facilitator.ui.session.main_window import MainWindow

    controller = make_controller("case-consultation", ["Ana", "Ben", "Cy"])
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.timeline.focusPolicy() & Qt.FocusPolicy.TabFocus
    controller.toggle_running()
    win.timeline.setFocus(Qt.FocusReason.TabFocusReason)
    assert "1. Describe the case" in win.timeline.accessibleDescription()
    qtbot.keyClick(win.timeline, Qt.Key.Key_Down)
    qtbot.keyClick(win.timeline, Qt.Key.Key_Down)
    assert win.timeline.chosen == 2
    assert win.timeline.accessibleDescription().startswith(controller.runner.timeline[2].name)
    qtbot.keyClick(win.timeline, Qt.Key.Key_Up)  # the next phase: no jump to confirm
    assert win.timeline.chosen == 1
    qtbot.keyClick(win.timeline, Qt.Key.Key_Return)
    assert controller.runner.index == 1
