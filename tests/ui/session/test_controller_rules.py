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
    c.goto(3)
    c.previous_phase()
    c.undo_stack.undo()
    c.undo_stack.redo()
    assert gotos(c) == ["next", "jump", "previous", "undo", "previous"]
    stored = c.live.store.events(c.live.session_id)
    assert [e.data["reason"] for e in stored if e.kind is EventKind.GOTO] == gotos(c)


@pytest.mark.parametrize("move", ["next_phase", "skip_round"])
def test_at_the_end_the_controller_refuses_what_the_runner_refuses(make_controller, qtbot, move):
    c = make_controller("case-consultation", ("Ana", "Ben", "Cy"))
    c.toggle_running()
    c.goto(len(c.runner.timeline) - 1)
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
