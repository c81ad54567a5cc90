"""Round plans: who holds which role in each round of a meeting.

A plan is made from a format, its parameters and the participants. Fixed roles (the
facilitator, the coach) go to the first participants unless pinned; each round has one
holder taken in turn from the members; duties (the timekeeper) stay with one person where
possible but never with the round's holder; everyone else holds the rest role. Plans are
plain data, deterministic for a given seed, and re-validated after every edit (the
edits themselves, a swap, an absence, a late arrival, are in `edits`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from facilitator.core.formats.expr import ExpressionError, evaluate
from facilitator.core.formats.format import Assign, Format
from facilitator.core.i18n import translate


class PlanError(ValueError):
    """A plan that cannot be made or breaks the format's rules; the message says why."""


@dataclass(frozen=True)
class Round:
    holder: str
    roles: Mapping[str, tuple[str, ...]]  # role id -> people, holder and duties included
    minutes: float | None = None  # this round's own length (set at Bids); None: the format's
    helping: str = ""  # how the holder wants to be helped in this round, in their words

    def role_of(self, person: str) -> str | None:
        return next((rid for rid, people in self.roles.items() if person in people), None)


@dataclass(frozen=True)
class Bid:
    """A member's bid for help: optionally the minutes asked for and how pressing it is
    (1 low … 3 high)."""

    person: str
    minutes: float | None = None
    urgency: int | None = None


@dataclass(frozen=True)
class InsertedBreak:
    """A break the facilitator added, after the phase with key `after` (PlannedPhase.key)."""

    after: str
    minutes: float


@dataclass(frozen=True)
class RoundPlan:
    participants: tuple[str, ...]
    fixed: Mapping[str, tuple[str, ...]]  # fixed role id -> people, for the whole meeting
    rounds: tuple[Round, ...]
    absent: frozenset[str] = field(default_factory=frozenset)
    bids: tuple[Bid, ...] | None = None  # None: not recorded (yet)
    breaks: tuple[InsertedBreak, ...] = ()
    # members who hold no round by choice (a late arrival without an issue)
    without_round: frozenset[str] = field(default_factory=frozenset)
    # settings agreed during the session (the pair's time each way), over the setup's
    settings: Mapping[str, float] = field(default_factory=dict)
    agreed: bool = False  # the pair's agreement was confirmed in its phase

    @property
    def present(self) -> tuple[str, ...]:
        return tuple(p for p in self.participants if p not in self.absent)

    @property
    def members(self) -> tuple[str, ...]:
        """Present people outside the fixed roles: the ones who rotate."""
        fixed = {p for people in self.fixed.values() for p in people}
        return tuple(p for p in self.present if p not in fixed)

    def roles_in(self, round_index: int | None) -> dict[str, tuple[str, ...]]:
        """Every role and its people in a round (None: outside rounds, fixed roles only)."""
        roles = dict(self.fixed)
        if round_index is not None and 0 <= round_index < len(self.rounds):
            roles.update(self.rounds[round_index].roles)
        return roles

    def to_json(self) -> dict:
        data: dict = {
            "participants": list(self.participants),
            "fixed": {k: list(v) for k, v in self.fixed.items()},
            "rounds": [
                {"holder": r.holder, "roles": {k: list(v) for k, v in r.roles.items()}}
                | ({} if r.minutes is None else {"minutes": r.minutes})
                | ({"helping": r.helping} if r.helping else {})
                for r in self.rounds
            ],
            "absent": sorted(self.absent),
        }
        # newer keys only when used, so plans stay readable by the version before them
        if self.bids is not None:
            data["bids"] = [
                {"person": b.person, "minutes": b.minutes, "urgency": b.urgency} for b in self.bids
            ]
        if self.breaks:
            data["breaks"] = [{"after": b.after, "minutes": b.minutes} for b in self.breaks]
        if self.without_round:
            data["without_round"] = sorted(self.without_round)
        if self.settings:
            data["settings"] = dict(self.settings)
        if self.agreed:
            data["agreed"] = True
        return data

    @classmethod
    def from_json(cls, data: Mapping) -> RoundPlan:
        bids = data.get("bids")
        return cls(
            participants=tuple(data["participants"]),
            fixed={k: tuple(v) for k, v in data["fixed"].items()},
            rounds=tuple(
                Round(
                    r["holder"],
                    {k: tuple(v) for k, v in r["roles"].items()},
                    r.get("minutes"),
                    str(r.get("helping", "")),
                )
                for r in data["rounds"]
            ),
            absent=frozenset(data.get("absent", ())),
            bids=None
            if bids is None
            else tuple(Bid(b["person"], b.get("minutes"), b.get("urgency")) for b in bids),
            breaks=tuple(
                InsertedBreak(str(b["after"]), float(b["minutes"])) for b in data.get("breaks", ())
            ),
            without_round=frozenset(data.get("without_round", ())),
            settings={k: float(v) for k, v in data.get("settings", {}).items()},
            agreed=bool(data.get("agreed", False)),
        )

    @property
    def awaits_bids(self) -> bool:
        """No rounds yet and no bids recorded: the rounds are decided at Bids."""
        return self.bids is None and not self.rounds


