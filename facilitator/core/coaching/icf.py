"""The ICF client coaching log and progress toward the ACC, PCC and MCC credentials.

Qt-free and store-free: it takes the log's clients, engagements and sessions and an
injected "today". The rules, as ICF states them for the coaching log:

* One row per client (ICF's template has paid and pro bono columns side by side), so a
  client's engagements, paid or pro bono, individual or group, make one row; rows are
  numbered in order of start date. Hours are exact: seconds / 3,600 (30 min = 0.5 h).
* Start date: the earliest engagement's start (or, when training started later, the
  first session that counts). End date: the latest end when every engagement has ended,
  else the last session that counts (the coaching is ongoing).
* Each person counts once: an individual client is one client however many engagements
  they had; a group counts its members once, at its largest size (a team of 6 that
  becomes 5 is 6 clients, not 11).
* Clients who did not consent to be named are left off the log, hours and all.
* Group coaching: the hours are the time spent with the group (not multiplied by its
  size); each member counts as a client; only groups of 15 or fewer count, so larger
  groups are left off.
* Paid hours: the coach received payment. A session of a paid engagement counts once its
  fee is marked paid; until then it is "awaiting payment" and counts nowhere.
* Pro bono hours: volunteered coaching.
* Reciprocal peer coaching (coaching exchanged for being coached) is barter, so paid, but
  only up to the time the coach spent as a client in the exchange; coaching beyond that
  is pro bono (client 8 h and coach 10 h -> 8 paid + 2 pro bono). The exchange need not be
  with the same person, so the time as client is pooled across all reciprocal
  engagements and spent on reciprocal sessions in date order.
* Only sessions held on or before today (and on or after the start of coach-specific
  training, when given) count.
* Organisations: a client who belongs to an organisation that pays (a sponsor) is listed
  with it, as ICF allows for organisational clients (`organisations`: client id -> name).
* Recent hours: paid and pro bono hours on or after the day 18 calendar months before
  today (same day of month, clamped to the month's end), today included.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple

from facilitator.core.coaching.model import Client, CoachingSession, Engagement, Payment, hours
from facilitator.core.dates import date_text
from facilitator.core.i18n import translate
from facilitator.core.numbers import local_decimal
from facilitator.core.text import isolate

MAX_GROUP = 15
RECENT_MONTHS = 18


@dataclass(frozen=True)
class Credential:
    name: str
    hours: int
    paid: int
    clients: int
    recent_hours: int | None  # within the last 18 months; None = no such requirement


CREDENTIALS = (
    Credential("ACC", 100, 75, 8, 25),
    Credential("PCC", 500, 450, 25, 50),
    Credential("MCC", 2500, 2250, 35, None),
)


class LoggedSession(NamedTuple):
    """What the log needs of a session, and no more: the store reads 10,000 of these for
    a long career's log far faster than whole `CoachingSession`s, notes and all (issue 16)."""

    id: int
    engagement_id: int
    held_on: date
    seconds: int
    fee_paid: bool


@dataclass(frozen=True)
class IcfRow:
    number: int
    client_name: str
    group_size: int
    contact: str
    start: date
    end: date | None
    paid: Fraction  # hours
    pro_bono: Fraction
    client_id: int = 0
    organisation: str = ""  # the sponsor, when an organisation pays

    @property
    def kind(self) -> str:
        return "Group" if self.group_size > 1 else "Individual"

    @property
    def total(self) -> Fraction:
        return self.paid + self.pro_bono


