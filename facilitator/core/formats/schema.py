"""Reading a format file: check every field and report each problem with its line.

What a format file may hold and what each part must be is here; the typed getters that
report a problem at its line are `fields`, the checks of every duration `durations`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from facilitator.core.formats.durations import DurationChecks
from facilitator.core.formats.expr import ExpressionError, names_in
from facilitator.core.formats.fields import FieldReader, finite
from facilitator.core.formats.format import (
    BUILTIN_NAMES,
    MAX_PHASE_MINUTES,
    Assign,
    Format,
    FormatError,
    FormatInvalid,
    Parameter,
    PhaseSpec,
    Role,
    RoundSpec,
)
from facilitator.core.formats.toml_lines import Path as KeyPath
from facilitator.core.formats.translation import translate_format

_ID = re.compile(r"^[a-z][a-z0-9_\-]*$")
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_TOP_KEYS = {
    "id",
    "title",
    "description",
    "source",
    "group_size",
    "parameters",
    "derived",
    "agreements",
    "roles",
    "opening",
    "rounds",
    "closing",
    "translation",  # added from <file>.<lang>.toml by the catalog (core/formats/translation.py)
}
_ROLE_KEYS = {"id", "name", "assign", "count", "does"}
_PARAMETER_KEYS = {"id", "label", "default", "min", "max", "choices", "integer", "unit", "help"}
_ROUNDS_KEYS = {
    "count", "phases", "break", "break_after", "break_past", "minutes", "min_minutes",
}  # fmt: skip
_PHASE_KEYS = {
    "id",
    "name",
    "minutes",
    "speakers",
    "listeners",
    "muted",
    "rules",
    "instructions",
    "warn_at",
    "break",
    "bids",
    "cue",
    "agreement",
    "helping",
    "review",
}


def load_format_file(path: Path, translation: Path | None = None) -> Format:
    """Read and check one format file, with its `translation` file appended if there is
    one; raises ``FormatInvalid`` with every problem found."""
    try:
        text = path.read_text(encoding="utf-8")
        if translation is not None and translation.is_file():
            text = f"{text.rstrip()}\n\n{translation.read_text(encoding='utf-8')}"
    except UnicodeDecodeError as exc:
        raise FormatInvalid(
            [FormatError(path.name, 1, f"is not UTF-8 text ({exc.reason})")]
        ) from None
    except OSError as exc:
        raise FormatInvalid(
            [FormatError(path.name, 1, f"cannot be read: {exc.strerror}")]
        ) from None
    return parse_format(text, path.name)


def parse_format(text: str, file: str) -> Format:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(match.group(1)) if match else 1
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        if match:
            message += f" (column {match.group(2)})"
        raise FormatInvalid([FormatError(file, line, f"is not valid TOML: {message}")]) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer of 5000 digits, [[[[...]]]]
        reason = str(exc) if isinstance(exc, ValueError) else "nested too deeply"
        raise FormatInvalid([FormatError(file, 1, f"is not valid TOML: {reason}")]) from None
    return _Reader(data, text, file).read()


class _Reader(FieldReader, DurationChecks):
    """What a format file holds, checked section by section; every problem is collected
    (``self.errors``) and raised together as ``FormatInvalid``."""

    def __init__(self, data: dict[str, Any], text: str, file: str) -> None:
        super().__init__(text, file)
        self.data = data
        self.role_ids: set[str] = set()

    # -- the format ------------------------------------------------------------------
    def read(self) -> Format:
        d = self.data
        for key in d:
            if key not in _TOP_KEYS:
                self.fail(
                    (key,), f"unknown key '{key}' (expected one of: {', '.join(sorted(_TOP_KEYS))})"
                )
        fid = self.text_field(d, (), "id")
        if fid and not _ID.match(fid):
            self.fail(("id",), f"id '{fid}' must be lower case letters, digits, '-' or '_'")
        title = self.text_field(d, (), "title")
        description = self.text_field(d, (), "description")
        source = self.text_field(d, (), "source", required=False)
        gmin, gmax = self.group_size(d.get("group_size"))
        roles = self.roles(d.get("roles"))
        params = self.parameters(d.get("parameters"))
        derived = self.derived(d.get("derived"), {p.id for p in params})
        agreements = self.text_list(d, (), "agreements")
        opening = self.phases(("opening",), d.get("opening"))
        rounds = self.rounds(d.get("rounds"), roles)
        closing = self.phases(("closing",), d.get("closing"))
        if not (opening or closing or (rounds and rounds.phases)):
            self.fail(
                (), "the format has no phases: add [[opening]], [[rounds.phases]] or [[closing]]"
            )
        if self.errors:
            raise FormatInvalid(self.errors)
        fmt = Format(
            id=fid,
            title=title,
            description=description,
            source=source,
            group_min=gmin,
            group_max=gmax,
            roles=roles,
            parameters=params,
            derived=derived,
            agreements=agreements,
            opening=opening,
            rounds=rounds,
            closing=closing,
            file=self.file,
            text=self.text,
        )
        self.check_durations(fmt)
        translation = self.translation(d.get("translation"))
        if self.errors:
            raise FormatInvalid(self.errors)
        if translation is not None:
            language, table = translation
            fmt = translate_format(fmt, table, language)
        return fmt

    def translation(self, value: Any) -> tuple[str, dict[str, str]] | None:
        """The [translation] table: its language and English text → translated text."""
        if value is None:
            return None
        path: KeyPath = ("translation",)
        if not isinstance(value, dict):
            self.fail(path, "'translation' must be a table: [translation]")
            return None
        language = value.get("language")
        if not isinstance(language, str) or not _NAME.match(language):
            self.fail((*path, "language"), "[translation] needs language = \"pl\" (or another)")
            return None
        table = {}
        for key, text in value.items():
            if key == "language":
                continue
            if not isinstance(text, str) or not text.strip():
                self.fail((*path, key), f"the translation of {key!r} must be some text")
                continue
            table[key] = text
        return language, table

    def group_size(self, value: Any) -> tuple[int, int]:
        path = ("group_size",)
        if not isinstance(value, dict):
            self.fail(path, "'group_size' must be a table such as { min = 3, max = 4 }")
            return 1, 1
        lo, hi = value.get("min"), value.get("max")
        for key, v in (("min", lo), ("max", hi)):
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 50:
                self.fail(
                    (*path, key), f"group_size.{key} must be a whole number from 1 to 50; got {v!r}"
                )
                return 1, 1
        assert isinstance(lo, int) and isinstance(hi, int)  # checked just above
        if lo > hi:
            self.fail(path, f"group_size.min ({lo}) is larger than group_size.max ({hi})")
        return lo, hi

    def roles(self, value: Any) -> tuple[Role, ...]:
        roles: list[Role] = []
        if not value:
            self.fail(("roles",), "the format needs at least one [[roles]] entry")
        for path, t in self.tables(("roles",), value):
            self.unknown_keys(t, path, _ROLE_KEYS, "a role")
            rid = self.text_field(t, path, "id")
            if rid and not _NAME.match(rid):
                self.fail(
                    (*path, "id"), f"role id '{rid}' must be lower case letters, digits or '_'"
                )
            if rid in self.role_ids:
                self.fail((*path, "id"), f"role id '{rid}' is used twice")
            assign = t.get("assign", "rest")
            if assign not in Assign.__members__.values():
                self.fail(
                    (*path, "assign"),
                    f"role '{rid}': assign must be one of holder, fixed, duty, rest; got {assign!r}",
                )
                assign = "rest"
            count = t.get("count", 1)
            if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 10:
                self.fail(
                    (*path, "count"),
                    f"role '{rid}': count must be a whole number from 1 to 10; got {count!r}",
                )
                count = 1
            self.role_ids.add(rid)
            roles.append(
                Role(
                    rid,
                    self.text_field(t, path, "name"),
                    Assign(assign),
                    count,
                    self.text_field(t, path, "does"),
                )
            )
        if sum(r.assign is Assign.HOLDER for r in roles) > 1:
            self.fail(("roles",), "only one role may be assigned 'holder'")
        if sum(r.assign is Assign.REST for r in roles) > 1:
            self.fail(("roles",), "only one role may be assigned 'rest'")
        return tuple(roles)

    def parameters(self, value: Any) -> tuple[Parameter, ...]:
        params: list[Parameter] = []
        for path, t in self.tables(("parameters",), value):
            self.unknown_keys(t, path, _PARAMETER_KEYS, "a parameter")
            pid = self.text_field(t, path, "id")
            if pid and (not _NAME.match(pid) or pid in BUILTIN_NAMES):
                self.fail(
                    (*path, "id"),
                    f"parameter id '{pid}' must be a lower-case name other than {' or '.join(BUILTIN_NAMES)}",
                )
            label = self.text_field(t, path, "label")
            default = self.number(
                (*path, "default"), t.get("default"), f"parameter '{pid}': default"
            )
            lo = self.number((*path, "min"), t.get("min"), f"parameter '{pid}': min")
            hi = self.number((*path, "max"), t.get("max"), f"parameter '{pid}': max")
            choices = t.get("choices", [])
            if not isinstance(choices, list) or not all(
                isinstance(c, int | float) and not isinstance(c, bool) and finite(c)
                for c in choices
            ):
                self.fail(
                    (*path, "choices"), f"parameter '{pid}': choices must be a list of numbers"
                )
                choices = []
            if default is None or lo is None or hi is None:
                continue
            if not lo <= default <= hi:
                self.fail(
                    (*path, "default"),
                    f"parameter '{pid}': default {default:g} is outside {lo:g}–{hi:g}",
                )
            if choices and default not in choices:
                self.fail(
                    (*path, "default"),
                    f"parameter '{pid}': default {default:g} is not one of the choices",
                )
            params.append(
                Parameter(
                    pid,
                    label,
                    default,
                    lo,
                    hi,
                    tuple(float(c) for c in choices),
                    bool(t.get("integer", False)),
                    str(t.get("unit", "")),
                    str(t.get("help", "")),
                )
            )
        return tuple(params)

    def derived(self, value: Any, param_ids: set[str]) -> tuple[tuple[str, str | float], ...]:
        if value is None:
            return ()
        if not isinstance(value, dict):
            self.fail(("derived",), "[derived] must be a table of name = expression")
            return ()
        known = set(param_ids) | set(BUILTIN_NAMES)
        out = []
        for name, source in value.items():
            self.check_expression(("derived", name), source, known, f"derived value '{name}'")
            known.add(name)
            out.append((name, source))
        return tuple(out)

    def check_expression(self, path: KeyPath, source: Any, known: set[str], what: str) -> bool:
        if isinstance(source, bool) or not isinstance(source, int | float | str):
            self.fail(path, f"{what} must be a number of minutes or an expression; got {source!r}")
            return False
        if isinstance(source, str):
            try:
                unknown = names_in(source) - known
            except ExpressionError as exc:
                self.fail(path, f"{what}: {exc}")
                return False
            if unknown:
                self.fail(
                    path,
                    f"{what} uses unknown name(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}",
                )
                return False
        return True

    def phases(
        self, key_path: KeyPath, value: Any, *, is_break: bool = False
    ) -> tuple[PhaseSpec, ...]:
        out: list[PhaseSpec] = []
        for path, t in self.tables(key_path, value):
            for key in t:
                if key not in _PHASE_KEYS:
                    self.fail(
                        (*path, key),
                        f"unknown key '{key}' in a phase (expected one of: {', '.join(sorted(_PHASE_KEYS))})",
                    )
            name = self.text_field(t, path, "name")
            minutes = t.get("minutes")
            if minutes is None:
                self.fail(path, f"phase '{name or self.where(path)}' needs 'minutes'")
            role_lists = {}
            for key in ("speakers", "listeners", "muted"):
                ids = self.text_list(t, path, key)
                for rid in ids:
                    if rid not in self.role_ids:
                        self.fail(
                            (*path, key),
                            f"phase '{name}': unknown role '{rid}' in {key} (roles: {', '.join(sorted(self.role_ids))})",
                        )
                role_lists[key] = ids
            instructions = t.get("instructions", {})
            if not isinstance(instructions, dict) or not all(
                isinstance(v, str) for v in instructions.values()
            ):
                self.fail(
                    (*path, "instructions"),
                    f"phase '{name}': instructions must be a table of role = text",
                )
                instructions = {}
            for rid in instructions:
                if rid not in self.role_ids:
                    self.fail(
                        (*path, "instructions", rid),
                        f"phase '{name}': instructions for unknown role '{rid}'",
                    )
            warn_at = t.get("warn_at", [1])
            if not isinstance(warn_at, list) or not all(
                isinstance(w, int | float) and not isinstance(w, bool) and 0 < w < MAX_PHASE_MINUTES
                for w in warn_at
            ):
                self.fail(
                    (*path, "warn_at"),
                    f"phase '{name}': warn_at must be a list of positive minutes left, e.g. [5, 1]",
                )
                warn_at = [1]
            out.append(
                PhaseSpec(
                    id=str(t.get("id", "") or re.sub(r"\W+", "-", name.lower()).strip("-")),
                    name=name,
                    minutes=minutes if minutes is not None else 0,
                    speakers=role_lists["speakers"],
                    listeners=role_lists["listeners"],
                    muted=role_lists["muted"],
                    rules=self.text_list(t, path, "rules"),
                    instructions=dict(instructions),
                    warn_at=tuple(sorted({float(w) for w in warn_at}, reverse=True)),
                    is_break=bool(t.get("break", is_break)),
                    bids=bool(t.get("bids", False)),
                    cue=self.text_field(t, path, "cue", required=False),
                    agreement=bool(t.get("agreement", False)),
                    helping=bool(t.get("helping", False)),
                    review=bool(t.get("review", False)),
                )
            )
        return tuple(out)

    def rounds(self, value: Any, roles: tuple[Role, ...]) -> RoundSpec | None:
        if value is None:
            return None
        path = ("rounds",)
        if not isinstance(value, dict):
            self.fail(path, "[rounds] must be a table")
            return None
        self.unknown_keys(value, path, _ROUNDS_KEYS, "[rounds]")
        phases = self.phases((*path, "phases"), value.get("phases"))
        if not phases:
            self.fail(path, "[rounds] has no phases: add [[rounds.phases]] entries")
        if not any(r.assign is Assign.HOLDER for r in roles):
            self.fail(path, '[rounds] needs a role with assign = "holder" (who the round is for)')
        count = value.get("count", "members")
        breaks = self.phases((*path, "break"), value.get("break"), is_break=True)
        after = value.get("break_after")
        past = value.get("break_past")
        if breaks and after is None and past is None:
            self.fail(
                path,
                "[[rounds.break]] phases need 'break_after' (after which round) or "
                "'break_past' (minutes of meeting between breaks)",
            )
        minutes = value.get("minutes")
        min_minutes = value.get("min_minutes", 0)
        if self.number((*path, "min_minutes"), min_minutes, "rounds.min_minutes") is None:
            min_minutes = 0
        return RoundSpec(
            count=count,
            phases=phases,
            break_after=after,
            break_phases=breaks,
            break_past=past,
            minutes=minutes,
            min_minutes=float(min_minutes),
        )
