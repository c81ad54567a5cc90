"""Markdown reports show what people typed as text, never as markup (issue 19, item 16).

The report and the agenda are rendered by real Markdown renderers — markdown-it-py with
GitHub's extras (tables, strike-through, bare-URL links via linkify) and Python-Markdown —
and the HTML they make must hold no script, image or link that came from a name, a title
or a note, while the words read exactly as typed.
"""

from __future__ import annotations

import time
from html.parser import HTMLParser

import markdown
import pytest
from markdown_it import MarkdownIt

from facilitator.core.formats.catalog import load_catalog
from facilitator.core.plan.rounds import make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.reports.agenda import agenda_markdown
from facilitator.reports.markdown import escape, to_markdown
from facilitator.reports.model import build_report
from facilitator.resources import builtin_formats_dir
from facilitator.services.past import open_past
from tests.reports.helpers import make_finished

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![](http://evil.example/x.png)",
    "[click](javascript:alert(1))",
    "[site](http://evil.example)",
    "<http://evil.example/auto>",
    "see http://evil.example/bare and https://evil.example",
    "www.evil.example/page",
    "evil.com/path",
    "write to a@evil.example",
    "javascript:alert(1)",
    "&lt;b&gt; typed as entities &amp;",
    "a*b*c",
    "`code` and ~~gone~~ and __under__",
    "<!-- hidden -->",
    "<a href='http://evil.example'>x</a>",
]
NAMES = ("<img src=x>", "![n](http://evil.example/n.png)")
TITLE = "<script>t()</script> [t](javascript:t)"


class _Html(HTMLParser):
    """The tags, link targets and visible text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append("!--")


def _parse(html: str) -> _Html:
    parser = _Html()
    parser.feed(html)
    parser.close()
    return parser


RENDERERS = {
    "markdown-it (GitHub-like, linkify)": lambda md: MarkdownIt("gfm-like").render(md),
    "markdown-it (CommonMark, HTML on)": lambda md: MarkdownIt("commonmark").render(md),
    "Python-Markdown": lambda md: markdown.markdown(md, extensions=["tables"]),
}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _check(md: str, render, typed) -> None:
    html = _parse(render(md))
    assert not {"script", "img", "a", "!--"} & set(html.tags), html.tags
    assert html.hrefs == []
    shown = _squash("".join(html.text))
    for text in typed:
        assert _squash(text) in shown, text  # reads as typed: "a*b*c" keeps its asterisks


@pytest.fixture
def hostile_report(store):
    made = make_finished(store, title=TITLE, people=NAMES)
    for text in HOSTILE:
        made.live.add_note(text)
    made.live.add_note(HOSTILE[2], action_owner=made.a)
    return build_report(open_past(store, made.session_id))


@pytest.mark.parametrize("renderer", RENDERERS)
def test_report_markdown_renders_user_text_as_text(hostile_report, renderer):
    _check(to_markdown(hostile_report), RENDERERS[renderer], [TITLE, *NAMES, *HOSTILE])


@pytest.mark.parametrize("renderer", RENDERERS)
def test_agenda_renders_names_and_title_as_text(renderer):
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    params = fmt.resolve_params({})
    people = ["<script>x()</script>", "www.evil.example", "[a](javascript:b)"]
    timeline = build_timeline(fmt, params, make_plan(fmt, params, people, at_bids=True))
    md = agenda_markdown(timeline, time.time(), title="![t](http://evil.example/t.png)")
    _check(md, RENDERERS[renderer], ["![t](http://evil.example/t.png)", *people])


@pytest.mark.parametrize("text", HOSTILE)
def test_each_escaped_text_alone_is_plain(text):
    for render in RENDERERS.values():
        _check(escape(text), render, [text])
        _check(f"| {escape(text)} |\n| --- |\n| {escape(text)} |", render, [text])


@pytest.mark.parametrize(
    "text",
    ["- not a list", "+ nor this", "1. nor a numbered list", "2) nor this", "# no heading",
     "> no quote", "    not code", "---", "- - -", "-- dashes"],
)  # fmt: skip
def test_a_line_start_opens_no_block(text):
    md = f"- **Note:** x\n- {escape(text, starts_line=True)}\n\n{escape(text, starts_line=True)}\n"
    html = _parse(MarkdownIt("commonmark").render(md))
    assert set(html.tags) <= {"ul", "li", "strong", "p"}, html.tags
    assert html.tags.count("li") == 2


def test_our_own_words_are_not_escaped():
    # times, decimals and a label's colon stay as written: the file reads well as text too
    assert escape("Client: Ana · 14:05 · 2.5 min") == "Client: Ana · 14:05 · 2.5 min"


def test_a_right_to_left_name_is_isolated_in_the_markdown_and_plain_names_are_not(store):
    from facilitator.core.text import FSI, isolate

    rtl = "Cy\u202eevil"
    made = make_finished(store, people=(rtl, "Ana"))
    md = to_markdown(build_report(open_past(store, made.session_id)))
    assert f"**Participants:** {isolate(rtl)}, Ana\n" in md
    assert "| " + isolate(rtl) + " |" in md  # a table cell: the row's pipes keep their order
    assert f"{FSI}Ana" not in md  # an editor or a code host shows no marks around plain names
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    params = fmt.resolve_params({})
    timeline = build_timeline(fmt, params, make_plan(fmt, params, ["Ana", "Ben", rtl], at_bids=True))
    agenda = agenda_markdown(timeline, time.time())
    assert f"Timekeeper: {isolate(rtl)} · Adviser" in agenda
    assert f"{FSI}Ana" not in agenda
