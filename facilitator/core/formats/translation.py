"""A format in another language: every text the people read, replaced from a table.

A translation sits beside its format file as ``<file>.<lang>.toml`` (for example
``case_consultation.pl.toml``) and holds one table::

    [translation]
    language = "pl"
    "Case giver" = "Osoba potrzebująca rady"
    "Describe the case" = "Opis przypadku"

keyed by the English text itself, so it never goes out of step with ids or order, and a
text with no entry simply stays English. The catalog appends the table to the format's
own text before reading it, so a session stores its format *with* the translation and
keeps the language it was started in. A user's own formats may carry translations the
same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from facilitator.core.formats.format import Format, PhaseSpec, RoundSpec


def translate_format(fmt: Format, table: Mapping[str, str], language: str) -> Format:
    """`fmt` with each text found in `table` replaced; ids, times and roles unchanged."""

    def t(text: str) -> str:
        return table.get(text, text)

    def phase(p: PhaseSpec) -> PhaseSpec:
        return replace(
            p,
            name=t(p.name),
            rules=tuple(t(r) for r in p.rules),
            instructions={k: t(v) for k, v in p.instructions.items()},
        )

    rounds = fmt.rounds
    if rounds is not None:
        rounds = replace(
            rounds,
            phases=tuple(phase(p) for p in rounds.phases),
            break_phases=tuple(phase(p) for p in rounds.break_phases),
        )
    return replace(
        fmt,
        title=t(fmt.title),
        description=t(fmt.description),
        agreements=tuple(t(a) for a in fmt.agreements),
        roles=tuple(replace(r, name=t(r.name), does=t(r.does)) for r in fmt.roles),
        parameters=tuple(
            replace(p, label=t(p.label), help=t(p.help), unit=t(p.unit)) for p in fmt.parameters
        ),
        opening=tuple(phase(p) for p in fmt.opening),
        rounds=rounds,
        closing=tuple(phase(p) for p in fmt.closing),
        language=language,
    )


def texts(fmt: Format) -> list[str]:
    """Every text of `fmt` a translation should cover, in reading order, once each."""
    out: list[str] = [fmt.title, fmt.description, *fmt.agreements]
    for role in fmt.roles:
        out += [role.name, role.does]
    for param in fmt.parameters:
        out += [param.label, param.help, param.unit]
    phases: list[PhaseSpec] = list(fmt.opening)
    if isinstance(fmt.rounds, RoundSpec):
        phases += [*fmt.rounds.phases, *fmt.rounds.break_phases]
    phases += list(fmt.closing)
    for phase in phases:
        out += [phase.name, *phase.rules, *phase.instructions.values()]
    seen: dict[str, None] = {}
    for text in out:
        if text and text.strip():
            seen.setdefault(text, None)
    return list(seen)
