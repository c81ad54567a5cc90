"""``facilitator series``: a group's planned meetings on the command line.

facilitator series list                          every group and its meetings
facilitator series export GROUP --out FILE.ics   the meetings as an iCalendar file
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.i18n import translate
from facilitator.core.timefmt import min_text

if TYPE_CHECKING:
    from facilitator.cli import Context


def add_parser(sub: argparse._SubParsersAction) -> None:
    series = sub.add_parser("series", help=translate("Cli", "list a group's meetings or export them as .ics"))
    what = series.add_subparsers(dest="series_command", required=True)
    what.add_parser("list", help=translate("Cli", "every group with its planned meetings"))
    export = what.add_parser("export", help=translate("Cli", "write a group's meetings to an iCalendar file"))
    export.add_argument("group", metavar="GROUP", help=translate("Cli", "the group's name (any case)"))
    export.add_argument("--out", required=True, metavar="FILE.ics", help=translate("Cli", "where to write"))
    series.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    data_dir = ctx.data_dir
    from facilitator.core.formats.catalog import load_catalog
    from facilitator.resources import builtin_formats_dir
    from facilitator.store.database import close_records
    from facilitator.store.groups import GroupStore
    from facilitator.store.paths import formats_dir

    records = ctx.open_records()
    try:
        groups = GroupStore(records.conn)
        catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir))
        titles = {f.id: f.title for f in catalog.formats}
        if args.series_command == "list":
            return _list(groups, titles)
        return _export(groups, titles, args.group, Path(args.out))
    finally:
        close_records(records)


def _list(groups, titles: dict[str, str]) -> int:
    found = groups.list_groups()
    if not found:
        print(translate("CliSeries", "No groups yet. Make one in the Groups window (start screen, “Groups and series…”)."))
    for group in found:
        print(f"{group.name} — {titles.get(group.format_id, group.format_id)}")
        print("  " + translate("CliSeries", "members: {names}; time zone {zone}").format(
            names=", ".join(group.members), zone=group.time_zone))  # fmt: skip
        for meeting in groups.meetings(group.id):
            state = " " + translate("CliSeries", "(cancelled)") if meeting.cancelled else ""
            held = (
                " · " + translate("CliSeries", "session {id}").format(id=meeting.session_id)
                if meeting.session_id else ""
            )  # fmt: skip
            start = meeting.starts(group.time_zone).strftime("%a %Y-%m-%d %H:%M %Z")
            print(f"  {start}, {min_text(meeting.minutes)}{state}{held}")
    return 0


def _export(groups, titles: dict[str, str], name: str, out: Path) -> int:
    from facilitator.core.groups.calendar import series_calendar

    group = groups.find_group(name)
    if group is None:
        known = ", ".join(g.name for g in groups.list_groups()) or translate("CliSeries", "none yet")
        print("facilitator: " + translate("CliSeries", "there is no group '{name}' (groups: {known})")
              .format(name=name, known=known), file=sys.stderr)  # fmt: skip
        return 2
    meetings = groups.meetings(group.id)
    if not meetings:
        print("facilitator: " + translate("CliSeries", "'{name}' has no planned meetings to export")
              .format(name=group.name), file=sys.stderr)  # fmt: skip
        return 2
    data = series_calendar(
        group, meetings, titles.get(group.format_id, group.format_id), now_wall=time.time()
    )
    from facilitator.core.files import write_atomically

    write_atomically(out, data)
    count = len(meetings)
    print(
        translate("Cli", "%n meeting(s) of {group} written to {file}", None, count).format(
            group=group.name, file=out
        )
    )
    return 0
