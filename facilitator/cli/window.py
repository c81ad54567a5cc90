"""``facilitator`` (the start screen), ``--demo``, and ``facilitator run FORMAT``: the window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help=translate("Cli", "open straight into a new session of a format"))
    p.add_argument(
        "format", metavar="FORMAT", help=translate("Cli", "a format id, see `facilitator formats`")
    )
    p.add_argument(
        "--participants",
        required=True,
        help=translate("Cli", 'names separated by commas, e.g. "Ana,Ben,Cy"'),
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=translate("Cli", "a format parameter, e.g. --set minutes_each_way=20 (repeatable)"),
    )
    p.add_argument(
        "--share",
        nargs="?",
        const="",
        default=None,
        metavar="ADDRESS",
        help=translate(
            "Cli",
            "show the session to participants' browsers on the local network and print "
            "the address (default: this computer's first local-network address)",
        ),
    )
    p.set_defaults(run=run)


def parse_settings(pairs: list[str]) -> dict[str, float]:
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"facilitator: --set expects NAME=VALUE, got '{pair}'")
        try:
            values[name.strip()] = float(value)
        except ValueError:
            raise SystemExit(
                f"facilitator: --set {name.strip()}: '{value}' is not a number"
            ) from None
    return values


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.app.startup import run_app

    people = [p.strip() for p in args.participants.split(",") if p.strip()]
    return run_app(
        ctx.data_dir,
        format_id=args.format,
        participants=people,
        params=parse_settings(args.set),
        language=ctx.language,
        share=args.share,
    )


def run_default(args: argparse.Namespace, ctx: Context) -> int:
    """No command: the start screen, or the demo."""
    from facilitator.app.startup import run_app

    return run_app(ctx.data_dir, demo=args.demo, language=ctx.language)
