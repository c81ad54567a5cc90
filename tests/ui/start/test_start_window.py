"""The start screen: new session, resume an unfinished one, recent sessions and groups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTreeWidget, QWidget

from facilitator.store.records import SessionRecord
from facilitator.ui.start.window import StartWindow, recent_groups

T0 = 1_747_000_000.0


@pytest.fixture
def records(catalog):
    def rec(id_, fid, title, people, state, hours_ago):
        wall = T0 - hours_ago * 3600
        return SessionRecord(
            id_, fid, title, catalog.get(fid).text, {}, people, {}, [], state, wall - 60, wall
        )

    return [
        rec(7, "action-learning", "May set", ["Fay", "Ana", "Ben", "Cy"], "running", 1),
        rec(6, "one-to-one-coaching", "Coaching 4", ["Ana", "Hal"], "paused", 20),
        rec(5, "co-consulting", "Pair", ["Cy", "Ben"], "finished", 50),
        rec(4, "action-learning", "April set", ["Fay", "Ben", "Ana", "Cy"], "finished", 300),
        rec(3, "case-consultation", "Leads", ["Dee", "Eve", "Gus"], "finished", 400),
        rec(2, "co-consulting", "Pair again", ["Cy", "Ben"], "not_started", 500),
    ]


@pytest.fixture
def window(qtbot, records):
    w = StartWindow(records, [r for r in records if r.state != "finished"])
    qtbot.addWidget(w)
    w.show()
    return w


def _tree(window, name) -> QTreeWidget:
    tree = window.findChild(QTreeWidget, name)
    assert tree is not None
    return tree


def _texts(tree: QTreeWidget, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_new_session_button_emits(window, qtbot):
    with qtbot.waitSignal(window.new_session_requested):
        qtbot.mouseClick(
            window.findChild(QPushButton, "newSessionButton"), Qt.MouseButton.LeftButton
        )


def test_resume_emits_the_session_id(window, qtbot):
    tree = _tree(window, "unfinishedSessions")
    assert _texts(tree, 0) == ["May set", "Coaching 4", "Pair again"]
    tree.setCurrentItem(tree.topLevelItem(1))
    with qtbot.waitSignal(window.resume_requested) as sig:
        qtbot.mouseClick(window.findChild(QPushButton, "resumeButton"), Qt.MouseButton.LeftButton)
    assert sig.args == [6]

    rect = tree.visualItemRect(tree.topLevelItem(2))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.resume_requested) as sig:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [2]


def test_running_session_says_so_in_words(window):
    tree = _tree(window, "unfinishedSessions")
    first = tree.topLevelItem(0)
    assert "was running" in first.text(2)
    assert first.font(0).bold()
    assert _texts(tree, 2)[1:] == ["❚❚ paused", "not started"]
    assert _texts(tree, 1) == [
        "Action Learning meeting",
        "One-to-one coaching session",
        "Co-consulting",
    ]
    assert all(":" in when for when in _texts(tree, 3))


def test_recent_sessions_newest_first_finished_not_resumed(window, qtbot):
    tree = _tree(window, "recentSessions")
    assert _texts(tree, 0) == ["May set", "Coaching 4", "Pair", "April set", "Leads", "Pair again"]
    with qtbot.assertNotEmitted(window.resume_requested):
        tree.itemDoubleClicked.emit(tree.topLevelItem(2), 0)  # finished
    with qtbot.waitSignal(window.resume_requested) as sig:
        tree.itemDoubleClicked.emit(tree.topLevelItem(1), 0)
    assert sig.args == [6]


def test_groups_are_distinct(records):
    groups = recent_groups(records)
    assert [(g.format_id, g.participants) for g in groups] == [
        ("action-learning", ("Fay", "Ana", "Ben", "Cy")),  # April's set is the same group
        ("one-to-one-coaching", ("Ana", "Hal")),
        ("co-consulting", ("Cy", "Ben")),
        ("case-consultation", ("Dee", "Eve", "Gus")),
    ]
    assert groups[0].format_title == "Action Learning meeting"


def test_clicking_a_group_starts_a_session_with_it(window, qtbot):
    cards = [window.findChild(QWidget, f"group_{n}") for n in range(4)]
    assert all(cards) and window.findChild(QWidget, "group_4") is None
    assert cards[2].accessibleName() == "Cy, Ben"
    assert cards[2].names.text() == "\u2068Cy\u2069, \u2068Ben\u2069"  # names isolated
    assert cards[2].about.text().startswith("Co-consulting · last met ")
    with qtbot.waitSignal(window.meet_again_requested) as sig:
        qtbot.mouseClick(cards[2], Qt.MouseButton.LeftButton)
    assert sig.args == [5]  # the group's latest session: its settings and memory
    cards[0].setFocus()
    with qtbot.waitSignal(window.meet_again_requested) as sig:
        qtbot.keyClick(cards[0], Qt.Key.Key_Return)
    assert sig.args == [7]


def test_an_unsaved_group_offers_to_be_saved_from_its_card(window, qtbot):
    card = window.findChild(QWidget, "group_1")
    save = card.findChild(QPushButton, "saveAsGroup")
    assert save is not None and save.text() == "Save as a group…"
    with (
        qtbot.assertNotEmitted(window.meet_again_requested),
        qtbot.waitSignal(window.save_group_requested) as sig,
    ):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert sig.args == [6]
    window.set_saved_groups([(3, "Tuesday set", "Action Learning meeting · no meeting planned")])
    saved = window.findChild(QWidget, "savedGroup_3")
    assert saved.findChild(QPushButton, "saveAsGroup") is None  # saved already


@pytest.mark.parametrize("name", ["<img src=x>", "W" * 500, "\u202eevil\u202c"])
def test_odd_names_on_the_cards_are_plain_text_cut_to_fit(qtbot, catalog, name):
    record = SessionRecord(
        9, "co-consulting", "Pair", catalog.get("co-consulting").text, {}, [name, "Bo"], {}, [],
        "finished", T0, T0,
    )  # fmt: skip
    w = StartWindow([record], [])
    qtbot.addWidget(w)
    w.set_saved_groups([(1, name, "Co-consulting · no meeting planned")])
    w.resize(1100, 720)
    w.show()
    qtbot.waitExposed(w)
    for card in (w.findChild(QWidget, "savedGroup_1"), w.findChild(QWidget, "group_0")):
        assert card.names.textFormat() == Qt.TextFormat.PlainText
        assert name in card.names.text() and name in card.accessibleName()
        assert card.width() <= w.width()
        if len(name) > 100:
            assert "…" in card.names.shown_text()
            assert name in card.names.toolTip()  # the whole name, on hover


def test_set_sessions_refreshes(window, records):
    resume_box = window.findChild(QGroupBox, "resumeBox")
    window.set_sessions([], [])
    assert not resume_box.isVisible()
    assert window.findChild(QLabel, "noSessions").isVisible()
    assert window.findChild(QWidget, "group_0") is None
    window.set_sessions(records[:1], records[:1])
    assert resume_box.isVisible()
    assert _texts(_tree(window, "unfinishedSessions"), 0) == ["May set"]
    assert window.findChild(QWidget, "group_0") is not None
    assert window.findChild(QWidget, "group_1") is None


def test_unreadable_format_text_falls_back_to_the_id(qtbot):
    record = SessionRecord(
        1, "my-format", "Mine", "not = [toml", {}, ["A"], {}, [], "paused", T0, T0
    )
    w = StartWindow([record], [record])
    qtbot.addWidget(w)
    assert _texts(_tree(w, "unfinishedSessions"), 1) == ["my-format"]
