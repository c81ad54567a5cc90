"""The agenda before the meeting, as Markdown: every phase with its clock time, who holds
which role in each round, the microphone cues, the breaks and the total — "the steps
visualised in a shared document" (seeds/003). Written by ``facilitator plan`` and by the
new-session dialog; Qt-free (the PDF is this text laid out by the window's layer)."""

from __future__ import annotations

import time

from facilitator.core.dates import wall_date_text
from facilitator.core.formats.format import Assign
from facilitator.core.i18n import translate
from facilitator.core.plan.timeline import AFTER_BIDS, Timeline, round_phase_minutes
from facilitator.core.text import drop_needless_isolates, isolate
from facilitator.core.timefmt import minutes_text
from facilitator.reports.markdown import escape
from facilitator.reports.tables import names_text


def _clock(wall: float) -> str:
    return time.strftime("%H:%M", time.localtime(wall))


def _roles_text(timeline: Timeline, index: int) -> str:
    fmt = timeline.fmt
    held = timeline.roles_at(index)
    parts = []
    for role in fmt.roles:
        people = held.get(role.id, ())
        if people and role.assign is not Assign.FIXED:
            parts.append(f"{role.name}: {names_text(people)}")
    return " · ".join(parts)


def _mic_text(timeline: Timeline, index: int) -> str:
    spec = timeline[index].spec
    fmt = timeline.fmt
    off = [fmt.role(rid).name for rid in spec.muted]
    if not off:
        return ""
    if len(off) == 1:
        return translate("Agenda", "{roles}: microphone off").format(roles=off[0])
    return translate("Agenda", "{roles}: microphones off").format(roles=", ".join(off))


def agenda_markdown(timeline: Timeline, start_wall: float, *, title: str = "") -> str:
    fmt, plan = timeline.fmt, timeline.plan
    total = timeline.planned_total
    heading = translate("Agenda", "{title} — agenda").format(title=escape(title or fmt.title))
    lines = [f"# {heading}", ""]
    label = translate("Agenda", "Date")
    lines.append(f"- **{label}:** {wall_date_text(start_wall)}")
    lines.append(
        "- " + translate(
            "Agenda", "**Starts:** {start} · **ends about** {end} · **planned total:** {total}"
        ).format(start=_clock(start_wall), end=_clock(start_wall + total), total=minutes_text(total))
    )  # fmt: skip
    label = translate("Agenda", "Participants ({n})").format(n=len(plan.present))
    lines.append(f"- **{label}:** {escape(names_text(plan.present))}")
    for rid, people in plan.fixed.items():
        label = translate("Agenda", "{role} for the whole meeting").format(role=fmt.role(rid).name)
        lines.append(f"- **{label}:** {escape(names_text(people))}")
    if fmt.agreements:
        lines += ["", translate("Agenda", "Agreements:"), ""]
        lines += [f"- {escape(a, starts_line=True)}" for a in fmt.agreements]
    columns = (
        translate("Agenda", "Time"), translate("Agenda", "Phase"), translate("Agenda", "Length"),
        translate("Agenda", "Roles"), translate("Agenda", "Microphones"),
    )  # fmt: skip
    header = "| " + " | ".join(columns) + " |"
    rule = "| --- | --- | ---: | --- | --- |"
    at = start_wall
    section = None
    for phase in timeline.phases:
        key = (phase.section, phase.round_index)
        if key != section:
            section = key
            if phase.section == "round" and phase.round_index is not None:
                holder_role = fmt.holder_role.name if fmt.holder_role else translate("Agenda", "Holder")
                round_total = sum(p.planned for p in timeline.round_phases(phase.round_index))
                heading = translate("Agenda", "Round {n} — {role}: {holder} ({length})").format(
                    n=phase.round_index + 1, role=holder_role,
                    holder=isolate(timeline.holder_of(phase.round_index) or ""),
                    length=minutes_text(round_total),
                )  # fmt: skip
            else:
                heading = {
                    "opening": translate("Agenda", "At the start") if fmt.rounds
                    else translate("Agenda", "Phases"),
                    "round": translate("Agenda", "Rounds — decided at the bids"),
                    "break": translate("Agenda", "Break"),
                    "closing": translate("Agenda", "At the end"),
                }[phase.section]  # fmt: skip
            lines += ["", f"## {escape(heading)}", "", header, rule]
        row = [
            _clock(at),
            phase.name,
            minutes_text(phase.planned),
            _roles_text(timeline, phase.index),
            _mic_text(timeline, phase.index),
        ]
        lines.append("| " + " | ".join(escape(c) for c in row) + " |")
        if phase.key == AFTER_BIDS and fmt.rounds is not None:
            names = fmt.names(timeline.params, len(plan.members), len(plan.present))
            steps = zip(fmt.rounds.phases, round_phase_minutes(fmt, names), strict=True)
            each = " · ".join(f"{spec.name} {minutes_text(m * 60)}" for spec, m in steps)
            each_round = translate("Agenda", "Each round: {steps}.").format(steps=each)
            lines += ["", escape(each_round, starts_line=True)]
        at += phase.planned
    end = translate("Agenda", "**End:** {end} · planned total {total}")
    lines += ["", end.format(end=_clock(at), total=minutes_text(total)), ""]
    return drop_needless_isolates("\n".join(lines))
