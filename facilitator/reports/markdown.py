"""A session report as Markdown: a heading, the summary, then every table."""

from __future__ import annotations

from facilitator.reports.model import SessionReport
from facilitator.reports.tables import Table, all_tables, summary

# Markdown's active characters, written as themselves: no emphasis, link, image, code,
# heading or table cell can come from a name or a note
_ACTIVE = "\\`*_[]|#~"
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}  # no HTML (<script>, <img>) passes through


def escape(text: str) -> str:
    """User text made inert in Markdown (table cells included): HTML as entities, Markdown
    marks backslash-escaped (so `![](http://…)` and `[x](javascript:…)` stay plain
    text), line breaks as <br>."""
    out = []
    for ch in text:
        if ch in _HTML:
            out.append(_HTML[ch])
        elif ch in _ACTIVE:
            out.append("\\" + ch)
        else:
            out.append(ch)
    text = "".join(out)
    return "<br>".join(part.strip() for part in text.splitlines()) if "\n" in text else text


def table_markdown(table: Table) -> str:
    def row(cells, bold: bool = False) -> str:
        texts = (escape(c) for c in cells)
        return "| " + " | ".join(f"**{t}**" if bold and t else t for t in texts) + " |"

    rule = "| " + " | ".join("---:" if n else "---" for n in table.numeric) + " |"
    lines = [f"## {escape(table.title)}", "", row(table.headers), rule]
    lines += [row(r) for r in table.rows]
    if table.footer is not None:
        lines.append(row(table.footer, bold=True))
    if not table.rows:
        lines += ["", "_None._"]
    return "\n".join(lines)


def to_markdown(report: SessionReport) -> str:
    parts = [f"# {escape(report.title)}", ""]
    parts += [f"- **{label}:** {escape(value)}" for label, value in summary(report)]
    if report.agreements:
        parts += ["", "Agreements:", ""]
        parts += [f"- {escape(a)}" for a in report.agreements]
    for table in all_tables(report):
        parts += ["", table_markdown(table)]
    private = "includes private notes, not for sharing" if report.with_notes else "without notes"
    parts += [
        "",
        "---",
        "",
        f"_Facilitator report of session {report.session_id} ({private})._",
        "",
    ]
    return "\n".join(parts)
