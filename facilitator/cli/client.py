"""`facilitator client export NAME --out F`, `facilitator client erase NAME [--yes]` and
`facilitator client consent NAME [--scope S --given|--withdrawn --date D --how TEXT]`.

Erasing removes the client from the records, the search index, the WAL and every backup
and damaged copy (see `store.erasure`); it asks first unless `--yes` is given. `consent`
records a consent given or withdrawn, dated (today unless `--date`); without `--given` or
`--withdrawn` it shows the client's consents and their history.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.coaching.consent import how_help
from facilitator.core.i18n import translate
from facilitator.core.text import isolate

if TYPE_CHECKING:
    from facilitator.cli import Context


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("client", help=translate("Cli", "export, erase or record the consent of one client of the coach's log"))
    what = p.add_subparsers(dest="what", required=True)
    export = what.add_parser("export", help=translate("Cli", "the client's whole record as JSON and Markdown"))
    export.add_argument("name", metavar="NAME", help=translate("Cli", "the client's name (or --id)"))
    export.add_argument(
        "--out", required=True, metavar="F",
        help=translate("Cli", "a folder (both files), or FILE.json or FILE.md"),
    )  # fmt: skip
    erase = what.add_parser("erase", help=translate("Cli", "erase the client everywhere, backups included"))
    erase.add_argument("name", metavar="NAME", help=translate("Cli", "the client's name (or --id)"))
    erase.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask"))
    consent = what.add_parser("consent", help=translate("Cli", "record a consent given or withdrawn, or show them"))
    consent.add_argument("name", metavar="NAME", help=translate("Cli", "the client's name (or --id)"))
    consent.add_argument(
        "--scope", choices=("icf_log", "records"),
        help=translate("Cli", "icf_log: to be named on the ICF log; records: to have records kept"),
    )  # fmt: skip
    change = consent.add_mutually_exclusive_group()
    change.add_argument("--given", action="store_true", help=translate("Cli", "the client gave consent"))
    change.add_argument("--withdrawn", action="store_true", help=translate("Cli", "the client withdrew consent"))
    consent.add_argument("--date", metavar="YYYY-MM-DD", help=translate("Cli", "when (default: today)"))
    consent.add_argument(
        "--how", default="", metavar="TEXT",
        help=translate(
            "Cli", "how it was given: {ways}; in any of these words, in English, Polish or "
            "German; anything else is kept as your own words"
        ).format(ways=how_help()),
    )  # fmt: skip
    consent.add_argument("--note", default="", metavar="TEXT", help=translate("Cli", "a note kept with it"))
    for command in (export, erase, consent):
        command.add_argument("--id", type=int, help=translate("Cli", "the client's number, if names repeat"))
    p.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"facilitator client: {message}", file=sys.stderr)
    return 2


def find_client(store, name: str, client_id: int | None):
    """The one client meant, or a message saying why there is none."""
    clients = store.clients()
    if client_id is not None:
        chosen = [c for c in clients if c.id == client_id]
    else:
        chosen = [c for c in clients if c.name.casefold() == name.strip().casefold()]
    if not chosen:
        return f"no client named '{name}'"
    if len(chosen) > 1:
        ids = ", ".join(str(c.id) for c in chosen)
        return f"{len(chosen)} clients are named '{name}' (numbers {ids}); add --id N"
    return chosen[0]


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.store.coaching import CoachingStore
    from facilitator.store.database import close_records

    records = ctx.open_records()
    try:
        store = CoachingStore(records.conn)
        client = find_client(store, args.name, args.id)
        if isinstance(client, str):
            return _fail(client)
        if args.what == "export":
            return _export(store, client, Path(args.out))
        if args.what == "consent":
            return _consent(store, client, args)
        return _erase(records, client, args.yes)
    finally:
        close_records(records)


def _export(store, client, out: Path) -> int:
    import json

    from facilitator.core.files import write_atomically
    from facilitator.store.coaching_export import client_markdown, client_record, export_client

    try:
        suffix = out.suffix.lower()
        if suffix in (".json", ".md"):
            record = client_record(store, client.id)
            text = (json.dumps(record, ensure_ascii=False, indent=2) + "\n"
                    if suffix == ".json" else client_markdown(record))  # fmt: skip
            paths = [write_atomically(out, text)]
        else:
            paths = list(export_client(store, client.id, out))
    except OSError as exc:
        return _fail(translate("CliClient", "cannot write {file}: {why}").format(
            file=out, why=exc.strerror or exc))  # fmt: skip
    print(translate("CliClient", "Wrote {files}.").format(files=", ".join(str(p) for p in paths)))
    print(translate("CliClient", "These are plain files, readable without the passphrase: keep them safe."))
    return 0


def _consent(store, client, args: argparse.Namespace) -> int:
    import time
    from datetime import date

    from facilitator.core.coaching.consent import describe, describe_status
    from facilitator.store.coaching_consents import client_statuses, consents, record_consent

    if args.given or args.withdrawn:
        if args.scope is None:
            return _fail(translate("CliClient", "say which consent: --scope icf_log or --scope records"))
        now = time.time()
        try:
            day = date.fromisoformat(args.date) if args.date else date.fromtimestamp(now)
        except ValueError:
            return _fail(translate("CliClient", "--date must be YYYY-MM-DD, not '{date}'").format(date=args.date))
        try:
            new = record_consent(store.conn, client.id, args.scope, bool(args.given), day,
                                 how=args.how, note=args.note, now=now)  # fmt: skip
        except ValueError as exc:
            return _fail(str(exc))
        current = {s.scope.value: s for s in client_statuses(store.conn, client.id)}[args.scope]
        if current.latest is None or current.latest.id != new:
            print(translate("CliClient", "Recorded in the history; a later-dated consent still "
                            "decides the current state."), file=sys.stderr)  # fmt: skip
    print(client.name)
    for status in client_statuses(store.conn, client.id):
        print(f"  {status.scope.label}: {describe_status(status)}")
    history = consents(store.conn, client.id)
    if history:
        print(translate("CliClient", "History:"))
    for c in history:
        note = f" — {c.note}" if c.note else ""
        print(f"  {c.scope.label}: {describe(c)}{note}")
    return 0


def _erase(records, client, yes: bool) -> int:
    from facilitator.store.erasure import Eraser

    eraser = Eraser(records.conn, records.data_dir, records.key)
    plan = eraser.plan()
    if not yes:
        if not sys.stdin.isatty():
            return _fail(translate("CliClient", "erasing asks for confirmation; add --yes to erase without asking"))
        question = [translate(
            "CliClient", "Erase {name} and every engagement, session, note, reflection and "
            "action of theirs? Their words are overwritten in the records file and removed "
            "from the search index."
        ).format(name=isolate(client.name))]  # fmt: skip
        backups, damaged = plan.backups, plan.damaged  # plain names: lupdate reads only those
        if backups:
            question.append(translate(
                "CliClient", "They are taken out of %n backup(s) too; the rest of each backup "
                "is kept.", None, backups,
            ))  # fmt: skip
        if damaged:
            question.append(translate(
                "CliClient", "They are taken out of %n damaged file(s) kept from earlier "
                "repairs too (deleted if unreadable).", None, damaged,
            ))  # fmt: skip
        question.append(translate(
            "CliClient", "Exports you wrote are not touched. This cannot be undone."))
        print(" ".join(question), file=sys.stderr)
        # the word to type stays "erase" in every language, as the prompt says
        if input(translate("CliClient", "Type 'erase' to go on: ")).strip().lower() != "erase":
            print(translate("CliClient", "Nothing was erased."), file=sys.stderr)
            return 1
    result = eraser.erase_client(client.id)
    if result is None:
        return _fail(translate("CliClient", "no client {id}").format(id=client.id))
    rewritten, deleted = len(result.rewritten), len(result.deleted)
    print(translate("CliClient", "Erased {name}: {rewritten}, {deleted}.").format(
        name=isolate(client.name),
        rewritten=translate("CliClient", "%n backup or damaged file(s) rewritten", None, rewritten),
        deleted=translate("CliClient", "%n unreadable file(s) deleted", None, deleted),
    ))  # fmt: skip
    for path, reason in result.failed:
        print("  " + translate("CliClient", "still holds the client: {file} ({why})").format(
            file=path.name, why=reason), file=sys.stderr)  # fmt: skip
    return 0 if not result.failed else 1
