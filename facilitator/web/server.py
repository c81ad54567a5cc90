"""The viewer's HTTP server: aiohttp on its own thread and event loop.

Why a thread rather than qasync: the server must run the same under the Qt window, the
command line and the tests, and must never stall the countdown on the laptop. Its loop
lives on a daemon thread; the laptop's thread talks to it only through `changed()`
(which reads the state on the caller's thread, so the session is never read from two
threads) and `stop()`.

What it serves: two pages and their script and style, all kept in memory from the
package, under a per-session random token (`/<token>/`). The pages speak the session's
language (the one the facilitator runs in), or the one asked for with `?lang=pl|de|en`
(`words.render_page`). Any other first path segment
gets 403, any other file 404 — there is no file system behind it, so no listing and no
way out. Every response carries a strict Content-Security-Policy and no referrer (the
token is in the address). Live updates are server-sent events; the number of viewers
is capped.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import secrets
import socket
import threading
import time
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

from aiohttp import web
from aiohttp_sse import sse_response

from facilitator.core import i18n
from facilitator.web.feed import Feed, Snapshot
from facilitator.web.words import render_page

MAX_VIEWERS = 100  # live pages at once; more get 503
HEARTBEAT_S = 5.0  # a small message this often, so a browser can tell a dead connection
RETRY_MS = 1000  # how soon a browser reconnects after the stream drops

ASSETS = {  # path under the token -> (file in facilitator/web/static, content type)
    "": ("room.html", "text/html; charset=utf-8"),
    "me": ("me.html", "text/html; charset=utf-8"),
    "viewer.js": ("viewer.js", "text/javascript; charset=utf-8"),
    "viewer.css": ("viewer.css", "text/css; charset=utf-8"),
    "icon.svg": ("icon.svg", "image/svg+xml"),
}
PAGES = ("", "me")  # rendered in a language; the other assets are served as they are

SAFE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; manifest-src 'none'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cache-Control": "no-store",
    "Server": "facilitator",
}


def _load_assets() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("facilitator.web") / "static"
    return {path: ((folder / name).read_bytes(), kind) for path, (name, kind) in ASSETS.items()}


def new_token() -> str:
    """A secret for the viewer's address: 144 random bits, URL-safe."""
    return secrets.token_urlsafe(18)


def host_in_url(host: str) -> str:
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


