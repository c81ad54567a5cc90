"""Unsaved groups (the start screen's recent groups): meeting again with the same settings
and commitments, and saving one as a group with its sessions as its memory."""

from __future__ import annotations

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.group_book import GroupBook, usable_params
from facilitator.services.group_history import carried_for_session
from facilitator.services.live import LiveSession
from facilitator.store.database import open_records
from facilitator.store.groups import GroupStore
from facilitator.store.sessions import SessionStore

SET = ["Fay", "Ana", "Ben", "Cy", "Dee", "Eve", "Gus"]  # Fay facilitates, six holders


@pytest.fixture
def world(tmp_path):
    opened = open_records(tmp_path / "data")
    clock = FakeClock()
    catalog = load_catalog(builtin_formats_dir())
    yield opened.conn, clock, catalog, GroupBook(opened.conn, catalog, clock)
    opened.conn.close()


def meet(conn, clock, catalog, people, actions=(), params=None, fmt="action-learning"):
    """One meeting held and finished, with commitments noted; six weeks pass."""
    live = LiveSession.create(
        SessionStore(conn), catalog.get(fmt), people, clock,
        params={"issue_holders": 6, "round_minutes": 45} if params is None else params,
    )  # fmt: skip
    live.runner.start()
    clock.advance(30 * 60)
    for owner, text in actions:
        live.add_note(text, action_owner=owner)
    live.runner.finish()
    clock.advance(6 * 7 * 86400)
    return live.session_id


def test_meeting_again_keeps_the_settings_people_and_commitments(world):
    conn, clock, catalog, book = world
    first = meet(conn, clock, catalog, SET, [("Ana", "Ask for the budget")])
    second = meet(
        conn, clock, catalog, ["Fay", "Ben", "Ana", "Cy", "Dee", "Eve", "Gus"],
        [("Ben", "Call the supplier")],
    )  # fmt: skip
    meet(conn, clock, catalog, ["Ana", "Ben"], fmt="co-consulting", params={})  # another group
    again = book.again(first)  # any session of the group leads to its latest
    assert again.fmt.id == "action-learning"
    assert again.participants == ("Fay", "Ben", "Ana", "Cy", "Dee", "Eve", "Gus")  # latest order
    assert again.params["issue_holders"] == 6  # not the method's default of 3
    assert again.params["round_minutes"] == 45
    assert again.sessions == (first, second)
    # the last meeting's commitments (Ana reported on hers at the second meeting)
    assert [(c.person, c.text, c.meeting_number) for c in again.carried] == [
        ("Ben", "Call the supplier", 2),
    ]


def test_the_next_session_of_an_unsaved_group_carries_the_last_commitments(world):
    conn, clock, catalog, _ = world
    meet(conn, clock, catalog, SET, [("Ana", "Ask for the budget"), ("Cy", "Draft the plan")])
    meet(conn, clock, catalog, list(reversed(SET)), [("Cy", "Send the plan")])
    other = meet(conn, clock, catalog, SET[:5], [("Dee", "Not theirs")], {"issue_holders": 3})
    new = LiveSession.create(SessionStore(conn), catalog.get("action-learning"), SET, clock)
    carried = carried_for_session(conn, new.session_id, clock)
    assert [(c.person, c.text, c.meeting_number) for c in carried] == [("Cy", "Send the plan", 2)]
    assert carried_for_session(conn, other, clock) == []  # the five have no earlier meeting


def test_a_session_in_the_bin_is_no_meeting_of_the_group(world):
    conn, clock, catalog, book = world
    first = meet(conn, clock, catalog, SET, [("Ana", "Ask for the budget")])
    binned = meet(conn, clock, catalog, SET, [("Ana", "Forget this")])
    conn.execute("UPDATE sessions SET discarded_wall = ? WHERE id = ?", (clock.wall(), binned))
    again = book.again(first)
    assert again.sessions == (first,)
    assert [c.text for c in again.carried] == ["Ask for the budget"]


def test_saving_an_unsaved_group_keeps_its_sessions_as_its_memory(world):
    conn, clock, catalog, book = world
    first = meet(conn, clock, catalog, SET, [("Ana", "Ask for the budget")])
    second = meet(conn, clock, catalog, SET)
    gid = book.save_unsaved(second, "  Tuesday   set ", "Europe/Warsaw")
    group = book.group(gid)
    assert group.name == "Tuesday set"
    assert group.facilitator == "Fay"  # held the fixed role; not a member too
    assert group.members == tuple(SET[1:])
    assert group.params["issue_holders"] == 6 and group.time_zone == "Europe/Warsaw"
    assert [s.id for s in GroupStore(conn).sessions(gid)] == [first, second]
    assert len(book.history(gid)) == 2
    start = book.meeting_start(gid, None)
    assert start.params["issue_holders"] == 6
    assert start.title == "Tuesday set, meeting 3"
    with pytest.raises(LookupError):
        book.again(first)  # now a saved group's meeting


def test_a_refused_name_writes_nothing(world):
    conn, clock, catalog, book = world
    first = meet(conn, clock, catalog, SET)
    other = meet(conn, clock, catalog, ["Hal", "Ida", "Jo"], fmt="case-consultation", params={})
    book.save_unsaved(other, "Cases", "UTC")
    for bad in ("cases", "   "):
        with pytest.raises(ValueError):
            book.save_unsaved(first, bad, "UTC")
    assert [g.name for g in book.groups()] == ["Cases"]
    assert GroupStore(conn).group_of_session(first) is None


@pytest.mark.parametrize("name", ["<img src=x>", "x" * 500, "\u202eevil\u202c"])
def test_odd_names_are_kept_as_typed(world, name):
    conn, clock, catalog, book = world
    first = meet(conn, clock, catalog, SET)
    gid = book.save_unsaved(first, name, "UTC")
    assert book.group(gid).name == name


def test_settings_a_method_no_longer_has_fall_back_to_its_defaults(world):
    _, _, catalog, _ = world
    fmt = catalog.get("action-learning")
    values = usable_params(fmt, {"issue_holders": 6, "gone": 3, "round_minutes": 999})
    assert values["issue_holders"] == 6
    assert values["round_minutes"] == fmt.resolve_params()["round_minutes"]
    assert "gone" not in values
