"""One client's whole record out of the log: JSON (complete) and Markdown (readable).

Files are written atomically (temporary file, fsync, rename) and kept private (0o600):
they hold confidential material. Exports are plain files even when the records are
protected by a passphrase: the user chose to write them. In the Markdown, the user's text
is escaped so nothing in it becomes markup, a link, HTML or (in a line that starts with
`=`, `+`, `-` or `@`) a heading, a list or a formula when pasted into a spreadsheet.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from facilitator.core.coaching.consent import ConsentScope, ConsentState, how_label, statuses
from facilitator.core.coaching.goals import goals_summary
from facilitator.core.coaching.model import ActionStatus, Stage, format_hours, hours
from facilitator.core.files import write_atomically
from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.core.numbers import local_decimal
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import consents
from facilitator.store.coaching_goals import GoalStore
from facilitator.store.coaching_organisations import organisation

EXPORT_VERSION = 2  # 2: the consents, current and their history


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def client_record(store: CoachingStore, client_id: int) -> dict[str, Any]:
    """Everything the log holds about one client, as JSON-ready values."""
    client = store.get_client(client_id)
    if client is None:
        raise LookupError(f"no client {client_id}")
    engagements = []
    for engagement in store.engagements(client_id):
        sessions = []
        for session in store.sessions(engagement.id):
            item = asdict(session)
            item["hours"] = format_hours(session.hours)
            item["actions"] = [asdict(a) for a in store.actions(session.id)]
            sessions.append(item)
        item = asdict(engagement)
        item["stage_history"] = [asdict(c) for c in store.stage_history(engagement.id)]
        goal_store = GoalStore(store.conn)
        goals = goal_store.goals(engagement.id)
        indicators = goal_store.indicators(engagement.id)
        readings = goal_store.readings(engagement.id)
        item["goals"] = [
            {**asdict(g), "indicators": [
                {**asdict(i), "values": [
                    {"held_on": r.held_on, "session_id": r.session_id, "value": r.value}
                    for r in readings if r.indicator_id == i.id]}
                for i in indicators if i.goal_id == g.id]}
            for g in goals
        ]  # fmt: skip
        item["goals_summary"] = goals_summary(goals, indicators, readings)
        item["sessions"] = sessions
        engagements.append(item)
    history = consents(store.conn, client_id)
    current = [
        {"scope": s.scope, "state": s.state,
         **({"date": s.latest.on, "how": s.latest.how} if s.latest else {})}
        for s in statuses(history, client.icf_consent)
    ]  # fmt: skip
    return _plain({
        "export_version": EXPORT_VERSION,
        "client": {**asdict(client), "organisation": organisation(store.conn, client_id)},
        "consent": current,
        "consent_history": [
            {k: v for k, v in asdict(c).items() if k != "client_id"} for c in history
        ],
        "engagements": engagements,
    })  # fmt: skip


_MARKUP = re.compile(r"([\\`*_\[\]<>|#])")


def md_text(text: str) -> str:
    """The user's text as Markdown that shows it literally."""
    lines = []
    for line in _MARKUP.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        stripped = line.lstrip(" \t")
        if stripped.startswith(("=", "+", "-", "@")):
            line = line[: len(line) - len(stripped)] + "\\" + stripped
        lines.append(line)
    return "\n".join(lines)


def _section(title: str, text: str) -> list[str]:
    return [f"**{title}:** {md_text(text.strip())}", ""] if text and text.strip() else []


# The export's fixed words, in the language of the moment (as the session report's are);
# dates stay ISO, the user's words as typed. Codes are looked up here, never stored as text.
_AGREEMENT = {
    "confidentiality": QT_TRANSLATE_NOOP("ClientExport", "Confidentiality"),
    "boundaries": QT_TRANSLATE_NOOP("ClientExport", "Boundaries"),
    "fees": QT_TRANSLATE_NOOP("ClientExport", "Fees"),
    "cancellation": QT_TRANSLATE_NOOP("ClientExport", "Cancellation"),
}
_CLOSING = {
    "journey": QT_TRANSLATE_NOOP("ClientExport", "Journey"),
    "learning": QT_TRANSLATE_NOOP("ClientExport", "Learning"),
    "effects": QT_TRANSLATE_NOOP("ClientExport", "Effects"),
    "challenges": QT_TRANSLATE_NOOP("ClientExport", "Challenges ahead"),
}
_PAYMENT = {
    "paid": QT_TRANSLATE_NOOP("ClientExport", "paid"),
    "pro_bono": QT_TRANSLATE_NOOP("ClientExport", "pro bono"),
    "reciprocal": QT_TRANSLATE_NOOP("ClientExport", "reciprocal"),
}
_ACTION = {
    "open": QT_TRANSLATE_NOOP("ClientExport", "open"),
    "done": QT_TRANSLATE_NOOP("ClientExport", "done"),
    "not_done": QT_TRANSLATE_NOOP("ClientExport", "not done"),
}


