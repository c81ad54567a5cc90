"""The room never sees a note or an action's text: what it may see is `RoomState`."""

from __future__ import annotations

import json

from facilitator.core.clock import FakeClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession

SECRET = "Ben-said-his-manager-is-leaving-7f3a"


def test_notes_and_actions_never_reach_the_room_state(store):
    fmt = load_catalog(builtin_formats_dir()).get("action-learning")
    clock = FakeClock()
    live = LiveSession.create(store, fmt, ["Ana", "Ben", "Cleo", "Dev"], clock)
    live.runner.start()
    live.add_note(SECRET)
    live.add_note(f"Call the lawyer {SECRET}", action_owner="Ben")
    assert any(SECRET in n.text for n in live.notes())  # the laptop has them
    for _ in range(len(live.timeline) - 1):
        text = json.dumps(live.room_state().to_json())
        assert SECRET not in text
        assert "lawyer" not in text
        clock.advance(61)
        live.runner.next_phase()
