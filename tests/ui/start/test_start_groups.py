"""The start screen leads to the groups: a button for all of them, a card for each saved one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from facilitator.app import Facilitator
from facilitator.app import groups as group_actions
from facilitator.services.group_book import GroupForm
from facilitator.store.database import open_records
from facilitator.ui.common.locale_text import day_text, time_text
from facilitator.ui.groups.window import GroupsWindow
from facilitator.ui.start.window import _GroupCard


def test_saved_groups_show_their_next_meeting_and_open_in_groups(qtbot, tmp_path, catalog, clock):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, catalog, clock)  # the fake clock is in 2027
    book = group_actions.book_for(app)
    gid = book.save(
        GroupForm("Tuesday set", "action-learning", ("Ana", "Ben", "Cy"), "Fay", None,
                  "Europe/Warsaw", {}),
    )  # fmt: skip
    book.plan_series(gid, datetime(2027, 3, 2, 18), 6, 3, 160)
    app.show_start()
    qtbot.addWidget(app.start)
    card = app.start.findChild(_GroupCard, f"savedGroup_{gid}")
    assert card is not None and card.accessibleName() == "Tuesday set"
    detail = " ".join(label.text() for label in card.findChildren(type(app.start._no_recent)))
    starts = datetime(2027, 3, 2, 18)
    when = f"next meeting {day_text(starts)}, {time_text(starts)}"
    assert f"Action Learning meeting · {when}" in detail
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    groups = next(w for w in app.windows if isinstance(w, GroupsWindow))
    qtbot.addWidget(groups)
    assert groups.form.name.text() == "Tuesday set"
    records.conn.close()


def test_the_groups_button_opens_the_groups_window(qtbot, tmp_path, catalog, clock):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, catalog, clock)
    app.show_start()
    qtbot.addWidget(app.start)
    qtbot.mouseClick(app.start.findChild(QPushButton, "groupsButton"), Qt.MouseButton.LeftButton)
    groups = [w for w in app.windows if isinstance(w, GroupsWindow)]
    assert len(groups) == 1 and groups[0].isVisible()
    qtbot.addWidget(groups[0])
    assert "A new group" in groups[0].findChild(type(groups[0].problem), "groupSaveState").text()
    records.conn.close()


def test_a_saved_groups_sessions_make_no_second_card(qtbot, tmp_path, catalog, clock):
    from facilitator.services.live import LiveSession

    records = open_records(tmp_path / "data")
    app = Facilitator(records, catalog, clock)
    book = group_actions.book_for(app)
    gid = book.save(
        GroupForm("Cases", "case-consultation", ("Ana", "Ben", "Cy"), None, None, "UTC", {})
    )
    live = LiveSession.create(
        app.store, catalog.get("case-consultation"), ["Ana", "Ben", "Cy"], clock
    )
    book.link(live.session_id, gid, None)
    LiveSession.create(app.store, catalog.get("co-consulting"), ["Dee", "Eve"], clock)
    app.show_start()
    qtbot.addWidget(app.start)
    cards = [c.accessibleName() for c in app.start.findChildren(_GroupCard)]
    assert cards == ["Cases", "Dee, Eve"]
    records.conn.close()


def _held(app, catalog, clock, people, params, actions=()):
    """A meeting held and finished without a window; six weeks pass."""
    from facilitator.services.live import LiveSession

    live = LiveSession.create(
        app.store, catalog.get("action-learning"), people, clock, params=params
    )
    live.runner.start()
    clock.advance(20 * 60)
    for owner, text in actions:
        live.add_note(text, action_owner=owner)
    live.runner.finish()
    clock.advance(6 * 7 * 86400)
    return live.session_id


SIX = ["Fay", "Ana", "Ben", "Cy", "Dee", "Eve", "Gus"]  # Fay facilitates; six can hold


def test_meeting_an_unsaved_group_again_restores_settings_and_commitments(
    qtbot, tmp_path, catalog, clock, monkeypatch
):
    from facilitator.services.group_history import carried_for_session
    from facilitator.ui.session.carried_actions import CarriedActionsPanel
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    records = open_records(tmp_path / "data")
    app = Facilitator(records, catalog, clock)
    params = {"issue_holders": 6, "round_minutes": 40, "catch_up_minutes": 15}
    _held(app, catalog, clock, SIX, params, [("Ana", "Ask for the budget")])
    app.show_start()
    start = app.start
    qtbot.addWidget(start)
    seen = {}

    def accept(dialog):
        spec = dialog.result_spec()
        seen.update(fmt=spec.fmt.id, names=spec.participants, params=spec.params)
        dialog.grab().save(str(tmp_path / "again.png"))
        return 1

    monkeypatch.setattr(NewSessionDialog, "exec", accept)
    qtbot.mouseClick(start.findChild(_GroupCard, "group_0"), Qt.MouseButton.LeftButton)
    assert seen["fmt"] == "action-learning"
    assert seen["names"] == SIX
    assert {k: seen["params"][k] for k in params} == params  # six holders came back as six
    (session,) = app.session_windows()
    sid = session.controller.live.session_id
    carried = carried_for_session(records.conn, sid, clock)
    assert [(c.person, c.text) for c in carried] == [("Ana", "Ask for the budget")]
    panel = session.findChild(CarriedActionsPanel)
    assert panel is not None and panel.is_due()  # shown from the opening catch-up
    assert "Ask for the budget" in " ".join(label.text() for label in panel._lines)
    session.close()  # back to the start screen, before the records close
    qtbot.addWidget(app.start)
    records.conn.close()


def test_save_as_a_group_from_the_card(qtbot, tmp_path, catalog, clock, monkeypatch):
    from facilitator.ui.start.save_group import SaveGroupDialog

    records = open_records(tmp_path / "data")
    app = Facilitator(records, catalog, clock)
    first = _held(app, catalog, clock, SIX, {"issue_holders": 6}, [("Ana", "Ask")])
    second = _held(app, catalog, clock, SIX, {"issue_holders": 6})
    app.show_start()
    start = app.start
    qtbot.addWidget(start)
    names = []

    def save(dialog):
        names.append(dialog.name.text())
        dialog.grab().save(str(tmp_path / "save.png"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SaveGroupDialog, "exec", save)
    card = start.findChild(_GroupCard, "group_0")
    qtbot.mouseClick(card.findChild(QPushButton, "saveAsGroup"), Qt.MouseButton.LeftButton)
    assert names == ["Action Learning meeting: Fay, Ana, Ben …"]
    book = group_actions.book_for(app)
    (group,) = book.groups()
    assert (group.name, group.facilitator, group.members) == (names[0], "Fay", tuple(SIX[1:]))
    assert group.params["issue_holders"] == 6
    assert [s.id for s in book.store.sessions(group.id)] == [first, second]
    assert [c.accessibleName() for c in start.findChildren(_GroupCard)] == [names[0]]
    assert start.findChild(_GroupCard, "group_0") is None  # its card is now the saved one
    records.conn.close()


def test_a_refused_group_name_is_said_and_kept(qtbot):
    from facilitator.ui.start.save_group import SaveGroupDialog

    def refuse(name):
        raise ValueError(f"There is already a group called '{name}'; choose another name.")

    dialog = SaveGroupDialog("Co-consulting", ["<img src=x>", "Bo"], 2, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Pairs")
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.isVisible()
    assert "already a group called 'Pairs'" in dialog.problem.text()
    assert dialog.name.text() == "Pairs"
    people = dialog.findChild(type(dialog.problem), "groupPeople")
    assert people.textFormat() == Qt.TextFormat.PlainText
    dialog.name.setText("   ")
    assert not dialog._ok.isEnabled() and not dialog.problem.isVisible()
