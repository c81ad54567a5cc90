"""The ICF roll-up reads only what the log needs (issue 16), and the log is the very same
as when it was built from every column: on the made-up log, and on the benchmark's
randomly filled one (paid, pro bono, reciprocal, groups over 15, fees unpaid, consent
refused), with and without a start of training, with organisations."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core.coaching.icf import LoggedSession, build_log, report_lines
from facilitator.services.icf import icf_log
from facilitator.services.samples.coaching import fill_demo_log
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_log import log_clients, log_engagements, log_sessions
from facilitator.store.coaching_organisations import organisations, set_organisation
from facilitator.store.database import open_records

T0 = 1_800_000_000.0


def _full_read(conn, today, since=None):
    """The roll-up as it was: every client, engagement and session, all columns."""
    store = CoachingStore(conn)
    return build_log(store.clients(), store.engagements(), store.all_sessions(), today,
                     since=since, organisations=organisations(conn))  # fmt: skip


@pytest.mark.parametrize("since", [None, date(2026, 11, 1)])
def test_the_sample_log_is_the_same_read_lean(tmp_path, since):
    opened = open_records(tmp_path / "data", now=T0)
    store = CoachingStore(opened.conn)
    today = date.fromtimestamp(T0)
    ids = fill_demo_log(store, today, T0)
    set_organisation(opened.conn, ids["ben"], "Acme <Ltd>")
    lean = icf_log(opened.conn, today, since=since)
    assert lean == _full_read(opened.conn, today, since)
    assert lean.rows and lean.left_off  # something counted, someone left off
    assert report_lines(lean, since) == report_lines(_full_read(opened.conn, today, since), since)
    opened.conn.close()


@pytest.mark.parametrize("since", [None, date(2019, 6, 1)])
def test_the_benchmark_log_is_the_same_read_lean(tmp_path, since):
    from bench.coaching import build

    records, store = build(tmp_path, sessions=600, notes=1800, clients=60)
    set_organisation(store.conn, 3, "Sponsor GmbH")
    today = date(2026, 1, 1)
    lean = icf_log(store.conn, today, since=since)
    full = _full_read(store.conn, today, since)
    assert lean == full
    assert len(lean.rows) > 30 and lean.awaiting_payment and lean.left_off
    records.conn.close()


def test_the_lean_reads_carry_no_text(tmp_path):
    """What the roll-up holds in memory has no notes, reflections or agreements in it."""
    opened = open_records(tmp_path / "data", now=T0)
    store = CoachingStore(opened.conn)
    fill_demo_log(store, date.fromtimestamp(T0), T0)
    assert any(c.notes for c in store.clients())
    assert not any(c.notes for c in log_clients(store.conn))
    assert any(s.notes or s.reflection or s.takeaway for s in store.all_sessions())
    assert LoggedSession._fields == ("id", "engagement_id", "held_on", "seconds", "fee_paid")
    assert sorted(log_sessions(store.conn)) == sorted(
        (s.id, s.engagement_id, s.held_on, s.seconds, s.fee_paid) for s in store.all_sessions())
    assert [(e.id, e.start, e.end, e.group_size, e.payment, e.seconds_as_client)
            for e in log_engagements(store.conn)] == [
        (e.id, e.start, e.end, e.group_size, e.payment, e.seconds_as_client)
        for e in store.engagements()]  # fmt: skip
    opened.conn.close()
