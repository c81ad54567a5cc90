"""A live session served by the viewer, and a small reader of server-sent events."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from facilitator.core.clock import Clock, SystemClock
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.live import LiveSession
from facilitator.store.sessions import SessionStore
from facilitator.web.server import RoomServer

PEOPLE = ["Ana", "Ben", "Cleo", "<img src=x onerror=alert(1)>"]


def live_session(store: SessionStore, clock: Clock | None = None) -> LiveSession:
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    return LiveSession.create(store, fmt, PEOPLE, clock or SystemClock(), seed=3)


@contextmanager
def serving(live: LiveSession, **kwargs) -> Iterator[RoomServer]:
    server = RoomServer(lambda: live.room_state().to_json(), host="127.0.0.1", **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def get(url: str, method: str = "GET") -> http.client.HTTPResponse:
    """One request; the response with its body read (as `.body`)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request(method, (parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
    response = conn.getresponse()
    response.body = response.read()
    conn.close()
    return response


class Events:
    """An open event stream; `next()` returns (event name, data as JSON)."""

    def __init__(self, url: str, last_id: str | None = None) -> None:
        parts = urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        headers = {"Accept": "text/event-stream"}
        if last_id is not None:
            headers["Last-Event-ID"] = last_id
        self.conn.request("GET", parts.path, headers=headers)
        self.response = self.conn.getresponse()
        self.raw: list[bytes] = []

    def next(self) -> tuple[str, dict]:
        event, data = "message", []
        while True:
            line = self.response.fp.readline()
            if not line:
                raise EOFError("the stream ended")
            self.raw.append(line)
            line = line.decode().rstrip("\r\n")
            if not line:
                if data:
                    return event, json.loads("\n".join(data))
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                event = value
            elif field == "data":
                data.append(value)

    def next_state(self) -> dict:
        while True:
            event, data = self.next()
            if event == "state":
                return data

    def close(self) -> None:
        self.conn.close()
