"""The history window, the read-only session window, exporting, and how they are reached."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.core.session.runner import SessionState
from facilitator.reports.tables import date_text
from facilitator.resources import builtin_formats_dir
from facilitator.services import past
from facilitator.services.past import open_past
from facilitator.store.database import open_records
from facilitator.store.history import HistoryStore, local_day_start
from facilitator.ui.history import confirm
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


def rows_by_title(window):
    return {window.tree.topLevelItem(i).text(1): window.tree.topLevelItem(i)
            for i in range(window.tree.topLevelItemCount())}  # fmt: skip


class Answers:
    """Stands in for the History's questions: records each, answers as told."""

    def __init__(self, monkeypatch, answer: bool = True) -> None:
        self.asked: list[tuple[str, str, str, bool]] = []
        self.answer = answer
        monkeypatch.setattr(confirm, "ask", self)

    def __call__(self, parent, title, text, action, *, destructive=False) -> bool:
        self.asked.append((title, text, action, destructive))
        return self.answer


def acting_window(qtbot, store, now, open_ids=()):
    """A History wired as the app wires it: intents carried out by services.past."""
    window = HistoryWindow(
        HistoryStore(store._conn), lambda sid: open_past(store, sid),
        is_open=lambda sid: sid in open_ids,
    )  # fmt: skip
    qtbot.addWidget(window)

    def act(action):
        action()
        window.refresh()

    window.mark_finished_requested.connect(
        lambda sid: act(lambda: past.mark_finished(store, sid, now, running_now=open_ids)))
    window.discard_requested.connect(
        lambda sid: act(lambda: past.discard(store, sid, now, running_now=open_ids)))
    window.restore_requested.connect(lambda sid: act(lambda: past.restore(store, sid)))
    window.empty_bin_requested.connect(lambda: act(lambda: past.empty_bin(store)))
    return window


def test_an_abandoned_session_can_be_marked_finished(qtbot, store, monkeypatch):
    made = make_finished(store, title="Left running", finish=False)
    make_finished(store, title="Open now", finish=False, wall=made.clock.wall() + 10)
    open_id = made.session_id + 1
    window = acting_window(qtbot, store, made.clock.wall() + 3 * DAY, {open_id})
    rows = rows_by_title(window)
    assert rows["Open now"].text(4) == "running now"
    window.tree.setCurrentItem(rows["Open now"])
    assert not window.finish_button.isEnabled()  # never the session open in the program
    assert not window.discard_button.isEnabled()
    answers = Answers(monkeypatch)
    assert window.confirm_mark_finished() is False and answers.asked == []
    window.tree.setCurrentItem(rows["Left running"])
    assert rows["Left running"].text(4).startswith("not finished")
    assert window.finish_button.isEnabled()
    before = open_past(store, made.session_id).runner.elapsed()
    with qtbot.waitSignal(window.mark_finished_requested) as signal:
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert signal.args == [made.session_id]
    assert "Left running" in answers.asked[0][1]
    past_session = open_past(store, made.session_id)
    assert past_session.runner.state is SessionState.FINISHED
    assert past_session.runner.elapsed() == before  # three days later, no time added
    assert rows_by_title(window)["Left running"].text(4) == "finished"
    assert window.tree.currentItem().text(1) == "Left running"  # still the one chosen


def test_discarding_asks_naming_the_session_and_its_date(qtbot, store, monkeypatch):
    done = make_finished(store, title="Held")
    left = make_finished(store, title="Abandoned", finish=False, wall=done.clock.wall() + DAY)
    window = acting_window(qtbot, store, left.clock.wall() + DAY)
    rows = rows_by_title(window)
    window.tree.setCurrentItem(rows["Held"])
    assert not window.discard_button.isEnabled()  # a finished session is a record: kept
    window.tree.setCurrentItem(rows["Abandoned"])
    assert window.discard_button.isEnabled()
    assert window.discard_button.accessibleName() == "Discard the session"
    answers = Answers(monkeypatch, answer=False)
    qtbot.mouseClick(window.discard_button, Qt.MouseButton.LeftButton)
    _title, text, action, destructive = answers.asked[0]
    assert "“\u2068Abandoned\u2069”" in text and rows["Abandoned"].text(0) in text
    assert action == "Put in the bin" and not destructive
    assert store.binned() == []  # said no: nothing happened
    answers.answer = True
    window.tree.setFocus()
    with qtbot.waitSignal(window.discard_requested) as signal:
        qtbot.keyClick(window.tree, Qt.Key.Key_Delete)  # the Delete key asks too
    assert signal.args == [left.session_id] and len(answers.asked) == 2
    assert titles(window) == ["Held"]
    assert window.show_bin.text() == "Show the bin (1)"
    assert window.show_bin.accessibleName() == "Show the bin (1)"


