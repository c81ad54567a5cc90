"""Plain records read back from the store, and the JSON used for their structured columns.

JSON is written strictly (no NaN or infinity) so every stored value reads back exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

SESSION_COLUMNS = (
    "id, format_id, title, format_source, params_json, participants_json, plan_json, "
    "agreements_json, state, created_wall, updated_wall"
)
NOTE_COLUMNS = (
    "id, session_id, round_index, phase_index, text, action_owner, created_wall, updated_wall"
)


def named(columns: str, row: tuple[Any, ...]) -> dict[str, Any]:
    """A row read with `SELECT {columns}` as a mapping from column name to value, so a
    record is built by name and a column added to the list cannot shift the others."""
    names = _column_names(columns)
    if len(names) != len(row):
        raise ValueError(f"{len(row)} values for the {len(names)} columns {columns}")
    return dict(zip(names, row, strict=True))


@lru_cache(maxsize=256)
def _column_names(columns: str) -> tuple[str, ...]:
    """The names in a column list, worked out once per list (a log reads 10,000 rows)."""
    return tuple(c.strip() for c in columns.split(","))


class Unchanged(Enum):
    """Type of `UNCHANGED`, the default that means "leave this field as it is"."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True)
class SessionRecord:
    id: int
    format_id: str
    title: str
    format_source: str  # the format's TOML as it was when the session was created
    params: dict[str, Any]
    participants: list[str]
    plan: dict[str, Any]
    agreements: list[Any]
    state: str  # not_started, running, paused or finished
    created_wall: float
    updated_wall: float

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> SessionRecord:
        r = named(SESSION_COLUMNS, row)
        return cls(
            id=r["id"],
            format_id=r["format_id"],
            title=r["title"],
            format_source=r["format_source"],
            params=json.loads(r["params_json"]),
            participants=json.loads(r["participants_json"]),
            plan=json.loads(r["plan_json"]),
            agreements=json.loads(r["agreements_json"]),
            state=r["state"],
            created_wall=r["created_wall"],
            updated_wall=r["updated_wall"],
        )


@dataclass(frozen=True)
class NoteRecord:
    id: int
    session_id: int
    round_index: int | None  # None: a note about the whole session
    phase_index: int | None
    text: str
    action_owner: str | None
    created_wall: float
    updated_wall: float

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> NoteRecord:
        return cls(**named(NOTE_COLUMNS, row))


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
