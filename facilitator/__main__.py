"""The command line: ``facilitator`` opens the window; subcommands work without one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import __version__


def _parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("formats", help="list every format with its phases and planned durations")
    run = sub.add_parser("run", help="open straight into a new session of a format")
    run.add_argument("format", metavar="FORMAT", help="a format id, see `facilitator formats`")
    run.add_argument(
        "--participants", required=True, help='names separated by commas, e.g. "Ana,Ben,Cy"'
    )
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a format parameter, e.g. --set minutes_each_way=20 (repeatable)",
    )
    from facilitator.coach_cli import add_commands

    add_commands(sub)  # the coach's log: export icf-log, import sessions
    report = sub.add_parser("report", help="write a session's report as PDF, Markdown or CSV")
    report.add_argument("session", metavar="SESSION_ID|last", help="a session number, or last")
    report.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.md or FILE.csv")
    report.add_argument("--no-notes", action="store_true", help="leave private notes out")
    from facilitator.series_cli import add_parser as add_series_parser

    add_series_parser(sub)
    return parser


def _parse_settings(pairs: list[str]) -> dict[str, float]:
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


def _formats(data_dir: Path) -> int:
    from facilitator.core.catalog import load_catalog
    from facilitator.core.describe import describe_format
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.paths import formats_dir

    catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir))
    print("\n\n".join(describe_format(f) for f in catalog.formats))
    if catalog.errors:
        print(f"\nFormats in {formats_dir(data_dir)} that could not be loaded:", file=sys.stderr)
        for error in catalog.errors:
            print(f"  {error}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from facilitator.store.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if args.command == "formats":
        return _formats(data_dir)
    if args.command in ("export", "import"):
        from facilitator.coach_cli import run

        return run(args, data_dir)
    if args.command == "report":
        from facilitator.report_command import run_report

        return run_report(data_dir, args.session, args.out, notes=not args.no_notes)
    if args.command == "series":
        from facilitator.series_cli import run as run_series

        return run_series(args, data_dir)
    from facilitator.app import run_app

    if args.command == "run":
        people = [p.strip() for p in args.participants.split(",") if p.strip()]
        return run_app(
            data_dir, format_id=args.format, participants=people, params=_parse_settings(args.set)
        )
    return run_app(data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
