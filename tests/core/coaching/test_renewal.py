"""Credential renewal on hand-computed examples (issue 17, item 12)."""

from __future__ import annotations

import csv
from datetime import date
from fractions import Fraction as F

from facilitator.core.coaching.renewal import (
    CceRecord,
    MentorSession,
    development_csv,
    renewal,
    units_text,
)

TODAY = date(2027, 6, 30)


def test_units_in_the_three_years_and_their_parts():
    cce = [
        CceRecord(1, date(2024, 6, 29), "Too old", F(10)),  # the day before the period
        CceRecord(2, date(2024, 6, 30), "First day counts", F(12), core=F(12), ethics=F(3)),
        CceRecord(3, date(2026, 1, 5), "Resource development", F(20)),
        CceRecord(4, date(2027, 6, 30), "Today counts", F(15, 2), core=F(15, 2)),
        CceRecord(5, date(2027, 7, 1), "Future", F(5)),
    ]
    r = renewal(cce, [], TODAY)
    assert r.since == date(2024, 6, 30)
    assert (r.units, r.core, r.ethics) == (F(79, 2), F(39, 2), 3)
    assert r.missing(mentor=False) == ["0.5 more CCE units", "4.5 more in the Core Competencies"]


def test_mentor_coaching_counts_at_most_seven_group_hours():
    mentor = [MentorSession(1, date(2026, 1, 1), 5 * 3600, group=True),
              MentorSession(2, date(2026, 2, 1), 4 * 3600, group=True),  # 9 h group -> 7
              MentorSession(3, date(2026, 3, 1), 90 * 60)]  # fmt: skip
    r = renewal([], mentor, TODAY)
    assert (r.mentor_individual, r.mentor_group, r.mentor_counted) == (F(3, 2), 9, F(17, 2))
    assert "1.50 more hours of mentor coaching (at most 7 in a group)" in r.missing()
    r = renewal([], [*mentor, MentorSession(4, date(2026, 4, 1), 90 * 60)], TODAY)
    assert r.mentor_counted == 10 and not any("mentor" in m for m in r.missing())


def test_met_when_every_part_is_there():
    cce = [CceRecord(1, date(2026, 1, 1), "Course", F(40), core=F(24), ethics=F(3))]
    mentor = [MentorSession(1, date(2026, 1, 1), 10 * 3600)]
    r = renewal(cce, mentor, TODAY)
    assert r.missing() == []
    assert r.lines()[-2:] == ["  PCC and MCC renewal: met", "  ACC renewal: met"]


def test_export_has_both_logs_and_the_totals_and_no_formulas():
    cce = [CceRecord(1, date(2026, 1, 1), "=HYPERLINK(\"x\")", F(3, 2), core=F(1), provider="ICF")]
    mentor = [MentorSession(1, date(2026, 2, 1), 45 * 60, mentor="Mia", group=True)]
    rows = list(csv.reader(development_csv(cce, mentor, renewal(cce, mentor, TODAY)).splitlines()))
    assert rows[2] == ["2026-01-01", "'=HYPERLINK(\"x\")", "ICF", "1.5", "1", "0"]
    assert rows[6] == ["2026-02-01", "Mia", "Group", "0.75", ""]
    assert rows[8][0].startswith("Renewal period 2024-06-30 to 2027-06-30")


def test_units_text():
    assert [units_text(v) for v in (F(3), F(3, 2), F(1, 4), F(0))] == ["3", "1.5", "0.25", "0"]