class RoomServer:
    """Serves the room's state to browsers on one interface until `stop()`.

    `state` returns the current `RoomState.to_json()`; call `changed()` from the same
    thread whenever the session may have changed (a timer every few hundred
    milliseconds is enough: only states the browsers cannot derive are sent).
    """

    def __init__(
        self,
        state: Callable[[], Mapping[str, Any]],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_viewers: int = MAX_VIEWERS,
        wall: Callable[[], float] = time.time,
        heartbeat_s: float = HEARTBEAT_S,
        token: str | None = None,
        language: str | None = None,
    ) -> None:
        self._state = state
        # the session's language: the facilitator's, unless told
        self.language = language if language and language in i18n.LANGUAGES else i18n.language()
        self.host = host
        self.port = port
        self.max_viewers = max_viewers
        self.heartbeat_s = heartbeat_s
        self._wall = wall
        self.token = token or new_token()
        self._feed = Feed()
        self._assets = _load_assets()
        # every page in every language, now, on the laptop's thread: the server's thread
        # then only reads this table, never the catalogues (about 30 ms, once)
        self._pages = {
            (path, code): render_page(self._assets[path][0].decode("utf-8"), code).encode()
            for path in PAGES
            for code in i18n.LANGUAGES
        }
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._streams: set[web.StreamResponse] = set()
        self._next: asyncio.Future[None] | None = None  # resolved when there is news
        self._closing = False

    # -- the laptop's side --------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def url(self) -> str:
        """The room page's address, token included."""
        return f"http://{host_in_url(self.host)}:{self.port}/{self.token}/"

    @property
    def personal_url(self) -> str:
        return self.url + "me"

    @property
    def viewers(self) -> int:
        return len(self._streams)

    def start(self) -> str:
        """Bind and serve; returns the room page's address. Raises OSError if the
        address cannot be bound (not this machine's, or the port is taken)."""
        if self._thread is not None:
            return self.url
        self.changed()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="room-viewer", daemon=True)
        thread.start()
        try:
            asyncio.run_coroutine_threadsafe(self._open(), loop).result(timeout=15)
        except BaseException:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            loop.close()
            raise
        self._loop, self._thread = loop, thread
        return self.url

    def changed(self) -> bool:
        """Read the state now (on the caller's thread); send it if the browsers need it."""
        snapshot = self._feed.offer(self._state(), self._wall())
        if snapshot is None:
            return False
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake)
        return True

    def stop(self) -> None:
        """Close every stream and the listening socket; safe to call twice."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._loop = self._thread = None
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()

    # -- the server's thread --------------------------------------------------------------
    async def _open(self) -> None:
        self._next = asyncio.get_running_loop().create_future()
        app = web.Application(middlewares=[self._guard], client_max_size=4096)
        app.on_response_prepare.append(_add_headers)
        for path in ASSETS:
            app.router.add_get(f"/{{token}}/{path}", self._asset)
        app.router.add_get("/{token}", self._slash)
        app.router.add_get("/{token}/events", self._events)
        app.router.add_get("/{token}/state", self._snapshot)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, keepalive_timeout=15, shutdown_timeout=1
        )
        await self._runner.setup()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        try:
            sock = socket.create_server((self.host, self.port), family=family, backlog=64)
        except BaseException:
            await self._runner.cleanup()
            raise
        self.port = sock.getsockname()[1]  # the one chosen when asked for port 0
        try:
            await web.SockSite(self._runner, sock, backlog=64).start()
        except BaseException:
            sock.close()
            raise

    async def _close(self) -> None:
        self._closing = True
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        """403 unless the first path segment is the token; then only known paths."""
        first = request.path.lstrip("/").split("/", 1)[0]
        if not secrets.compare_digest(first.encode(), self.token.encode()):
            raise web.HTTPForbidden(text="This address needs the link shown on the laptop.")
        return await handler(request)

    async def _slash(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"/{self.token}/")

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        path = request.path.split("/", 2)[2]
        body, kind = self._assets[path]
        if path in PAGES:
            asked = request.query.get("lang", "").strip().lower()
            body = self._pages[path, asked if asked in i18n.LANGUAGES else self.language]
        return web.Response(body=body, headers={"Content-Type": kind})

    async def _snapshot(self, request: web.Request) -> web.StreamResponse:
        latest = self._feed.latest
        if latest is None:
            raise web.HTTPServiceUnavailable()
        return web.Response(
            text=latest.message(self._wall()), content_type="application/json", charset="utf-8"
        )

    async def _events(self, request: web.Request) -> web.StreamResponse:
        if len(self._streams) >= self.max_viewers or self._closing:
            raise web.HTTPServiceUnavailable(text="Too many viewers; try again later.")
        async with sse_response(request, ping_interval=30) as stream:
            self._streams.add(stream)
            try:
                await self._pump(stream)
            except (ConnectionResetError, TimeoutError):
                pass  # the browser went away or stalled: it reconnects when it can
            finally:
                self._streams.discard(stream)
        return stream

    async def _pump(self, stream) -> None:
        """Send the latest state now (a reconnect resyncs), then each newer one, and a
        heartbeat when nothing happened for a while."""
        sent: Snapshot | None = None
        while not self._closing and stream.is_connected():
            waiter = self._next  # resolved by the next `_wake`, however soon it comes
            assert waiter is not None  # made when the server starts
            latest = self._feed.latest
            if latest is not None and latest is not sent:
                retry = RETRY_MS if sent is None else None
                message = latest.message(self._wall())
                await stream.send(message, id=str(latest.version), event="state", retry=retry)
                sent = latest
                continue
            try:
                async with asyncio.timeout(self.heartbeat_s):
                    await asyncio.shield(waiter)
            except TimeoutError:
                await stream.send(json.dumps({"sent": self._wall()}), event="beat")

    def _wake(self) -> None:
        """On the server's thread: let every stream look at the feed again."""
        waiter, self._next = self._next, asyncio.get_running_loop().create_future()
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


async def _add_headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SAFE_HEADERS)
