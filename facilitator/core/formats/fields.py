"""Reading a TOML table field by field: typed getters that report each problem at its line.

`FieldReader` keeps the text's line index and the problems found so far; a getter given a
wrong value records why (with the line of the key) and returns a harmless default, so a
reader goes on and reports every problem of a file at once. It knows nothing of formats:
`schema` says what a format file holds.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from facilitator.core.formats.format import FormatError
from facilitator.core.formats.toml_lines import LineIndex
from facilitator.core.formats.toml_lines import Path as KeyPath


class FieldReader:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.lines = LineIndex(text)
        self.errors: list[FormatError] = []

    # -- reporting -------------------------------------------------------------------
    def fail(self, path: KeyPath, message: str) -> None:
        self.errors.append(FormatError(self.file, self.lines.line_of(path), message))

    def where(self, path: KeyPath) -> str:
        """A readable name for a place, e.g. 'rounds.phases[2].minutes'."""
        out = ""
        for part in path:
            out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def unknown_keys(self, table: dict, path: KeyPath, allowed: set[str], what: str) -> None:
        for key in table:
            if key not in allowed:
                self.fail(
                    (*path, key),
                    f"unknown key '{key}' in {what} (expected one of: {', '.join(sorted(allowed))})",
                )

    # -- typed getters ---------------------------------------------------------------
    def text_field(self, table: dict, path: KeyPath, key: str, *, required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.fail(path, f"{self.where(path) or 'the file'} needs '{key}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail((*path, key), f"'{key}' must be non-empty text")
            return ""
        return value.strip()

    def text_list(self, table: dict, path: KeyPath, key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail((*path, key), f"'{key}' must be a list of texts")
            return ()
        return tuple(v.strip() for v in value if v.strip())

    def tables(self, key_path: KeyPath, value: Any) -> Iterator[tuple[KeyPath, dict]]:
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(
                key_path,
                f"'{self.where(key_path)}' must be a list of tables ([[{self.where(key_path)}]])",
            )
            return
        for i, item in enumerate(value):
            yield (*key_path, i), item

    def number(self, path: KeyPath, value: Any, what: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not finite(value):
            self.fail(path, f"{what} must be a number; got {value!r}")
            return None
        return float(value)


def finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float
        return False
