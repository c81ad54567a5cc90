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
    return f"{', '.join(off)}: microphone{'s' if len(off) > 1 else ''} off"


def agenda_markdown(timeline: Timeline, start_wall: float, *, title: str = "") -> str:
    fmt, plan = timeline.fmt, timeline.plan
    total = timeline.planned_total
    lines = [f"# {escape(title or fmt.title)} — agenda", ""]
    date_label = translate("Report", "Date")
    lines.append(f"- **{date_label}:** {wall_date_text(start_wall)}")
    lines.append(
        f"- **Starts:** {_clock(start_wall)} · **ends about** {_clock(start_wall + total)} "
        f"· **planned total:** {minutes_text(total)}"
    )
    lines.append(f"- **Participants ({len(plan.present)}):** {escape(names_text(plan.present))}")
    for rid, people in plan.fixed.items():
        lines.append(
            f"- **{fmt.role(rid).name} for the whole meeting:** {escape(names_text(people))}"
        )
    if fmt.agreements:
        lines += ["", "Agreements:", ""] + [f"- {escape(a, starts_line=True)}" for a in fmt.agreements]
    header = "| Time | Phase | Length | Roles | Microphones |"
    rule = "| --- | --- | ---: | --- | --- |"
    at = start_wall
    section = None
    for phase in timeline.phases:
        key = (phase.section, phase.round_index)
        if key != section:
            section = key
            if phase.section == "round" and phase.round_index is not None:
                holder_role = fmt.holder_role.name if fmt.holder_role else "Holder"
                round_total = sum(p.planned for p in timeline.round_phases(phase.round_index))
                heading = (
                    f"Round {phase.round_index + 1} — {holder_role}: "
                    f"{isolate(timeline.holder_of(phase.round_index) or '')} "
                    f"({minutes_text(round_total)})"
                )
            else:
                heading = {
                    "opening": "At the start" if fmt.rounds else "Phases",
                    "round": "Rounds — decided at the bids",
                    "break": "Break",
                    "closing": "At the end",
                }[phase.section]
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
            lines += ["", escape(f"Each round: {each}.", starts_line=True)]
        at += phase.planned
    lines += ["", f"**End:** {_clock(at)} · planned total {minutes_text(total)}", ""]
    return drop_needless_isolates("\n".join(lines))
