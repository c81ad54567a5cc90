"""Commitments from the last meeting appear on the laptop at the catch-up, never in the room."""

from __future__ import annotations

import pytest

from facilitator.store.groups import GroupStore
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.carried_actions import SPEAKING_MARK
from facilitator.ui.session.controller import SessionController
from facilitator.ui.session.main_window import MainWindow

PEOPLE = ["Fay", "Ana", "Ben", "Cy", "Dee"]


@pytest.fixture
def second_meeting(store, make_live, clock):
    groups = GroupStore(store.conn)
    gid = groups.create_group(
        "Set", "action-learning", PEOPLE[1:], facilitator="Fay", time_zone="UTC", now=0
    )
    first = make_live("action-learning", PEOPLE, params={"issue_holders": 2})
    groups.link_session(first.session_id, gid)
    first.runner.start()
    clock.advance(3600)
    first.add_note("Ask the board for a pilot budget", action_owner="Ana")
    first.add_note("A plain private note about Ben")
    first.runner.finish()
    clock.advance(6 * 7 * 86400)
    second = make_live("action-learning", PEOPLE, params={"issue_holders": 2})
    groups.link_session(second.session_id, gid)
    return SessionController(second)


def _window(qtbot, controller) -> MainWindow:
    window = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(window)
    window.show()
    return window


def _rows(window):
    return window.carried.lines()


def test_the_catch_up_shows_what_each_person_took_on_last_time(qtbot, second_meeting):
    window = _window(qtbot, second_meeting)
    assert window.carried.isVisible()
    assert _rows(window) == ["•  Ana: Ask the board for a pilot budget (meeting 1)"]


def test_the_speakers_commitments_are_marked_and_they_go_after_the_opening(qtbot, second_meeting):
    window = _window(qtbot, second_meeting)
    c = second_meeting
    c.toggle_running()
    c.set_speaker("Ana")
    assert _rows(window)[0].startswith(f"{SPEAKING_MARK} Ana:")
    c.set_speaker("Ben")
    assert _rows(window)[0].startswith("•  Ana:")
    c.goto(c.runner.timeline.round_phases(0)[0].index, confirmed=True)
    assert not window.carried.isVisible()


def test_the_room_view_never_shows_commitments(qtbot, second_meeting):
    window = _window(qtbot, second_meeting)
    second_meeting.toggle_running()
    room = window.room
    room.show()
    text = " ".join(room.visible_texts())
    assert "pilot budget" not in text
    assert window.carried.isVisible()


def test_a_session_outside_a_group_has_no_panel(qtbot, make_controller):
    window = _window(qtbot, make_controller("action-learning", PEOPLE))
    assert not window.carried.isVisible()
    assert _rows(window) == []
