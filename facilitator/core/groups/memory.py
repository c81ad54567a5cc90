"""Memory across a group's meetings: commitments carried to the next catch-up, who has
had the floor and for how long, a fair order for the next round plan, and role rotas.

Everything is computed from the meetings as they were held (their plans, events and
notes); nothing is stored twice. A meeting's times come from ``balance``, so "held the
floor" means actual time, not planned time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from facilitator.core.clock import Clock
from facilitator.core.formats.format import Assign, Format
from facilitator.core.groups.series import Group
from facilitator.core.plan.rounds import RoundPlan, make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.core.session.balance import airtime, round_balance
from facilitator.core.session.events import Event
from facilitator.core.session.runner import SessionRunner


@dataclass(frozen=True)
class HeldMeeting:
    """What one meeting of the group left behind."""

    session_id: int
    number: int  # 1 for the group's first meeting held
    when: float  # wall time the session was created
    present: tuple[str, ...]
    held: Mapping[str, float]  # holder -> actual seconds of the round(s) they held
    airtime: Mapping[str, float]  # person -> seconds marked as speaking
    roles: Mapping[str, tuple[str, ...]]  # fixed and duty role id -> who held it
    actions: tuple[tuple[str, str], ...] = ()  # (owner, commitment text)

    def was_present(self, person: str) -> bool:
        return person.casefold() in {p.casefold() for p in self.present}


@dataclass(frozen=True)
class Carried:
    """A commitment a person took at an earlier meeting, shown at their next catch-up."""

    person: str
    text: str
    meeting_number: int
    when: float


@dataclass(frozen=True)
class FloorTotal:
    """How often and for how long a person has held a round across the meetings."""

    person: str
    rounds: int
    seconds: float
    last_meeting: int  # the number of the last meeting they held a round in; 0 if never


def held_meeting(
    session_id: int,
    number: int,
    when: float,
    fmt: Format,
    params: Mapping[str, float],
    plan: RoundPlan,
    events: Iterable[Event],
    actions: Iterable[tuple[str, str]],
    clock: Clock,
) -> HeldMeeting:
    """Replay a stored meeting and keep what the group's memory needs."""
    runner = SessionRunner(build_timeline(fmt, fmt.resolve_params(params), plan), clock, events)
    final = runner.timeline.plan  # swaps, absentees and late arrivals included
    held: dict[str, float] = {}
    for rb in round_balance(runner):
        if rb.actual > 0:
            held[rb.holder] = held.get(rb.holder, 0.0) + rb.actual
    roles: dict[str, tuple[str, ...]] = dict(final.fixed)
    for duty in fmt.roles_by(Assign.DUTY):
        people: list[str] = []
        for rnd in final.rounds:
            people += [p for p in rnd.roles.get(duty.id, ()) if p not in people]
        roles[duty.id] = tuple(people)
    return HeldMeeting(
        session_id=session_id,
        number=number,
        when=when,
        present=final.present,
        held=held,
        airtime={p: s for p, s in airtime(runner).items()},
        roles=roles,
        actions=tuple((o.strip(), t.strip()) for o, t in actions if o.strip() and t.strip()),
    )


def carried_actions(history: Sequence[HeldMeeting], session_id: int) -> list[Carried]:
    """Commitments to bring up at the catch-up of meeting `session_id`.

    For each person: the actions they took at the last earlier meeting they attended. A
    person who missed a meeting still sees what they took on before it; a person who was
    at the meeting before this one (and reported then) is not shown older ones again."""
    index = next((i for i, m in enumerate(history) if m.session_id == session_id), len(history))
    earlier = history[:index]
    owners: dict[str, str] = {}
    for meeting in earlier:
        for owner, _ in meeting.actions:
            owners.setdefault(owner.casefold(), owner)
    carried: list[Carried] = []
    for key, person in owners.items():
        last = next((m for m in reversed(earlier) if m.was_present(person) or _owns(m, key)), None)
        if last is None:
            continue
        carried += [
            Carried(person, text, last.number, last.when)
            for owner, text in last.actions
            if owner.casefold() == key
        ]
    return sorted(carried, key=lambda c: (c.person.casefold(), c.meeting_number))


def _owns(meeting: HeldMeeting, key: str) -> bool:
    return any(owner.casefold() == key for owner, _ in meeting.actions)


def floor_totals(history: Sequence[HeldMeeting], people: Sequence[str]) -> list[FloorTotal]:
    """For each of `people` (and anyone else who held a round): rounds and seconds held."""
    totals: dict[str, list] = {p.casefold(): [p, 0, 0.0, 0] for p in people}
    for meeting in history:
        for holder, seconds in meeting.held.items():
            row = totals.setdefault(holder.casefold(), [holder, 0, 0.0, 0])
            row[1] += 1
            row[2] += seconds
            row[3] = max(row[3], meeting.number)
    return [FloorTotal(*row) for row in totals.values()]


