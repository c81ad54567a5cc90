"""Change goals and their benefit indicators (seed 001, stages 3 to 5).

Stage 3 sets the change goals; stage 4 measures results; stage 5 "rigorously tracks the
benefit indicators from the goal setting". An engagement has goals; a goal has
indicators, each a scale (e.g. 1-10 confidence) or a number (e.g. hours of sleep) with a
target and, if known, a starting value; a session may record a value for each. Qt-free
and store-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator.core.text import isolate as isolate_text


class IndicatorKind(StrEnum):
    SCALE = "scale"
    NUMBER = "number"


@dataclass(frozen=True)
class Goal:
    id: int
    engagement_id: int
    text: str
    set_on: date


@dataclass(frozen=True)
class Indicator:
    id: int
    goal_id: int
    name: str
    kind: IndicatorKind = IndicatorKind.SCALE
    target: float = 10.0
    baseline: float | None = None  # the value when the goal was set, if measured
    unit: str = ""
    low: float = 1.0  # a scale's ends (a number ignores them)
    high: float = 10.0


@dataclass(frozen=True)
class Reading:
    indicator_id: int
    session_id: int
    held_on: date
    value: float


def number_text(value: float) -> str:
    """7.0 -> '7', 7.25 -> '7.25' (no float noise)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def share_of_the_way(indicator: Indicator, readings: list[Reading]) -> float | None:
    """How far the latest reading has come from the start toward the target, 0..1 (can
    go below 0 or past 1); None without a latest reading or a known start."""
    if not readings:
        return None
    start = indicator.baseline if indicator.baseline is not None else readings[0].value
    latest = readings[-1].value
    if indicator.target == start:
        return 1.0 if latest == start else None
    return (latest - start) / (indicator.target - start)


def indicator_line(indicator: Indicator, readings: list[Reading], *, isolate: bool = False) -> str:
    """One line for summaries and exports, e.g. 'Confidence: 4 → 7 (target 8; 75 % of the way)'.

    `isolate` wraps the name and unit in Unicode isolates, for screens: a right-to-left
    name cannot then reorder the rest of the line."""
    name = isolate_text(indicator.name) if isolate else indicator.name
    unit = indicator.unit if not (isolate and indicator.unit) else isolate_text(indicator.unit)
    unit = f" {unit}" if unit else ""
    start = indicator.baseline if indicator.baseline is not None else (
        readings[0].value if readings else None)  # fmt: skip
    target = f"target {number_text(indicator.target)}{unit}"
    if not readings:
        return f"{name}: not measured yet ({target})"
    share = share_of_the_way(indicator, readings)
    way = "" if share is None else f"; {round(share * 100)} % of the way"
    begin = "" if start is None else f"{number_text(start)} → "
    return (f"{name}: {begin}{number_text(readings[-1].value)}{unit} "
            f"on {readings[-1].held_on.isoformat()} ({target}{way})")  # fmt: skip


def goals_summary(
    goals: Iterable[Goal], indicators: Iterable[Indicator], readings: Iterable[Reading]
) -> list[str]:
    """Goal by goal, their indicators as lines ('- ' before each indicator)."""
    by_goal: dict[int, list[Indicator]] = {}
    for i in indicators:
        by_goal.setdefault(i.goal_id, []).append(i)
    by_indicator: dict[int, list[Reading]] = {}
    for r in sorted(readings, key=lambda r: (r.held_on, r.session_id)):
        by_indicator.setdefault(r.indicator_id, []).append(r)
    lines = []
    for goal in goals:
        lines.append(f"{goal.text} (set {goal.set_on.isoformat()})")
        for i in by_goal.get(goal.id, []):
            lines.append(f"- {indicator_line(i, by_indicator.get(i.id, []))}")
    return lines