def round_count(fmt: Format, params: Mapping[str, float], members: int, participants: int) -> int:
    """How many rounds the format asks for with these parameters and people."""
    if fmt.rounds is None:
        return 0
    try:
        value = evaluate(fmt.rounds.count, fmt.names(params, members, participants))
    except ExpressionError as exc:
        raise PlanError(f"{fmt.title}: the number of rounds cannot be worked out: {exc}") from None
    return max(0, int(value))


def _clean_names(participants: Sequence[str]) -> tuple[str, ...]:
    names = tuple(" ".join(p.split()) for p in participants)
    if any(not n for n in names):
        raise PlanError("A participant's name is empty.")
    seen: set[str] = set()
    for n in names:
        if n.casefold() in seen:
            raise PlanError(f"'{n}' is listed twice; give each participant a distinct name.")
        seen.add(n.casefold())
    return names


def make_plan(
    fmt: Format,
    params: Mapping[str, float],
    participants: Sequence[str],
    *,
    seed: int | None = None,
    pins: Mapping[str, Sequence[str]] | None = None,
    bids: Sequence[Bid] | None = None,
    at_bids: bool = False,
) -> RoundPlan:
    """A plan for a new meeting. `seed` reshuffles the order of holders deterministically;
    `pins` gives fixed roles to named people (e.g. ``{"facilitator": ["Ana"]}``).

    Where the method decides its holders at a Bids phase: with `at_bids` the plan has no
    rounds until the bids are made (see `bids.apply_bids`); `bids` known in advance give the
    rounds to the bidders, in that order; otherwise holders are taken in turn as for any
    method (holders known in advance)."""
    names = _clean_names(participants)
    if not fmt.group_min <= len(names) <= fmt.group_max:
        raise PlanError(
            f"{fmt.title} is for {_range(fmt.group_min, fmt.group_max)} people; {len(names)} given."
        )
    fixed: dict[str, tuple[str, ...]] = {}
    taken: set[str] = set()
    for role in fmt.roles_by(Assign.FIXED):
        chosen = list((pins or {}).get(role.id, ()))
        for person in chosen:
            if person not in names:
                raise PlanError(f"{role.name} '{person}' is not among the participants.")
        _fill_up(chosen, names, role.count, taken)
        fixed[role.id] = tuple(chosen)
        taken.update(chosen)
    members = [p for p in names if p not in taken]
    order = list(members)
    if seed is not None:
        random.Random(seed).shuffle(order)
    plan = RoundPlan(names, fixed, ())
    if fmt.bids_phase is not None and bids is not None:
        # holders known in advance: the bidders hold the rounds, in the order given
        holders = [b.person for b in bids]
        plan = replace(plan, rounds=assign_rounds(fmt, holders, members), bids=tuple(bids))
        check_plan(fmt, params, plan)
        return plan
    if fmt.bids_phase is not None and at_bids:
        check_plan(fmt, params, plan)
        return plan
    count = round_count(fmt, params, len(members), len(names))
    if count > len(members):
        can_hold = len(members)
        raise PlanError(
            translate(
                "Plan", "{title}: {count} rounds asked for, but only %n member(s) can hold one.",
                None, can_hold,
            ).format(title=fmt.title, count=count)
        )  # fmt: skip
    plan = replace(plan, rounds=assign_rounds(fmt, order[:count], members))
    check_plan(fmt, params, plan)
    return plan


def _fill_up(chosen: list[str], candidates: Sequence[str], count: int, busy: set[str]) -> None:
    """Add candidates to `chosen`, in order, skipping the busy, until it has `count`."""
    for person in candidates:
        if len(chosen) >= count:
            return
        if person not in busy and person not in chosen:
            chosen.append(person)


def assign_rounds(fmt: Format, holders: Sequence[str], members: Sequence[str]) -> tuple[Round, ...]:
    """Rounds for `holders` in this order, the duties and the rest role dealt among `members`."""
    holder_role = fmt.holder_role
    if holder_role is None:
        return ()
    duties = fmt.roles_by(Assign.DUTY)
    rest = next(iter(fmt.roles_by(Assign.REST)), None)
    keepers: dict[str, list[str]] = {d.id: [] for d in duties}  # sticky duty holders
    rounds = []
    for holder in holders:
        roles: dict[str, tuple[str, ...]] = {holder_role.id: (holder,)}
        busy = {holder}
        for duty in duties:
            kept = [p for p in keepers[duty.id] if p not in busy][: duty.count]
            # from the end of the list, so the first holder is not also the keeper
            _fill_up(kept, list(reversed(members)), duty.count, busy)
            roles[duty.id] = tuple(kept)
            busy.update(kept)
            keepers[duty.id] = kept + [p for p in keepers[duty.id] if p not in kept]
        if rest is not None:
            roles[rest.id] = tuple(p for p in members if p not in busy)
        rounds.append(Round(holder, roles))
    return tuple(rounds)


