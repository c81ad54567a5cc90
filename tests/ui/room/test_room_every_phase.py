"""Issue 19 item 9: with nine people, every phase of every built-in method shows every
name on the room view — never "+N more" — at the projectors' common sizes (4:3, 5:4,
16:9 and 4K), every text readable (x-height ≥ 1.5 % of the height) and nothing cut.

A method for fewer people runs with as many of the nine as it allows (co-consulting and
one-to-one coaching two, peer case consultation four). One view per method, resized and walked phase by phase:
a new window per phase would take most of the time."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel

from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.ui.room.parts import PeopleList
from facilitator.ui.room.view import RoomView
from facilitator.ui.session.controller import SessionController
from tests.ui.room.conftest import NINE, check_sizes_and_fit

SIZES = [(1024, 768), (1280, 1024), (1366, 768), (1920, 1080), (3840, 2160)]
MORE = re.compile(r"\+\d+ more")


def _walk(
    view: RoomView, controller: SessionController, people: list[str], sizes=SIZES
) -> list[str]:
    """Every phase at every size: what went wrong, as "size phase: lines drawn"."""
    problems = []
    for size in sizes:
        view.resize(*size)
        for index in range(len(controller.runner.timeline)):
            controller.goto(index, confirmed=True)
            check_sizes_and_fit(view, size)  # paints the view: `painted` is this phase's
            lists = [names for names in view.findChildren(PeopleList) if names.isVisibleTo(view)]
            lines = [line for names in lists for line, *_ in names.painted]
            drawn = sorted(name for names in lists for name in names.drawn_people())
            shown = sorted({p for names in lists for p in names.people})
            if any(MORE.search(line) for line in lines) or drawn != shown:
                phase = view.findChild(QLabel, "phaseName").text()
                problems.append(f"{size} {index} {phase!r}: {lines}")
            assert set(shown) <= set(people)
    return problems


@pytest.mark.parametrize("format_id", load_catalog(builtin_formats_dir()).ids())
def test_every_phase_shows_every_name(shown, make_controller, catalog, format_id):
    people = list(NINE[: catalog.get(format_id).group_max])
    controller = make_controller(format_id, people)
    view = shown(RoomView(controller), SIZES[0])
    controller.toggle_running()
    assert _walk(view, controller, people) == []


def test_twelve_people_in_a_set_are_all_shown(shown, store, catalog, clock):
    """More than any built-in method allows (Action Learning: nine): a set of twelve, as
    a format of one's own may plan, still shows every name, on the screens where room
    is shortest (4:3 and 5:4, where the countdown gives up a little height, and 1366×768,
    where it does not)."""
    people = [*NINE, "Jo", "Kai Abernathy-Smythe", "Lu"]
    fmt = replace(catalog.get("action-learning"), group_max=12)
    controller = SessionController(LiveSession.create(store, fmt, people, clock))
    view = shown(RoomView(controller), SIZES[0])
    controller.toggle_running()
    assert _walk(view, controller, people, SIZES[:3]) == []