def test_the_bin_view_lists_restores_and_empties(qtbot, store, monkeypatch):
    done = make_finished(store, title="Held")
    one = make_finished(store, title="First try", finish=False, wall=done.clock.wall() + DAY)
    two = make_finished(store, title="Second try", finish=False, wall=one.clock.wall() + DAY)
    binned_at = two.clock.wall() + DAY
    past.discard(store, one.session_id, binned_at)
    past.discard(store, two.session_id, binned_at)
    window = acting_window(qtbot, store, binned_at)
    assert titles(window) == ["Held"]
    assert not window.restore_button.isVisible() and not window.empty_button.isVisible()
    window.show()
    assert window.discard_button.isVisible() and not window.restore_button.isVisible()
    window.show_bin.setChecked(True)
    assert titles(window) == ["Second try", "First try"]
    assert re.fullmatch(r"2 session(s|\(s\)) in the bin\.", window.count.text())  # (catalogue)
    assert window.tree.headerItem().text(4) == "In the bin since"
    assert window.tree.topLevelItem(0).text(4) == date_text(binned_at)
    assert window.restore_button.isVisible() and window.empty_button.isVisible()
    assert not window.discard_button.isVisible() and not window.finish_button.isVisible()
    assert window.empty_button.accessibleName() == "Empty the bin"
    answers = Answers(monkeypatch)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)  # nothing to discard in the bin
    assert answers.asked == []
    window.tree.setCurrentItem(window.tree.topLevelItem(1))
    with qtbot.waitSignal(window.restore_requested) as signal:
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [one.session_id] and answers.asked == []  # the bin is the undo
    assert titles(window) == ["Second try"] and window.show_bin.text() == "Show the bin (1)"
    answers.answer = False
    qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)
    _title, text, action, destructive = answers.asked[-1]
    assert re.search(r"the 1 session(\(s\))? in the bin", text) and "cannot be undone" in text
    assert action == "Delete for good" and destructive
    assert store.get_session(two.session_id) is not None  # said no
    answers.answer = True
    with qtbot.waitSignal(window.empty_bin_requested):
        qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)
    assert store.get_session(two.session_id) is None
    assert titles(window) == [] and window.count.text() == "The bin is empty."
    assert not window.empty_button.isEnabled() and not window.restore_button.isEnabled()
    window.show_bin.setChecked(False)
    assert titles(window) == ["First try", "Held"]


def test_the_question_is_plain_text(qtbot):
    from PySide6.QtWidgets import QMessageBox

    box, button = confirm.box(None, "Discard session", "Put “<img src=x>” in the bin?",
                              "Put in the bin")  # fmt: skip
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert button.text() == "Put in the bin" and box.defaultButton() is button
    danger, _erase = confirm.box(None, "Empty", "Sure?", "Delete for good", destructive=True)
    qtbot.addWidget(danger)
    assert danger.defaultButton() is danger.button(QMessageBox.StandardButton.Cancel)
    assert danger.icon() == QMessageBox.Icon.Warning


