"""``facilitator plan FORMAT --participants "…" [--set k=v] [--start HH:MM] [--out F]``:
the agenda before the meeting — every phase with its clock time, who holds which role in
each round, the microphone cues, the breaks and the total — printed as Markdown, or
written to FILE.md or FILE.pdf. Bad input is one line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context

USAGE_ERROR = 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help=translate("Cli", "print or write the agenda of a meeting before it starts"))
    p.add_argument("format", metavar="FORMAT", help=translate("Cli", "a format id, see `facilitator formats`"))
    p.add_argument(
        "--participants", required=True, help=translate("Cli", 'names separated by commas, e.g. "Ana,Ben,Cy"')
    )
    p.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE",
        help=translate("Cli", "a format parameter, e.g. --set minutes_each_way=20 (repeatable)"),
    )  # fmt: skip
    p.add_argument("--start", metavar="HH:MM", help=translate("Cli", "when the meeting starts (default: now)"))
    p.add_argument("--out", metavar="FILE", help=translate("Cli", "FILE.md or FILE.pdf (default: print)"))
    p.set_defaults(run=run)


def start_wall(text: str | None, now: float) -> float:
    """Today at HH:MM (local time), or now."""
    if not text:
        return now
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        if not (0 <= hours < 24 and 0 <= minutes < 60):
            raise ValueError
    except ValueError:
        raise SystemExit(f"facilitator: --start expects HH:MM, got '{text}'") from None
    day = time.localtime(now)
    return time.mktime((day.tm_year, day.tm_mon, day.tm_mday, hours, minutes, 0, 0, 0, -1))


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.cli.window import parse_settings
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.core.plan.rounds import make_plan
    from facilitator.core.plan.timeline import build_timeline
    from facilitator.reports.agenda import agenda_markdown
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.paths import formats_dir

    suffix = Path(args.out).suffix.lower() if args.out else ""
    if args.out and suffix not in (".md", ".pdf"):
        return _fail(f"{Path(args.out).name}: the agenda is written as .md or .pdf.")
    if args.out and not (Path(args.out).parent or Path(".")).is_dir():
        return _fail(f"The folder {Path(args.out).parent} does not exist.")
    settings = parse_settings(args.set)
    start = start_wall(args.start, time.time())
    catalog = load_catalog(builtin_formats_dir(), formats_dir(ctx.data_dir))
    try:
        fmt = catalog.get(args.format)
    except KeyError as exc:
        return _fail(str(exc).strip("'\""))
    people = [p.strip() for p in args.participants.split(",") if p.strip()]
    try:
        params = fmt.resolve_params(settings)
        plan = make_plan(fmt, params, people, at_bids=True)
        timeline = build_timeline(fmt, params, plan)
    except ValueError as exc:
        return _fail(str(exc))
    text = agenda_markdown(timeline, start)
    if not args.out:
        print(text)
        return 0
    from facilitator.core.files import replace_atomically

    if suffix == ".md":
        replace_atomically(Path(args.out), lambda tmp: tmp.write_text(text, encoding="utf-8"))
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
        from facilitator.app import create_application
        from facilitator.ui.common.markdown_pdf import write_markdown_pdf

        create_application([])
        replace_atomically(
            Path(args.out), lambda tmp: write_markdown_pdf(text, tmp, title=fmt.title)
        )
    print(translate("CliPlan", "Wrote the agenda of {title} to {file}.").format(
        title=fmt.title, file=args.out))  # fmt: skip
    return 0


def _fail(message: str) -> int:
    print(f"facilitator plan: {message}", file=sys.stderr)
    return USAGE_ERROR