@dataclass(frozen=True)
class Progress:
    credential: Credential
    hours: Fraction
    paid: Fraction
    clients: int
    recent: Fraction

    @property
    def missing(self) -> list[str]:
        """What is still short, in words; empty when the experience requirement is met."""
        c = self.credential
        out = []
        if self.hours < c.hours:
            out.append(translate("Icf", "{h} more hours").format(h=_h(c.hours - self.hours)))
        if self.paid < c.paid:
            out.append(translate("Icf", "{h} more paid hours").format(h=_h(c.paid - self.paid)))
        if self.clients < c.clients:
            more = c.clients - self.clients
            out.append(translate("Icf", "%n more client(s)", None, more))
        if c.recent_hours is not None and self.recent < c.recent_hours:
            out.append(translate("Icf", "{h} more hours in the last 18 months").format(
                h=_h(c.recent_hours - self.recent)))  # fmt: skip
        return out

    @property
    def met(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class IcfLog:
    today: date
    rows: list[IcfRow]
    clients: int
    recent: Fraction
    awaiting_payment: Fraction  # hours of paid engagements whose fee is not marked paid
    left_off: list[str] = field(default_factory=list)  # why some relationships are missing

    @property
    def paid(self) -> Fraction:
        return sum((r.paid for r in self.rows), Fraction(0))

    @property
    def pro_bono(self) -> Fraction:
        return sum((r.pro_bono for r in self.rows), Fraction(0))

    @property
    def total(self) -> Fraction:
        return self.paid + self.pro_bono

    def progress(self) -> list[Progress]:
        return [Progress(c, self.total, self.paid, self.clients, self.recent) for c in CREDENTIALS]


def _h(value: Fraction | int) -> str:
    """Hours for people to read, in the language's way ("1,234.5" / "1.234,5")."""
    text = f"{float(value):.2f}"
    return local_decimal(text[:-3] if text.endswith(".00") else text, group=True)


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to that month's last day."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def build_log(
    clients: Iterable[Client],
    engagements: Iterable[Engagement],
    sessions: Iterable[CoachingSession | LoggedSession],
    today: date,
    *,
    since: date | None = None,
    organisations: dict[int, str] | None = None,
) -> IcfLog:
    """The ICF log and the figures behind the credential progress, as of `today`."""
    by_client = {c.id: c for c in clients}
    engagements = sorted(engagements, key=lambda e: (e.start, e.id))
    counted: dict[int, list[CoachingSession | LoggedSession]] = {e.id: [] for e in engagements}
    for s in sessions:
        if (
            s.engagement_id in counted
            and s.held_on <= today
            and (since is None or s.held_on >= since)
        ):
            counted[s.engagement_id].append(s)
    window_start = months_before(today, RECENT_MONTHS)

    left_off: list[str] = []
    included: list[Engagement] = []
    refused: set[int] = set()
    for e in engagements:
        client = by_client.get(e.client_id)
        if client is None or not counted[e.id]:
            continue
        if not client.icf_consent:
            if client.id not in refused:
                refused.add(client.id)
                left_off.append(translate("Icf", "{name}: did not consent to be listed")
                                .format(name=isolate(client.name)))  # fmt: skip
        elif e.group_size > MAX_GROUP:
            size = e.group_size  # a plain name: lupdate reads only those as counts
            left_off.append(translate(
                "Icf", "{name}: group of %n (ICF counts groups of up to {most})", None, size,
            ).format(name=isolate(client.name), most=MAX_GROUP))  # fmt: skip
        else:
            included.append(e)

    # Reciprocal coaching: time spent as client, pooled, pays for reciprocal sessions in date order.
    budget = sum(e.seconds_as_client for e in engagements if e.payment is Payment.RECIPROCAL)
    reciprocal_paid: dict[int, int] = {}
    reciprocal = [s for e in included if e.payment is Payment.RECIPROCAL for s in counted[e.id]]
    for s in sorted(reciprocal, key=lambda s: (s.held_on, s.id)):
        take = min(budget, s.seconds)
        reciprocal_paid[s.id] = take
        budget -= take

    figures: dict[int, list[int]] = {}  # client id -> [paid, pro bono] seconds
    awaiting = 0
    recent = 0
    last_day: dict[int, date] = {}  # engagement id -> its last counted session
    for e in included:
        paid = pro_bono = 0
        last = None
        for s in counted[e.id]:
            if last is None or s.held_on > last:
                last = s.held_on
            if e.payment is Payment.PAID:
                if not s.fee_paid:
                    awaiting += s.seconds
                    continue
                paid += s.seconds
            elif e.payment is Payment.PRO_BONO:
                pro_bono += s.seconds
            else:
                paid += reciprocal_paid[s.id]
                pro_bono += s.seconds - reciprocal_paid[s.id]
            if s.held_on >= window_start:
                recent += s.seconds
        if last is not None:
            last_day[e.id] = last
        if paid + pro_bono == 0:
            continue  # nothing countable yet (fees awaited)
        total = figures.setdefault(e.client_id, [0, 0])
        total[0] += paid
        total[1] += pro_bono

    rows: list[IcfRow] = []
    people = 0
    by_owner: dict[int, list[Engagement]] = {}
    for e in included:
        if counted[e.id]:
            by_owner.setdefault(e.client_id, []).append(e)
    by_start: list[tuple[date, int]] = []
    for client_id in figures:
        mine = by_owner[client_id]
        start = min(e.start for e in mine)
        if since is not None and start < since:
            start = min(s.held_on for e in mine for s in counted[e.id])
        by_start.append((start, client_id))
    sponsors = organisations or {}
    for start, client_id in sorted(by_start):
        mine = by_owner[client_id]
        client = by_client[client_id]
        ends = [e.end for e in mine]
        # every engagement ended: the latest end; else ongoing, to the last session so far
        end = max(ends) if all(ends) else max(last_day[e.id] for e in mine)  # type: ignore[type-var]
        size = max(e.group_size for e in mine)
        people += size
        paid, pro_bono = figures[client_id]
        rows.append(IcfRow(
            len(rows) + 1, client.name, size, client.contact, start, end,
            hours(paid), hours(pro_bono), client_id, sponsors.get(client_id, ""),
        ))  # fmt: skip
    return IcfLog(today, rows, people, hours(recent), hours(awaiting), left_off)


def report_lines(log: IcfLog, since: date | None = None) -> list[str]:
    """The totals and the progress toward each credential, as the window shows them."""
    from facilitator.core.coaching.model import format_hours as fh

    # the dates people read in the report's language; the log's own columns stay ISO
    def n(value: Fraction | int) -> str:
        return local_decimal(fh(value))

    if since:
        head = translate(
            "Icf", "ICF log as of {date}, counting from the start of training on {since}:"
        ).format(date=date_text(log.today), since=date_text(since))
    else:
        head = translate("Icf", "ICF log as of {date}:").format(date=date_text(log.today))
    lines = [head]
    lines.append("  " + translate(
        "Icf", "Hours: {total} (paid {paid}, pro bono {pro_bono}); clients: {clients}; in the "
        "last {months} months: {recent}"
    ).format(total=n(log.total), paid=n(log.paid), pro_bono=n(log.pro_bono),
             clients=log.clients, months=RECENT_MONTHS, recent=n(log.recent)))  # fmt: skip
    if log.awaiting_payment:
        lines.append("  " + translate(
            "Icf", "Awaiting payment: {hours} h of paid engagements wait for their fee to be "
            "marked paid (counted nowhere yet)"
        ).format(hours=n(log.awaiting_payment)))  # fmt: skip
    for p in log.progress():
        status = (
            translate("Icf", "experience met") if p.met
            else translate("Icf", "still needed: {what}").format(what=", ".join(p.missing))
        )  # fmt: skip
        lines.append(f"  {p.credential.name}: {status}")
    return lines
