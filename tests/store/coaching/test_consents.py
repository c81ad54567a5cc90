"""Dated consents: a history kept, the ICF flag in step with the newest ICF consent, the
ICF log following it, the export carrying it, and the rows gone with the client."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from facilitator.core.coaching.consent import ConsentScope, ConsentState
from facilitator.core.coaching.icf import build_log
from facilitator.store.coaching_consents import client_statuses, consents, record_consent
from facilitator.store.coaching_export import client_markdown, client_record, export_client
from tests.store.coaching.conftest import T0

TODAY = date.fromtimestamp(T0)
ICF, RECORDS = ConsentScope.ICF_LOG, ConsentScope.RECORDS


def client_with_a_paid_hour(log, name="Dana Smith", icf_consent=False) -> int:
    cid = log.add_client(name, icf_consent=icf_consent, now=T0)
    eid = log.add_engagement(cid, date(2026, 1, 5), now=T0)
    log.add_session(eid, date(2026, 1, 12), 3600, fee_paid=True, now=T0)
    return cid


def rows(log) -> int:
    return log.conn.execute("SELECT COUNT(*) FROM coach_consents").fetchone()[0]


def listed(log) -> list[str]:
    icf = build_log(log.clients(), log.engagements(), log.all_sessions(), TODAY)
    return [row.client_name for row in icf.rows]


def test_giving_and_withdrawing_keeps_the_flag_and_the_icf_log_in_step(log):
    cid = client_with_a_paid_hour(log)
    assert listed(log) == []
    record_consent(log.conn, cid, ICF, True, date(2026, 1, 5), how="In writing",
                   note="signed form", now=T0)  # fmt: skip
    assert log.get_client(cid).icf_consent
    assert listed(log) == ["Dana Smith"]
    record_consent(log.conn, cid, "icf_log", False, date(2026, 11, 2), how="by e-mail", now=T0 + 1)
    assert not log.get_client(cid).icf_consent
    assert listed(log) == []  # left off again, hours and all
    history = consents(log.conn, cid)
    assert [(c.given, c.on, c.how, c.note) for c in history] == [
        (True, date(2026, 1, 5), "in_writing", "signed form"),
        (False, date(2026, 11, 2), "email", ""),
    ]
    icf, records = client_statuses(log.conn, cid)
    assert icf.state is ConsentState.WITHDRAWN and icf.latest == history[-1]
    assert records.state is ConsentState.NOT_RECORDED


def test_a_consent_dated_before_a_withdrawal_does_not_undo_it(log):
    cid = client_with_a_paid_hour(log)
    record_consent(log.conn, cid, ICF, False, date(2026, 10, 1), now=T0)
    record_consent(log.conn, cid, ICF, True, date(2026, 9, 1), how="orally", now=T0 + 1)
    assert not log.get_client(cid).icf_consent
    assert [c.on for c in consents(log.conn, cid)] == [date(2026, 9, 1), date(2026, 10, 1)]
    record_consent(log.conn, cid, ICF, True, date(2026, 10, 1), how="orally", now=T0 + 2)
    assert log.get_client(cid).icf_consent  # same day: the one recorded last decides


def test_records_consent_leaves_the_icf_flag_alone(log):
    cid = client_with_a_paid_hour(log, icf_consent=True)
    record_consent(log.conn, cid, RECORDS, False, TODAY, how="", now=T0)
    assert log.get_client(cid).icf_consent
    icf, records = client_statuses(log.conn, cid)
    assert icf.state is ConsentState.GIVEN_UNDATED  # the old flag, not yet dated
    assert records.state is ConsentState.WITHDRAWN


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"on": date(2027, 1, 16)}, ValueError, "after today"),
    ({"on": "2026-01-01"}, ValueError, "needs a date"),
    ({"how": "  "}, ValueError, "how the consent was given"),
    ({"scope": "newsletter"}, ValueError, "scope"),
    ({"given": 1}, ValueError, "given"),
    ({"note": None}, ValueError, "Note"),
    ({"client_id": 999}, LookupError, "no client"),
])  # fmt: skip
def test_bad_consents_are_refused_and_nothing_is_written(log, kwargs, error, message):
    cid = client_with_a_paid_hour(log)
    args = {"client_id": cid, "scope": ICF, "given": True, "on": TODAY, "how": "orally",
            "note": "", **kwargs}  # fmt: skip
    with pytest.raises(error, match=message):
        record_consent(log.conn, args.pop("client_id"), args.pop("scope"), args.pop("given"),
                       args.pop("on"), now=T0, **args)  # fmt: skip
    assert rows(log) == 0 and not log.get_client(cid).icf_consent


def test_the_flag_is_not_set_around_the_history(log):
    cid = client_with_a_paid_hour(log)
    with pytest.raises(TypeError, match="icf_consent"):
        log.update_client(cid, icf_consent=True, now=T0)


def test_erasing_the_client_erases_its_consents(log):
    cid = client_with_a_paid_hour(log)
    kept = client_with_a_paid_hour(log, "Kept")
    record_consent(log.conn, cid, ICF, True, TODAY, how="email", note="gone", now=T0)
    record_consent(log.conn, kept, ICF, True, TODAY, how="email", now=T0)
    assert log.erase_client(cid)
    assert rows(log) == 1 and consents(log.conn, kept)


def test_the_export_carries_the_consents_and_their_history(log, tmp_path):
    cid = client_with_a_paid_hour(log, icf_consent=True)
    assert client_record(log, cid)["consent"][0] == {"scope": "icf_log", "state": "given_undated"}
    record_consent(log.conn, cid, RECORDS, True, date(2026, 1, 5), how="contract", now=T0)
    record_consent(log.conn, cid, ICF, True, date(2026, 1, 6), how="=1+1 <img src=x>",
                   note="- by phone\n# later", now=T0)  # fmt: skip
    record_consent(log.conn, cid, ICF, False, date(2026, 12, 1), how="email", now=T0)
    json_path, md_path = export_client(log, cid, tmp_path)
    data = json.loads(json_path.read_text())
    assert data["export_version"] == 2
    assert data["consent"] == [
        {"scope": "icf_log", "state": "withdrawn", "date": "2026-12-01", "how": "email"},
        {"scope": "records", "state": "given", "date": "2026-01-05", "how": "contract"},
    ]
    assert [(c["scope"], c["given"], c["on"]) for c in data["consent_history"]] == [
        ("records", True, "2026-01-05"), ("icf_log", True, "2026-01-06"),
        ("icf_log", False, "2026-12-01"),
    ]  # fmt: skip
    assert data["consent_history"][1]["note"] == "- by phone\n# later"
    md = md_path.read_text()
    assert "- Named on the ICF log: withdrawn on 2026-12-01, by e-mail" in md
    assert "- Records kept: given on 2026-01-05, in the contract" in md
    assert "### Consent history" in md
    assert "given on 2026-01-06, \\=1+1 \\<img src=x\\> — \\- by phone\n\\# later" in md
    assert re.search(r"(?<!\\)<img", md) is None
    assert client_markdown(client_record(log, cid)) == md


def test_a_client_without_consents_says_so_in_the_export(log):
    cid = client_with_a_paid_hour(log)
    md = client_markdown(client_record(log, cid))
    assert "- Named on the ICF log: not recorded" in md
    assert "Consent history" not in md
