"""The viewer's server: the token, the headers, nothing else served, live updates, the cap."""

from __future__ import annotations

import http.client
import socket
import threading
import time

import pytest

from facilitator.core.clock import FakeClock
from facilitator.web.server import SAFE_HEADERS, RoomServer
from tests.web.helpers import Events, get, live_session, serving


@pytest.fixture
def live(store):
    return live_session(store)


def test_without_the_token_every_request_gets_403(live):
    with serving(live) as server:
        base = f"http://127.0.0.1:{server.port}"
        for path in ("/", "/me", "/events", "/state", "/viewer.js", "/favicon.ico",
                     f"/{server.token[:-1]}/", f"/{server.token}x/state",
                     f"/{server.token.upper()}/", "/../etc/passwd"):  # fmt: skip
            response = get(base + path)
            assert response.status == 403, path
            assert response.getheader("Content-Security-Policy"), "headers on refusals too"
        assert get(base + "/", method="POST").status == 403


def test_with_the_token_only_its_own_pages_and_nothing_else(live):
    with serving(live) as server:
        for path, kind in (("", "text/html"), ("me", "text/html"),
                           ("viewer.js", "text/javascript"), ("viewer.css", "text/css"),
                           ("icon.svg", "image/svg+xml"), ("state", "application/json")):  # fmt: skip
            response = get(server.url + path)
            assert response.status == 200, path
            assert response.getheader("Content-Type").startswith(kind)
            for name, value in SAFE_HEADERS.items():
                assert response.getheader(name) == value, (path, name)
            assert "aiohttp" not in response.getheader("Server")
        for path in ("static/", "static/viewer.js", "room.html", "../", "..%2F..%2Fetc%2Fpasswd",
                     "viewer.js/", "__init__.py", "feed.py", ".", "me/"):  # fmt: skip
            assert get(server.url + path).status in (403, 404), path
        assert get(server.url + "me", method="POST").status == 405
        assert get(server.url.rstrip("/")).status == 302  # the token without a slash


def test_the_pages_load_nothing_from_elsewhere(live):
    with serving(live) as server:
        for path in ("", "me", "viewer.css", "viewer.js"):
            body = get(server.url + path).body.decode()
            assert "http://" not in body and "https://" not in body and "//" + "cdn" not in body
            assert "innerHTML" not in body, "names are text, never markup"


def test_it_listens_only_on_the_chosen_interface(live):
    with serving(live) as server:
        assert get(server.url).status == 200
        with pytest.raises(OSError):  # another loopback address of this machine
            socket.create_connection(("127.0.0.2", server.port), timeout=2).close()


def test_a_phase_change_reaches_an_open_stream_and_a_reconnect_resyncs(live):
    live.runner.start()
    with serving(live) as server:
        stream = Events(server.url + "events")
        first = stream.next_state()
        assert first["state"]["phase_index"] == 0 and first["v"] == 1
        assert first["sent"] >= first["at"]
        live.runner.next_phase()
        assert server.changed()
        assert not server.changed(), "nothing new: nothing sent"
        second = stream.next_state()
        assert second["v"] == 2 and second["state"]["phase_index"] == 1
        stream.close()
        live.runner.next_phase()
        server.changed()  # while no one listens
        again = Events(server.url + "events", last_id="2")
        assert again.next_state()["state"]["phase_index"] == 2  # at once, not at the next change
        again.close()


def test_heartbeats_keep_a_quiet_stream_alive(live):
    with serving(live, heartbeat_s=0.2) as server:
        stream = Events(server.url + "events")
        assert stream.next()[0] == "state"
        event, data = stream.next()
        assert event == "beat" and data["sent"] > 0
        stream.close()


def test_viewers_are_capped(live):
    with serving(live, max_viewers=2, heartbeat_s=0.2) as server:
        streams = [Events(server.url + "events") for _ in range(2)]
        for s in streams:
            s.next_state()
        assert server.viewers == 2
        assert get(server.url + "events").status == 503
        assert get(server.url).status == 200, "the pages still load"
        streams[0].close()
        deadline = time.monotonic() + 10
        while server.viewers > 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        third = Events(server.url + "events")
        assert third.next_state()["v"] == 1
        for s in (streams[1], third):
            s.close()


def test_stopping_ends_the_streams_and_frees_the_port(live):
    with serving(live) as server:
        stream = Events(server.url + "events")
        stream.next_state()
        ended = threading.Event()

        def read() -> None:
            try:
                while True:
                    stream.next()
            except (EOFError, OSError, http.client.HTTPException):
                ended.set()

        threading.Thread(target=read, daemon=True).start()
        port = server.port
        server.stop()
        assert ended.wait(10), "the open stream was closed"
        server.stop()  # twice is fine
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_the_token_is_per_server_and_long(store):
    live = live_session(store, FakeClock())
    with serving(live) as a, serving(live) as b:
        assert a.token != b.token and len(a.token) >= 24
        assert get(a.url.replace(a.token, b.token)).status == 403


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 here")
def test_an_ipv6_address_is_written_in_brackets(live):
    server = RoomServer(lambda: live.room_state().to_json(), host="::1")
    try:
        server.start()
    except OSError:
        pytest.skip("::1 cannot be bound here")
    try:
        assert server.url.startswith(f"http://[::1]:{server.port}/")
        assert get(server.url).status == 200
    finally:
        server.stop()


def test_an_address_of_another_machine_is_refused_at_once(live):
    server = RoomServer(lambda: live.room_state().to_json(), host="198.51.100.7")
    with pytest.raises(OSError):
        server.start()
    assert not server.running
