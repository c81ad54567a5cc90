"""Setting up a session: format, names, settings, the round plan, agreements and the result."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
)

from facilitator.core.plan.draft import SessionSpec, parse_participants, plan_draft
from facilitator.core.plan.rounds import check_plan
from facilitator.core.timefmt import projected_end_text
from facilitator.ui.setup.new_session_dialog import NewSessionDialog

NOW = time.mktime((2025, 5, 13, 14, 5, 0, 0, 0, -1))
KNOWN = ["Agnieszka Nowak", "Ben Okafor", "Carla Mendes"]
SHOTS = os.environ.get("FACILITATOR_SHOTS")  # a folder: save PNGs of the new steps there


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def dialog(qtbot, catalog):
    d = NewSessionDialog(catalog, KNOWN, lambda: NOW)
    qtbot.addWidget(d)
    d.show()
    return d


def _child(dialog, kind, name):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def _rows(dialog) -> list[list[str]]:
    table = _child(dialog, QTableWidget, "roundPlan")
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _problem(dialog) -> QLabel:
    return _child(dialog, QLabel, "planProblem")


def _ok(dialog) -> QPushButton:
    return _child(dialog, QPushButton, "okButton")


def _tick_all(dialog) -> None:
    for box in dialog.findChildren(QCheckBox):
        if box.objectName().startswith("agreement_"):
            box.setChecked(True)


def test_co_consulting_pair_gets_two_rounds_that_swap(dialog):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    table = _child(dialog, QTableWidget, "roundPlan")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Client", "Consultant"]
    assert _rows(dialog) == [["Ana", "Ben"], ["Ben", "Ana"]]
    assert not _problem(dialog).isVisible()


def test_ok_waits_for_every_agreement(dialog, qtbot):
    dialog.select_format("audio-action-learning")
    dialog.set_participants(["Ana", "Ben", "Cy", "Dee"])
    boxes = [_child(dialog, QCheckBox, f"agreement_{n}") for n in range(2)]
    qtbot.waitUntil(lambda: boxes[0].isVisible() and boxes[0].width() < 100)
    assert not _ok(dialog).isEnabled()
    assert "2 to go" in _child(dialog, QLabel, "okHint").text()
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    assert boxes[0].isChecked()
    assert not _ok(dialog).isEnabled()
    text = _child(dialog, QLabel, "agreementText_1")
    assert text.text() == "Each of us is in a quiet, private place for the whole call."
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)  # the text ticks its box, as usual
    assert boxes[1].isChecked()
    assert _ok(dialog).isEnabled()
    assert _child(dialog, QLabel, "okHint").text() == ""


def test_too_few_people_is_named_and_the_names_stay(dialog):
    dialog.select_format("case-consultation")
    names = _child(dialog, QPlainTextEdit, "participantsEdit")
    names.setPlainText("Ana")
    assert _problem(dialog).isVisible()
    assert "3–4 people; 1 given" in _problem(dialog).text()
    assert names.toPlainText() == "Ana"
    assert _rows(dialog) == []
    _tick_all(dialog)
    assert not _ok(dialog).isEnabled()
    with pytest.raises(ValueError):
        dialog.result_spec()


def test_duplicate_name_is_named_and_an_empty_line_is_ignored(dialog):
    dialog.select_format("case-consultation")
    names = _child(dialog, QPlainTextEdit, "participantsEdit")
    names.setPlainText("Ana\nBen\n\nana")
    assert "'ana' is listed twice" in _problem(dialog).text()
    assert names.toPlainText() == "Ana\nBen\n\nana"

    names.setPlainText("Ana\n\nBen\n  \nCy\n")
    assert not _problem(dialog).isVisible()
    assert [row[0] for row in _rows(dialog)] == ["Ana", "Ben", "Cy"]


def test_minutes_each_way_changes_the_total_and_end(dialog):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    total = _child(dialog, QLabel, "plannedTotal")
    assert total.text() == "1 h 12 min"
    _child(dialog, QSpinBox, "param_minutes_each_way").setValue(20)
    assert total.text() == "52 min"  # 2 + 2 × (20 + 5)
    end = _child(dialog, QLabel, "projectedEnd").text()
    assert projected_end_text(NOW, 52 * 60) in end
    assert projected_end_text(NOW, 52 * 60) == time.strftime("%H:%M", time.localtime(NOW + 3120))


def test_reshuffle_keeps_the_rules(dialog, qtbot, catalog):
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy", "Dee"])
    fmt = catalog.get("case-consultation")
    orders = {tuple(row[0] for row in _rows(dialog))}
    for _ in range(4):
        qtbot.mouseClick(_child(dialog, QPushButton, "reshuffle"), Qt.MouseButton.LeftButton)
        rows = _rows(dialog)
        orders.add(tuple(row[0] for row in rows))
        assert sorted(row[0] for row in rows) == ["Ana", "Ben", "Cy", "Dee"]
        for giver, keeper, advisers in rows:
            assert keeper and keeper != giver
            assert sorted([giver, keeper, *advisers.split(", ")]) == ["Ana", "Ben", "Cy", "Dee"]
        assert not _problem(dialog).isVisible()
    assert len(orders) > 1  # each press shows a different order
    _tick_all(dialog)
    check_plan(fmt, {}, dialog.result_spec().plan)


def test_reshuffle_keeps_the_facilitator(dialog, qtbot):
    dialog.select_format("action-learning")
    _child(dialog, QCheckBox, "decideAtBids").setChecked(False)  # holders known in advance
    dialog.set_participants(["Fay", "Ana", "Ben", "Cy", "Dee", "Eve", "Gus"])
    for _ in range(3):
        qtbot.mouseClick(_child(dialog, QPushButton, "reshuffle"), Qt.MouseButton.LeftButton)
        assert (
            "Facilitator for the whole session: Fay" in _child(dialog, QLabel, "fixedRoles").text()
        )
        assert all("Fay" not in ", ".join(row) for row in _rows(dialog))
        assert len(_rows(dialog)) == 3


def test_swap_two_people_updates_the_table(dialog, qtbot):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    _child(dialog, QComboBox, "swapFirst").setCurrentText("Ana")
    _child(dialog, QComboBox, "swapSecond").setCurrentText("Ben")
    qtbot.mouseClick(_child(dialog, QPushButton, "swapButton"), Qt.MouseButton.LeftButton)
    assert _rows(dialog) == [["Ben", "Ana"], ["Ana", "Ben"]]
    # a change of length keeps the edited plan
    _child(dialog, QSpinBox, "param_minutes_each_way").setValue(10)
    assert _rows(dialog) == [["Ben", "Ana"], ["Ana", "Ben"]]


def test_swap_the_facilitator_with_a_member(dialog, qtbot):
    dialog.select_format("action-learning")
    _child(dialog, QCheckBox, "decideAtBids").setChecked(False)  # holders known in advance
    dialog.set_participants(["Fay", "Ana", "Ben", "Cy", "Dee"])
    _child(dialog, QComboBox, "swapFirst").setCurrentText("Fay")
    _child(dialog, QComboBox, "swapSecond").setCurrentText("Ana")
    qtbot.mouseClick(_child(dialog, QPushButton, "swapButton"), Qt.MouseButton.LeftButton)
    assert "Facilitator for the whole session: Ana" in _child(dialog, QLabel, "fixedRoles").text()
    assert _rows(dialog)[0][0] == "Fay"


def test_move_a_round_down(dialog, qtbot):
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy"])
    down = _child(dialog, QPushButton, "moveDown")
    assert not down.isEnabled()
    _child(dialog, QTableWidget, "roundPlan").selectRow(0)
    assert down.isEnabled()
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert [row[0] for row in _rows(dialog)] == ["Ben", "Ana", "Cy"]
    assert _child(dialog, QTableWidget, "roundPlan").currentRow() == 1
    qtbot.mouseClick(_child(dialog, QPushButton, "moveUp"), Qt.MouseButton.LeftButton)
    assert [row[0] for row in _rows(dialog)] == ["Ana", "Ben", "Cy"]


def test_result_spec_returns_what_was_set(dialog, qtbot):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    _child(dialog, QSpinBox, "param_minutes_each_way").setValue(20)
    qtbot.mouseClick(_child(dialog, QPushButton, "moveDown"), Qt.MouseButton.LeftButton)  # disabled
    _child(dialog, QTableWidget, "roundPlan").selectRow(0)
    qtbot.mouseClick(_child(dialog, QPushButton, "moveDown"), Qt.MouseButton.LeftButton)
    _tick_all(dialog)
    title = _child(dialog, QLineEdit, "sessionTitle")
    assert title.text() == "Co-consulting, 2025-05-13"
    title.clear()
    qtbot.keyClicks(title, "Ana and Ben, May")
    spec = dialog.result_spec()
    assert isinstance(spec, SessionSpec)
    assert spec.fmt.id == "co-consulting"
    assert spec.participants == ["Ben", "Ana"]  # the move shows in the order of the names
    assert spec.params == {"minutes_each_way": 20, "review_minutes": 5}
    assert [r.holder for r in spec.plan.rounds] == ["Ben", "Ana"]
    assert spec.agreements == list(spec.fmt.agreements)
    assert spec.title == "Ana and Ben, May"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)


def test_hint_names_the_fixed_roles(dialog):
    hint = _child(dialog, QLabel, "participantsHint")
    dialog.select_format("action-learning")
    assert "name 1 is the Facilitator" in hint.text()
    dialog.select_format("one-to-one-coaching")
    assert "name 1 is the Coach" in hint.text()
    dialog.select_format("co-consulting")
    assert "the first person goes first as Client" in hint.text()


def test_preview_lists_phases_with_durations(dialog):
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy"])
    tree = _child(dialog, QTreeWidget, "timelinePreview")
    first = tree.topLevelItem(0)
    assert first.text(0) == "Round 1 — Case giver: Ana"
    assert first.text(1) == "25 min"
    assert [first.child(i).text(1) for i in range(first.childCount())] == [
        "5 min",
        "5 min",
        "10 min",
        "5 min",
    ]
    assert tree.topLevelItemCount() == 3
    assert _child(dialog, QLabel, "plannedTotal").text() == "1 h 15 min"


def test_changing_format_keeps_the_names(dialog):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    dialog.select_format("one-to-one-coaching")
    assert _child(dialog, QPlainTextEdit, "participantsEdit").toPlainText() == "Ana\nBen"
    assert "Coach for the whole session: Ana" in _child(dialog, QLabel, "fixedRoles").text()
    assert _child(dialog, QLineEdit, "sessionTitle").text().startswith("One-to-one coaching")
    with pytest.raises(KeyError):
        dialog.select_format("no-such-format")


def test_remembered_names_are_offered(dialog, qtbot):
    names = _child(dialog, QPlainTextEdit, "participantsEdit")
    names.setFocus()
    qtbot.keyClicks(names, "okaf")
    completer = names.completer
    assert completer.currentCompletion() == "Ben Okafor"
    completer.activated.emit("Ben Okafor")
    assert names.toPlainText() == "Ben Okafor"


def test_pure_helpers(catalog):
    assert parse_participants("  Ana  Maria \n\n Ben\n") == ["Ana Maria", "Ben"]
    fmt = catalog.get("co-consulting")
    draft = plan_draft(fmt, {}, ["Ana"])
    assert draft.plan is None and "2 people; 1 given" in draft.problem
    draft = plan_draft(fmt, {"minutes_each_way": 20}, ["Ana", "Ben"])
    assert draft.problem == "" and draft.timeline.planned_total == 52 * 60


def test_action_learning_is_set_up_with_members_only(dialog, qtbot):
    dialog.select_format("action-learning")
    long = "Maximilian Alexander Wolfgang von Hohenzollern-Sigmaringen"
    dialog.set_participants(["Fay", "Ana", "Ben", long, "Dee", "Eve", "Gus"])
    at_bids = _child(dialog, QCheckBox, "decideAtBids")
    assert at_bids.isVisible() and at_bids.isChecked()
    assert _rows(dialog) == []  # no holders before the bids
    note = _child(dialog, QLabel, "bidsNote")
    assert "decided at “Bids for help”" in note.text() and "3 h 15 min" in note.text()
    _tick_all(dialog)
    spec = dialog.result_spec()
    assert spec.plan.awaits_bids and spec.plan.rounds == ()
    qtbot.wait(50)
    shot(dialog, "new_session_bids")
    at_bids.setChecked(False)  # holders known in advance: the rotation as before
    assert len(_rows(dialog)) == 3
    dialog.select_format("case-consultation")
    assert not _child(dialog, QCheckBox, "decideAtBids").isVisible()


def test_audio_rounds_too_short_are_warned_about(dialog, qtbot):
    dialog.select_format("audio-action-learning")
    dialog.set_participants(["Fay", "Ana", "Ben", "Cy", "Dee"])
    short = _child(dialog, QLabel, "shortRounds")
    assert not short.isVisible()
    _child(dialog, QSpinBox, "param_issue_holders").setValue(4)
    for box in dialog.findChildren(QComboBox):
        if box.objectName() == "param_call_hours":
            box.setCurrentIndex(0)  # 2.5 h
    assert short.isVisible(), short.text()
    assert "25 min" in short.text() and "With 3 issue holders" in short.text()
    qtbot.wait(50)
    shot(dialog, "new_session_short_rounds")


def test_export_agenda_from_the_dialog(dialog, qtbot, tmp_path, monkeypatch):
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy"])
    target = tmp_path / "agenda.md"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    button = _child(dialog, QPushButton, "exportAgenda")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert "| 14:05 | Describe the case | 5 min |" in text  # clock times from now
    assert "Adviser, Timekeeper: microphones off" in text
    pdf = tmp_path / "agenda"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(pdf), "")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")


def test_co_consulting_asks_for_no_tick_at_setup(dialog):
    # the pair agrees in the session's first phase, where the facilitator confirms it
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "Ben"])
    assert _ok(dialog).isEnabled()
    assert dialog.findChild(QCheckBox, "agreement_0") is None


def test_a_swap_shows_in_the_names_and_survives_a_name_added(dialog, qtbot):
    dialog.select_format("case-consultation")
    names = _child(dialog, QPlainTextEdit, "participantsEdit")
    dialog.set_participants(["Ana", "Ben", "Cy"])
    first, second = _child(dialog, QComboBox, "swapFirst"), _child(dialog, QComboBox, "swapSecond")
    first.setCurrentText("Ana")
    offered = [second.itemText(i) for i in range(second.count())]
    assert offered == ["Ben", "Cy"]  # never the person already picked
    second.setCurrentText("Cy")
    qtbot.mouseClick(_child(dialog, QPushButton, "swapButton"), Qt.MouseButton.LeftButton)
    assert parse_participants(names.toPlainText()) == ["Cy", "Ben", "Ana"]
    assert [row[0] for row in _rows(dialog)] == ["Cy", "Ben", "Ana"]
    names.setPlainText(names.toPlainText() + "\nDee")  # a fourth person: the swap stays
    assert [row[0] for row in _rows(dialog)] == ["Cy", "Ben", "Ana", "Dee"]


def test_moving_a_round_reorders_the_names(dialog, qtbot):
    dialog.select_format("case-consultation")
    dialog.set_participants(["Ana", "Ben", "Cy"])
    _child(dialog, QTableWidget, "roundPlan").selectRow(2)
    qtbot.mouseClick(_child(dialog, QPushButton, "moveUp"), Qt.MouseButton.LeftButton)
    names = _child(dialog, QPlainTextEdit, "participantsEdit")
    assert parse_participants(names.toPlainText()) == ["Ana", "Cy", "Ben"]
