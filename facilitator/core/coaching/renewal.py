"""Mentor coaching hours and continuing coach education (CCE) toward credential renewal.

ICF renews a credential every 3 years on 40 CCE units earned in that time, at least 24
of them in the Core Competencies, of which at least 3 in Coaching Ethics (ethics units
count as core competency units, and core competency units count toward the 40). An ACC
renewal (and every first application) also asks for 10 hours of mentor coaching, of
which at most 7 may be in a group. Qt-free and store-free; units are kept exact, in
hundredths.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from facilitator.core.coaching.icf import months_before
from facilitator.core.coaching.model import format_hours, hours
from facilitator.core.dates import date_text
from facilitator.core.i18n import translate
from facilitator.core.numbers import local_decimal

RENEWAL_MONTHS = 36
CCE_UNITS = 40
CORE_UNITS = 24
ETHICS_UNITS = 3
MENTOR_HOURS = 10
MENTOR_GROUP_MAX = 7


@dataclass(frozen=True)
class CceRecord:
    id: int
    completed_on: date
    title: str
    units: Fraction
    core: Fraction = Fraction(0)  # of `units`, in the Core Competencies (ethics included)
    ethics: Fraction = Fraction(0)  # of `core`, in Coaching Ethics
    provider: str = ""


@dataclass(frozen=True)
class MentorSession:
    id: int
    held_on: date
    seconds: int
    mentor: str = ""
    group: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Renewal:
    since: date
    today: date
    units: Fraction
    core: Fraction
    ethics: Fraction
    mentor_individual: Fraction  # hours
    mentor_group: Fraction

    @property
    def mentor_counted(self) -> Fraction:
        return self.mentor_individual + min(self.mentor_group, Fraction(MENTOR_GROUP_MAX))

    def missing(self, *, mentor: bool = True) -> list[str]:
        out = []
        if self.units < CCE_UNITS:
            out.append(translate("Renewal", "{u} more CCE units").format(
                u=local_decimal(units_text(CCE_UNITS - self.units))))  # fmt: skip
        if self.core < CORE_UNITS:
            out.append(translate("Renewal", "{u} more in the Core Competencies").format(
                u=local_decimal(units_text(CORE_UNITS - self.core))))  # fmt: skip
        if self.ethics < ETHICS_UNITS:
            out.append(translate("Renewal", "{u} more in Coaching Ethics").format(
                u=local_decimal(units_text(ETHICS_UNITS - self.ethics))))  # fmt: skip
        if mentor and self.mentor_counted < MENTOR_HOURS:
            out.append(translate(
                "Renewal", "{h} more hours of mentor coaching (at most {most} in a group)"
            ).format(h=local_decimal(format_hours(MENTOR_HOURS - self.mentor_counted)),
                     most=MENTOR_GROUP_MAX))  # fmt: skip
        return out

    def lines(self, *, for_csv: bool = False) -> list[str]:
        """The figures in words, for the window and the command line, in the language's
        words, decimals and dates; `for_csv` keeps ISO dates and decimal points, as the
        rest of the CSV file has them."""
        def n(text: str) -> str:
            return text if for_csv else local_decimal(text)

        def day(d: date) -> str:
            return d.isoformat() if for_csv else date_text(d)

        def state(missing: list[str]) -> str:
            if not missing:
                return translate("Renewal", "met")
            return translate("Renewal", "still needed: {what}").format(what=", ".join(missing))

        return [
            translate("Renewal", "Renewal period {start} to {end}:").format(
                start=day(self.since), end=day(self.today)),
            "  " + translate(
                "Renewal", "CCE units: {units} of {all} (Core Competencies {core} of {core_all}, "
                "Coaching Ethics {ethics} of {ethics_all})"
            ).format(units=n(units_text(self.units)), all=CCE_UNITS, core=n(units_text(self.core)),
                     core_all=CORE_UNITS, ethics=n(units_text(self.ethics)),
                     ethics_all=ETHICS_UNITS),
            "  " + translate(
                "Renewal", "Mentor coaching: {counted} of {all} h counted ({individual} "
                "individual, {group} in a group; ACC renewal and first applications)"
            ).format(counted=n(format_hours(self.mentor_counted)), all=MENTOR_HOURS,
                     individual=n(format_hours(self.mentor_individual)),
                     group=n(format_hours(self.mentor_group))),
            "  " + translate("Renewal", "PCC and MCC renewal: {state}").format(
                state=state(self.missing(mentor=False))),
            "  " + translate("Renewal", "ACC renewal: {state}").format(state=state(self.missing())),
        ]  # fmt: skip


def units_text(value: Fraction | int) -> str:
    """Units to at most two decimals: 1.5 -> '1.5', 3 -> '3'."""
    text = format_hours(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def renewal(
    cce: list[CceRecord], mentor: list[MentorSession], today: date, since: date | None = None
) -> Renewal:
    """What counts in the renewal period: from `since` (default: 3 years before today)."""
    start = since or months_before(today, RENEWAL_MONTHS)
    mine = [c for c in cce if start <= c.completed_on <= today]
    sessions = [m for m in mentor if start <= m.held_on <= today]
    return Renewal(
        start, today,
        sum((c.units for c in mine), Fraction(0)), sum((c.core for c in mine), Fraction(0)),
        sum((c.ethics for c in mine), Fraction(0)),
        hours(sum(m.seconds for m in sessions if not m.group)),
        hours(sum(m.seconds for m in sessions if m.group)),
    )  # fmt: skip


def development_csv(cce: list[CceRecord], mentor: list[MentorSession], result: Renewal) -> str:
    """The CCE log and the mentor coaching log as one CSV: two tables and the totals."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Continuing coach education (CCE)"])
    w.writerow(["Date", "Title", "Provider", "CCE units", "Core Competencies", "Coaching Ethics"])
    for c in sorted(cce, key=lambda c: (c.completed_on, c.id)):
        w.writerow([c.completed_on.isoformat(), _safe(c.title), _safe(c.provider),
                    units_text(c.units), units_text(c.core), units_text(c.ethics)])  # fmt: skip
    w.writerow([])
    w.writerow(["Mentor coaching"])
    w.writerow(["Date", "Mentor", "Individual/Group", "Hours", "Notes"])
    for m in sorted(mentor, key=lambda m: (m.held_on, m.id)):
        w.writerow([m.held_on.isoformat(), _safe(m.mentor), "Group" if m.group else "Individual",
                    format_hours(hours(m.seconds)), _safe(m.notes)])  # fmt: skip
    w.writerow([])
    for line in result.lines(for_csv=True):
        w.writerow([line.strip()])
    return out.getvalue()


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
