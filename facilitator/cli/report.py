"""`facilitator report SESSION_ID|last --out FILE.pdf|.md|.csv [--no-notes]`.

Reads the records without changing them and writes one session's report; the file's
extension picks the format. Every problem (an unknown extension, session or folder, no
sessions at all) is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context

USAGE_ERROR = 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=translate("Cli", "write a session's report as PDF, Markdown or CSV"))
    p.add_argument("session", metavar="SESSION_ID|last", help=translate("Cli", "a session number, or last"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "FILE.pdf, FILE.md or FILE.csv"))
    p.add_argument("--no-notes", action="store_true", help=translate("Cli", "leave private notes out"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_report(ctx.data_dir, args.session, args.out, notes=not args.no_notes, ctx=ctx)


def run_report(
    data_dir: Path, which: str, out: str, *, notes: bool = True, ctx: Context | None = None
) -> int:
    from facilitator.ui.reports.files import ReportError, report_kind

    try:
        kind = report_kind(out)
    except ReportError as exc:
        return _fail(str(exc))
    from facilitator.services.past import open_past
    from facilitator.store.database import close_records, open_records
    from facilitator.store.migrations import NewerSchemaError
    from facilitator.store.paths import records_path
    from facilitator.store.sessions import SessionStore

    if not records_path(data_dir).exists():  # nothing to report; make no folder for it
        return _fail(f"There are no sessions yet in {data_dir}.")
    try:
        records = open_records(data_dir) if ctx is None else ctx.open_records()
    except (NewerSchemaError, OSError) as exc:
        return _fail(str(exc))
    try:
        store = SessionStore(records.conn)
        session_id = _session_id(store, which, data_dir)
        if isinstance(session_id, str):
            return _fail(session_id)
        past = open_past(store, session_id)
        if kind == ".pdf":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
            from facilitator.app import create_application

            create_application([])
        from facilitator.ui.reports.files import write_report

        charts = []
        if kind == ".pdf":
            from facilitator.ui.reports.export import session_charts

            charts = session_charts(past)
        try:
            path = write_report(past, out, notes=notes, charts=charts)
        except (ReportError, OSError) as exc:
            return _fail(str(exc))
        private = (
            translate("CliReport", "with private notes") if notes
            else translate("CliReport", "without notes")
        )  # fmt: skip
        print(translate("CliReport", "Wrote the report of session {id} ({title}, {notes}) to {file}.")
              .format(id=session_id, title=past.title, notes=private, file=path))  # fmt: skip
        return 0
    finally:
        close_records(records)


def _session_id(store, which: str, data_dir: Path) -> int | str:
    """The session asked for, or a message saying why there is none."""
    if which.strip().lower() == "last":
        last = store.last_session_id()
        return last if last is not None else translate(
            "CliReport", "There are no sessions yet in {folder}.").format(folder=data_dir)
    try:
        session_id = int(which)
    except ValueError:
        return translate("CliReport", "'{which}' is not a session number; give a number or 'last'.").format(which=which)
    if store.get_session(session_id) is None:
        return translate("CliReport", "There is no session {id} in {folder}.").format(
            id=session_id, folder=data_dir)  # fmt: skip
    return session_id


def _fail(message: str) -> int:
    print(f"facilitator report: {message}", file=sys.stderr)
    return USAGE_ERROR
