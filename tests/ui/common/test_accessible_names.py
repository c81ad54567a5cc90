"""Every control a keyboard can reach has a name a screen reader can say: its own text, an
accessible name, or a label that is its buddy (issue 19). Walks every main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store.database import open_records


def unnamed_controls(window: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: named by its owner
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue
        if isinstance(widget, QTabBar) and all(
            widget.tabText(i) for i in range(widget.count())
        ):
            continue  # each tab says its name
        found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


def test_every_control_of_every_window_has_a_name(qtbot, tmp_path, clock):
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    app.show_start()
    start = app.start
    qtbot.addWidget(start)
    assert unnamed_controls(start) == []
    session_id = create_demo_session(app.store, app.catalog, clock)
    app.resume(session_id)
    main = app.windows[-1]
    assert unnamed_controls(main) == []
    from facilitator.ui.session.actions import Act

    main.actions_by_id[Act.SHORTCUTS].trigger()
    from facilitator.ui.session.shortcuts_sheet import ShortcutsSheet

    assert unnamed_controls(main.findChild(ShortcutsSheet)) == []
    dialog = NewSessionDialog(app.catalog, ["Ana", "Ben"], clock.wall, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy", "Dee"])
    assert unnamed_controls(dialog) == []
    app.show_history()
    history = app.windows[-1]
    qtbot.addWidget(history)
    assert unnamed_controls(history) == []
    app.show_past(session_id)
    past = app.windows[-1]
    qtbot.addWidget(past)
    assert unnamed_controls(past) == [], unnamed_controls(past)
    main.controller.finish()
    main.close()
    qtbot.addWidget(app.start)
    for window in (dialog, history, past, app.start):
        window.close()
    from PySide6.QtCore import QCoreApplication, QEvent

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
