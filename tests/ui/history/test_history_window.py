"""The history window, the read-only session window, exporting, and how they are reached."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.core.session.runner import SessionState
from facilitator.resources import builtin_formats_dir
from facilitator.services.past import open_past
from facilitator.store.database import open_records
from facilitator.store.history import HistoryStore, local_day_start
from facilitator.ui.history.past_session_window import PastSessionWindow
from facilitator.ui.history.window import HistoryWindow
from facilitator.ui.reports import export as report_export
from tests.reports.helpers import PRIVATE, make_finished

DAY = 86400.0


def fill(store):
    base = local_day_start(dt.date(2027, 3, 1)) + 10 * 3600  # 10:00 local time
    make_finished(store, title="March pair", people=("Ana", "Ben"), wall=base)
    make_finished(store, title="Later pair", people=("Cleo", "Dev"), wall=base + 5 * DAY)
    make_finished(store, title="Ana again", people=("Ana", "Dev"), wall=base + 9 * DAY)


def history_window(qtbot, store):
    window = HistoryWindow(HistoryStore(store._conn), lambda sid: open_past(store, sid))
    qtbot.addWidget(window)
    return window


def titles(window):
    root = window.tree.invisibleRootItem()
    return [root.child(i).text(1) for i in range(root.childCount())]


def test_history_lists_and_filters(qtbot, store):
    fill(store)
    window = history_window(qtbot, store)
    assert titles(window) == ["Ana again", "Later pair", "March pair"]
    assert window.count.text() == "3 sessions."
    window.person.setCurrentText("ana")
    window.refresh()  # typing waits a moment; here we do not
    assert titles(window) == ["Ana again", "March pair"]
    window.use_since.setChecked(True)
    window.since.setDate(QDate(2027, 3, 6))
    window.use_until.setChecked(True)
    window.until.setDate(QDate(2027, 3, 10))  # to the end of that day
    assert titles(window) == ["Ana again"]
    window.person.setCurrentText("")
    window.refresh()
    assert titles(window) == ["Ana again", "Later pair"]
    formats = [window.format.itemText(i) for i in range(window.format.count())]
    assert formats == ["Any format", "Co-consulting"]  # only formats that have sessions
    window.format.setCurrentIndex(1)
    assert titles(window) == ["Ana again", "Later pair"]
    window.clear_filters()
    assert titles(window) == ["Ana again", "Later pair", "March pair"]
    window.person.setCurrentText("Nobody")
    window.refresh()
    assert titles(window) == [] and "No sessions match" in window.count.text()
    assert not window.open_button.isEnabled() and not window.export.isEnabled()


def test_open_emits_the_chosen_session(qtbot, store):
    fill(store)
    window = history_window(qtbot, store)
    window.tree.setCurrentItem(window.tree.topLevelItem(1))
    with qtbot.waitSignal(window.open_requested) as signal:
        qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [window.session_ids()[1]]


def test_export_from_the_history_with_and_without_notes(qtbot, store, tmp_path, monkeypatch):
    fill(store)
    window = history_window(qtbot, store)
    asked = []

    def ask(parent, past, notes):
        asked.append((past.title, notes))
        return str(tmp_path / f"{past.session_id}-{notes}.md")

    monkeypatch.setattr(report_export, "ask_path", ask)
    actions = {a.objectName(): a for a in window.export.menu().actions()}
    actions["exportWithoutNotes"].trigger()
    actions["exportWithNotes"].trigger()
    sid = window.session_ids()[0]
    assert asked == [("Ana again", False), ("Ana again", True)]
    assert PRIVATE not in (tmp_path / f"{sid}-False.md").read_text(encoding="utf-8")
    assert PRIVATE in (tmp_path / f"{sid}-True.md").read_text(encoding="utf-8")


def test_a_bad_file_type_is_explained_not_written(qtbot, store, tmp_path, monkeypatch):
    fill(store)
    window = history_window(qtbot, store)
    warned = []
    monkeypatch.setattr(report_export, "ask_path", lambda *_: str(tmp_path / "r.docx"))
    monkeypatch.setattr(report_export.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.export.menu().actions()[0].trigger()
    assert warned and "must end in .pdf, .md or .csv" in warned[0]
    assert not (tmp_path / "r.docx").exists()


def test_past_session_window_shows_figures_and_notes_and_cannot_change(qtbot, store):
    made = make_finished(store, finish=False)
    conn = store._conn
    before = conn.total_changes
    window = PastSessionWindow(open_past(store, made.session_id))
    qtbot.addWidget(window)
    window.show()
    phases = window.findChild(QTableWidget, "phaseTable")
    assert phases.item(2, 1).text() == "Brief review" and phases.item(2, 5).text() == "+0:40"
    assert phases.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    notes = window.findChild(QTableWidget, "notesTable")
    assert notes.item(0, 1).text() == PRIVATE
    assert notes.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    # a click on a phase jumps nowhere; the window says why
    rect = window.timeline.block_rect(0)
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.past.runner.index == 4
    assert "read-only" in window.statusBar().currentMessage()
    assert window.past.runner.state is SessionState.RUNNING  # left running, shown as it was
    assert window.timeline.needle_x() is not None
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(window, key)
    assert window.past.runner.index == 4 and len(window.past.runner.events) == len(
        store.events(made.session_id)
    )
    assert conn.total_changes == before
    labels = [b.text() for b in window.findChildren(QPushButton)]
    assert labels == ["Close"]  # no navigation, no undo


def test_reached_from_the_start_screen_and_the_main_window(qtbot, tmp_path, clock):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    made = make_finished(app.store)
    app.show_start()
    qtbot.addWidget(app.start)
    app.start.findChild(QPushButton, "historyButton").click()
    history = app.windows[-1]
    qtbot.addWidget(history)
    assert isinstance(history, HistoryWindow) and history.session_ids() == [made.session_id]
    history.open_button.click()
    past = app.windows[-1]
    qtbot.addWidget(past)
    assert isinstance(past, PastSessionWindow) and past.past.session_id == made.session_id
    app.resume(made.session_id)  # (a finished session in the facilitation window)
    main = app.windows[-1]  # the app deletes it once closed: not given to qtbot
    main.findChild(QAction, "action_history").trigger()
    assert isinstance(app.windows[-1], HistoryWindow)
    qtbot.addWidget(app.windows[-1])
    main.close()  # back to the start screen
    qtbot.addWidget(app.start)
    records.conn.close()


def test_double_click_on_a_finished_session_opens_it_read_only(qtbot, store):
    from facilitator.ui.start.window import StartWindow

    made = make_finished(store)
    start = StartWindow(store.list_sessions(), store.unfinished_sessions())
    qtbot.addWidget(start)
    tree = start.findChild(type(start._recent), "recentSessions")
    with qtbot.waitSignal(start.past_requested) as signal:
        tree.itemDoubleClicked.emit(tree.topLevelItem(0), 0)
    assert signal.args == [made.session_id]


def test_an_abandoned_session_can_be_marked_finished(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.services.past import mark_finished

    made = make_finished(store, title="Left running", finish=False)
    make_finished(store, title="Open now", finish=False, wall=made.clock.wall() + 10)
    open_id = made.session_id + 1
    marked = []

    def mark(sid):
        marked.append(sid)
        mark_finished(store, sid, made.clock.wall() + 3 * DAY)

    window = HistoryWindow(
        HistoryStore(store._conn), lambda sid: open_past(store, sid),
        mark_finished=mark, is_open=lambda sid: sid == open_id,
    )  # fmt: skip
    qtbot.addWidget(window)
    rows = {window.tree.topLevelItem(i).text(1): window.tree.topLevelItem(i)
            for i in range(window.tree.topLevelItemCount())}  # fmt: skip
    assert rows["Open now"].text(4) == "running now"
    window.tree.setCurrentItem(rows["Open now"])
    assert not window.finish_button.isEnabled()  # never the session open in the program
    window.tree.setCurrentItem(rows["Left running"])
    assert rows["Left running"].text(4).startswith("not finished")
    assert window.finish_button.isEnabled()
    before = open_past(store, made.session_id).runner.elapsed()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert marked == [made.session_id]
    past = open_past(store, made.session_id)
    assert past.runner.state is SessionState.FINISHED
    assert past.runner.elapsed() == before  # three days later, no time added
    rows = {window.tree.topLevelItem(i).text(1): window.tree.topLevelItem(i)
            for i in range(window.tree.topLevelItemCount())}  # fmt: skip
    assert rows["Left running"].text(4) == "finished"
