"""The round-plan editor on its own: it shows a plan and asks for edits, never makes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

from facilitator.core.plan.rounds import make_plan
from facilitator.ui.setup.round_plan_editor import RoundPlanEditor

NAMES = ["Ana", "Ben", "Cy", "<img src=x>"]


@pytest.fixture
def editor(qtbot):
    widget = RoundPlanEditor()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _table(editor) -> QTableWidget:
    return editor.findChild(QTableWidget, "roundPlan")


def _button(editor, name: str) -> QPushButton:
    return editor.findChild(QPushButton, name)


def _rows(editor) -> list[list[str]]:
    table = _table(editor)
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_shows_each_round_with_its_holder_first_in_bold(editor, catalog):
    fmt = catalog.get("case-consultation")
    plan = make_plan(fmt, {}, NAMES)
    editor.show_plan(fmt, plan)
    table = _table(editor)
    assert editor.rounds_shown and table.isVisible()
    assert [row[0] for row in _rows(editor)] == [r.holder for r in plan.rounds]
    assert table.item(0, 0).font().bold() and not table.item(0, 1).font().bold()
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header[0] == fmt.holder_role.name
    assert table.verticalHeaderItem(1).text() == "Round 2"
    assert table.item(3, 0).text() == "<img src=x>"  # an item's text is never markup


def test_rounds_to_be_decided_at_the_bids_hide_the_table_but_keep_the_swaps(editor, catalog):
    fmt = catalog.get("action-learning")
    plan = make_plan(fmt, fmt.resolve_params({}), ["Fay", *NAMES], at_bids=True)
    editor.show_plan(fmt, plan)
    assert not editor.rounds_shown
    assert not _table(editor).isVisible() and not _button(editor, "reshuffle").isVisible()
    assert _button(editor, "swapButton").isVisible()


def test_moving_a_round_asks_to_swap_the_two_holders(editor, catalog, qtbot):
    fmt = catalog.get("case-consultation")
    plan = make_plan(fmt, {}, NAMES)
    editor.show_plan(fmt, plan)
    up, down = _button(editor, "moveUp"), _button(editor, "moveDown")
    assert not up.isEnabled() and not down.isEnabled()  # nothing chosen yet
    _table(editor).selectRow(1)
    assert up.isEnabled() and down.isEnabled()
    with qtbot.waitSignal(editor.swap_requested) as asked:
        qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert asked.args == [plan.rounds[1].holder, plan.rounds[2].holder]
    assert _table(editor).currentRow() == 2
    _table(editor).selectRow(3)
    assert not _button(editor, "moveDown").isEnabled()  # the last round goes no further


def test_a_swap_offers_everyone_but_the_first_pick_and_asks_for_it(editor, catalog, qtbot):
    fmt = catalog.get("case-consultation")
    editor.show_plan(fmt, make_plan(fmt, {}, NAMES))
    first = editor.findChild(QComboBox, "swapFirst")
    second = editor.findChild(QComboBox, "swapSecond")
    first.setCurrentText("Ben")
    assert [second.itemText(i) for i in range(second.count())] == ["Ana", "Cy", "<img src=x>"]
    second.setCurrentText("<img src=x>")
    with qtbot.waitSignal(editor.swap_requested) as asked:
        qtbot.mouseClick(_button(editor, "swapButton"), Qt.MouseButton.LeftButton)
    assert asked.args == ["Ben", "<img src=x>"]


def test_reshuffle_is_asked_for_and_nothing_is_edited_here(editor, catalog, qtbot):
    fmt = catalog.get("case-consultation")
    plan = make_plan(fmt, {}, NAMES)
    editor.show_plan(fmt, plan)
    before = _rows(editor)
    with qtbot.waitSignal(editor.reshuffle_requested):
        qtbot.mouseClick(_button(editor, "reshuffle"), Qt.MouseButton.LeftButton)
    assert _rows(editor) == before  # the dialog plans again and shows the new plan


def test_without_a_plan_nothing_can_be_edited(editor, catalog):
    fmt = catalog.get("case-consultation")
    editor.show_plan(fmt, None)
    assert _table(editor).rowCount() == 0
    for name in ("moveUp", "moveDown", "reshuffle", "swapButton"):
        assert not _button(editor, name).isEnabled(), name
    assert editor.findChild(QComboBox, "swapFirst").count() == 0
