"""Decimals and units where the windows show them, in the language's way: a German
meeting of 97.5 minutes is "97,5 Min.", coaching hours are "8,75"; the ICF export under
the same window keeps its dots."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QProgressBar

from facilitator.core import i18n
from facilitator.resources import translations_dir
from tests.sample_catalogues import write_catalogues


@pytest.fixture
def german(tmp_path):
    i18n.set_language("de", write_catalogues(tmp_path))  # the Qt-free layers' words
    yield
    i18n.set_language("en", translations_dir())


def test_a_meetings_length_in_german(qtbot, records, catalog, clock, german):
    from facilitator.services.group_book import GroupBook, GroupForm
    from facilitator.ui.groups.window import GroupsWindow

    book = GroupBook(records.conn, catalog, clock)
    gid = book.save(GroupForm("Dienstag", "action-learning", ("Ana", "Ben", "Cy", "Dee"), "Fay",
                              None, "Europe/Berlin", {"issue_holders": 2}))  # fmt: skip
    book.plan_series(gid, datetime(2027, 2, 1, 18, 0), 2, 1, 97.5)
    book.plan_series(gid, datetime(2027, 3, 1, 18, 0), 2, 1, 150)
    window = GroupsWindow(book)
    qtbot.addWidget(window)
    window.select_group(gid)
    table = window.meetings.table
    cells = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c)}  # fmt: skip
    assert "97,5 Min." in cells and "150 Min." in cells


def test_coaching_hours_in_german_and_the_export_keeps_its_dots(qtbot, records, clock, german):
    from facilitator.core.coaching.icf_export import to_csv
    from facilitator.services.samples.coaching import fill_demo_log
    from facilitator.store.coaching import CoachingStore
    from facilitator.ui.coach.window import CoachWindow

    store = CoachingStore(records.conn)
    fill_demo_log(store, date.fromtimestamp(clock.wall()), clock.wall())
    window = CoachWindow(store, clock)
    qtbot.addWidget(window)
    window.icf.refresh()
    table = window.icf.table
    paid = [table.item(r, 7).text() for r in range(table.rowCount())]
    assert paid and all("," in p and "." not in p for p in paid if p), paid
    bars = [b.format() for b in window.icf.findChildren(QProgressBar)]
    assert any("," in b for b in bars), bars
    assert any("2.500" in b for b in bars), "German thousands: a dot"
    rows = list(csv.reader(io.StringIO(to_csv(window.icf.icf))))[1:]
    exported = [row[7] for row in rows if row[7]]
    assert exported and all("." in h and "," not in h for h in exported), exported
