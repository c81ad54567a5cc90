"""`facilitator passphrase set|change|remove`: protect the records with a passphrase.

Every file in the data folder that holds records (the records, the backups, the damaged
copies kept from repairs) is rewritten under the new passphrase, one file at a time, each
put in place only once it is verified, so a kill at any moment loses nothing (running the
command again finishes the job). Facilitator must be closed meanwhile.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context

MIN_LENGTH = 8
WARNING = (
    "A lost passphrase means lost records: without it nobody can open them, not even with "
    "the backups. Keep it somewhere safe (a password manager)."
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help=translate("Cli", "protect the records with a passphrase (encrypted)"))
    p.add_argument(
        "action", choices=("set", "change", "remove"),
        help=translate("Cli", "set a passphrase, change it, or remove it (the records are then plain files)"),
    )  # fmt: skip
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.cli.unlock import Refused, read_passphrase
    from facilitator.store import conversion
    from facilitator.store.cipher import PassphraseError
    from facilitator.store.database import close_records, open_records, records_protected
    from facilitator.store.paths import records_path

    protected = records_protected(ctx.data_dir)
    if args.action == "set" and protected:
        raise Refused("the records already have a passphrase; use `passphrase change`")
    if args.action != "set" and not protected:
        raise Refused("the records have no passphrase")
    old = read_passphrase(ctx, "Current passphrase: ") if protected else None
    try:
        close_records(open_records(ctx.data_dir, passphrase=old))  # checks it, repairs
    except PassphraseError as exc:
        raise Refused(str(exc)) from None
    if records_path(ctx.data_dir).with_name("records.sqlite3-wal").exists():
        raise Refused("the records are open in Facilitator; close it and try again")
    new = None
    if args.action != "remove":
        print(WARNING, file=sys.stderr)
        new = read_passphrase(ctx, "New passphrase: ")
        if len(new) < MIN_LENGTH:
            raise Refused(f"a passphrase needs at least {MIN_LENGTH} characters")
        if not ctx.passphrase_stdin and read_passphrase(ctx, "Once more: ") != new:
            raise Refused("the two passphrases differ; nothing was changed")
    from facilitator.store import keychain

    remembered = keychain.is_remembered(ctx.data_dir)
    try:
        result = conversion.change_passphrase(ctx.data_dir, old, new)
    except (PassphraseError, conversion.ConversionError) as exc:
        raise Refused(str(exc)) from None
    if remembered or new is None:  # the old key opens nothing now: replace or drop it
        keychain.forget(ctx.data_dir)
        if new is not None:
            reopened = open_records(ctx.data_dir, passphrase=new)
            if reopened.key is not None:
                keychain.remember(ctx.data_dir, reopened.key)
            close_records(reopened)
    files = len(result.converted)
    if new is None:
        print(f"The passphrase is removed: {files} files are plain SQLite files again.")
    else:
        print(f"The records are protected: {files} files rewritten under the passphrase.")
    for path, reason in result.left:
        print(f"  not converted: {path.name} ({reason})", file=sys.stderr)
    print("Exports you wrote earlier are plain files and are not changed.")
    return 0
