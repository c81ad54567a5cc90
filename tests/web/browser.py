"""Debian's chromium, headless, driven over the DevTools protocol (aiohttp's WebSocket
client), so the viewer is tested in a real browser without a driver to install.

`.ci/run` needs the Debian package `chromium` (and a font, e.g. `fonts-dejavu-core`);
the tests that use it skip when it is missing.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--remote-debugging-port=0",
)


class Browser:
    """One headless chromium with one page; every call waits for its answer."""

    def __init__(self, width: int = 420, height: int = 860) -> None:
        assert CHROMIUM, "chromium is not installed"
        self._profile = tempfile.TemporaryDirectory(
            prefix="facilitator-chromium-", ignore_cleanup_errors=True
        )
        self._proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its helper processes go with it on close
        )
        self._loop = asyncio.new_event_loop()
        self._ids = itertools.count(1)
        try:
            self._loop.run_until_complete(self._connect(self._devtools_url(), width, height))
        except BaseException:
            self.close()
            raise

    def _devtools_url(self) -> str:
        deadline = time.monotonic() + 30
        assert self._proc.stderr is not None
        while time.monotonic() < deadline:
            line = self._proc.stderr.readline()
            if not line and self._proc.poll() is not None:
                break
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                return found.group(1)
        raise RuntimeError("chromium did not start its DevTools endpoint")

    async def _connect(self, url: str, width: int, height: int) -> None:
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(url, max_msg_size=0)
        target = await self._call("Target.createTarget", url="about:blank")
        attached = await self._call(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        self._session = attached["sessionId"]
        await self._call("Page.enable", session=True)
        await self._call(
            "Emulation.setDeviceMetricsOverride",
            session=True, width=width, height=height, deviceScaleFactor=1, mobile=False,
        )  # fmt: skip

    async def _call(self, method: str, session: bool = False, **params: Any) -> dict:
        ident = next(self._ids)
        message: dict[str, Any] = {"id": ident, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        await self._ws.send_str(json.dumps(message))
        while True:
            reply = json.loads((await asyncio.wait_for(self._ws.receive(), 30)).data)
            if reply.get("id") == ident:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def call(self, method: str, **params: Any) -> dict:
        return self._loop.run_until_complete(self._call(method, session=True, **params))

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Poll `expression` until it is truthy; its value, or AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.js(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression}")
            time.sleep(0.05)

    def text(self, element_id: str) -> str:
        return self.js(f"document.getElementById({json.dumps(element_id)}).textContent")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        async def shut() -> None:
            if getattr(self, "_ws", None) is not None:
                await self._ws.close()
            if getattr(self, "_http", None) is not None:
                await self._http.close()

        if not self._loop.is_closed():
            self._loop.run_until_complete(shut())
            self._loop.close()
        self._proc.terminate()
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        with contextlib.suppress(ProcessLookupError):  # the renderers it started, if left
            os.killpg(self._proc.pid, signal.SIGKILL)
        if self._proc.stderr is not None:
            self._proc.stderr.close()
        self._profile.cleanup()