def fair_order(members: Sequence[str], history: Sequence[HeldMeeting]) -> list[str]:
    """Members in the order to give them the floor next: least time held first, then fewest
    rounds, then longest since their last round; the group's own order breaks ties."""
    totals = {t.person.casefold(): t for t in floor_totals(history, members)}
    position = {m: i for i, m in enumerate(members)}

    def key(member: str) -> tuple[float, int, int, int]:
        t = totals[member.casefold()]
        return (round(t.seconds), t.rounds, t.last_meeting, position[member])

    return sorted(members, key=key)


def rota_next(members: Sequence[str], history: Sequence[HeldMeeting], role_id: str) -> str:
    """Whose turn it is to hold `role_id`: the member who held it least often, then longest
    ago; the group's order breaks ties, so a new group goes round in its listed order."""
    if not members:
        raise ValueError("A rota needs at least one member.")
    count = {m.casefold(): 0 for m in members}
    last = {m.casefold(): 0 for m in members}
    for meeting in history:
        for person in meeting.roles.get(role_id, ()):
            if person.casefold() in count:
                count[person.casefold()] += 1
                last[person.casefold()] = meeting.number
    position = {m: i for i, m in enumerate(members)}
    return min(members, key=lambda m: (count[m.casefold()], last[m.casefold()], position[m]))


@dataclass(frozen=True)
class Suggestion:
    """Participants for the next meeting, in the order the new-session screen reads them:
    the fixed role first, holders in a fair order, a rotating duty last."""

    participants: tuple[str, ...]
    rota: Mapping[str, str]  # role id -> whose turn it is
    order: tuple[str, ...]  # members in the fair order to hold rounds


def suggest(group: Group, fmt: Format, history: Sequence[HeldMeeting]) -> Suggestion:
    members = list(group.members)
    fixed = fmt.roles_by(Assign.FIXED)
    duties = {r.id for r in fmt.roles_by(Assign.DUTY)}
    rota: dict[str, str] = {}
    rotating = group.rota_role if group.rota_role and members else None
    if rotating is not None and rotating in {r.id for r in fixed}:
        rota[rotating] = rota_next(members, history, rotating)
        lead = [rota[rotating]]
    elif fixed and group.facilitator:
        lead = [group.facilitator]
    elif fixed and members:
        lead = [members[0]]  # no facilitator named: the first member leads, as on screen
    else:
        lead = []
    rest = [m for m in members if m not in lead]
    order = fair_order(rest, history)
    tail: list[str] = []
    if rotating is not None and rotating in duties and rest:
        rota[rotating] = rota_next(rest, history, rotating)
        tail = [rota[rotating]]
    body = [m for m in order if m not in tail]
    return Suggestion(tuple(lead + body + tail), rota, tuple(order))


def planned_minutes(fmt: Format, params: Mapping[str, float], participants: Sequence[str]) -> float:
    """The planned length of a meeting of `fmt` with these people (``PlanError`` if none)."""
    values = fmt.resolve_params(params)
    plan = make_plan(fmt, values, participants)
    return build_timeline(fmt, values, plan).planned_total / 60


@dataclass(frozen=True)
class SeriesChartData:
    """Per member, one value per meeting held, in minutes."""

    meetings: tuple[int, ...]  # meeting numbers
    held_total: Mapping[str, tuple[float, ...]]  # time as holder so far (cumulative)
    airtime: Mapping[str, tuple[float, ...]]  # minutes speaking at each meeting


def series_chart_data(history: Sequence[HeldMeeting], members: Sequence[str]) -> SeriesChartData:
    """The numbers behind the series charts: every member listed, zeros included."""
    people = list(members)
    for meeting in history:
        active = [p for p, v in (*meeting.held.items(), *meeting.airtime.items()) if v > 0]
        for person in active:
            if person not in people and person.casefold() not in {p.casefold() for p in people}:
                people.append(person)
    held: dict[str, list[float]] = {p: [] for p in people}
    talk: dict[str, list[float]] = {p: [] for p in people}
    for meeting in history:
        for person in people:
            before = held[person][-1] if held[person] else 0.0
            held[person].append(before + _get(meeting.held, person) / 60)
            talk[person].append(_get(meeting.airtime, person) / 60)
    return SeriesChartData(
        tuple(m.number for m in history),
        {p: tuple(v) for p, v in held.items()},
        {p: tuple(v) for p, v in talk.items()},
    )


def _get(values: Mapping[str, float], person: str) -> float:
    key = person.casefold()
    return sum(v for p, v in values.items() if p.casefold() == key)
