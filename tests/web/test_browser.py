"""Both pages in a real browser (Debian's chromium, headless): what a participant sees,
a phase change on the laptop showing up, the countdown agreeing with the laptop, and a
dropped connection coming back in step.

Skipped only when chromium is missing: `.ci/run` installs the Debian packages
`chromium` and `fonts-dejavu-core`. Set FACILITATOR_SCREENSHOTS=DIR to keep the
screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from facilitator.core.clock import SystemClock
from facilitator.core.i18n import in_sentence
from facilitator.core.session.room import Cue
from facilitator.web.server import RoomServer
from tests.web.browser import CHROMIUM, Browser
from tests.web.helpers import PEOPLE, live_session, serving

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is missing: apt-get install chromium fonts-dejavu-core",
)

CUE_WORDS = {Cue.SPEAKS: "Speak", Cue.LISTENS: "Listen", Cue.MUTED: "Microphone off"}


@pytest.fixture
def live(store):
    session = live_session(store)
    session.runner.start()
    return session


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


def _keep(path: Path) -> None:
    folder = os.environ.get("FACILITATOR_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def _version(b: Browser) -> int:
    return int(b.js("document.body.dataset.version || 0"))


def _remaining(b: Browser) -> float:
    return float(b.js("document.getElementById('clock').dataset.remaining"))


def test_the_room_page_shows_the_phase_the_roles_and_the_countdown(live, browser, tmp_path):
    with serving(live) as server:
        browser.open(server.url)
        browser.wait_for("document.body.dataset.version")
        state = live.room_state()
        assert browser.text("phase") == state.phase_name
        assert browser.js("document.querySelectorAll('#roles li').length") == len(state.roles)
        assert browser.text("status") == "Live"
        page = browser.js("document.body.innerText")
        assert PEOPLE[3] in page, "a name that looks like markup is shown as text"
        assert browser.js("document.querySelectorAll('img, [onerror]').length") == 0
        _keep(browser.screenshot(tmp_path / "viewer-room.png"))


def test_the_personal_page_follows_the_laptop(live, browser, tmp_path):
    with serving(live) as server:
        browser.open(server.personal_url)
        browser.wait_for("document.body.dataset.version")
        browser.js("localStorage.clear()")  # a browser that has never been here
        browser.open(server.personal_url)
        browser.wait_for("!document.getElementById('picker').hidden")
        names = browser.js("[...document.querySelectorAll('button.name')].map(b => b.textContent)")
        assert names == PEOPLE
        _keep(browser.screenshot(tmp_path / "viewer-picker.png"))
        browser.js("[...document.querySelectorAll('button.name')][1].click()")  # Ben
        browser.wait_for("!document.getElementById('mine').hidden")
        browser.open(server.personal_url)  # the name is remembered
        browser.wait_for("document.body.dataset.version && !document.getElementById('mine').hidden")
        assert browser.text("who") == "Ben"

        def ben_sees_his_cue() -> None:
            state = live.room_state()
            mine = state.roles_of("Ben")
            assert browser.text("phase") == state.phase_name
            assert all(in_sentence(role.name) in browser.text("role") for role in mine)
            cues = {role.cue for role in mine}
            expected = next((CUE_WORDS[c] for c in CUE_WORDS if c in cues), None)
            if expected:
                assert browser.text("cue-word") == expected

        ben_sees_his_cue()
        _keep(browser.screenshot(tmp_path / "viewer-me.png"))
        for _ in range(3):  # the laptop moves on: each phase shows up on Ben's page
            before = _version(browser)
            live.runner.next_phase()
            assert server.changed()
            browser.wait_for(f"+document.body.dataset.version > {before}", timeout=5)
            ben_sees_his_cue()
        _keep(browser.screenshot(tmp_path / "viewer-me-later.png"))


def test_the_countdown_agrees_with_the_laptop(live, browser):
    with serving(live) as server:
        browser.open(server.url)
        browser.wait_for("document.body.dataset.version")
        time.sleep(1.2)  # the page counts on by itself from the one state it was sent
        for _ in range(3):
            page = _remaining(browser)
            laptop = live.runner.remaining()
            assert abs(page - laptop) < 1.0, (page, laptop)
            time.sleep(0.4)
        live.runner.pause()
        server.changed()
        browser.wait_for("document.body.dataset.mode === 'paused'")
        frozen = _remaining(browser)
        time.sleep(0.6)
        assert _remaining(browser) == frozen == pytest.approx(live.runner.remaining(), abs=0.01)
        assert browser.text("mode") == "Paused"


def test_a_dropped_connection_comes_back_in_step(live, browser):
    with serving(live) as first:
        browser.open(first.url)
        browser.wait_for("document.body.dataset.version")
        token, port = first.token, first.port
    browser.wait_for("document.getElementById('status').textContent === 'Reconnecting…'")
    live.runner.next_phase()  # while the page could not hear
    live.runner.next_phase()
    again = RoomServer(
        lambda: live.room_state().to_json(), host="127.0.0.1", port=port, token=token
    )
    again.start()
    try:
        browser.wait_for("document.getElementById('status').textContent === 'Live'", timeout=15)
        browser.wait_for(
            f"document.getElementById('phase').textContent === {json.dumps(live.room_state().phase_name)}"
        )
    finally:
        again.stop()


def test_awkward_names_stay_text_and_fit_a_phone(store, browser, tmp_path):
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession

    long_name = "Maximiliane " + "von-und-zu-" * 44  # about 500 characters
    names = ["Ana", long_name, "\u202eevil\u202c Ben", "<b>bold</b>"]
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    live = LiveSession.create(store, fmt, names, SystemClock(), seed=1)
    live.runner.start()
    with serving(live) as server:
        for url in (server.url, server.personal_url):
            browser.open(url)
            browser.wait_for("document.body.dataset.version")
            browser.js("localStorage.clear()")
            browser.open(url)
            browser.wait_for("document.body.dataset.version")
            assert browser.js("document.querySelectorAll('b, img').length") == 0
            text = browser.js("document.body.textContent")
            assert "<b>bold</b>" in text and long_name.strip() in text
            assert browser.js("document.documentElement.scrollWidth <= window.innerWidth")
        browser.js("[...document.querySelectorAll('button.name')][1].click()")
        browser.wait_for("!document.getElementById('mine').hidden")
        assert browser.text("who") == long_name
        assert browser.js("document.documentElement.scrollWidth <= window.innerWidth")
        _keep(browser.screenshot(tmp_path / "viewer-long-name.png"))


def test_a_polish_session_is_shown_in_polish(store, browser, tmp_path):
    from facilitator.core.clock import FakeClock
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.services.live import LiveSession
    from tests.sample_catalogues import speaking

    with speaking("pl", tmp_path):  # the facilitator runs the program in Polish
        fmt = load_catalog(builtin_formats_dir(), None, "pl").get("case-consultation")
        clock = FakeClock()
        live = LiveSession.create(store, fmt, PEOPLE, clock, seed=3)
        live.runner.start()
        clock.advance(live.runner.remaining() - 50)  # inside the last minute's warning
        changes: dict = {}
        server = RoomServer(lambda: {**live.room_state().to_json(), **changes}, host="127.0.0.1")
        server.start()
    try:
        browser.open(server.url)
        browser.wait_for("document.body.dataset.version")
        assert browser.js("document.documentElement.lang") == "pl"
        assert browser.js("document.title") == "Facilitator — sala"
        browser.wait_for("document.getElementById('status').textContent === 'Na żywo'")
        state = live.room_state()
        assert browser.text("phase") == state.phase_name == "Opis przypadku"
        assert browser.text("mode") == "Została 1 minuta"
        assert browser.text("next") == "Dalej: Pytania uzupełniające (5 min)"
        _keep(browser.screenshot(tmp_path / "viewer-room-pl.png"))
        for minutes, words in ((3, "Zostały 3 minuty"), (5, "Zostało 5 minut"),
                               (22, "Zostały 22 minuty"), (112, "Zostało 112 minut")):  # fmt: skip
            changes["warn_minutes"] = minutes
            before = _version(browser)
            assert server.changed()
            browser.wait_for(f"+document.body.dataset.version > {before}", timeout=5)
            assert browser.text("mode") == words
        changes["up_next"] = {**state.to_json()["up_next"], "planned_s": 390.0}
        changes["round_index"], changes["round_count"] = 0, 3
        before = _version(browser)
        assert server.changed()
        browser.wait_for(f"+document.body.dataset.version > {before}", timeout=5)
        assert browser.text("next") == "Dalej: Pytania uzupełniające (6,5 min)"
        assert browser.text("round") == "Runda 1 z 3"
        browser.open(server.url + "?lang=de")  # a German speaker in the group
        browser.wait_for("document.body.dataset.version")
        assert browser.js("document.documentElement.lang") == "de"
        assert browser.text("mode") == "Noch 112 Minuten"
        other = browser.js("document.getElementById('other-page').href")
        assert other == server.personal_url + "?lang=de", "the other page in German too"
    finally:
        server.stop()
