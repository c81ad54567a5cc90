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
