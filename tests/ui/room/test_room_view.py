"""The room view: what the projector shows in each state, and what it must never show."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from facilitator.core.text import isolate
from facilitator.ui.common.style import (
    ACCENT_COLOURS,
    BACKGROUND,
    OKABE_ITO,
    TEXT_COLOURS,
    contrast_ratio,
    style_sheet,
)
from facilitator.ui.room.screens import ScreenFollower, choose_screen
from facilitator.ui.room.view import RoomView

FOUR = ("Ana", "Ben", "Cy", "Dee")


def _view(qtbot, controller, size=(1280, 720)) -> RoomView:
    view = RoomView(controller)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _tick(controller, clock, seconds: float) -> None:
    clock.advance(seconds)
    controller.ticked.emit()  # what the controller's timer does when a second turns


def _cards(view: RoomView) -> dict[str, list[str]]:
    """Role name -> the visible texts on its card."""
    cards = {}
    for card in view.findChildren(QFrame, "roleCard"):
        texts = [w.text() for w in card.findChildren(QLabel) if w.text() and w.isVisibleTo(view)]
        name = card.findChild(QLabel, "roleName").text()
        cards[name] = texts
    return cards


def _countdown(view: RoomView) -> QLabel:
    return view.findChild(QLabel, "countdown")


# -- content per state --------------------------------------------------------------------
def test_not_started_shows_starting_soon_and_the_first_phase(qtbot, make_controller):
    view = _view(qtbot, make_controller("case-consultation", FOUR))
    texts = view.visible_texts()
    assert "STARTING SOON" in texts
    assert "Describe the case" in texts
    assert "5:00" in texts
    assert "Phase 1 of 16 · Round 1 of 4" in texts
    assert "Next: Clarifying questions · 5 min" in texts
    assert "PAUSED" not in texts and "OVER TIME" not in texts


def test_running_shows_the_countdown_and_progress(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    _tick(controller, clock, 61)
    texts = view.visible_texts()
    assert "3:59" in texts
    assert "1:01 of 5:00" in texts
    assert "STARTING SOON" not in texts and "PAUSED" not in texts
    bar = view.findChild(QWidget, "phaseProgress")
    assert (bar.value(), bar.maximum()) == (61, 300)


def test_paused_says_so_in_words_and_with_a_dashed_frame(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    _tick(controller, clock, 30)
    controller.toggle_running()
    assert "PAUSED" in view.visible_texts()
    assert view.findChild(QFrame, "countdownFrame").property("mode") == "paused"
    _tick(controller, clock, 600)  # time passes; a paused clock does not move
    assert "4:30" in view.visible_texts()


def _edge_colour(view: RoomView) -> QColor:
    frame = view.findChild(QFrame, "countdownFrame")
    image = view.grab(QRect(frame.mapTo(view, QPoint(0, 0)), frame.size())).toImage()
    return image.pixelColor(2, image.height() // 2)


def test_overrun_shows_minus_time_a_label_and_a_frame(qtbot, make_controller, clock):
    controller = make_controller("action-learning", ["Fay", "Ana", "Ben", "Cy", "Dee"])
    view = _view(qtbot, controller)
    controller.toggle_running()
    controller.next_phase()
    controller.next_phase()
    controller.next_phase()  # Clarifying questions, 10 minutes
    _tick(controller, clock, 30)
    assert _edge_colour(view) == QColor(BACKGROUND)  # no frame while on time
    _tick(controller, clock, 10 * 60 + 53)
    texts = view.visible_texts()
    assert "−1:23" in texts
    assert "OVER TIME" in texts
    assert "11:23 of 10:00" in texts
    assert _edge_colour(view) == QColor(OKABE_ITO["vermillion"])  # a frame appears: a shape


def test_warning_cue_in_words(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    _tick(controller, clock, 200)
    assert not any("left" in t for t in view.visible_texts())
    _tick(controller, clock, 40)  # 60 seconds left: the phase's warning point
    assert "1 minute left" in view.visible_texts()
    controller.next_phase()
    controller.next_phase()  # Advisers discuss: warnings at 2 and 1 minutes
    _tick(controller, clock, 8 * 60 + 20)
    assert "2 minutes left" in view.visible_texts()


def test_finished_shows_only_that(qtbot, make_controller):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    controller.finish()
    assert view.visible_texts() == ["Session finished", "Peer-to-peer case consultation"]


# -- roles, rules, next -------------------------------------------------------------------
def test_roles_instructions_and_muted_marker_in_a_case_consultation(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    for _ in range(4):
        controller.next_phase()  # round 2, step 1: Describe the case
    roles = controller.live.plan.rounds[1].roles
    cards = _cards(view)
    giver, keeper, advisers = (  # each name isolated (U+2068…U+2069) in the list
        isolate(roles["case_giver"][0]),
        isolate(roles["timekeeper"][0]),
        ", ".join(isolate(a) for a in roles["adviser"]),
    )
    assert cards["Case giver"] == ["SPEAKS", "Case giver", giver, "Describe your case."]
    assert cards["Timekeeper"][:3] == ["MICROPHONE OFF", "Timekeeper", keeper]
    assert cards["Adviser"] == [
        "MICROPHONE OFF",
        "Adviser",
        advisers,
        "Listen, microphone off; take notes.",
    ]
    assert "Advisers: microphones off — listen closely and take notes." in view.visible_texts()
    icons = [i for i in view.findChildren(QLabel, "micOffIcon") if i.isVisibleTo(view)]
    assert len(icons) == 2 and all(not i.pixmap().isNull() for i in icons)  # not colour alone

    controller.next_phase()
    controller.next_phase()  # step 3: Advisers discuss
    cards = _cards(view)
    assert cards["Case giver"][0] == "MICROPHONE OFF"
    assert "Microphone off: listen and take notes." in cards["Case giver"]
    assert cards["Adviser"][0] == cards["Timekeeper"][0] == "SPEAKS"
    assert "Phase 7 of 16 · Round 2 of 4" in view.visible_texts()
    assert "Next: Sum up and respond · 5 min" in view.visible_texts()


def test_the_last_phase_says_what_comes_next(qtbot, make_controller):
    controller = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    view = _view(qtbot, controller)
    controller.toggle_running()
    controller.goto(len(controller.runner.timeline) - 1, confirmed=True)
    assert "Next: end of the session" in view.visible_texts()


def test_a_tick_redraws_the_clock_only(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    cards = view.findChildren(QFrame, "roleCard")
    font = _countdown(view).font().pixelSize()
    for _ in range(5):
        _tick(controller, clock, 1)
    assert view.findChildren(QFrame, "roleCard") == cards
    assert _countdown(view).font().pixelSize() == font  # one size while the seconds run
    assert "4:55" in view.visible_texts()


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_second_lays_nothing_out_again(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    controller.toggle_running()
    for _ in range(2):  # the first paint of the running clock may settle a layout once
        _tick(controller, clock, 1)
        qtbot.wait(5)
    qtbot.wait(100)  # let a loaded machine finish that first layout before counting
    # a layout the first show left pending (late on a loaded machine) is not a tick's
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    counter = _LayoutRequests()
    watched = [view, *view.findChildren(QWidget)]
    for widget in watched:
        widget.installEventFilter(counter)
    for _ in range(5):
        _tick(controller, clock, 1)
        qtbot.wait(5)
    for widget in watched:
        widget.removeEventFilter(counter)
    assert "4:53" in view.visible_texts()
    assert counter.count == 0


# -- what must never reach the projector --------------------------------------------------
def _every_string(widget: QWidget) -> list[str]:
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        found += [child.toolTip(), child.windowTitle(), child.accessibleName()]
        if hasattr(child, "text"):
            found.append(child.text())
    return found


def test_notes_and_the_session_title_never_appear(qtbot, make_controller, clock):
    controller = make_controller("case-consultation", FOUR, title="SECRET-TITLE Jane Roe")
    live = controller.live
    live.store.add_note(
        live.session_id, "SECRET-NOTE-TEXT", round_index=0, phase_index=0, now=clock.wall()
    )
    view = _view(qtbot, controller)
    for step in (controller.toggle_running, controller.next_phase, controller.finish):
        step()
        _tick(controller, clock, 5)
        for text in view.visible_texts() + _every_string(view):
            assert "SECRET" not in text


def test_blank_shows_nothing_at_all(qtbot, make_controller):
    controller = make_controller("case-consultation", FOUR)
    view = _view(qtbot, controller)
    with qtbot.waitSignal(view.blanked_changed) as signal:
        view.toggle_blank()
    assert signal.args == [True]
    assert view.is_blanked()
    assert view.visible_texts() == []
    assert all(not w.isVisible() for w in view.findChildren(QLabel))
    controller.toggle_running()  # the session goes on behind the blank
    assert view.visible_texts() == []
    view.set_blanked(False)
    assert "Describe the case" in view.visible_texts()


# -- colour and size ----------------------------------------------------------------------
def test_contrast_ratio_follows_wcag():
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(TEXT_COLOURS))
def test_every_text_colour_reaches_7_to_1(name):
    fg, bg = TEXT_COLOURS[name]
    assert contrast_ratio(QColor(fg), QColor(bg)) >= 7.0


@pytest.mark.parametrize("name", sorted(ACCENT_COLOURS))
def test_every_accent_colour_reaches_3_to_1(name):
    fg, bg = ACCENT_COLOURS[name]
    assert contrast_ratio(QColor(fg), QColor(bg)) >= 3.0


def test_the_style_sheet_uses_only_checked_colours():
    checked = {
        c.upper() for pair in (*TEXT_COLOURS.values(), *ACCENT_COLOURS.values()) for c in pair
    }
    used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}", style_sheet(10.0))}
    assert used <= checked


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160)])
def test_the_countdown_fits_and_fills_the_screen(qtbot, make_controller, clock, size):
    controller = make_controller("action-learning", ["Fay", "Ana", "Ben", "Cy", "Dee", "Eve"])
    view = _view(qtbot, controller, size)
    controller.toggle_running()
    controller.next_phase()
    controller.next_phase()
    controller.next_phase()  # Open questions… (20 min): the longest name of all
    height = size[1]
    for seconds in (0, 11 * 60, 4 * 60):  # 20:00, 9:00, then an overrun of −1:00
        _tick(controller, clock, seconds)
        qtbot.wait(1)
        label = _countdown(view)
        assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.width()
    frame = view.findChild(QFrame, "countdownFrame")
    assert 0.35 * height <= frame.height() <= 0.45 * height
    # nothing spills out of the window
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view) and label.text():
            corner = label.mapTo(view, label.rect().bottomRight())
            assert corner.x() < size[0] and corner.y() < height, label.text()
    name = view.findChild(QLabel, "phaseName")
    assert name.font().pixelSize() >= 0.025 * height  # scaled from the height


def test_fonts_follow_the_window_height(qtbot, make_controller):
    view = _view(qtbot, make_controller("case-consultation", FOUR), (1024, 768))
    small = _countdown(view).font().pixelSize()
    view.resize(3840, 2160)
    qtbot.wait(1)
    assert _countdown(view).font().pixelSize() > 2.5 * small


# -- keys and screens ---------------------------------------------------------------------
def test_escape_and_tab_ask_for_the_control_window(qtbot, make_controller):
    view = _view(qtbot, make_controller("case-consultation", FOUR))
    view.set_fullscreen(True)
    assert view.isFullScreen()
    with qtbot.waitSignal(view.back_to_control_requested):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isFullScreen()  # leaving fullscreen is a key of its own (F)
    with qtbot.waitSignal(view.back_to_control_requested):
        qtbot.keyClick(view, Qt.Key.Key_Tab)


def test_choose_screen_with_one_screen_is_the_primary(qapp):
    primary = QGuiApplication.primaryScreen()
    assert len(QGuiApplication.screens()) == 1
    assert choose_screen(None) == primary
    assert choose_screen("no such projector") == primary
    assert choose_screen(primary.name()) == primary


def test_follower_falls_back_to_an_ordinary_window(qtbot, make_controller):
    view = _view(qtbot, make_controller("case-consultation", FOUR))
    follower = ScreenFollower(view)
    primary = QGuiApplication.primaryScreen()
    assert follower.place() == primary
    assert view.screen() == primary
    view.set_fullscreen(True)
    QGuiApplication.instance().screenRemoved.emit(primary)  # the projector is unplugged
    assert not view.isFullScreen()
