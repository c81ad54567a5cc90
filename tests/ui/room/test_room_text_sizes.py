"""Issue 19 items 9 and 11: every text on the room view readable from the back of the
room, at 1024×768, 1920×1080 and 4K, with nine people; no name dropped in silence; the
badges keep their padding.

The measure is the x-height (the height of a lower-case "x") of the font each text is
drawn in, against the window height: at least 1.5 %. The x-height is what decides whether
lower-case text can be read; capitals and digits are taller still."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from facilitator.services.live import LiveSession
from facilitator.ui.room.parts import PeopleList
from facilitator.ui.room.view import RoomView
from facilitator.ui.session.controller import SessionController
from tests.ui.room.conftest import check_sizes_and_fit, drawn_texts

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


@pytest.mark.parametrize("size", SIZES)
def test_every_room_text_is_readable_and_all_nine_names_are_drawn(
    shown, make_controller, clock, nine, size
):
    controller = make_controller("action-learning", nine)
    view = shown(RoomView(controller), size)
    controller.toggle_running()
    for _ in range(3):
        controller.next_phase()  # Clarifying questions: facilitator, holder, seven members
    clock.advance(30)
    controller.ticked.emit()
    check_sizes_and_fit(view, size)
    lists = [names for names in view.findChildren(PeopleList) if names.isVisibleTo(view)]
    drawn = [name for names in lists for name in names.drawn_people()]
    assert sorted(drawn) == sorted(nine)
    assert not any("more" in line for names in lists for line, *_ in names.painted)


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_no_name_is_ever_dropped_in_silence(shown, make_controller, nine, size):
    """Through every phase: each role's people are all drawn, or the last line says how
    many are not, and the number is right."""
    controller = make_controller("action-learning", nine)
    view = shown(RoomView(controller), size)
    controller.toggle_running()
    for index in range(len(controller.runner.timeline)):
        if index:
            controller.next_phase()
        check_sizes_and_fit(view, size)
        for names in view.findChildren(PeopleList):
            if not names.isVisibleTo(view):
                continue
            lines = [line for line, *_ in names.painted]
            more = [m.group(1) for t in lines if (m := re.search(r"\+(\d+) more$", t))]
            missing = len(names.people) - len(names.drawn_people())
            if missing:
                assert more == [str(missing)], (index, lines)
                assert lines[-1].endswith(" more")  # said last, after the names shown
            else:
                assert not more, (index, lines)


def test_a_long_name_and_markup_stay_plain_and_inside(shown, make_controller):
    people = ["A" * 500, "<img src=x>", "Rex \u202eevil", "Dee", "Eve"]
    controller = make_controller("action-learning", people)
    view = shown(RoomView(controller), (1024, 768))
    controller.toggle_running()
    for _ in range(3):
        controller.next_phase()
    check_sizes_and_fit(view, (1024, 768))
    drawn = [text for text, _, label in drawn_texts(view) if isinstance(label, PeopleList)]
    assert "<img src=x>" in drawn  # drawn as the characters typed, never as an image
    assert any(text.startswith("AAAA") and text.endswith("…") for text in drawn)


def _ink_columns(image, background: QColor) -> list[int]:
    """The x of every column with a pixel far from the badge's background (its letters),
    in the middle half of its height (its rounded corners show the page behind)."""
    out = []
    for x in range(image.width()):
        for y in range(image.height() // 4, image.height() * 3 // 4):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - background.red())
                + abs(c.green() - background.green())
                + abs(c.blue() - background.blue())
                > 200
            ):
                out.append(x)
                break
    return out


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_the_badges_keep_their_side_padding(shown, make_controller, clock, size):
    controller = make_controller("case-consultation", ("Ana", "Ben", "Cy", "Dee"))
    view = shown(RoomView(controller), size)
    controller.toggle_running()

    def badges():
        for name in ("stateBadge", "timeBadge"):
            badge = view.findChild(QLabel, name)
            if badge.isVisibleTo(view):
                yield badge

    seen = []
    for step in ("warn", "over", "paused"):
        if step == "warn":
            clock.advance(250)  # 50 s left: "1 minute left"
        elif step == "over":
            clock.advance(60)
        else:
            controller.toggle_running()
        controller.ticked.emit()
        for badge in badges():
            image = badge.grab().toImage()
            h = image.height()
            background = image.pixelColor(image.width() // 2, 1)
            ink = _ink_columns(image, background)
            assert ink, badge.text()
            left, right = ink[0], image.width() - 1 - ink[-1]
            assert min(left, right) >= 0.2 * h, (badge.text(), left, right, h)
            seen.append(badge.text())
    assert {"1 minute left", "OVER TIME", "PAUSED"} <= set(seen)


def test_a_set_too_large_for_the_page_says_exactly_how_many_are_not_shown(
    shown, store, catalog, clock, nine
):
    """Twenty-six people (a format of one's own) at 1024×768: the page cannot hold every
    name even at the smallest readable size. The list gives up only the lines it must
    (the room the page has, not one line), and its last line says how many are left out."""
    people = [*nine, "Jo", "Kai Abernathy-Smythe", "Lu", *(f"Person {n}" for n in range(13, 27))]
    fmt = replace(catalog.get("action-learning"), group_max=len(people))
    controller = SessionController(LiveSession.create(store, fmt, people, clock))
    view = shown(RoomView(controller), (1024, 768))  # Catch-up: the facilitator, 25 members
    check_sizes_and_fit(view, (1024, 768))
    members = max(view.findChildren(PeopleList), key=lambda names: len(names.people))
    lines = [line for line, *_ in members.painted]
    drawn = members.drawn_people()
    assert len(members.people) == 25
    assert lines[-1].endswith(f"+{25 - len(drawn)} more"), lines
    assert len(drawn) >= 20, lines  # most of the set, not three names and "+22 more"


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_the_role_badges_keep_their_side_padding(shown, make_controller, size):
    """SPEAKS, LISTENS and MICROPHONE OFF (with its icon): their words are whole and
    stand clear of the badge's edges on both sides, in every phase."""
    from PySide6.QtWidgets import QFrame

    controller = make_controller("case-consultation", ("Ana", "Ben", "Cy", "Dee"))
    view = shown(RoomView(controller), size)
    controller.toggle_running()
    seen = set()
    for _ in range(len(controller.runner.timeline) - 1):
        for badge in view.findChildren(QFrame, "roleStatus"):
            if not badge.isVisibleTo(view):
                continue
            first = badge.icon if badge.icon is not None else badge.word
            left = first.geometry().left()
            right = badge.width() - 1 - badge.word.geometry().right()
            words = badge.word.fontMetrics().horizontalAdvance(badge.word.text())
            assert words <= badge.word.width() + 1, badge.word.text()
            assert min(left, right) >= 0.15 * badge.height(), (badge.word.text(), left, right)
            seen.add(badge.property("status"))
        controller.next_phase()
    assert {"speaks", "listens", "muted"} <= seen