def test_the_app_shows_the_session_running_now_and_keeps_every_list_in_step(
    qtbot, tmp_path, clock, monkeypatch
):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    left = make_finished(app.store, title="Abandoned", finish=False)
    again = make_finished(app.store, title="Carried on", finish=False,
                          wall=left.clock.wall() + DAY)  # fmt: skip
    app.show_start()
    qtbot.addWidget(app.start)
    history = app.show_history()
    qtbot.addWidget(history)
    rows = rows_by_title(history)
    assert rows["Carried on"].text(4) == "not finished (was running)"
    app.resume(again.session_id)  # the start screen closes, the History stays
    main = app.windows[-2] if app.windows[-1] is history else app.windows[-1]
    rows = rows_by_title(history)
    assert rows["Carried on"].text(4) == "running now"  # redrawn when it opened
    history.tree.setCurrentItem(rows["Carried on"])
    assert not history.discard_button.isEnabled() and not history.finish_button.isEnabled()
    answers = Answers(monkeypatch)
    warned = []
    monkeypatch.setattr("facilitator.app.history.QMessageBox.warning",
                        lambda *a: warned.append(a[2]))  # fmt: skip
    history.discard_requested.emit(again.session_id)  # had it been asked: refused, said
    assert warned and "running now" in warned[-1]
    assert app.store.binned() == []
    history.tree.setCurrentItem(rows_by_title(history)["Abandoned"])
    assert history.confirm_discard() and answers.asked
    assert [sid for sid, _ in app.store.binned()] == [left.session_id]
    assert titles(history) == ["Carried on"]
    from PySide6.QtWidgets import QMessageBox

    main.close()  # asks first (the session is running); then back to the start screen
    box = main.findChild(QMessageBox, "closeQuestion")
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.addWidget(app.start)
    start_titles = [app.start._unfinished.topLevelItem(i).text(0)
                    for i in range(app.start._unfinished.topLevelItemCount())]  # fmt: skip
    assert any("Carried on" in t for t in start_titles)
    assert not any("Abandoned" in t for t in start_titles)
    assert rows_by_title(history)["Carried on"].text(4).startswith("not finished")
    history.show_bin.setChecked(True)
    history.tree.setCurrentItem(history.tree.topLevelItem(0))
    history.restore_button.click()
    assert history.show_bin.text() == "Show the bin (0)"
    records.conn.close()


def test_the_app_empties_the_bin_and_says_which_copies_still_hold_it(
    qtbot, tmp_path, clock, monkeypatch
):
    from pathlib import Path

    from facilitator.app import history as app_history

    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    left = make_finished(app.store, title="Abandoned", finish=False)
    history = app.show_history()
    qtbot.addWidget(history)
    Answers(monkeypatch)
    assert history.confirm_discard()
    assert history.confirm_empty_bin()  # the real erase, through services.past
    assert app.store.get_session(left.session_id) is None
    assert history.show_bin.text() == "Show the bin (0)"
    shown = []
    real_box = app_history.emptied_box
    monkeypatch.setattr(app_history, "emptied_box",
                        lambda parent, emptied: shown.append(emptied) or FakeBox())  # fmt: skip
    failed = past.BinEmptied(2, [(Path("records-1.sqlite3"), "locked")])
    monkeypatch.setattr(app_history.past, "empty_bin", lambda store: failed)
    history.empty_bin_requested.emit()
    assert shown == [failed]
    box = real_box(history, failed)
    qtbot.addWidget(box)
    assert "records-1.sqlite3" in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    records.conn.close()


class FakeBox:
    def exec(self) -> int:
        return 0


def test_the_list_says_paused_and_names_a_late_arrival_as_the_past_window_does(
    qtbot, store, make_controller
):
    # QA of issue 19: the list said "running now" for a paused session and left out Eve,
    # who arrived late; the past-session window said "paused" and listed her.
    c = make_controller("case-consultation", ["Ana", "Ben", "Cy"])
    c.toggle_running()
    c.add_late("Eve", brings_issue=True)
    c.toggle_running()  # paused
    sid = c.live.session_id
    open_ids = {sid}
    window = HistoryWindow(
        HistoryStore(store._conn), lambda s: open_past(store, s), is_open=lambda s: s in open_ids
    )
    qtbot.addWidget(window)
    window.refresh()
    row = window.tree.topLevelItem(0)
    assert row.text(3) == "Ana, Ben, Cy, Eve"
    assert tuple(open_past(store, sid).runner.timeline.plan.participants) == (
        "Ana", "Ben", "Cy", "Eve",
    )  # fmt: skip
    assert row.text(4) == "paused now (its window is open)"
    c.toggle_running()
    window.refresh()
    assert window.tree.topLevelItem(0).text(4) == "running now"
    open_ids.clear()  # its window closed while it ran
    window.refresh()
    assert window.tree.topLevelItem(0).text(4) == "not finished (was running)"
