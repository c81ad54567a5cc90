"""Goals, indicators and session values in the store; the training start setting."""

from __future__ import annotations

import json
from datetime import date

import pytest

from facilitator.core.coaching.goals import IndicatorKind
from facilitator.store.coaching_export import export_client
from facilitator.store.coaching_goals import GoalStore
from tests.store.coaching.conftest import T0


@pytest.fixture
def goals(log):
    return GoalStore(log.conn)


def engagement_with_sessions(log):
    cid = log.add_client("Ana", now=T0)
    eid = log.add_engagement(cid, date(2026, 5, 1), now=T0)
    s1 = log.add_session(eid, date(2026, 5, 1), 3600, now=T0)
    s2 = log.add_session(eid, date(2026, 5, 15), 3600, now=T0)
    return cid, eid, s1, s2


def test_goal_indicators_and_values_round_trip(log, goals):
    _cid, eid, s1, s2 = engagement_with_sessions(log)
    gid = goals.add_goal(eid, "Speak up in meetings", date(2026, 5, 1), now=T0)
    conf = goals.add_indicator(gid, "Confidence", target=8, baseline=4, now=T0)
    talks = goals.add_indicator(gid, "Contributions per meeting", kind=IndicatorKind.NUMBER,
                                target=3, now=T0)  # fmt: skip
    goals.set_value(conf, s2, 7)
    goals.set_value(conf, s1, 5)
    goals.set_value(talks, s1, 0)
    goals.set_value(conf, s1, 5.5)  # a second value for the same session replaces the first
    assert goals.session_values(s1) == {conf: 5.5, talks: 0}
    assert [(r.indicator_id, r.held_on.day, r.value) for r in goals.readings(eid)] == [
        (conf, 1, 5.5), (talks, 1, 0), (conf, 15, 7)]  # fmt: skip
    goals.set_value(talks, s1, None)
    assert goals.session_values(s1) == {conf: 5.5}
    assert [i.name for i in goals.indicators(eid)] == ["Confidence", "Contributions per meeting"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": " ", "target": 8}, "needs some text"),
        ({"name": "x", "target": 11}, "on the scale"),
        ({"name": "x", "target": 5, "baseline": 0}, "on the scale"),
        ({"name": "x", "target": 5, "low": 5, "high": 5}, "below its highest"),
        ({"name": "x", "target": float("nan")}, "must be a number"),
        ({"name": "x", "target": "8"}, "must be a number"),
    ],
)
def test_bad_indicators_are_refused_with_the_field_named(log, goals, kwargs, message):
    _cid, eid, _s1, _s2 = engagement_with_sessions(log)
    gid = goals.add_goal(eid, "Goal", date(2026, 5, 1), now=T0)
    with pytest.raises(ValueError, match=message):
        goals.add_indicator(gid, now=T0, **kwargs)


def test_values_stay_on_the_scale_and_in_the_engagement(log, goals):
    cid, eid, s1, _s2 = engagement_with_sessions(log)
    gid = goals.add_goal(eid, "Goal", date(2026, 5, 1), now=T0)
    conf = goals.add_indicator(gid, "Confidence", target=8, now=T0)
    with pytest.raises(ValueError, match="on the scale"):
        goals.set_value(conf, s1, 11)
    other = log.add_engagement(cid, date(2026, 6, 1), now=T0)
    s3 = log.add_session(other, date(2026, 6, 2), 3600, now=T0)
    with pytest.raises(ValueError, match="another engagement"):
        goals.set_value(conf, s3, 5)


def test_erasing_the_client_erases_goals_and_values(log, goals):
    cid, eid, s1, _s2 = engagement_with_sessions(log)
    gid = goals.add_goal(eid, "Goal", date(2026, 5, 1), now=T0)
    goals.set_value(goals.add_indicator(gid, "C", target=8, now=T0), s1, 5)
    log.erase_client(cid)
    for table in ("coach_goals", "coach_indicators", "coach_indicator_values"):
        assert log.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)


