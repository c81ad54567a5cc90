"""Command-line parts of the coach's log: `export icf-log` and `import sessions`."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.cli import Context


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Two commands: ``export icf-log`` and ``import sessions``."""
    export = sub.add_parser("export", help="write records out of the coach's log")
    what = export.add_subparsers(dest="what", required=True)
    icf = what.add_parser("icf-log", help="the ICF client coaching log (.csv or .xlsx)")
    icf.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    icf.add_argument("--today", metavar="YYYY-MM-DD", help="the date of the log (default: today)")
    icf.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="start of coach-specific training (earlier sessions do not count)",
    )
    imp = sub.add_parser("import", help="read records into the coach's log")
    what = imp.add_subparsers(dest="what", required=True)
    sessions = what.add_parser("sessions", help="coaching sessions from a CSV file (see README)")
    sessions.add_argument("file", metavar="FILE.csv")
    export.set_defaults(run=run)
    imp.set_defaults(run=run)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(
            f"facilitator: {option}: '{text}' is not a date written YYYY-MM-DD"
        ) from None


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.store.coaching import CoachingStore
    from facilitator.store.database import close_records

    if args.command == "import":
        from facilitator.core.coaching.session_import import parse_sessions_csv

        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"facilitator: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        rows, problems = parse_sessions_csv(data)
        if problems:
            print(f"{args.file}: nothing imported; fix these and try again:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
    today = _day(getattr(args, "today", None), "--today") or date.today()
    since = _day(getattr(args, "since", None), "--since")
    records = ctx.open_records()
    try:
        store = CoachingStore(records.conn)
        if args.command == "import":
            from facilitator.store.coaching_import import import_rows

            summary = import_rows(store, rows, now=time.time())
            print(
                f"Imported {summary.sessions} sessions ({summary.new_clients} new clients, "
                f"{summary.new_engagements} new engagements)."
            )
            return 0
        from facilitator.core.coaching.icf import build_log
        from facilitator.core.coaching.icf_export import write_log

        log = build_log(
            store.clients(), store.engagements(), store.all_sessions(), today, since=since
        )
        try:
            path = write_log(log, Path(args.out))
        except ValueError as exc:
            print(f"facilitator: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"facilitator: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"Wrote {len(log.rows)} client relationships to {path}.")
        for reason in log.left_off:
            print(f"  left off: {reason}", file=sys.stderr)
        return 0
    finally:
        close_records(records)