def client_markdown(record: dict[str, Any]) -> str:
    """The record for people to read, its headings and fixed words in the current
    language (the JSON beside it keeps codes and dots)."""
    client = record["client"]
    lines = [f"# {md_text(client['name'])}", ""]
    lines += _section(translate("ClientExport", "Contact"), client["contact"])
    lines += _section(translate("ClientExport", "Organisation (sponsor)"), client.get("organisation", ""))
    lines += _section(translate("ClientExport", "Notes"), client["notes"])
    lines += _consent_lines(record)
    for number, eng in enumerate(record["engagements"], 1):
        end = eng["end"] or translate("ClientExport", "ongoing")
        payment = translate("ClientExport", _PAYMENT[eng["payment"]])
        stage = Stage(eng["stage"])
        size = eng["group_size"]  # a plain name: lupdate reads only those as counts
        described = (
            translate("ClientExport", "Individual, {payment}; stage {number}: {stage}.")
            if size == 1
            else translate("ClientExport", "Group of %n, {payment}; stage {number}: {stage}.",
                           None, size)
        ).format(payment=payment, number=stage.value, stage=stage.title)  # fmt: skip
        lines += ["## " + translate("ClientExport", "Engagement {number}: {start} – {end}").format(
            number=number, start=eng["start"], end=end), "", described, ""]  # fmt: skip
        agreement = eng["agreement"]
        for key, title in _AGREEMENT.items():
            lines += _section(translate("ClientExport", title), agreement[key])
        if agreement["sessions_agreed"] is not None:
            lines += [translate("ClientExport", "Sessions agreed: {agreed}, used: {used}").format(
                agreed=agreement["sessions_agreed"], used=len(eng["sessions"])), ""]  # fmt: skip
        lines += ["### " + translate("ClientExport", "Stages"), ""]
        lines += [f"- {c['on']}: {c['stage']}. {Stage(c['stage']).title}"
                  for c in eng["stage_history"]] + [""]  # fmt: skip
        if eng.get("goals_summary"):
            lines += ["### " + translate("ClientExport", "Goals and benefit indicators"), ""]
            lines += _goal_lines(eng["goals_summary"]) + [""]
        closing = eng["closing"]
        for key, title in _CLOSING.items():
            lines += _section(translate("ClientExport", title), closing[key])
        for session in eng["sessions"]:
            lines += [
                "### " + (translate("ClientExport", "Session {date} ({hours} h, fee paid)")
                          if session["fee_paid"]
                          else translate("ClientExport", "Session {date} ({hours} h, fee not paid)"))
                .format(date=session["held_on"],
                        hours=local_decimal(format_hours(hours(session["seconds"])))),
                "",
            ]  # fmt: skip
            lines += _section(translate("ClientExport", "Desired takeaway"), session["takeaway"])
            lines += _section(translate("ClientExport", "Notes"), session["notes"])
            lines += _section(translate("ClientExport", "Private reflection"), session["reflection"])
            for action in session["actions"]:
                mark = {"open": "[ ]", "done": "[x]", "not_done": "[-]"}[action["status"]]
                due = (" " + translate("ClientExport", "(due {date})").format(date=action["due"])
                       if action["due"] else "")  # fmt: skip
                status = translate("ClientExport", _ACTION[ActionStatus(action["status"]).value])
                lines.append(f"- {mark} {md_text(action['text'])}{due} — {status}")
            if session["actions"]:
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _goal_lines(summary: list[str]) -> list[str]:
    """A goal per item, in bold, its indicators nested under it; the goals' and the
    indicators' words (the user's) escaped like the rest."""
    return [f"  - {md_text(line[2:])}" if line.startswith("- ") else f"- **{md_text(line)}**"
            for line in summary]  # fmt: skip


_STATE = {
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("Consent", "given on {date}"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Consent", "withdrawn on {date}"),
    ConsentState.GIVEN_UNDATED: QT_TRANSLATE_NOOP("Consent", "given (date not recorded)"),
    ConsentState.NOT_RECORDED: QT_TRANSLATE_NOOP("Consent", "not recorded"),
}


def _consent_phrase(state: ConsentState, day: str | None, how: str) -> str:
    text = translate("Consent", _STATE[state]).format(date=day)
    return f"{text}, {md_text(how_label(how))}" if how else text


def _consent_lines(record: dict[str, Any]) -> list[str]:
    """Each scope's current state, then every consent given or withdrawn, oldest first."""
    lines = ["## " + translate("ClientExport", "Consent"), ""]
    for item in record["consent"]:
        state = ConsentState(item["state"])
        lines.append(f"- {ConsentScope(item['scope']).label}: "
                     f"{_consent_phrase(state, item.get('date'), item.get('how', ''))}")  # fmt: skip
    lines.append("")
    if record["consent_history"]:
        lines += ["### " + translate("ClientExport", "Consent history"), ""]
        for c in record["consent_history"]:
            state = ConsentState.GIVEN if c["given"] else ConsentState.WITHDRAWN
            note = f" — {md_text(c['note'])}" if c["note"] else ""
            lines.append(f"- {ConsentScope(c['scope']).label}: "
                         f"{_consent_phrase(state, c['on'], c['how'])}{note}")  # fmt: skip
        lines.append("")
    return lines


def safe_stem(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.")
    return stem[:60] or "client"


def export_client(store: CoachingStore, client_id: int, folder: Path) -> tuple[Path, Path]:
    """Write `<name>.json` and `<name>.md` into `folder`; return both paths."""
    record = client_record(store, client_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = safe_stem(record["client"]["name"])
    json_path, md_path = folder / f"{stem}.json", folder / f"{stem}.md"
    write_atomically(json_path, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    write_atomically(md_path, client_markdown(record))
    return json_path, md_path
