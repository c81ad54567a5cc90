"""Goals and benefit indicators on hand-computed examples (issue 17, item 14)."""

from __future__ import annotations

from datetime import date

from facilitator.core.coaching.goals import (
    Goal,
    Indicator,
    IndicatorKind,
    Reading,
    goals_summary,
    indicator_line,
    number_text,
    share_of_the_way,
)

CONFIDENCE = Indicator(1, 10, "Confidence", IndicatorKind.SCALE, target=8, baseline=4)
SLEEP = Indicator(2, 10, "Sleep", IndicatorKind.NUMBER, target=7.5, unit="h")


def r(indicator, day, value, session=1):
    return Reading(indicator.id, session, date(2026, 5, day), value)


def test_share_of_the_way_from_the_baseline_or_the_first_reading():
    # 4 -> 7 toward 8: 3 of 4 steps.
    assert share_of_the_way(CONFIDENCE, [r(CONFIDENCE, 1, 5), r(CONFIDENCE, 8, 7)]) == 0.75
    # No baseline: from the first reading, 6 h -> 7 h toward 7.5 h: 1 of 1.5.
    assert share_of_the_way(SLEEP, [r(SLEEP, 1, 6), r(SLEEP, 8, 7)]) == 1 / 1.5
    assert share_of_the_way(SLEEP, []) is None
    # Going the wrong way is shown as such (below 0).
    assert share_of_the_way(CONFIDENCE, [r(CONFIDENCE, 1, 3)]) == -0.25


def test_lines_for_the_closing_summary_and_the_export():
    assert indicator_line(CONFIDENCE, [r(CONFIDENCE, 1, 5), r(CONFIDENCE, 8, 7)]) == (
        "Confidence: 4 → 7 on 2026-05-08 (target 8; 75 % of the way)"
    )
    assert indicator_line(SLEEP, []) == "Sleep: not measured yet (target 7.5 h)"
    lines = goals_summary([Goal(10, 3, "Sleep and speak up", date(2026, 4, 30))],
                          [CONFIDENCE, SLEEP], [r(SLEEP, 8, 7.25, 2), r(SLEEP, 1, 6)])  # fmt: skip
    assert lines == [
        "Sleep and speak up (set 2026-04-30)",
        "- Confidence: not measured yet (target 8)",
        "- Sleep: 6 → 7.25 h on 2026-05-08 (target 7.5 h; 83 % of the way)",
    ]


def test_number_text():
    assert [number_text(v) for v in (7.0, 7.25, 0.1 + 0.2, -0.001)] == ["7", "7.25", "0.3", "0"]


def test_unpaid_fees_before_a_session_of_a_paid_engagement_only():
    from facilitator.core.coaching.model import CoachingSession, Engagement, Payment, unpaid_before

    paid = Engagement(1, 1, date(2026, 1, 1))
    s = [CoachingSession(1, 1, date(2026, 1, 5), 3600, fee_paid=True),
         CoachingSession(2, 1, date(2026, 1, 12), 3600),
         CoachingSession(5, 1, date(2026, 1, 19), 3600),
         CoachingSession(4, 1, date(2026, 1, 19), 3600),  # same day, made earlier: before
         CoachingSession(6, 1, date(2026, 1, 26), 3600)]  # fmt: skip
    assert [x.id for x in unpaid_before(paid, s, s[2])] == [2, 4]
    assert unpaid_before(paid, s, s[0]) == []
    barter = Engagement(1, 1, date(2026, 1, 1), payment=Payment.RECIPROCAL)
    assert unpaid_before(barter, s, s[4]) == []
