"""Plain records read back from the store, and the JSON used for their structured columns.

JSON is written strictly (no NaN or infinity) so every stored value reads back exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

SESSION_COLUMNS = (
    "id, format_id, title, format_source, params_json, participants_json, plan_json, "
    "agreements_json, state, created_wall, updated_wall"
)
NOTE_COLUMNS = (
    "id, session_id, round_index, phase_index, text, action_owner, created_wall, updated_wall"
)


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
        (id_, format_id, title, source, params, participants, plan, agreements, state,
         created, updated) = row  # fmt: skip
        return cls(
            id=id_,
            format_id=format_id,
            title=title,
            format_source=source,
            params=json.loads(params),
            participants=json.loads(participants),
            plan=json.loads(plan),
            agreements=json.loads(agreements),
            state=state,
            created_wall=created,
            updated_wall=updated,
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


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
