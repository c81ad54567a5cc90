"""A report's figures as tables of text, the same for Markdown, the PDF and the window.

Durations read as clocks ("25:00", "1:02:30"); an overrun as "+3:10" and nothing when on
time, so the eye finds the overruns. Qt-free.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from facilitator.core.dates import wall_date_time_text
from facilitator.core.i18n import QT_TRANSLATE_NOOP, in_sentence, translate
from facilitator.core.session.events import RoomCue
from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.reports.model import SessionReport

DASH = "—"


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # per column: right-aligned figures
    footer: tuple[str, ...] | None = None  # a totals row, set apart

    def __post_init__(self) -> None:
        width = len(self.headers)
        assert len(self.numeric) == width, "one alignment per column"
        assert all(len(r) == width for r in self.rows), "every row as wide as the headers"
        assert self.footer is None or len(self.footer) == width


def duration_text(seconds: float) -> str:
    """An elapsed time: '0:45', '25:00', '1:02:30' (rounded to the second)."""
    whole = math.floor(max(0.0, seconds) + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def overrun_text(seconds: float) -> str:
    """'+3:10' for an overrun of at least a second, '' when on time."""
    return f"+{duration_text(seconds)}" if seconds >= 0.5 else ""


def share_text(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole > 0 else DASH


def date_text(wall: float | None) -> str:
    """A short date and time for lists ('2026-11-29 14:05')."""
    return DASH if wall is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(wall))


def when_text(wall: float | None) -> str:
    """A date and time as a report says it, in its language ('29 November 2026, 14:05')."""
    return DASH if wall is None else wall_date_time_text(wall)


def names_text(names) -> str:
    """Names in a list, each isolated so that none reorders the others ('A, B, C')."""
    return ", ".join(isolate(n) for n in names)


STATE_TEXT = {
    SessionState.NOT_STARTED: QT_TRANSLATE_NOOP("Report", "not started"),
    SessionState.RUNNING: QT_TRANSLATE_NOOP("Report", "not finished (it was running when last used)"),
    SessionState.PAUSED: QT_TRANSLATE_NOOP("Report", "not finished (paused)"),
    SessionState.FINISHED: QT_TRANSLATE_NOOP("Report", "finished"),
}


def summary(report: SessionReport) -> list[tuple[str, str]]:
    """The head of a report: (label, value) pairs."""
    over = report.overrun_total
    return [
        (translate("Report", "Format"), isolate(report.format_title)),
        (translate("Report", "Participants"), names_text(report.participants)),
        (translate("Report", "Started"), when_text(report.started_wall)),
        (translate("Report", "Last action"), when_text(report.last_wall)),
        (translate("Report", "State"), translate("Report", STATE_TEXT.get(report.state, str(report.state)))),
        (translate("Report", "Planned"), duration_text(report.planned_total)),
        (translate("Report", "Actual"), duration_text(report.actual_total)),
        (translate("Report", "Overruns, all phases"), overrun_text(over) or translate("Report", "none")),
    ] + [
        (translate("Report", "Review: what helped, what could be better"), f"{isolate(n.text)} ({n.where})")
        for n in report.review_notes
    ]


def _round_label(report: SessionReport, round_index: int | None, holder: str | None) -> str:
    return DASH if round_index is None else f"{round_index + 1} · {isolate(holder or '')}"


def phase_table(report: SessionReport) -> Table:
    rows = []
    for line in report.phases:
        b = line.balance
        remark = []
        if b.skipped:
            remark.append(translate("Report", "skipped"))
        if b.planned > b.original + 0.5:
            remark.append(translate("Report", "extended from {length}").format(length=duration_text(b.original)))
        elif b.planned < b.original - 0.5:
            remark.append(translate("Report", "shortened from {length}").format(length=duration_text(b.original)))
        rows.append((
            str(b.index + 1), b.name, _round_label(report, b.round_index, line.holder),
            duration_text(b.planned), duration_text(b.actual), overrun_text(b.overrun),
            ", ".join(remark),
        ))  # fmt: skip
    footer = (
        "", translate("Report", "Total"), "", duration_text(report.planned_total),
        duration_text(report.actual_total), overrun_text(report.overrun_total), "",
    )  # fmt: skip
    return Table(
        translate("Report", "Phases: planned against actual"),
        ("#", translate("Report", "Phase"), translate("Report", "Round"), translate("Report", "Planned"), translate("Report", "Actual"), translate("Report", "Overrun"), translate("Report", "Remark")),
        tuple(rows),
        (True, False, False, True, True, True, False),
        footer,
    )


def round_table(report: SessionReport) -> Table:
    rows = tuple(
        (
            str(r.round_index + 1), r.holder, duration_text(r.planned), duration_text(r.actual),
            overrun_text(r.overrun), translate("Report", "skipped") if r.skipped else "",
        )
        for r in report.rounds
    )  # fmt: skip
    return Table(
        translate("Report", "Rounds"),
        (translate("Report", "Round"), report.holder_role, translate("Report", "Planned"), translate("Report", "Actual"), translate("Report", "Overrun"), translate("Report", "Remark")),
        rows,
        (True, False, True, True, True, False),
    )


def people_table(report: SessionReport) -> Table:
    total = report.airtime_total
    rows = tuple(
        (
            p.person, duration_text(p.airtime), share_text(p.airtime, total),
            duration_text(p.received), duration_text(p.given),
        )
        for p in report.people
    )  # fmt: skip
    return Table(
        translate("Report", "Time balance by person"),
        (translate("Report", "Person"), translate("Report", "Airtime"), translate("Report", "Share of airtime"), translate("Report", "Time as {role}").format(role=in_sentence(report.holder_role)),
         translate("Report", "Time given in others' rounds")),
        rows,
        (False, True, True, True, True),
        (translate("Report", "Total"), duration_text(total), share_text(total, total) if total else DASH, "", ""),
    )  # fmt: skip


def airtime_table(report: SessionReport) -> Table:
    """Phases down, people across: seconds each person was marked as speaking."""
    people = [p.person for p in report.people]
    rows = []
    for line in report.phases:
        b = line.balance
        cells = [duration_text(line.airtime[p]) if line.airtime.get(p) else "" for p in people]
        unmarked = duration_text(line.unmarked) if b.actual else ""
        rows.append((str(b.index + 1), b.name, *cells, unmarked))
    totals = [duration_text(p.airtime) for p in report.people]
    unmarked_total = sum(line.unmarked for line in report.phases)
    return Table(
        translate("Report", "Airtime by phase"),
        ("#", translate("Report", "Phase"), *people, translate("Report", "Nobody marked")),
        tuple(rows),
        (True, False, *(True for _ in people), True),
        ("", translate("Report", "Total"), *totals, duration_text(unmarked_total)),
    )


def notes_table(report: SessionReport) -> Table:
    rows = tuple(
        (translate("Report", "{where} · review").format(where=n.where) if n.review else n.where,
         n.text, n.action_owner or "")
        for n in report.notes
    )
    return Table(translate("Report", "Notes"), (translate("Report", "Where"), translate("Report", "Note"), translate("Report", "Action for")), rows, (False, False, False))


def action_table(report: SessionReport) -> Table:
    actions = sorted(
        report.actions, key=lambda n: ((n.action_owner or "").casefold(), n.written_wall)
    )
    rows = tuple((n.action_owner or "", n.text, n.where) for n in actions)
    return Table(translate("Report", "Actions and commitments by person"), (translate("Report", "Person"), translate("Report", "Action"), translate("Report", "Where")), rows,
                 (False, False, False))  # fmt: skip


CUE_KIND_TEXT = {
    RoomCue.RULE: QT_TRANSLATE_NOOP("Report", "rule"),
    RoomCue.MESSAGE: QT_TRANSLATE_NOOP("Report", "message"),
}


def cue_table(report: SessionReport) -> Table:
    """The banners the room saw, in order: when, in which phase, what."""
    rows = tuple(
        (
            time.strftime("%H:%M:%S", time.localtime(c.wall)), duration_text(c.elapsed), c.where,
            translate("Report", CUE_KIND_TEXT[c.kind]), c.text,
        )
        for c in report.cues
    )  # fmt: skip
    return Table(
        translate("Report", "Cues to the room"),
        (translate("Report", "Time"), translate("Report", "Session time"), translate("Report", "Phase"),
         translate("Report", "Cue"), translate("Report", "Text")),
        rows,
        (False, True, False, False, False),
    )  # fmt: skip


def all_tables(report: SessionReport) -> list[Table]:
    """Every table of a report in reading order (notes ones only when there are notes)."""
    tables = [phase_table(report)]
    if report.rounds:
        tables.append(round_table(report))
    if report.cues:  # the session's timeline: what the room was shown, and when
        tables.append(cue_table(report))
    tables += [people_table(report), airtime_table(report)]
    if report.actions:
        tables.append(action_table(report))
    if report.notes:
        tables.append(notes_table(report))
    return tables