def check_plan(fmt: Format, params: Mapping[str, float], plan: RoundPlan) -> None:
    """Raise ``PlanError`` naming the first rule of the format that the plan breaks."""
    present = plan.present
    if not fmt.group_min <= len(present) <= fmt.group_max:
        raise PlanError(
            f"{fmt.title} needs {_range(fmt.group_min, fmt.group_max)} people present; {len(present)} are."
        )
    for role in fmt.roles_by(Assign.FIXED):
        people = plan.fixed.get(role.id, ())
        if len(people) != role.count or any(p not in present for p in people):
            needed = role.count  # a plain name: lupdate reads no other plural argument
            raise PlanError(
                translate(
                    "Plan", "{role}: %n present participant(s) needed; the plan has {people}.",
                    None, needed,
                ).format(role=role.name, people=", ".join(people) or translate("Plan", "nobody"))
            )  # fmt: skip
    members = plan.members
    want = round_count(fmt, params, len(members) - len(plan.without_round), len(present))
    if every_member_holds_a_round(fmt) and len(plan.rounds) != want:
        raise PlanError(
            f"{fmt.title}: every member holds one round — {want} rounds needed, the plan has {len(plan.rounds)}."
        )
    if len(plan.rounds) > len(members):
        can_hold = len(members)
        raise PlanError(
            translate(
                "Plan", "{rounds} rounds, but only %n member(s) to hold them.", None, can_hold
            ).format(rounds=len(plan.rounds))
        )
    holders = [r.holder for r in plan.rounds]
    for i, rnd in enumerate(plan.rounds, start=1):
        _check_round(fmt, rnd, i, members)
        if holders.count(rnd.holder) > 1:
            raise PlanError(f"{rnd.holder} holds more than one round (round {i} again).")


def _check_round(fmt: Format, rnd: Round, number: int, members: Sequence[str]) -> None:
    holder_role = fmt.holder_role
    assert holder_role is not None
    if rnd.roles.get(holder_role.id) != (rnd.holder,) or rnd.holder not in members:
        raise PlanError(
            f"Round {number}: {holder_role.name} must be one present member; it is {rnd.holder}."
        )
    seen: dict[str, str] = {}
    for rid, people in rnd.roles.items():
        for person in people:
            if person not in members:
                raise PlanError(f"Round {number}: {person} is not a present member.")
            if person in seen:
                raise PlanError(
                    f"Round {number}: {person} holds two roles ({seen[person]} and {rid})."
                )
            seen[person] = rid
    for duty in fmt.roles_by(Assign.DUTY):
        people = rnd.roles.get(duty.id, ())
        if rnd.holder in people:
            raise PlanError(
                f"Round {number}: the {holder_role.name.lower()} cannot also be {duty.name.lower()}."
            )
        if len(people) != min(duty.count, len(members) - 1):
            needed = duty.count
            raise PlanError(
                translate(
                    "Plan", "Round {number}: {duty} needs %n participant(s); the plan has {have}.",
                    None, needed,
                ).format(number=number, duty=duty.name, have=len(people))
            )  # fmt: skip
    missing = [p for p in members if p not in seen]
    if missing:
        raise PlanError(f"Round {number}: {', '.join(missing)} has no role.")


def every_member_holds_a_round(fmt: Format) -> bool:
    """True where every member holds exactly one round (co-consulting, case consultation)."""
    return fmt.rounds is not None and fmt.rounds.count == "members"


def _range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


def check_plan_from(
    fmt: Format, params: Mapping[str, float], plan: RoundPlan, from_round: int
) -> None:
    """Check a plan whose first `from_round` rounds are history (people may have left since)."""
    if from_round <= 0:
        check_plan(fmt, params, plan)
        return
    present = plan.present
    if not fmt.group_min <= len(present) <= fmt.group_max:
        raise PlanError(
            f"{fmt.title} needs {_range(fmt.group_min, fmt.group_max)} people present; {len(present)} are."
        )
    members = plan.members
    holders = [r.holder for r in plan.rounds]
    for i, rnd in enumerate(plan.rounds[from_round:], start=from_round + 1):
        _check_round(fmt, rnd, i, members)
        if holders.count(rnd.holder) > 1:
            raise PlanError(f"{rnd.holder} holds more than one round (round {i} again).")
    if every_member_holds_a_round(fmt):
        missing = [m for m in members if m not in holders and m not in plan.without_round]
        if missing:
            raise PlanError(f"{', '.join(missing)} would hold no round.")
