"""The client's Markdown export speaks the language of the moment (issue 15): its headings
and fixed words go through the catalogue like the session report's, the user's words stay
as typed and the dates ISO; the JSON beside it keeps its codes and dots."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from facilitator.core import i18n
from facilitator.core.coaching import consent
from facilitator.core.coaching.model import ActionStatus, Payment
from facilitator.resources import translations_dir
from facilitator.store import coaching_export
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import record_consent
from facilitator.store.coaching_export import client_markdown, client_record, export_client
from facilitator.store.coaching_organisations import set_organisation
from facilitator.store.database import open_records

T0 = 1_800_000_000.0
ENGLISH = ["Contact", "Organisation", "Notes", "Engagement", "Individual", "Group of", "paid",
           "stage", "Confidentiality", "Sessions agreed", "Stages", "Journey", "Session",
           "fee", "Desired takeaway", "Private reflection", "due", "open", "done", "Consent",
           "ongoing", "Named on the ICF log", "given on", "by e-mail"]  # fmt: skip


def _messages() -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every message the export module and the consents'
    module (scopes, ways of consent) mark."""
    found = []
    for module in (coaching_export, consent):
        found += _marked(Path(module.__file__))
    return found


def _marked(path: Path) -> list[tuple[str, str, bool]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("translate",
                "QT_TRANSLATE_NOOP") and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])):  # fmt: skip
            found.append((node.args[0].value, node.args[1].value, len(node.args) >= 4))
    return found


def _marked_catalogue(folder: Path) -> Path:
    """A 'Polish' catalogue in which every message of the export reads «PL …»."""
    contexts: dict[str, list[str]] = {}
    for context, source, plural in set(_messages()):
        text = escape(f"«PL {source}»")
        body = (f"<numerusform>{text}</numerusform>" * 3) if plural else text
        numerus = ' numerus="yes"' if plural else ""
        contexts.setdefault(context, []).append(
            f"<message{numerus}><source>{escape(source)}</source>"
            f"<translation>{body}</translation></message>")  # fmt: skip
    xml = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    (folder / "facilitator_pl.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl_PL">{xml}</TS>',
        encoding="utf-8")  # fmt: skip
    return folder


@pytest.fixture
def log(tmp_path):
    opened = open_records(tmp_path / "data", now=T0)
    yield CoachingStore(opened.conn)
    opened.conn.close()
    i18n.set_language("en", translations_dir())


def _rich_client(log: CoachingStore) -> int:
    cid = log.add_client("Ana <b>", contact="ana@x.org", notes="notes", now=T0)
    eid = log.add_engagement(cid, date(2026, 1, 5), now=T0, payment=Payment.PAID,
                             confidentiality="kept", sessions_agreed=6, journey="long")  # fmt: skip
    log.add_engagement(cid, date(2026, 3, 1), now=T0, group_size=4, payment=Payment.PRO_BONO)
    sid = log.add_session(eid, date(2026, 1, 12), 2700, now=T0, takeaway="t", notes="n",
                          reflection="r", fee_paid=True)  # fmt: skip
    log.add_session(eid, date(2026, 1, 19), 3600, now=T0)
    done = log.add_action(sid, "Call Ben", due=date(2026, 1, 20), now=T0)
    log.review_action(done, ActionStatus.DONE, sid)
    log.add_action(sid, "Write", now=T0)
    record_consent(log.conn, cid, "icf_log", True, date(2026, 1, 5), how="email", now=T0)
    set_organisation(log.conn, cid, "Acme")
    return cid


def test_every_fixed_word_goes_through_the_catalogue(log, tmp_path):
    cid = _rich_client(log)
    english = client_markdown(client_record(log, cid))
    assert all(word in english for word in ENGLISH), [w for w in ENGLISH if w not in english]
    assert "0.75 h" in english and "## Engagement 1: 2026-01-05 – ongoing" in english
    i18n.set_language("pl", _marked_catalogue(tmp_path))
    polish = client_markdown(client_record(log, cid))
    headings = [line for line in polish.splitlines() if line.startswith("#")][1:]
    assert headings and all("«PL " in line for line in headings), headings
    left = [line for line in polish.splitlines()
            if any(word in line.replace("«PL", "").split("»")[-1] for word in ENGLISH)]  # fmt: skip
    assert left == []  # every line's English is inside a translation
    assert "# Ana \\<b\\>" in polish and "2026-01-12" in polish  # the user's words, ISO dates
    assert "0,75" in polish  # hours as Polish writes them


def test_the_consent_lines_use_the_real_polish_catalogue(log, tmp_path):
    cid = _rich_client(log)
    i18n.set_language("pl", translations_dir())
    md = client_markdown(client_record(log, cid))
    assert "Named on the ICF log" not in md and "given on" not in md and "by e-mail" not in md
    assert i18n.translate("Consent", "Named on the ICF log") in md
    json_path, _md = export_client(log, cid, tmp_path / "out")
    data = json.loads(json_path.read_text())
    assert data["consent"][0]["how"] == "email"  # the JSON keeps the code
    assert data["engagements"][0]["sessions"][0]["hours"] == "0.75"  # and its dots
