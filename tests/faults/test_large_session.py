"""Item 15: resuming a session with 310,000 notes took 23 s because the notes list read
and drew every note. It now shows the latest page and offers the earlier ones; the time
itself is measured in bench/open_session.py (a ratio to a small session), not here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from facilitator.store.database import transaction
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.main_window import MainWindow
from facilitator.ui.session.notes_pane import NOTES_PAGE

MANY = 5 * NOTES_PAGE + 7


def _many_notes(live) -> None:
    conn = live.store.conn
    with transaction(conn):
        conn.executemany(
            "INSERT INTO notes (session_id, round_index, phase_index, text, action_owner, "
            "created_wall, updated_wall) VALUES (?, NULL, NULL, ?, NULL, ?, ?)",
            [(live.session_id, f"note {i}", 1e9 + i, 1e9 + i) for i in range(MANY)],
        )


def test_the_notes_list_reads_one_page_and_offers_the_rest(make_controller, qtbot, monkeypatch):
    c = make_controller()
    _many_notes(c.live)
    read_all = []
    monkeypatch.setattr(c.live.store, "notes", lambda sid: read_all.append(sid) or [])
    window = MainWindow(c, Preferences(chime_muted=True))
    qtbot.addWidget(window)
    listed = window.notes.findChild(QListWidget, "notesList")
    assert read_all == []  # opening never reads every note
    assert listed.count() == NOTES_PAGE + 1
    first = listed.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) is None
    assert f"{MANY - NOTES_PAGE} earlier" in first.text()
    assert listed.item(listed.count() - 1).text().endswith(f"note {MANY - 1}")

    listed.itemActivated.emit(first)  # "show more"
    assert listed.count() == 2 * NOTES_PAGE + 1
    assert listed.item(1).text().endswith(f"note {MANY - 2 * NOTES_PAGE}")


def test_new_notes_still_appear_at_the_end(make_controller, qtbot):
    c = make_controller()
    _many_notes(c.live)
    window = MainWindow(c, Preferences(chime_muted=True))
    qtbot.addWidget(window)
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "the newest")
    window.notes.flush()
    listed = window.notes.findChild(QListWidget, "notesList")
    assert listed.item(listed.count() - 1).text().endswith("the newest")
