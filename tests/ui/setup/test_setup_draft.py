"""Nothing typed into New session… is lost by Esc, and pasted lists become names
(QA of issue 19: Esc threw the names away; "Ana Nowak;Ben Ode;Cy Park" was one person)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from facilitator.app import Facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.store.database import open_records
from facilitator.ui.setup.new_session_dialog import NewSessionDialog
from facilitator.ui.setup.setup_parts import pasted_names, split_names

NOW = time.mktime((2025, 5, 13, 14, 5, 0, 0, 0, -1))


@pytest.fixture
def dialog(qtbot, catalog):
    d = NewSessionDialog(catalog, [], lambda: NOW)
    qtbot.addWidget(d)
    d.show()
    return d


def _holders(dialog) -> list[str]:
    table = dialog.findChild(QTableWidget, "roundPlan")
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_semicolons_and_tabs_separate_names_like_new_lines():
    assert split_names("Ana Nowak;Ben Ode;Cy Park") == ["Ana Nowak", "Ben Ode", "Cy Park"]
    assert split_names("Ana Nowak\tBen Ode\nCy  Park ; \n") == ["Ana Nowak", "Ben Ode", "Cy Park"]
    assert split_names("Nowak, Ana\nOde, Ben") == ["Nowak, Ana", "Ode, Ben"]  # typed: one each


def test_pasted_lists_become_one_name_a_line():
    assert pasted_names("Ana Nowak;Ben Ode;Cy Park") == "Ana Nowak\nBen Ode\nCy Park"
    assert pasted_names("Ana Nowak\tBen Ode\tCy Park\r\n") == "Ana Nowak\nBen Ode\nCy Park"
    assert pasted_names("Ana Nowak, Ben Ode, Cy Park") == "Ana Nowak\nBen Ode\nCy Park"
    assert pasted_names("Nowak, Ana\nOde, Ben\n") == "Nowak, Ana\nOde, Ben"  # a column


def test_a_semicolon_list_typed_or_pasted_plans_three_people(dialog):
    dialog.select_format("case-consultation")
    names = dialog.findChild(QPlainTextEdit, "participantsEdit")
    names.setPlainText("Ana Nowak;Ben Ode;Cy Park")  # typed on one line
    assert _holders(dialog) == ["Ana Nowak", "Ben Ode", "Cy Park"]
    names.clear()
    data = QMimeData()
    data.setText("Ana Nowak\tBen Ode\tCy Park")  # a row copied from a spreadsheet
    names.insertFromMimeData(data)
    assert names.toPlainText() == "Ana Nowak\nBen Ode\nCy Park"
    assert _holders(dialog) == ["Ana Nowak", "Ben Ode", "Cy Park"]


def test_nothing_typed_leaves_no_draft(dialog):
    assert dialog.draft() is None


def test_a_draft_holds_what_was_typed_and_continues_it(dialog, qtbot, catalog):
    dialog.select_format("co-consulting")
    dialog.set_participants(["Ana", "<img src=x>"])
    title = dialog.findChild(QLineEdit, "sessionTitle")
    title.selectAll()
    qtbot.keyClicks(title, "Tuesday group")
    spin = dialog.findChild(QSpinBox, "param_minutes_each_way")
    default = spin.value()
    spin.setValue(default + 1)
    draft = dialog.draft()
    assert draft is not None and draft.format_id == "co-consulting"

    again = NewSessionDialog(catalog, [], lambda: NOW)
    qtbot.addWidget(again)
    again.show()
    assert not again.findChild(QLabel, "draftNote").isVisible()
    again.continue_draft(draft)
    assert again.findChild(QLabel, "draftNote").isVisible()
    assert again.findChild(QPlainTextEdit, "participantsEdit").toPlainText() == (
        "Ana\n<img src=x>"
    )
    assert again.findChild(QLineEdit, "sessionTitle").text() == "Tuesday group"
    assert again.findChild(QSpinBox, spin.objectName()).value() == spin.value()
    assert again.result_spec().participants == ["Ana", "<img src=x>"]
    assert again.result_spec().fmt.id == "co-consulting"

    qtbot.mouseClick(again.findChild(QPushButton, "startAfresh"), Qt.MouseButton.LeftButton)
    assert again.findChild(QPlainTextEdit, "participantsEdit").toPlainText() == ""
    assert again.findChild(QLineEdit, "sessionTitle").text() != "Tuesday group"
    assert again.findChild(QSpinBox, spin.objectName()).value() == default
    assert not again.findChild(QLabel, "draftNote").isVisible()
    assert again.draft() is None


def _on_the_dialog(act) -> None:
    """Run `act(dialog)` once the modal New session dialog is up."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NewSessionDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def test_esc_keeps_the_names_for_the_next_new_session(qtbot, tmp_path, clock):
    records = open_records(tmp_path / "data")
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    seen: list[str] = []

    def type_then_escape(dialog):
        qtbot.addWidget(dialog)
        dialog.set_participants(["Ana Nowak", "Ben Ode", "Cy Park"])
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def look_then_escape(dialog):
        qtbot.addWidget(dialog)
        seen.append(dialog.findChild(QPlainTextEdit, "participantsEdit").toPlainText())
        seen.append(str(dialog.findChild(QLabel, "draftNote").isVisible()))
        dialog.reject()

    _on_the_dialog(type_then_escape)
    app.new_session()
    _on_the_dialog(look_then_escape)
    app.new_session()
    assert seen == ["Ana Nowak\nBen Ode\nCy Park", "True"]
    records.conn.close()
