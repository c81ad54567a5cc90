"""Checking a format's durations: every phase length, derived value and round count is
computed for the defaults, each parameter at its bounds and every group size, and each
problem is reported at its line. Mixed into the format reader."""

from __future__ import annotations

import math
from typing import Any

from facilitator.core.formats.expr import ExpressionError, evaluate
from facilitator.core.formats.format import BUILTIN_NAMES, MAX_PHASE_MINUTES, Assign, Format
from facilitator.core.formats.toml_lines import Path as KeyPath


class DurationChecks:
    """Needs ``fail(path, message)`` and ``check_expression(path, source, known, what)``."""

    def fail(self, path: KeyPath, message: str) -> None:
        raise NotImplementedError

    def check_expression(self, path: KeyPath, source: Any, known: set[str], what: str) -> bool:
        raise NotImplementedError

    def check_durations(self, fmt: Format) -> None:
        """Evaluate every duration for the default parameters, each parameter at its bounds,
        and every group size the format allows."""
        params = {p.id for p in fmt.parameters}
        known = params | set(BUILTIN_NAMES) | {name for name, _ in fmt.derived}
        scenarios = [fmt.default_params()]
        for p in fmt.parameters:
            for extreme in p.choices or (p.minimum, p.maximum):
                scenarios.append({**fmt.default_params(), p.id: extreme})
        fixed = sum(r.count for r in fmt.roles_by(Assign.FIXED))
        sizes = range(fmt.group_min, fmt.group_max + 1)
        places: list[tuple[KeyPath, Any, str]] = []
        for key, phases in (("opening", fmt.opening), ("closing", fmt.closing)):
            places += [
                ((key, i, "minutes"), ph.minutes, f"phase '{ph.name}'")
                for i, ph in enumerate(phases)
            ]
        if fmt.rounds:
            places += [
                (("rounds", "phases", i, "minutes"), ph.minutes, f"phase '{ph.name}'")
                for i, ph in enumerate(fmt.rounds.phases)
            ]
            places += [
                (("rounds", "break", i, "minutes"), ph.minutes, f"phase '{ph.name}'")
                for i, ph in enumerate(fmt.rounds.break_phases)
            ]
        if not self.check_derived(fmt, scenarios, sizes, fixed):
            return
        cases = [
            (params, size, fmt.names(params, max(size - fixed, 0), size))
            for params in scenarios
            for size in sizes
        ]  # every name computed once per case, not once per phase
        for path, source, what in places:
            if not self.check_expression(path, source, known, f"{what}: minutes"):
                continue
            self.check_minutes(fmt, path, source, what, cases)
        if fmt.rounds:
            if fmt.rounds.minutes is not None and self.check_expression(
                ("rounds", "minutes"), fmt.rounds.minutes, known, "rounds.minutes"
            ):
                self.check_minutes(
                    fmt, ("rounds", "minutes"), fmt.rounds.minutes, "rounds.minutes", cases
                )
            for key in ("count", "break_after", "break_past"):
                source = getattr(fmt.rounds, key)
                if source is not None and self.check_expression(
                    ("rounds", key), source, known, f"rounds.{key}"
                ):
                    self.check_count(fmt, key, source, scenarios, sizes, fixed)

    def check_derived(self, fmt, scenarios, sizes, fixed) -> bool:
        """Each derived value computes for every scenario; a failure is reported at its line."""
        for params in scenarios:
            for size in sizes:
                names = {
                    **params,
                    "members": float(max(size - fixed, 0)),
                    "participants": float(size),
                }
                for name, source in fmt.derived:
                    try:
                        names[name] = evaluate(source, names)
                    except ExpressionError as exc:
                        self.fail(
                            ("derived", name),
                            f"derived value '{name}': {exc}{_case(params, fmt, size)}",
                        )
                        return False
        return True

    def check_count(self, fmt, key, source, scenarios, sizes, fixed) -> None:
        for params in scenarios:
            for size in sizes:
                try:
                    value = evaluate(source, fmt.names(params, max(size - fixed, 0), size))
                except ExpressionError as exc:
                    self.fail(("rounds", key), f"rounds.{key}: {exc}")
                    return
                if not math.isfinite(value):
                    self.fail(
                        ("rounds", key),
                        f"rounds.{key}: {value:g} is not a number of rounds{_case(params, fmt, size)}",
                    )
                    return

    def check_minutes(self, fmt, path, source, what, cases) -> None:
        for params, size, names in cases:
            try:
                minutes = evaluate(source, names)
            except ExpressionError as exc:
                self.fail(path, f"{what}: {exc}")
                return
            if not math.isfinite(minutes) or minutes <= 0:
                self.fail(
                    path,
                    f"{what}: duration must be more than 0 minutes; got {minutes:g}{_case(params, fmt, size)}",
                )
                return
            if minutes > MAX_PHASE_MINUTES:
                self.fail(
                    path,
                    f"{what}: duration of {minutes:g} minutes is absurd (the limit is {MAX_PHASE_MINUTES}){_case(params, fmt, size)}",
                )
                return


def _case(params: dict, fmt: Format, size: int) -> str:
    if params == fmt.default_params() and size == fmt.group_min:
        return ""
    shown = ", ".join(f"{k} = {v:g}" for k, v in params.items())
    return f" (with {shown}{', ' if shown else ''}{size} people)"
