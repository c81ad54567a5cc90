"""The viewer speaks the session's language: the pages' fixed text translated by the
server, the words table handed to the script as data the CSP lets stand, `?lang=`, and a
scan of the pages and the script for English shown without going through the table."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from importlib import resources

import pytest

from facilitator.core import i18n
from facilitator.web.server import SAFE_HEADERS, RoomServer
from facilitator.web.words import PLURALS, UNITS, WORDS, render_page, script_json, table
from tests.sample_catalogues import speaking
from tests.web.helpers import get, live_session, serving

STATIC = resources.files("facilitator.web") / "static"
KNOWN = set(WORDS) | set(UNITS)


@pytest.fixture
def live(store):
    return live_session(store)


class _Page(HTMLParser):
    """The words table, the `lang`, the title and each element's text, by id."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.texts: dict[str, str] = {}
        self.lang = self.title = ""
        self.words: dict | None = None
        self.shown: list[tuple[str, dict, str]] = []  # (tag, attributes, text) of text nodes

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if tag not in ("meta", "link", "br", "img", "input"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if not self.stack or not data.strip():
            return
        tag, attrs = self.stack[-1]
        if tag == "script" and attrs.get("id") == "words":
            self.words = json.loads(data)
            return
        self.shown.append((tag, attrs, data.strip()))
        if tag == "title":
            self.title = data.strip()
        if "id" in attrs:
            self.texts[attrs["id"]] = data.strip()


def _page(body: bytes) -> _Page:
    page = _Page()
    page.feed(body.decode("utf-8"))
    return page


def test_an_english_session_gets_english_pages(live):
    with serving(live) as server:
        page = _page(get(server.url).body)
        assert page.lang == "en"
        assert page.title == "Facilitator — room"
        assert page.texts["status"] == "Connecting…"
        assert page.words is not None and page.words["lang"] == "en"
        assert page.words["words"]["Live"] == "Live"
        assert page.words["decimal"] == "."


def test_a_polish_session_gives_polish_words(live, tmp_path):
    with speaking("pl", tmp_path), serving(live) as server:
        assert server.language == "pl"
        response = get(server.url)
        me = _page(get(server.personal_url).body)
    for name, value in SAFE_HEADERS.items():  # the CSP is kept on the translated page
        assert response.getheader(name) == value
    page = _page(response.body)
    assert page.lang == "pl"
    assert page.title == "Facilitator — sala"
    assert page.texts["status"] == "Łączenie…"
    assert page.words is not None
    assert page.words["words"]["Live"] == "Na żywo"
    assert page.words["words"]["{n} h"] == "{n} godz."
    assert page.words["decimal"] == ","
    assert page.words["plurals"]["%n minute(s) left"][1] == "Zostały %n minuty"
    assert page.words["pluralTable"][:6] == [2, 0, 1, 1, 1, 2]
    assert me.lang == "pl" and me.texts["status"] == "Łączenie…"
    assert any(text == "Kim jesteś?" for _, _, text in me.shown)


def test_lang_in_the_address_chooses_another_language(live, tmp_path):
    with speaking("pl", tmp_path), serving(live) as server:
        german = _page(get(server.url + "?lang=de").body)
        english = _page(get(server.personal_url + "?lang=EN").body)
        unknown = _page(get(server.url + "?lang=fr").body)
        hostile = _page(get(server.url + "?lang=%22%3E%3Cscript%3E").body)
        state = get(server.url + "state?lang=de")
    assert german.lang == "de" and german.texts["status"] == "Verbinde…"
    assert german.words is not None and german.words["words"]["Live"] == "Verbunden"
    assert english.lang == "en" and english.texts["status"] == "Connecting…"
    assert unknown.lang == "pl" and hostile.lang == "pl", "unknown: the session's language"
    assert state.status == 200


def test_the_language_can_be_given_to_the_server(live, tmp_path):
    with speaking("pl", tmp_path):
        server = RoomServer(lambda: live.room_state().to_json(), language="de")
        assert server.language == "de"
        assert RoomServer(lambda: {}, language="xx").language == "pl"


def test_words_cannot_break_out_of_their_script_element():
    hostile = {"a": "</script><script>alert(1)</script><!--", "b": "&amp; \u2028"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == hostile
    template = (STATIC / "room.html").read_text(encoding="utf-8")
    assert '<script id="words" type="application/json"></script>' in template
    page = render_page(template, "en")
    assert page.count("<script") == 2, "the words and viewer.js, nothing else"


def test_the_table_has_every_word_and_english_falls_back(tmp_path):
    english = table("en")
    assert set(english["words"]) == KNOWN
    assert all(english["words"][w] == w for w in KNOWN)
    with speaking("de", tmp_path):
        german = table("de")
    assert german["words"]["Who are you?"] == "Wer bist du?"
    assert german["words"]["Not you?"] == "Not you?", "untranslated: the English"


# -- the scan ---------------------------------------------------------------------------
STRING = re.compile(r"""(?P<q>["'`])(?P<body>(?:\\.|(?!(?P=q)).)*)(?P=q)""", re.S)
WORDLIKE = re.compile(r"[A-Za-z]{2,}")
NOT_SHOWN = {"use strict"}  # literals with words in them that no one reads


def _strip_comments(code: str) -> str:
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)
    return re.sub(r"(?m)(^|\s)//.*$", r"\1", code)


def _literals(code: str) -> list[tuple[str, str]]:
    """Every string literal of the script, with the call it is the first argument of."""
    found = []
    for match in STRING.finditer(code):
        before = code[: match.start()].rstrip()
        call = re.search(r"(\w+)\($", before)
        body = re.sub(r"\$\{[^}]*\}", "", match.group("body"))
        found.append((call.group(1) if call else "", body))
    return found


def _visible(text: str) -> bool:
    """English a person would read: words with a space between them, or a capital."""
    return bool(WORDLIKE.search(text)) and (
        re.search(r"[A-Za-z]\s+[A-Za-z]", text) is not None or text[:1].isupper() or "…" in text
    )


def test_every_english_text_in_the_script_goes_through_t():
    code = _strip_comments((STATIC / "viewer.js").read_text(encoding="utf-8"))
    bare, unknown = [], []
    for call, text in _literals(code):
        if call == "t":
            if text not in KNOWN:
                unknown.append(text)
        elif call == "tn":
            if text not in PLURALS:
                unknown.append(text)
        elif _visible(text) and text not in NOT_SHOWN:
            bare.append(text)
    assert not bare, f"shown without t(): {bare}"
    assert not unknown, f"t() of a text the table does not carry (add it to words.py): {unknown}"


def test_every_text_in_the_pages_is_marked_for_the_server_to_translate():
    for name in ("room.html", "me.html"):
        page = _Page()
        page.feed((STATIC / name).read_text(encoding="utf-8"))
        for tag, attrs, text in page.shown:
            assert "data-t" in attrs, f"{name}: <{tag}> shows {text!r} untranslated"
            assert text in KNOWN, f"{name}: {text!r} is not in words.py"


def test_every_word_is_used_by_a_page_or_the_script():
    used = "".join((STATIC / n).read_text(encoding="utf-8") for n in ("viewer.js", "room.html", "me.html"))
    for text in (*WORDS, *UNITS, *PLURALS):
        assert json.dumps(text, ensure_ascii=False) in used or f">{text}<" in used, text


def test_the_scan_finds_a_bare_text():
    code = 'const a = t("Live"); el.textContent = "Over time"; b = `Round ${n} of ${m}`;'
    literals = _literals(code)
    assert ("t", "Live") in literals
    assert [text for call, text in literals if call != "t" and _visible(text)] == [
        "Over time", "Round  of ",
    ]  # fmt: skip
    assert i18n.language() == "en"
