"""The clicker works from any window, under a real window manager.

The real program runs on Xvfb with openbox; keys go with xdotool to whichever window has
the keyboard, as a presentation clicker's do; whether the phase moved is read from the
records the program writes. Screenshots of each step are kept (FACILITATOR_X11_SHOTS).
"""

from __future__ import annotations

import time

import pytest

from tests.ui.x11.conftest import SCREEN, Desktop, Records, _wait

MAIN = " — Facilitator$"  # "<title> — Facilitator": once its session is in it
ROOM = "room view$"  # "Facilitator — room view"
PEOPLE = "Ana,Ben,Cy,Dee"


@pytest.fixture
def session(desktop: Desktop, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    proc = desktop.start_app("run", "case-consultation", "--participants", PEOPLE, data_dir=data)
    main = desktop.find(MAIN, timeout=30)
    try:
        _wait(lambda: desktop.active_window() == main, 10, "the session window to have focus")
    except AssertionError:  # the window manager may keep a new window from taking the
        # focus (its focus-stealing rule, on a busy machine): click it, as a user would,
        # and again until it has the focus
        def click() -> bool:
            desktop.run("xdotool", "windowactivate", str(main), check=False)
            desktop.run("xdotool", "windowfocus", str(main), check=False)
            time.sleep(0.5)
            return desktop.active_window() == main

        _wait(click, 30, "the session window to have focus")
    yield desktop, main, Records(data), proc
    if proc.poll() is None:
        proc.terminate()
        proc.wait(10)


def _frame_pixels(png) -> int:
    """Sky-blue pixels (the paused frame) along the left side of the room's countdown,
    away from its corners, on a fullscreen room view."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), "no screenshot (ImageMagick's import is needed)"
    width, height = image.width(), image.height()
    count = 0
    for y in range(int(height * 0.25), int(height * 0.45)):
        for x in range(0, int(width * 0.06)):
            c = image.pixelColor(x, y)
            if abs(c.red() - 0x56) < 40 and abs(c.green() - 0xB4) < 40 and c.blue() > 190:
                count += 1
    return count


def _active_name(desktop: Desktop) -> str:
    return desktop.window_name(desktop.active_window())


def test_clicker_keys_act_from_the_fullscreen_room_view(session):
    desktop, main, records, _ = session
    desktop.key("space")  # start
    records.wait_for(lambda r: "start" in r.kinds(), "the session to start")

    desktop.key("ctrl+r")  # the room view opens…
    room = desktop.find(ROOM)
    time.sleep(0.5)
    assert desktop.active_window() == main, "opening the room view took the keyboard"
    desktop.key("f")  # …and goes fullscreen, still without taking the keyboard
    _wait(lambda: desktop.geometry(room)[2:] == SCREEN, 10, "the room view fullscreen")
    time.sleep(0.5)
    assert desktop.active_window() == main, "fullscreen took the keyboard"
    desktop.screenshot("1-room-fullscreen")

    # the facilitator clicks into the room view (or the window manager gives it focus)
    def activate_room() -> bool:
        desktop.run("xdotool", "windowactivate", str(room), check=False)
        time.sleep(0.2)
        return desktop.active_window() == room

    _wait(activate_room, 10, "the room view to have focus")

    desktop.key("Next")  # Page Down, the clicker's "next"
    records.wait_for(lambda r: r.phase() == 1, "Page Down to move to phase 2")
    desktop.key("Right")
    records.wait_for(lambda r: r.phase() == 2, "→ to move to phase 3")
    desktop.key("Prior")  # Page Up
    records.wait_for(lambda r: r.phase() == 1, "Page Up to move back to phase 2")
    desktop.key("Left")
    records.wait_for(lambda r: r.phase() == 0, "← to move back to phase 1")
    desktop.key("plus")
    records.wait_for(lambda r: "adjust" in r.kinds(), "+ to extend the phase")
    desktop.key("2")
    records.wait_for(
        lambda r: ("speaker", {"speaker": "Ben"}) in r.events(), "2 to mark Ben as speaking"
    )
    desktop.key("space")
    records.wait_for(lambda r: r.kinds()[-1] == "pause", "Space to pause")
    time.sleep(0.5)
    paused = _frame_pixels(desktop.screenshot("1b-room-paused"))
    desktop.key("space")
    records.wait_for(lambda r: r.kinds()[-1] == "resume", "Space to resume")
    time.sleep(0.5)
    resumed = _frame_pixels(desktop.screenshot("1c-room-resumed"))
    # the paused frame (dashed, sky blue) is drawn whole, and wholly gone once resumed
    assert paused > 50, "the paused frame was not drawn along the countdown's side"
    assert resumed == 0, "the paused frame stayed on the screen after resuming"
    assert desktop.active_window() == room
    assert desktop.geometry(room)[2:] == SCREEN, "a session key dropped fullscreen"

    desktop.key("b")  # blank: the room view stays fullscreen, the session unchanged
    time.sleep(0.4)
    desktop.screenshot("2-room-blanked")
    desktop.key("period")  # the clicker's own "black screen" key brings it back
    time.sleep(0.4)
    desktop.screenshot("3-room-back")

    desktop.key("Escape")  # the keyboard back to the laptop: fullscreen stays
    _wait(lambda: desktop.active_window() == main, 10, "Escape to give the laptop the keys")
    assert desktop.geometry(room)[2:] == SCREEN
    desktop.key("Next")
    records.wait_for(lambda r: r.phase() == 1, "Page Down from the laptop window")

    desktop.key("f")  # leaving fullscreen is its own key
    _wait(lambda: desktop.geometry(room)[2:] != SCREEN, 10, "the room view to leave fullscreen")
    desktop.screenshot("4-room-windowed")
    assert desktop.find(ROOM) == room  # still shown, as an ordinary window


def test_ctrl_w_asks_and_returns_to_the_start_screen(session):
    desktop, main, records, proc = session
    desktop.key("space")
    records.wait_for(lambda r: "start" in r.kinds(), "the session to start")
    # (xdotool reports a framed window's position off by the frame: sizes only)
    _, _, width, height = desktop.geometry(main)
    assert width <= SCREEN[0] and height <= SCREEN[1] - 20, "the window does not fit 1024×768"
    desktop.key("ctrl+w")
    question = desktop.find("Close the session window")
    desktop.screenshot("5-close-question")
    desktop.key("Escape")  # no: the session goes on
    desktop.gone("Close the session window")
    assert desktop.find(MAIN) == main
    assert proc.poll() is None

    desktop.key("ctrl+w")
    question = desktop.find("Close the session window")
    desktop.run("xdotool", "windowactivate", "--sync", str(question), check=False)
    desktop.key("alt+c")  # Close
    desktop.gone(" — Facilitator$")
    start = desktop.find("^Facilitator$")
    desktop.screenshot("6-start-screen")
    _, _, width, height = desktop.geometry(start)
    assert width <= SCREEN[0] and height <= SCREEN[1] - 20, "the start screen does not fit"
    assert proc.poll() is None, "closing the session window quit the program"
    assert start != main
