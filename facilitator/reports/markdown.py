"""A session report as Markdown: a heading, the summary, then every table."""

from __future__ import annotations

from facilitator.reports.model import SessionReport
from facilitator.reports.tables import Table, all_tables, summary


def escape(text: str) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(part.strip() for part in text.splitlines()) if "\n" in text else text


def table_markdown(table: Table) -> str:
    def row(cells) -> str:
        return "| " + " | ".join(escape(c) for c in cells) + " |"

    rule = "| " + " | ".join("---:" if n else "---" for n in table.numeric) + " |"
    lines = [f"## {table.title}", "", row(table.headers), rule]
    lines += [row(r) for r in table.rows]
    if table.footer is not None:
        lines.append(row(f"**{c}**" if c else "" for c in table.footer))
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
