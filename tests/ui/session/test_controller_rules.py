"""One set of session rules: the runner decides, the controller asks and explains."""

from __future__ import annotations

import pytest

from facilitator.core.session.events import EventKind, Move
from facilitator.core.session.runner import InvalidAction, SessionState


def gotos(controller):
    return [e.data["reason"] for e in controller.runner.events if e.kind is EventKind.GOTO]


def test_moves_store_codes_never_display_text(make_controller, clock):
    c = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    c.next_phase()  # the first press starts the session
    assert c.runner.state is SessionState.RUNNING
    c.next_phase()
    c.goto(3, confirmed=True)
    c.previous_phase()
    c.undo_stack.undo()
    c.undo_stack.redo()
    # the undone move is an UNDO_GOTO event (its time goes back to the phase it left)
    assert gotos(c) == ["next", "jump", "previous", "previous"]
    assert [e.kind for e in c.runner.events].count(EventKind.UNDO_GOTO) == 1
    stored = c.live.store.events(c.live.session_id)
    assert [e.data["reason"] for e in stored if e.kind is EventKind.GOTO] == gotos(c)


@pytest.mark.parametrize("move", ["next_phase", "skip_round"])
def test_at_the_end_the_controller_refuses_what_the_runner_refuses(make_controller, qtbot, move):
    c = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    c.toggle_running()
    c.goto(len(c.runner.timeline) - 1, confirmed=True)
    with pytest.raises(InvalidAction) as refused:
        getattr(c.runner, {"next_phase": "next_index", "skip_round": "skip_round_index"}[move])()
    events, steps = len(c.runner.events), c.undo_stack.count()
    with qtbot.waitSignal(c.action_refused) as said:
        getattr(c, move)()
    assert said.args == [str(refused.value)]
    assert len(c.runner.events) == events and c.undo_stack.count() == steps
    assert c.runner.state is SessionState.RUNNING


@pytest.mark.parametrize(
    ("stored", "code"),
    [
        ("next phase", Move.NEXT),
        ("previous phase", Move.PREVIOUS),
        ("skip round", Move.SKIP_ROUND),
        ("jump to describe the case", Move.JUMP),
        ("undo", Move.UNDO),
        ("skip_round", Move.SKIP_ROUND),
        (None, Move.JUMP),
    ],
)
def test_old_records_labels_read_as_codes(stored, code):
    assert Move.parse(stored) is code


def test_a_long_jump_is_confirmed_first(make_controller, qtbot, english_plurals):
    c = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    c.toggle_running()
    c.goto(1)  # the next phase: at once
    assert c.runner.index == 1
    with qtbot.waitSignal(c.jump_confirmation_needed) as asked:
        c.goto(3)  # over one phase: "1 phase", never "1 phase(s)"
    assert asked.args[0] == 3 and asked.args[1].endswith(", passing over 1 phase?")
    with qtbot.waitSignal(c.jump_confirmation_needed) as asked:
        c.goto(5)  # over a whole round
    assert asked.args[0] == 5 and asked.args[1].endswith(", passing over 3 phases?")
    assert c.runner.index == 1
    c.goto(5, confirmed=True)
    assert c.runner.index == 5


def test_an_undone_jump_leaves_no_trace_in_the_figures(make_controller, clock):
    from facilitator.core.session.balance import phase_balance
    from facilitator.services.live import LiveSession

    c = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    c.toggle_running()
    clock.advance(60)
    c.goto(5, confirmed=True)  # round 2's clarifying questions, by a slip
    clock.advance(4)
    c.undo_stack.undo()
    clock.advance(10)
    r = c.runner
    assert r.index == 0 and r.actual(5) == 0 and r.actual(0) == 74
    assert not r.was_visited(5) and not r.is_skipped(5)
    again = LiveSession.open(c.live.store, c.live.session_id, clock).runner
    assert again.actual(5) == 0 and again.actual(0) == 74
    assert phase_balance(again)[5].actual == 0
