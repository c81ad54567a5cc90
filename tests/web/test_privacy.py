"""Nothing private leaves the laptop: every byte the viewer sends, through a whole session
with a note and an action written in it, holds neither the note nor the action's text."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from tests.web.helpers import Events, get, live_session, serving

NOTE = "Ben-said-his-manager-is-leaving-7f3a"
ACTION = "Call the lawyer about the contract 91c2"


def test_no_response_carries_a_note_or_an_action(store):
    clock = FakeClock()
    live = live_session(store, clock)
    live.add_note(NOTE)  # before the start, and during it below
    live.runner.start()
    live.add_note(ACTION, action_owner="Ben")
    assert {n.text for n in live.notes()} == {NOTE, ACTION}  # the laptop has them
    received: list[bytes] = []
    with serving(live, wall=clock.wall) as server:
        stream = Events(server.url + "events")
        for _ in range(len(live.timeline)):
            stream.next_state()
            for path in ("", "me", "viewer.js", "viewer.css", "icon.svg", "state", "nope"):
                response = get(server.url + path)
                received.append(response.body)
                received.append(str(response.headers).encode())
            live.add_note(f"{NOTE} again in phase {live.runner.index}")
            clock.advance(61)
            if live.runner.index + 1 < len(live.timeline):
                live.runner.next_phase()
            else:
                live.runner.finish()
            assert server.changed()
        stream.next_state()
        stream.close()
        received.extend(stream.raw)
        received.append(get(f"http://127.0.0.1:{server.port}/").body)
    everything = b"".join(received).decode()
    assert '"phase_index"' in everything and "Ben" in everything  # the room's state did go out
    for secret in (NOTE, ACTION, "lawyer", "7f3a", "91c2"):
        assert secret not in everything
