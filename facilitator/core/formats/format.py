"""Method formats: what a meeting of each method looks like, read from TOML files.

A format is data, not code. It names its roles, the phases held once per meeting
(``opening``, ``closing``), the phases repeated in every round (one round per issue holder,
case giver or pair half), an optional break between rounds, and the parameters a
facilitator sets at the start. Durations are minutes: a number or an arithmetic
expression over the parameters (see ``expr``). Every problem is reported as a
``FormatError`` naming the file, the line and what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from facilitator.core.formats.expr import evaluate

MAX_PHASE_MINUTES = 8 * 60  # a single phase longer than a working day is a typo
BUILTIN_NAMES = ("members", "participants")  # names every expression may use


class Assign(StrEnum):
    """How a role is given out."""

    HOLDER = "holder"  # one member per round, in turn: client, issue holder, case giver
    FIXED = "fixed"  # the same person all meeting, outside the rotation: facilitator, coach
    DUTY = "duty"  # an extra duty of a member, never the round's holder: timekeeper
    REST = "rest"  # every other member: consultant, advisers, set members


@dataclass(frozen=True)
class FormatError:
    """One problem in one format file."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.message}"


class FormatInvalid(Exception):
    def __init__(self, errors: list[FormatError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Parameter:
    id: str
    label: str
    default: float
    minimum: float
    maximum: float
    choices: tuple[float, ...] = ()
    integer: bool = False
    unit: str = ""
    help: str = ""


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    assign: Assign
    count: int
    does: str


@dataclass(frozen=True)
class PhaseSpec:
    id: str
    name: str
    minutes: str | float
    speakers: tuple[str, ...] = ()
    listeners: tuple[str, ...] = ()
    muted: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    instructions: Mapping[str, str] = field(default_factory=dict)
    warn_at: tuple[float, ...] = (1.0,)
    is_break: bool = False
    bids: bool = False  # the phase in which members bid for rounds (Action Learning)
    cue: str = ""  # the phase's rule as a short banner for the room ("Clarifying questions only")
    agreement: bool = False  # the pair agrees the time each way and who goes first here
    helping: bool = False  # the client says how they want to be helped at its start
    review: bool = False  # notes written here are the review's: what helped, what could be better


@dataclass(frozen=True)
class RoundSpec:
    count: str | float
    phases: tuple[PhaseSpec, ...]
    break_after: str | float | None = None
    break_phases: tuple[PhaseSpec, ...] = ()
    # a break each time this many minutes have passed since the start or the last break
    # (checked at the end of each round that has another after it)
    break_past: str | float | None = None
    # the length of a whole round: its phases get shares in the proportions of their
    # own minutes (an Audio Action Learning round is an Action Learning round, shorter)
    minutes: str | float | None = None
    min_minutes: float = 0.0  # rounds shorter than this are too short for the method


@dataclass(frozen=True)
class Format:
    id: str
    title: str
    description: str
    source: str
    group_min: int
    group_max: int
    roles: tuple[Role, ...]
    parameters: tuple[Parameter, ...] = ()
    derived: tuple[tuple[str, str | float], ...] = ()
    agreements: tuple[str, ...] = ()
    opening: tuple[PhaseSpec, ...] = ()
    rounds: RoundSpec | None = None
    closing: tuple[PhaseSpec, ...] = ()
    file: str = ""
    text: str = ""
    language: str = "en"  # the language of its texts (a translation, if one was applied)

    def role(self, role_id: str) -> Role:
        return next(r for r in self.roles if r.id == role_id)

    def roles_by(self, assign: Assign) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.assign is assign)

    @property
    def bids_phase(self) -> PhaseSpec | None:
        """The opening phase in which members bid for rounds, if the method has one."""
        return next((p for p in self.opening if p.bids), None)

    @property
    def holder_role(self) -> Role | None:
        return next(iter(self.roles_by(Assign.HOLDER)), None)

    def parameter(self, param_id: str) -> Parameter:
        return next(p for p in self.parameters if p.id == param_id)

    def default_params(self) -> dict[str, float]:
        return {p.id: p.default for p in self.parameters}

    def resolve_params(self, given: Mapping[str, Any] | None = None) -> dict[str, float]:
        """Defaults overlaid with `given`, each checked against its bounds.

        Raises ``ValueError`` with a message that names the parameter and its range.
        """
        values = self.default_params()
        known = {p.id for p in self.parameters}
        for key, value in (given or {}).items():
            if key not in known:
                raise ValueError(
                    f"{self.title} has no parameter '{key}' (it has: {', '.join(sorted(known)) or 'none'})"
                )
            values[key] = _check_value(self.parameter(key), value)
        return values

    def names(
        self, params: Mapping[str, float], members: int, participants: int
    ) -> dict[str, float]:
        """All names an expression may use: parameters, derived values, group counts."""
        names: dict[str, float] = dict(params)
        names["members"] = float(members)
        names["participants"] = float(participants)
        for name, source in self.derived:
            names[name] = evaluate(source, names)
        return names


def _check_value(param: Parameter, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{param.label}: '{value}' is not a number") from None
    if isinstance(value, bool) or number != number:
        raise ValueError(f"{param.label}: '{value}' is not a number")
    if param.choices and number not in param.choices:
        options = ", ".join(f"{c:g}" for c in param.choices)
        raise ValueError(f"{param.label} must be one of {options}; got {number:g}")
    if not param.minimum <= number <= param.maximum:
        raise ValueError(
            f"{param.label} must be between {param.minimum:g} and {param.maximum:g}; got {number:g}"
        )
    if param.integer and number != int(number):
        raise ValueError(f"{param.label} must be a whole number; got {number:g}")
    return int(number) if param.integer else number


__all__ = [
    "BUILTIN_NAMES",
    "MAX_PHASE_MINUTES",
    "Assign",
    "Format",
    "FormatError",
    "FormatInvalid",
    "Parameter",
    "PhaseSpec",
    "Role",
    "RoundSpec",
]
