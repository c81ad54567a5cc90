"""The coach's log as plain values: clients, engagements, sessions and actions.

Qt-free and store-free. Dates are `datetime.date`; durations are whole seconds (so hours
are exact: 1,800 s = 0.5 h). The six stages come from the helping process (seed 001),
with the guidance for each stage kept here so every screen shows the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum
from fractions import Fraction

from facilitator.core.i18n import QT_TRANSLATE_NOOP, translate


class Stage(IntEnum):
    RELATIONSHIP = 1
    UNDERSTANDING = 2
    GOALS = 3
    ACTION = 4
    CONSOLIDATING = 5
    WITHDRAWING = 6

    @property
    def title(self) -> str:
        return translate("Stage", STAGE_TITLES[self])

    @property
    def guidance(self) -> str:
        return translate("Stage", STAGE_GUIDANCE[self])


STAGE_TITLES = {
    Stage.RELATIONSHIP: QT_TRANSLATE_NOOP("Stage", "Developing the helping relationship"),
    Stage.UNDERSTANDING: QT_TRANSLATE_NOOP("Stage", "Understanding the problem situation"),
    Stage.GOALS: QT_TRANSLATE_NOOP("Stage", "Preferred scenario and change goals"),
    Stage.ACTION: QT_TRANSLATE_NOOP("Stage", "Planning and taking action"),
    Stage.CONSOLIDATING: QT_TRANSLATE_NOOP("Stage", "Consolidating the change"),
    Stage.WITHDRAWING: QT_TRANSLATE_NOOP("Stage", "Withdrawing from the helping relationship"),
}

STAGE_GUIDANCE = {
    Stage.RELATIONSHIP: QT_TRANSLATE_NOOP(
        "Stage",
        "Build a genuine relationship based on trust: treat the client as unique, suspend "
        "critical judgement and ready-made solutions. Listen, learn, respect. The client "
        "owns both the problem and the solution."
    ),
    Stage.UNDERSTANDING: QT_TRANSLATE_NOOP(
        "Stage",
        "Help the client assess and clarify the situation within their own frame of "
        "reference: notice patterns, mirror assumptions, offer language for the bigger picture."
    ),
    Stage.GOALS: QT_TRANSLATE_NOOP(
        "Stage",
        "Develop a range of scenarios and let the client choose the goals to pursue; make "
        "the desired end state, its benefits and its drivers clear."
    ),
    Stage.ACTION: QT_TRANSLATE_NOOP(
        "Stage",
        "Support an adaptable, step-by-step plan; help measure results and gather feedback "
        "throughout, so plans and measures keep being adjusted."
    ),
    Stage.CONSOLIDATING: QT_TRANSLATE_NOOP(
        "Stage",
        "Anchor the change: remind and reward the new ways, track the benefit indicators "
        "from the goal setting and secure sources of feedback."
    ),
    Stage.WITHDRAWING: QT_TRANSLATE_NOOP(
        "Stage",
        "Hand over professionally and document the journey, the learning, the effects and "
        "the challenges ahead; leave room for reflection."
    ),
}


_PAYMENT_LABELS = {
    "paid": QT_TRANSLATE_NOOP("Payment", "Paid"),
    "pro_bono": QT_TRANSLATE_NOOP("Payment", "Pro bono"),
    "reciprocal": QT_TRANSLATE_NOOP("Payment", "Reciprocal peer"),
}


class Payment(StrEnum):
    PAID = "paid"
    PRO_BONO = "pro_bono"
    RECIPROCAL = "reciprocal"  # peer coaching exchanged for being coached

    @property
    def label(self) -> str:
        return translate("Payment", _PAYMENT_LABELS[self.value])


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    contact: str = ""
    icf_consent: bool = False
    notes: str = ""


@dataclass(frozen=True)
class StageChange:
    stage: Stage
    on: date


@dataclass(frozen=True)
class ClosingSummary:
    """What withdrawing (stage 6) documents."""

    journey: str = ""
    learning: str = ""
    effects: str = ""
    challenges: str = ""

    def is_empty(self) -> bool:
        return not any(
            s.strip() for s in (self.journey, self.learning, self.effects, self.challenges)
        )


@dataclass(frozen=True)
class Agreement:
    confidentiality: str = ""
    boundaries: str = ""
    fees: str = ""
    cancellation: str = ""
    sessions_agreed: int | None = None


@dataclass(frozen=True)
class Engagement:
    id: int
    client_id: int
    start: date
    end: date | None = None
    group_size: int = 1  # 1 = individual coaching
    payment: Payment = Payment.PAID
    seconds_as_client: int = 0  # reciprocal only: time the coach spent being coached
    agreement: Agreement = field(default_factory=Agreement)
    stage: Stage = Stage.RELATIONSHIP
    closing: ClosingSummary = field(default_factory=ClosingSummary)

    @property
    def is_group(self) -> bool:
        return self.group_size > 1


@dataclass(frozen=True)
class Action:
    id: int
    session_id: int
    text: str
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    reviewed_in: int | None = None  # the session in which it was marked done / not done


@dataclass(frozen=True)
class CoachingSession:
    id: int
    engagement_id: int
    held_on: date
    seconds: int
    takeaway: str = ""
    notes: str = ""
    reflection: str = ""  # the coach's private reflection
    fee_paid: bool = False
    coach_talk_seconds: int | None = None
    client_talk_seconds: int | None = None

    @property
    def hours(self) -> Fraction:
        return hours(self.seconds)


def hours(seconds: int) -> Fraction:
    """Exact hours: 1,800 s -> 1/2."""
    return Fraction(int(seconds), 3600)


def format_hours(value: Fraction | int) -> str:
    """Hours to two decimals without float drift, halves rounded up (as spreadsheets do,
    so the CSV and the XLSX agree): 1/2 -> '0.50', 1/3 -> '0.33', 13.125 -> '13.13'."""
    cents = round_cents(value)
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def round_cents(value: Fraction | int) -> int:
    """Hundredths, halves away from zero: 13.125 -> 1313, -0.005 -> -1."""
    scaled = abs(Fraction(value)) * 100
    cents = int(scaled + Fraction(1, 2))
    return -cents if value < 0 else cents


COACH_SHARE_BAND = (Fraction(20, 100), Fraction(30, 100))


def coach_share(coach_seconds: int | None, client_seconds: int | None) -> Fraction | None:
    """The coach's share of talk time, or None if nothing was measured."""
    if coach_seconds is None or client_seconds is None:
        return None
    total = coach_seconds + client_seconds
    return None if total <= 0 else Fraction(coach_seconds, total)


def share_verdict(share: Fraction | None) -> str:
    """'below', 'within' or 'above' the 20–30 % coach-share band ('' if unmeasured)."""
    if share is None:
        return ""
    low, high = COACH_SHARE_BAND
    if share < low:
        return "below"
    return "above" if share > high else "within"


def unpaid_before(
    engagement: Engagement, sessions: list[CoachingSession], session: CoachingSession
) -> list[CoachingSession]:
    """Earlier sessions of a paid engagement whose fee is not marked paid (seed 004: no
    coaching without the fee in hand, unless pro bono or barter was agreed)."""
    if engagement.payment is not Payment.PAID:
        return []
    key = (session.held_on, session.id)
    return [s for s in sessions
            if (s.held_on, s.id) < key and not s.fee_paid and s.seconds > 0]  # fmt: skip
