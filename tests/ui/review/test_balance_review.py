"""The live time-balance panel in the main window, the end-of-session review and the
clean version of it for the room."""

from __future__ import annotations

import pytest

from facilitator.core.text import isolate, strip_bidi
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session.main_window import MainWindow

pytest.importorskip("pyqtgraph")


@pytest.fixture
def window(qtbot, make_controller):
    w = MainWindow(make_controller(), Preferences(chime_muted=True))
    qtbot.addWidget(w)
    w.show()
    return w


def test_panel_is_hidden_and_not_built_until_asked_for(window):
    assert window.balance.dock is None  # nothing made (nor pyqtgraph needed) at start-up
    action = window.balance.panel_action
    assert not action.isChecked()
    assert action.shortcut().toString() == "Ctrl+T"
    assert (
        action
        in window.findChild(type(window.menuBar().actions()[0].menu()), "menu_view").actions()
    )


def test_panel_follows_the_session_only_while_shown(qtbot, window, clock):
    c = window.controller
    c.toggle_running()
    c.set_speaker("Ana")
    window.balance.panel_action.setChecked(True)
    dock = window.balance.dock
    assert dock is not None and dock.isVisible()
    panel = dock.panel
    assert panel.live and panel.redraws == 1
    assert list(panel.talk.stacked()[0]) == [0, 0, 0]  # Ana's 0 s so far

    clock.advance(90)
    for _ in range(5):  # a burst of changes is drawn once, at most a second later
        c.changed.emit()
        c.ticked.emit()
    qtbot.waitUntil(lambda: panel.redraws == 2, timeout=3000)
    qtbot.wait(1200)
    assert panel.redraws == 2
    assert panel.talk.stacked()[0][0] == pytest.approx(1.5)  # Ana: 1:30 in the first phase

    # nothing changed (paused, no event): a redraw request draws nothing
    c.toggle_running()
    qtbot.waitUntil(lambda: panel.redraws == 3, timeout=3000)
    panel.redraw()
    assert panel.redraws == 3

    window.balance.panel_action.setChecked(False)
    assert not dock.isVisible() and not panel.live
    c.toggle_running()
    clock.advance(30)
    c.ticked.emit()
    qtbot.wait(1200)
    assert panel.redraws == 3  # hidden: no listening, no drawing


def test_closing_the_dock_unticks_the_menu(qtbot, window):
    window.balance.panel_action.setChecked(True)
    window.balance.dock.close()
    assert not window.balance.panel_action.isChecked()
    assert not window.balance.dock.panel.live


def _finished_session(window, clock):
    c = window.controller
    c.toggle_running()
    c.set_speaker("Ana")
    clock.advance(400)  # describe the case: 5 min planned, 1:40 over
    c.next_phase()
    c.set_speaker("Ben")
    clock.advance(200)
    c.save_note(None, "Ana will talk to her manager on Monday", "Ana")
    c.save_note(None, "Private: Ben seemed tense about his team lead", None)
    c.save_note(None, "Ben will try the weekly one-to-ones", "Ben")
    c.save_note(None, "Ana will write down what happens", "Ana")
    c.finish()


def test_review_opens_when_the_session_finishes(qtbot, window, clock):
    _finished_session(window, clock)
    qtbot.waitUntil(lambda: window.balance.review is not None and window.balance.review.isVisible())
    review = window.balance.review
    qtbot.addWidget(review)
    assert review.heading.text().startswith("Review: ")
    assert review.overruns.topLevelItemCount() == 1
    row = review.overruns.topLevelItem(0)
    assert [row.text(i) for i in range(4)] == [
        "Round 1: Describe the case",
        "5:00",
        "6:40",
        "+1:40",
    ]
    assert review.action_texts() == {
        "Ana": ["Ana will talk to her manager on Monday", "Ana will write down what happens"],
        "Ben": ["Ben will try the weekly one-to-ones"],
    }
    shown = review.actions.toPlainText()
    assert "Ana will write down what happens" in shown
    assert "Ben seemed tense" not in shown  # a plain note is not an action
    assert review.picker.count() == 3  # three rounds
    review.picker.setCurrentIndex(1)
    assert review.phase_chart.title_text.startswith(f"Round 2 — {isolate('Ben')}")


def test_review_from_the_menu_during_a_session_says_so_far(qtbot, window, clock):
    window.controller.toggle_running()
    clock.advance(60)
    window.balance.review_action.trigger()
    review = window.balance.review
    qtbot.addWidget(review)
    assert review.isVisible() and review.heading.text().startswith("Review so far")
    assert not review.overruns.isVisible() and review.no_overruns.isVisible()


def test_room_version_shows_no_notes_only_commitment_counts(qtbot, window, clock):
    _finished_session(window, clock)
    review = window.balance.show_review()
    qtbot.addWidget(review)
    room = review.room_version()
    qtbot.addWidget(room)
    room.refresh()
    texts = strip_bidi("\n".join(room.visible_texts()))  # names come isolated (U+2068…)
    for note in window.controller.notes():
        assert note.text not in texts  # no note, not even an action's words
    assert "Ben seemed tense" not in texts and "manager" not in texts
    assert "Commitments made: Ana 2 · Ben 1" in texts
    lines = texts.splitlines()
    # each round against its plan: Ana's ended early; the others never came
    assert lines.count("Round 1 — Ana") == 1
    at = lines.index("Round 1 — Ana")
    assert lines[at : at + 3] == ["Round 1 — Ana", "10:00 of 25:00", "on time"]
    assert lines[at + 3 : at + 6] == ["Round 2 — Ben", "0:00 of 25:00", "skipped"]
    assert "How we used our time" in texts


def test_review_exports_every_chart_as_png_and_svg(qtbot, window, clock, tmp_path):
    _finished_session(window, clock)
    review = window.balance.show_review()
    qtbot.addWidget(review)
    files = review.export_charts(tmp_path / "charts")
    # three rounds and the phases outside them are none here: 3 × (time, airtime) + balance
    assert len(files) == 2 * (3 * 2 + 1)
    assert {f.suffix for f in files} == {".png", ".svg"}
    assert all(f.stat().st_size > 1000 for f in files)
    assert files[0].name == "01-time-round-1-ana-planned-and-used-time.png"


def test_closing_the_main_window_closes_the_review(qtbot, window, clock):
    _finished_session(window, clock)
    review = window.balance.show_review()
    qtbot.addWidget(review)
    window.close()
    assert not review.isVisible()
