"""A plain-text description of a format: its phases and planned durations.

Used by ``facilitator formats`` and by anything that previews a format as text.
"""

from __future__ import annotations

from facilitator.core.formats.format import Format
from facilitator.core.i18n import in_sentence, translate
from facilitator.core.numbers import number_text
from facilitator.core.plan.rounds import PlanError, make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.timefmt import minutes_text

_WIDTH = 58


def sample_people(fmt: Format) -> list[str]:
    return [translate("Describe", "Person {n}").format(n=i) for i in range(1, fmt.group_min + 1)]


def describe_format(fmt: Format) -> str:
    lines = [f"{fmt.id}: {fmt.title}"]
    least, most = fmt.group_min, fmt.group_max  # plain names: lupdate reads only those as counts
    size = (
        translate("Describe", "%n people", None, least)
        if least == most
        else translate("Describe", "{low}–%n people", None, most).format(low=least)
    )
    lines.append(
        "  "
        + translate("Describe", "{size}; roles: {roles}").format(
            size=size, roles=", ".join(r.name for r in fmt.roles)
        )
    )
    for p in fmt.parameters:
        unit = f" {p.unit}" if p.unit else ""
        span = (
            ", ".join(number_text(c) for c in p.choices)
            if p.choices
            else f"{number_text(p.minimum)}–{number_text(p.maximum)}"
        )
        lines.append(f"  {p.label}: {number_text(p.default)}{unit} ({span})")
    params = fmt.default_params()
    try:
        timeline = build_timeline(fmt, params, make_plan(fmt, params, sample_people(fmt)))
    except PlanError as exc:
        lines.append(
            "  " + translate("Describe", "(cannot be planned with the defaults: {why})").format(why=exc)
        )
        return "\n".join(lines)
    section = None
    rounds = len(timeline.plan.rounds)
    for phase in timeline.phases:
        if phase.round_index not in (None, 0):
            continue
        if phase.section != section:
            section = phase.section
            holder = in_sentence(fmt.holder_role.name) if fmt.holder_role else ""
            title = {
                "opening": translate("Describe", "Once, at the start")
                if fmt.rounds
                else translate("Describe", "Phases"),
                "round": translate(
                    "Describe", "Each round: {length} ({rounds} with the defaults, one per {holder})"
                ).format(
                    length=minutes_text(sum(p.planned for p in timeline.round_phases(0))),
                    rounds=rounds,
                    holder=holder,
                ),
                "break": translate("Describe", "Break"),
                "closing": translate("Describe", "Once, at the end"),
            }[section]
            lines.append(f"  {title}")
        name = phase.name if len(phase.name) <= _WIDTH - 8 else phase.name[: _WIDTH - 9] + "…"
        lines.append(f"    {name:<{_WIDTH - 8}}{minutes_text(phase.planned):>10}")
    people = len(timeline.plan.participants)
    lines.append(
        "  "
        + translate(
            "Describe", "Planned total: {total} (defaults, %n people)", None, people
        ).format(total=minutes_text(timeline.planned_total))
    )
    return "\n".join(lines)
