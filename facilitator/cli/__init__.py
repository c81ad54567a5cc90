"""The command line: ``facilitator`` opens the window; subcommands work without one.

One module per command, one convention: ``add_parser(sub)`` adds the command's parser
(and sets ``run`` as its default), ``run(args, ctx)`` carries it out and returns the exit
status. A new command is a new module here and one name in `build_parser`'s list.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator.core import i18n
from facilitator.core.i18n import translate


@dataclass(frozen=True)
class Context:
    """What every command needs: where the records are, the language asked for, and how to
    ask for a passphrase."""

    data_dir: Path
    language: str | None = None  # --lang or FACILITATOR_LANG; None: preference or system
    passphrase_stdin: bool = False  # read the passphrase from stdin instead of asking

    def open_records(self, **kwargs):
        """The records, opened with the passphrase asked for if they have one."""
        from facilitator.cli.unlock import open_records_for

        return open_records_for(self, **kwargs)


class _Version(argparse.Action):
    """`--version`; the number is read only when asked for (see `facilitator.__version__`)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        import facilitator

        print(f"facilitator {facilitator.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: plain `facilitator` builds no parser (start-up).
    # Written out (not import_module by name) so PyInstaller bundles every command.
    from facilitator.cli import client, coach, formats, passphrase, plan, report, series, window

    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=translate("Cli", "A companion for structured peer-help sessions."),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli", "where records live (default: $FACILITATOR_DATA_DIR, else the user data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        choices=sorted(i18n.LANGUAGES),
        help=translate("Cli", "the language: en, pl or de (default: the system's)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open a ready sample session in a throw-away data folder"),
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "Cli", "read the records' passphrase from standard input (one line) instead of asking"
        ),
    )
    parser.set_defaults(run=window.run_default)
    sub = parser.add_subparsers(dest="command")
    for command in (formats, plan, window, coach, client, report, series, passphrase):
        command.add_parser(sub)
    return parser


def _asked_language(argv: Sequence[str]) -> str | None:
    """--lang, read before the parser is built so that its help is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return os.environ.get("FACILITATOR_LANG") or None


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain start (`--demo`, `--data-dir DIR`, `--lang LANG`), when they
    are all there is; None for anything else (the parser reads it, and says what is wrong)."""
    found = argparse.Namespace(demo=False, data_dir=None)
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if arg == "--demo":
            found.demo = True
        elif name in ("--data-dir", "--lang") and (eq or rest):
            value = value if eq else rest.pop(0)
            if not value or value.startswith("-"):
                return None
            if name == "--data-dir":
                found.data_dir = value
        else:
            return None
    return found


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asked = _asked_language(argv)
    from facilitator.resources import translations_dir

    try:
        i18n.set_language(i18n.choose_language(asked), translations_dir())
    except ValueError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 2
    from facilitator.store.paths import resolve_data_dir

    window = _window_only(argv)
    if window is not None:  # `facilitator`, `facilitator --demo`: no parser to build (start-up)
        from facilitator.cli.window import run_default

        start = argparse.Namespace(demo=window.demo)
        data_dir = resolve_data_dir(window.data_dir)
        return int(run_default(start, Context(data_dir=data_dir, language=asked)))
    from facilitator.cli import argparse_words

    argparse_words.install()
    args = build_parser().parse_args(argv)
    ctx = Context(
        data_dir=resolve_data_dir(args.data_dir),
        language=asked,
        passphrase_stdin=args.passphrase_stdin,
    )
    return int(args.run(args, ctx))
