"""A session report as Markdown: a heading, the summary, then every table."""

from __future__ import annotations

import re

from facilitator.core.i18n import translate
from facilitator.core.text import drop_needless_isolates, has_bidi, isolate
from facilitator.reports.model import SessionReport
from facilitator.reports.tables import Table, all_tables, summary

# Markdown's inline marks, written as themselves: no emphasis, link, image, code, heading,
# strike-through or table cell can come from a name or a note
_ACTIVE = frozenset("\\`*_[]|#!")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}  # no HTML (<script>, <img>) passes through
# Characters every renderer reads as themselves when written as numeric references, where a
# backslash would show in some (Python-Markdown escapes neither ":" nor "@" nor "~")
_ENTITY = {":": "&#58;", "@": "&#64;", "~": "&#126;"}
# Block marks that open a line (or a list item): "- ", "+ ", "---", "1. ", "1) ".
_LINE_START = re.compile(r"^(-|\+(?=\s|$)|\d{1,9}[.)](?=\s|$))")


_SCHEMES = frozenset(("mailto", "xmpp", "javascript", "vbscript", "data", "file", "tel"))
_SCHEME_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)$")


def _link_mark(text: str, i: int) -> bool:
    """Whether `text[i]` is what a link finder (GFM's autolinks, linkify) keys on: the
    colon of a scheme ("http://", "mailto:", "javascript:"), an e-mail's "@", or the dot
    of a domain ("www.example.com", "example.com"). Escaped, it shows as typed but splits
    the text the finder reads; "Client: Ana", times (14:05) and decimals (2.5) stay as
    they are."""
    ch = text[i]
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == "@":
        return True
    if ch == ":":
        scheme = _SCHEME_BEFORE.search(text, 0, i)
        return scheme is not None and (after == "/" or scheme.group(1).lower() in _SCHEMES)
    if ch == ".":
        return (before.isalnum() or before in "-_") and after.isalpha()
    return False


def _escape_line(line: str, starts_line: bool) -> str:
    line = line.strip()
    out = []
    for i, ch in enumerate(line):
        if ch in _HTML:
            out.append(_HTML[ch])
        elif ch == "~" or (ch in ":@" and _link_mark(line, i)):
            out.append(_ENTITY[ch])
        elif ch in _ACTIVE or _link_mark(line, i):
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    start = _LINE_START.match(escaped) if starts_line else None
    if start:  # "- x", "---" or "1. x" would open a list or a rule: "\- x", "1\. x"
        mark = start.group(1)
        escaped = (f"{mark[:-1]}\\{mark[-1]}" if len(mark) > 1 else f"\\{mark}") + escaped[
            len(mark):
        ]
    return escaped


def escape(text: str, *, starts_line: bool = False) -> str:
    """User text made inert in Markdown (table cells included) and still read as typed:
    HTML as entities, Markdown marks backslash-escaped (so `a*b*c` keeps its asterisks,
    and `![](http://…)`, `[x](javascript:…)` and bare `http://…`, `www.…` stay plain text),
    line breaks as <br> (so it stays one Markdown line). With `starts_line`, for text that
    begins a line or a list item, a leading "- ", "+ " or "1. " is escaped too."""
    lines = text.splitlines() or [""]
    return "<br>".join(_escape_line(line, starts_line and not n) for n, line in enumerate(lines))


def table_markdown(table: Table) -> str:
    def row(cells, bold: bool = False) -> str:
        # a cell is a piece of the row's line: one that could reorder the line is isolated
        texts = (escape(isolate(c) if has_bidi(c) else c) for c in cells)
        return "| " + " | ".join(f"**{t}**" if bold and t else t for t in texts) + " |"

    rule = "| " + " | ".join("---:" if n else "---" for n in table.numeric) + " |"
    lines = [f"## {escape(table.title)}", "", row(table.headers), rule]
    lines += [row(r) for r in table.rows]
    if table.footer is not None:
        lines.append(row(table.footer, bold=True))
    if not table.rows:
        lines += ["", "_" + translate("Report", "None.") + "_"]
    return "\n".join(lines)


def to_markdown(report: SessionReport) -> str:
    parts = [f"# {escape(report.title)}", ""]
    parts += [f"- **{label}:** {escape(value)}" for label, value in summary(report)]
    if report.agreements:
        parts += ["", translate("Report", "Agreements:"), ""]
        parts += [f"- {escape(a, starts_line=True)}" for a in report.agreements]
    for table in all_tables(report):
        parts += ["", table_markdown(table)]
    if report.with_notes:
        end = translate("Report", "Facilitator report of session {id} (includes private notes, not for sharing).")
    else:
        end = translate("Report", "Facilitator report of session {id} (without notes).")
    parts += ["", "---", "", "_" + escape(end.format(id=report.session_id)) + "_", ""]
    return drop_needless_isolates("\n".join(parts))
