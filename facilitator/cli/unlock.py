"""Opening the records from the command line, asking for the passphrase if they have one.

The passphrase is asked on the terminal (not echoed), or read from standard input, one
line per passphrase, with `--passphrase-stdin` (for scripts). A key the user asked the
system keyring to remember (in the app) is used first, except with `--passphrase-stdin`. A missing or wrong
passphrase is one line on stderr and exit status 2; the records are not touched.
"""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.cli import Context

LOCKED = 2


class Refused(SystemExit):
    """Printed as one line on stderr, then exits with status 2."""

    def __init__(self, message: str) -> None:
        print(f"facilitator: {message}", file=sys.stderr)
        super().__init__(LOCKED)


def read_passphrase(ctx: Context, prompt: str) -> str:
    """One passphrase: a line of standard input with --passphrase-stdin, else the terminal."""
    if ctx.passphrase_stdin:
        line = sys.stdin.readline()
        if not line:
            raise Refused("--passphrase-stdin: standard input ended before a passphrase")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise Refused(
            "the records are protected by a passphrase; run in a terminal, or give it on "
            "standard input with --passphrase-stdin"
        )
    return getpass.getpass(prompt)


def open_records_for(ctx: Context, **kwargs: Any):
    """`open_records` for a command: the passphrase asked only if the records have one."""
    from facilitator.store import keychain
    from facilitator.store.cipher import PassphraseError, WrongPassphrase
    from facilitator.store.database import open_records, records_protected

    passphrase = None
    if records_protected(ctx.data_dir):
        key = None if ctx.passphrase_stdin else keychain.remembered_key(ctx.data_dir)
        if key is not None:  # remembered in the system keyring at the user's request
            try:
                return open_records(ctx.data_dir, key=key, **kwargs)
            except WrongPassphrase:
                keychain.forget(ctx.data_dir)  # changed elsewhere: ask as usual
        passphrase = read_passphrase(ctx, "Passphrase for the records: ")
    try:
        return open_records(ctx.data_dir, passphrase=passphrase, **kwargs)
    except PassphraseError as exc:
        raise Refused(str(exc)) from None
