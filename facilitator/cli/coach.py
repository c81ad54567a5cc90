"""Command-line parts of the coach's log: `export icf-log` and `import sessions`."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context

MAX_LISTED = 20  # rows listed per kind in the preview


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Two commands: ``export icf-log`` and ``import sessions``."""
    export = sub.add_parser("export", help=translate("Cli", "write records out of the coach's log"))
    what = export.add_subparsers(dest="what", required=True)
    icf = what.add_parser("icf-log", help=translate("Cli", "the ICF client coaching log (.csv or .xlsx)"))
    icf.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "FILE.csv or FILE.xlsx"))
    icf.add_argument("--today", metavar="YYYY-MM-DD", help=translate("Cli", "the date of the log (default: today)"))
    icf.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli",
            "start of coach-specific training (earlier sessions do not count); "
            "default: the training start set in the window",
        ),
    )
    dev = what.add_parser(
        "development", help=translate("Cli", "CCE units and mentor coaching toward credential renewal (.csv)")
    )
    dev.add_argument("--out", required=True, metavar="FILE.csv")
    dev.add_argument("--today", metavar="YYYY-MM-DD", help=translate("Cli", "the date of the log (default: today)"))
    imp = sub.add_parser("import", help=translate("Cli", "read records into the coach's log"))
    what = imp.add_subparsers(dest="what", required=True)
    sessions = what.add_parser("sessions", help=translate("Cli", "coaching sessions from a CSV file (see README)"))
    icf_log = what.add_parser("icf-log", help=translate("Cli", "an ICF client coaching log (.csv or .xlsx)"))
    for command in (sessions, icf_log):
        _import_options(command)
    export.set_defaults(run=run)
    imp.set_defaults(run=run)


def _import_options(sessions: argparse.ArgumentParser) -> None:
    sessions.add_argument("file", metavar="FILE")
    sessions.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what would be imported, change nothing")
    )
    sessions.add_argument(
        "--other-contact",
        choices=("stop", "new-client"),
        default="stop",
        help=translate(
            "Cli",
            "when a client's name is in the log with a different contact: stop and list "
            "them (default), or take them as new clients",
        ),
    )


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(
            f"facilitator: {option}: '{text}' is not a date written YYYY-MM-DD"
        ) from None