def test_client_export_includes_goals_and_indicators(log, goals, tmp_path):
    cid, eid, s1, s2 = engagement_with_sessions(log)
    gid = goals.add_goal(eid, "Speak up", date(2026, 5, 1), now=T0)
    conf = goals.add_indicator(gid, "Confidence", target=8, baseline=4, now=T0)
    goals.set_value(conf, s1, 5)
    goals.set_value(conf, s2, 7)
    json_path, md_path = export_client(log, cid, tmp_path)
    record = json.loads(json_path.read_text())
    (goal,) = record["engagements"][0]["goals"]
    assert goal["text"] == "Speak up"
    assert [v["value"] for v in goal["indicators"][0]["values"]] == [5, 7]
    md = md_path.read_text()
    assert "### Goals and benefit indicators" in md
    assert "- **Speak up (set 2026-05-01)**" in md
    assert "  - Confidence: 4 → 7 on 2026-05-15 (target 8; 75 % of the way)" in md


def test_training_start_setting(goals):
    assert goals.training_start() is None
    goals.set_training_start(date(2024, 9, 1))
    goals.set_training_start(date(2024, 10, 1))
    assert goals.training_start() == date(2024, 10, 1)
    goals.set_training_start(None)
    assert goals.training_start() is None


def test_organisation_is_listed_on_the_icf_log_and_in_the_export(log, tmp_path):
    from facilitator.core.coaching.icf import build_log
    from facilitator.core.coaching.icf_export import table
    from facilitator.store.coaching_consents import record_consent
    from facilitator.store.coaching_organisations import (
        organisation,
        organisations,
        save_client,
        set_organisation,
    )

    cid, _eid, s1, _s2 = engagement_with_sessions(log)
    other = log.add_client("Bo", icf_consent=True, now=T0)
    log.add_session(log.add_engagement(other, date(2026, 5, 2), now=T0), date(2026, 5, 3), 3600,
                    fee_paid=True, now=T0)  # fmt: skip
    save_client(log, cid, now=T0, organisation=" Acme Ltd ")
    record_consent(log.conn, cid, "icf_log", True, date(2026, 1, 5), how="email", now=T0)
    log.update_session(s1, fee_paid=True, now=T0)
    assert organisation(log.conn, cid) == "Acme Ltd" and log.get_client(cid).icf_consent
    icf = build_log(log.clients(), log.engagements(), log.all_sessions(), date(2026, 12, 31),
                    organisations=organisations(log.conn))  # fmt: skip
    lines = table(icf)
    assert lines[0][-1] == "Organisation (sponsor)"
    assert [line[-1] for line in lines[1:3]] == ["Acme Ltd", ""]
    assert len({len(line) for line in lines}) == 1
    json_path, md_path = export_client(log, cid, tmp_path)
    assert json.loads(json_path.read_text())["client"]["organisation"] == "Acme Ltd"
    assert "**Organisation (sponsor):** Acme Ltd" in md_path.read_text()
    set_organisation(log.conn, cid, "  ")
    assert organisations(log.conn) == {}
    assert "Organisation (sponsor)" not in table(build_log(
        log.clients(), log.engagements(), log.all_sessions(), date(2026, 12, 31)))[0]  # fmt: skip
    log.erase_client(cid)
    assert log.conn.execute("SELECT COUNT(*) FROM coach_client_organisations").fetchone() == (0,)


def test_cce_and_mentor_sessions_round_trip_and_are_checked(log):
    from fractions import Fraction

    from facilitator.store.coaching_development import DevelopmentStore

    dev = DevelopmentStore(log.conn)
    cid = dev.add_cce(date(2026, 3, 1), "Ethics refresher", "1.5", core=1.5, ethics=1.5,
                      provider="ICF", now=T0)  # fmt: skip
    assert dev.cce()[0].units == Fraction(3, 2) and dev.cce()[0].ethics == Fraction(3, 2)
    for kwargs, message in (({"units": 0}, "more than 0"), ({"units": "x"}, "a number"),
                            ({"units": 1, "core": 2}, "cannot be more"),
                            ({"units": 2, "core": 1, "ethics": 2}, "enter them there too"),
                            ({"units": 1.005}, "hundredth"), ({"units": -1}, "0 or more")):  # fmt: skip
        with pytest.raises(ValueError, match=message):
            dev.add_cce(date(2026, 3, 1), "T", now=T0, **kwargs)
    mid = dev.add_mentor(date(2026, 4, 1), 3600, mentor="Mia", group=True, now=T0)
    assert dev.mentor_sessions()[0].group
    with pytest.raises(ValueError, match="more than 0"):
        dev.add_mentor(date(2026, 4, 1), 0, now=T0)
    assert dev.delete_cce(cid) and dev.delete_mentor(mid)
    assert dev.cce() == [] and dev.mentor_sessions() == []
