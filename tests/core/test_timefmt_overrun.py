"""One rounding rule for time past the plan: the countdown's '−0:12' and the timeline's
'+0:12' name the same whole seconds."""

from __future__ import annotations

import pytest

from facilitator.core.timefmt import MINUS, countdown_text, overrun_text


@pytest.mark.parametrize("over", [0.2, 12.0, 12.4, 12.99, 59.5, 61.0, 3725.7])
def test_overrun_and_countdown_agree(over):
    assert countdown_text(-over) in ("0:00", MINUS + overrun_text(over)[1:])
    assert overrun_text(over)[1:] == countdown_text(-over).removeprefix(MINUS)


def test_overrun_text():
    assert overrun_text(12.7) == "+0:12"
    assert overrun_text(13.0) == "+0:13"
    assert overrun_text(3725.7) == "+1:02:05"
    assert overrun_text(-5) == "+0:00"


def test_one_rounding_rule_for_overtime():
    from facilitator.core.timefmt import overtime_seconds

    for over, whole in ((0.0, 0), (0.4, 0), (12.0, 12), (12.5, 12), (12.99, 12), (13.0, 13)):
        assert overtime_seconds(over) == whole
        assert overrun_text(over) == f"+0:{whole:02d}"
        if whole:
            assert countdown_text(-over) == f"{MINUS}0:{whole:02d}"
    assert overtime_seconds(-3) == 0