class _Bar:
    """A progress bar on the terminal (stderr), only when it is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or total <= 0:
            return
        filled = round(30 * done / total)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] "
                         f"{done:,}/{total:,}")  # fmt: skip
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.command == "import":
        return _import(args, ctx)
    return _export(args, ctx)


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.core.coaching.session_import import read_sessions_csv
    from facilitator.store.coaching import CoachingStore
    from facilitator.store.coaching_import import NEW_CLIENT, apply_plan, plan_import
    from facilitator.store.database import close_records

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print("facilitator: " + translate("CliCoach", "cannot read {file}: {why}").format(
            file=args.file, why=exc.strerror or exc), file=sys.stderr)  # fmt: skip
        return 2
    if args.what == "icf-log":
        from facilitator.core.coaching.icf_import import read_icf_log

        parsed = read_icf_log(data, xlsx=args.file.lower().endswith(".xlsx"), today=date.today())
    else:
        parsed = read_sessions_csv(data, today=date.today(), progress=_Bar("Reading"))
    del data
    if parsed.problem_count:
        _print_problems(args.file, parsed.listed(), cut=False)  # cut already, "more" said
        return 1
    records = ctx.open_records()
    try:
        store = CoachingStore(records.conn)
        plan = plan_import(store, parsed.rows, progress=_Bar("Checking"))
        if args.other_contact == "new-client":
            plan.decide_all(NEW_CLIENT)
        new, there, problems = len(plan.new), len(plan.already_there), len(plan.problems)
        print(translate("CliCoach", "{file}: {new}, {there}, {problems}.").format(
            file=args.file,
            new=translate("CliCoach", "%n new session(s)", None, new),
            there=translate("CliCoach", "%n already in the log", None, there),
            problems=translate("CliCoach", "%n problem(s)", None, problems),
        ))  # fmt: skip
        if plan.already_there:
            lines = ", ".join(str(r.line) for r in plan.already_there[:MAX_LISTED])
            more = "…" if len(plan.already_there) > MAX_LISTED else ""
            print("  " + translate("CliCoach", "Already there (skipped): lines {lines}").format(
                lines=lines + more))  # fmt: skip
        if plan.problems:
            _print_problems(args.file, plan.problems)
            return 1
        if plan.undecided:
            no_contact = translate("CliCoach", "no contact")
            print(translate(
                "CliCoach", "{file}: nothing imported. These names are in the log with a "
                "different contact; they may be other people:"
            ).format(file=args.file), file=sys.stderr)  # fmt: skip
            for c in plan.undecided:
                known = "; ".join(f"{e.name} ({e.contact or no_contact})" for e in c.existing)
                lines = ", ".join(str(n) for n in c.lines[:MAX_LISTED])
                print("  " + translate(
                    "CliCoach", "{name} ({contact}), lines {lines}: the log has {known}"
                ).format(name=c.name, contact=c.contact or no_contact, lines=lines, known=known),
                    file=sys.stderr)  # fmt: skip
            print(translate(
                "CliCoach", "Write the contact as the log has it to add to that client, or run "
                "again with --other-contact new-client to take them as new clients."
            ), file=sys.stderr)  # fmt: skip
            return 1
        if args.dry_run:
            clients = plan.new_clients
            print(translate(
                "CliCoach", "Dry run: nothing imported (%n new client(s) would be added).", None,
                clients,
            ))  # fmt: skip
            return 0
        summary = apply_plan(store, plan, now=time.time(), progress=_Bar("Importing"))
        sessions, clients = summary.sessions, summary.new_clients
        engagements, skipped = summary.new_engagements, summary.already_there
        print(translate("CliCoach", "Imported {sessions} ({clients}, {engagements}); {skipped}.")
              .format(
            sessions=translate("CliCoach", "%n session(s)", None, sessions),
            clients=translate("CliCoach", "%n new client(s)", None, clients),
            engagements=translate("CliCoach", "%n new engagement(s)", None, engagements),
            skipped=translate("CliCoach", "%n skipped as already there", None, skipped),
        ))  # fmt: skip
        return 0
    finally:
        close_records(records)


def _print_problems(name: str, problems, *, cut: bool = True) -> None:
    from facilitator.core.coaching.session_import import MAX_PROBLEMS

    print(translate("CliCoach", "{file}: nothing imported; fix these and try again:")
          .format(file=name), file=sys.stderr)  # fmt: skip
    shown = problems[:MAX_PROBLEMS] if cut else problems
    for problem in shown:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > len(shown):
        more = len(problems) - MAX_PROBLEMS
        print("  … " + translate(
            "CliCoach", "%n more problem(s) not listed ({all} in all)", None, more,
        ).format(all=len(problems)), file=sys.stderr)  # fmt: skip


def _export(args: argparse.Namespace, ctx: Context) -> int:
    if args.what == "development":
        return _export_development(args, ctx)
    from facilitator.core.coaching.icf import report_lines
    from facilitator.core.coaching.icf_export import write_log
    from facilitator.services.icf import icf_log
    from facilitator.store.coaching_goals import GoalStore
    from facilitator.store.database import close_records

    today = _day(args.today, "--today") or date.today()
    since = _day(args.since, "--since")
    records = ctx.open_records()
    try:
        if since is None:
            since = GoalStore(records.conn).training_start()
        log = icf_log(records.conn, today, since=since)
        try:
            path = write_log(log, Path(args.out))
        except ValueError as exc:
            print(f"facilitator: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print("facilitator: " + translate("CliCoach", "cannot write {file}: {why}").format(
                file=args.out, why=exc.strerror or exc), file=sys.stderr)  # fmt: skip
            return 2
        clients = len(log.rows)  # a plain name: lupdate reads only those as counts
        print(translate("CliCoach", "Wrote %n client(s) to {path}.", None, clients)
              .format(path=path))  # fmt: skip
        for line in report_lines(log, since):
            print(line)
        for reason in log.left_off:
            print("  " + translate("CliCoach", "left off: {reason}").format(reason=reason),
                  file=sys.stderr)  # fmt: skip
        return 0
    finally:
        close_records(records)


def _export_development(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.core.coaching.renewal import development_csv, renewal
    from facilitator.core.files import write_atomically
    from facilitator.store.coaching_development import DevelopmentStore
    from facilitator.store.database import close_records

    today = _day(args.today, "--today") or date.today()
    if not args.out.lower().endswith(".csv"):
        print("facilitator: " + translate(
            "CliCoach", "{file}: the CCE and mentoring log is written as .csv"
        ).format(file=args.out), file=sys.stderr)  # fmt: skip
        return 2
    records = ctx.open_records()
    try:
        store = DevelopmentStore(records.conn)
        cce, mentor = store.cce(), store.mentor_sessions()
        result = renewal(cce, mentor, today)
        try:
            write_atomically(Path(args.out), development_csv(cce, mentor, result).encode("utf-8-sig"))
        except OSError as exc:
            print("facilitator: " + translate("CliCoach", "cannot write {file}: {why}").format(
                file=args.out, why=exc.strerror or exc), file=sys.stderr)  # fmt: skip
            return 2
        cce_rows, mentor_rows = len(cce), len(mentor)  # plain names: lupdate reads only those
        print(translate("CliCoach", "Wrote {cce} and {mentor} to {file}.").format(
            cce=translate("CliCoach", "%n CCE record(s)", None, cce_rows),
            mentor=translate("CliCoach", "%n mentor coaching session(s)", None, mentor_rows),
            file=args.out,
        ))  # fmt: skip
        for line in result.lines():
            print(line)
        return 0
    finally:
        close_records(records)
