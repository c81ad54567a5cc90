"""``facilitator formats``: every format with its phases and planned durations."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate

if TYPE_CHECKING:
    from facilitator.cli import Context


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("formats", help=translate("Cli", "list every format with its phases and planned durations"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from facilitator.core import i18n
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.core.plan.describe import describe_format
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.paths import formats_dir

    catalog = load_catalog(builtin_formats_dir(), formats_dir(ctx.data_dir), i18n.language())
    if not catalog.formats:
        print(
            f"facilitator: no built-in formats found in {builtin_formats_dir()}; "
            "the installation is incomplete",
            file=sys.stderr,
        )
        return 1
    print("\n\n".join(describe_format(f) for f in catalog.formats))
    if catalog.errors:
        print(
            f"\nFormats in {formats_dir(ctx.data_dir)} that could not be loaded:", file=sys.stderr
        )
        for error in catalog.errors:
            print(f"  {error}", file=sys.stderr)
    return 0
