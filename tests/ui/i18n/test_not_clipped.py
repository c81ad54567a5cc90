"""Polish and German take more room than English: no text of the main windows is cut off.

Each window is built in the language, shown at its usual size offscreen, and every label
and button that does not wrap is measured against the room it was given. The renders are
kept as PNG files for a look (`FACILITATOR_SHOTS=DIR`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from facilitator.app.language import install_language
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.ui.common.preferences import Preferences

NAMES = ("Agnieszka Brzęczyszczykiewicz", "Bernadette Müller-Lüdenscheidt", "Cy", "Dee")


def _clipped(window: QWidget) -> list[str]:
    out = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == widget.textFormat().RichText or "\n" in widget.text():
                continue
            shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = QFontMetrics(widget.font()).horizontalAdvance(shown)
            room = widget.contentsRect().width() - 2 * widget.margin()
            if need > room + 1 and widget.minimumWidth() < need:
                out.append(f"label {widget.objectName() or widget.text()[:30]!r}: {need} > {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if hint > widget.width() + 1:
                out.append(f"button {widget.text()!r}: {hint} > {widget.width()}")
    return out


@pytest.fixture(params=["pl", "de"])
def language(request, qapp):
    code = install_language(qapp, request.param)
    yield code
    install_language(qapp, "en")


def _shoot(window: QWidget, name: str) -> None:
    folder = os.environ.get("FACILITATOR_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def test_main_window_and_room_view(qtbot, language, store, clock):
    from facilitator.services.live import LiveSession
    from facilitator.ui.room.view import RoomView
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow

    catalog = load_catalog(builtin_formats_dir(), language=language)
    live = LiveSession.create(store, catalog.get("case-consultation"), list(NAMES), clock)
    controller = SessionController(live)
    window = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    controller.toggle_running()
    QApplication.processEvents()
    _shoot(window, f"main_window_{language}")
    assert _clipped(window) == []
    room = RoomView(controller)
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    QApplication.processEvents()
    _shoot(room, f"room_view_{language}")
    assert _clipped(room) == []


def test_new_session_dialog(qtbot, language):
    from facilitator.ui.setup.new_session_dialog import NewSessionDialog

    catalog = load_catalog(builtin_formats_dir(), language=language)
    dialog = NewSessionDialog(catalog, list(NAMES), lambda: 1_800_000_000.0)
    qtbot.addWidget(dialog)
    dialog.select_format("case-consultation")
    dialog.set_participants(list(NAMES))
    dialog.show()
    QApplication.processEvents()
    _shoot(dialog, f"new_session_{language}")
    assert _clipped(dialog) == []


def _wrapped_cut(window: QWidget) -> list[str]:
    """Wrapped labels given less height than their text needs at their width."""
    return [
        f"{label.objectName() or label.text()[:30]!r}: {label.heightForWidth(label.width())}"
        f" > {label.height()}"
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window)
        and label.wordWrap()
        and label.text()
        and label.heightForWidth(label.width()) > label.height()
    ]


def test_method_dialogs_are_as_tall_as_their_wrapped_text(qtbot, language):
    """The late-arrival dialog cut its explanation at the top and bottom (issue 19)."""
    from facilitator.ui.session.method_dialogs import (
        HelpingDialog,
        LateArrivalDialog,
        RoomMessageDialog,
    )

    for dialog in (
        LateArrivalDialog("Mitglied des Sets, das berät", "Person mit dem Anliegen"),
        HelpingDialog(NAMES[1], "", ["Fragen", "Ratschläge"]),
        RoomMessageDialog(["Nur Fragen."]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        _shoot(dialog, f"{dialog.objectName()}_{language}")
        assert _wrapped_cut(dialog) == [], dialog.objectName()


def test_the_measure_sees_a_cut_label(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Osoba odpowiedzialna za pilnowanie czasu", box)
    label.setGeometry(0, 0, 60, 20)
    box.show()
    assert _clipped(box) and "60" in _clipped(box)[0]


def test_action_for_shows_nobody_whole_at_1024(qtbot, language, store, clock):
    """QA of issue 19: German "Vorhaben für:" showed "niemand (einfache Noti" at 1024 px."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    from facilitator.services.live import LiveSession
    from facilitator.ui.session.controller import SessionController
    from facilitator.ui.session.main_window import MainWindow

    catalog = load_catalog(builtin_formats_dir(), language=language)
    live = LiveSession.create(store, catalog.get("case-consultation"), list(NAMES), clock)
    window = MainWindow(SessionController(live), Preferences(chime_muted=True))
    qtbot.addWidget(window)
    window.resize(1008, 720)
    window.show()
    QApplication.processEvents()
    _shoot(window, f"main_window_1024_{language}")
    combo = window.findChild(QComboBox, "actionOwner")
    assert combo.currentIndex() == 0 and combo.currentText() != "nobody (a plain note)"
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert need <= field.width(), f"{combo.currentText()!r}: {need} > {field.width()}"
    assert window.width() <= 1008
