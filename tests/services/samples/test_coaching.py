"""The made-up coach's log: every sample client's consents are dated, and the ICF log
follows them (the one who withdrew is left off)."""

from __future__ import annotations

from datetime import date

from facilitator.core.coaching.consent import ConsentState
from facilitator.core.coaching.icf import build_log
from facilitator.services.samples.coaching import fill_demo_log
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import client_statuses
from facilitator.store.database import open_records

T0 = 1_800_000_000.0


def test_sample_clients_have_dated_consents(tmp_path):
    opened = open_records(tmp_path / "data", now=T0)
    store = CoachingStore(opened.conn)
    today = date.fromtimestamp(T0)
    ids = fill_demo_log(store, today, T0)
    for key, cid in ids.items():
        icf, records = client_statuses(opened.conn, cid)
        assert records.state is ConsentState.GIVEN, key
        assert icf.latest is not None and icf.latest.on <= today, key  # dated, none undated
        assert icf.given == (key != "private") == store.get_client(cid).icf_consent, key
    assert client_statuses(opened.conn, ids["private"])[0].state is ConsentState.WITHDRAWN
    log = build_log(store.clients(), store.engagements(), store.all_sessions(), today)
    assert {r.client_id for r in log.rows} == {ids["ana"], ids["ben"], ids["group"]}
    assert any("Private Person" in reason for reason in log.left_off)
    opened.conn.close()
