"""Names are plain text, never widen the window, and keep their direction to themselves
(issue 19: 500-character names, `<img src=…>`, right-to-left overrides)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from facilitator.core.text import isolate
from facilitator.resources import icon_path
from facilitator.ui.common.elided import FSI, PDI
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.main_window import MainWindow

LONG = "Maximiliana" + "x" * 489
HTML = "<img src=/etc/hosts width=600>Eve"
RTL = "Ana\u202eevil"


def _window(qtbot, make_controller, people):
    controller = make_controller("case-consultation", people)
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    controller.toggle_running()
    return win


def test_a_500_character_name_does_not_widen_the_window(qtbot, make_controller):
    win = _window(qtbot, make_controller, [LONG, "Ben", "Cy"])
    assert len(LONG) == 500
    assert win.minimumSizeHint().width() <= 1024 - 16
    assert win.width() <= 1024
    button = win.findChild(QPushButton, "speaker_1")
    assert "…" in button.text() and _shown(button.toolTip()) == LONG
    where = win.countdown.findChild(QLabel, "phaseWhere")
    assert LONG in where.text()  # all of it is there, shown elided with a tooltip
    assert _shown(where.toolTip()) == where.text()  # literally, never as markup


NINE = [
    "Anastasia Kowalczyk", "Bartholomew Nguyen", "Chidi Okonkwo", "Dorota Wiśniewska",
    "Emmanuelle Laurent", "Friedrich Hoffmann", "Gabriela Fernández", "Hiroshi Takahashi",
    "Ingrid Johansson",
]  # fmt: skip


def test_nine_ordinary_long_names_fit_a_1024_screen(qtbot, make_controller):
    """An independent check found the window 1,107 px wide on a 1024×768 screen: the speaker
    keys' buttons wanted 150 px of name each, five to a row."""
    controller = make_controller("action-learning", NINE)
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    assert win.minimumSizeHint().width() <= 1024 - 16
    win.resize(1008, 720)
    win.show()
    qtbot.waitExposed(win)
    controller.toggle_running()
    buttons = [win.findChild(QPushButton, f"speaker_{n}") for n in range(10)]
    for button in buttons:
        assert button.geometry().right() < win.roles.width(), button.text()
        name = button.toolTip() or button.text().split("  ", 1)[1]
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
        assert _shown(name) in NINE + ["nobody"]  # cut names have the whole one as tooltip
    win.resize(1400, 720)  # room again: the names come back whole
    qtbot.waitUntil(lambda: all("…" not in b.text() for b in buttons))


def _shown(tooltip: str) -> str:
    """What a tooltip shows (Qt reads tooltips as rich text when they look like it)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_names_are_never_markup(qtbot, make_controller):
    win = _window(qtbot, make_controller, [HTML, "Ben", "Cy"])
    shown = [label for label in win.findChildren(QLabel) if "<img" in label.text()]
    assert shown, "the name is shown somewhere on the laptop"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_a_right_to_left_override_stays_inside_the_name(qtbot, make_controller):
    win = _window(qtbot, make_controller, [RTL, "Ben", "Cy"])
    where = win.countdown.findChild(QLabel, "phaseWhere").text()
    assert isolate(RTL) in where
    assert where.count(FSI) == where.count(PDI)


def _header_picture(qtbot, make_controller, name: str):
    win = _window(qtbot, make_controller, [name, "Ben", "Cy"])
    win.resize(1000, 700)
    qtbot.wait(10)
    label = win.countdown.findChild(QLabel, "phaseWhere")
    return label.text(), label.grab().toImage()


@pytest.mark.parametrize(
    "name", ["Ana\u202eevil", "Ana\u2069\u202eevil", "Ana\u202b\u202eevil", "Ana\u2067\u202eevil"]
)
def test_the_header_after_a_right_to_left_name_reads_as_usual(qtbot, make_controller, name):
    # "Ana" + RLO + "evil" shows as "Analive"; what follows it ("· planned 25 min") must
    # look exactly as it does after a plain "Analive" (a stray PDI cannot end the isolate)
    text, shown = _header_picture(qtbot, make_controller, name)
    plain_text, plain = _header_picture(qtbot, make_controller, "Analive")
    assert text.endswith(plain_text.split("Analive", 1)[1])
    assert shown.size() == plain.size() and shown == plain


def test_microphone_off_is_an_svg_icon_not_an_emoji(qtbot, make_controller):
    win = _window(qtbot, make_controller, ["Ana", "Ben", "Cy", "Dee"])
    assert icon_path("microphone-off.svg").is_file()
    table = win.findChild(QTreeWidget, "roleTable")
    muted = [
        table.topLevelItem(i)
        for i in range(table.topLevelItemCount())
        if "microphone off" in table.topLevelItem(i).text(2)
    ]
    assert muted
    for item in muted:
        assert not item.icon(2).isNull()
        assert not any(ord(ch) > 0xFFFF for ch in item.text(2))  # no emoji
        assert not item.icon(2).pixmap(16, 16).isNull()


def test_next_rounds_cut_long_names_and_keep_them_whole_in_the_tooltip(qtbot, make_controller):
    # QA of issue 19: a 500-character name wrapped over 5 lines per round in "Next rounds:"
    # and ran under the speaker buttons and the Swap row.
    sixty = "Bartholomew Alexander Nguyen-Featherstonehaugh of Llanfairpwll"
    people = ["Ben", HTML, sixty, LONG]
    win = MainWindow(make_controller("case-consultation", people), Preferences())
    qtbot.addWidget(win)  # rounds 2, 3 and 4 are next
    upcoming = win.roles.findChild(QLabel, "upcomingRounds")
    text = upcoming.text()
    assert LONG not in text and sixty not in text
    assert f"{FSI}Maximiliana" in text and f"{FSI}Bartholomew Alexander" in text
    assert "…" + PDI in text
    assert f"{FSI}<img src=" in text and isolate("Ben") not in text  # round 1 is current
    assert upcoming.textFormat() == Qt.TextFormat.PlainText
    tip = _shown(upcoming.toolTip())
    assert LONG in tip and sixty in tip and HTML in tip  # literally, never as markup
    lines = upcoming.heightForWidth(660) / upcoming.fontMetrics().lineSpacing()
    assert lines <= 5  # the heading and a line a round, as wide as the window gives at 1024
