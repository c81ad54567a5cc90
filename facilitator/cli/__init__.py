"""The command line: ``facilitator`` opens the window; subcommands work without one.

One module per command, one convention: ``add_parser(sub)`` adds the command's parser
(and sets ``run`` as its default), ``run(args, ctx)`` carries it out and returns the exit
status. A new command is a new module here and one line in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator import __version__
from facilitator.cli import coach, formats, plan, report, series, window

COMMANDS = (formats, plan, window, coach, report, series)


@dataclass(frozen=True)
class Context:
    """What every command needs: where the records are."""

    data_dir: Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="A companion for structured peer-help sessions.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where records live (default: $FACILITATOR_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a ready sample session in a throw-away data folder",
    )
    parser.set_defaults(run=window.run_default)
    sub = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from facilitator.store.paths import resolve_data_dir

    ctx = Context(data_dir=resolve_data_dir(args.data_dir))
    return int(args.run(args, ctx))
