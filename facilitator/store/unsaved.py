"""What could not be written when the program had to stop: kept in a file, replayed later.

When the program is ended (by a signal, a logout) while the records cannot be written,
the session's events waiting in memory and the note being typed go to
`unsaved-session-<id>.json` beside the records. The next start writes them into the
records (in order, after those already there) and removes the file, or keeps it and
says so if writing still fails. The same content can be saved as a copy anywhere.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.core.session.events import Event, EventKind
from facilitator.store.database import transaction
from facilitator.store.sessions import SessionStore

log = logging.getLogger(__name__)

PREFIX = "unsaved-session-"
SUFFIX = ".json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class UnsavedNote:
    """A note's text that could not be written: a new note (id None) or a change to one."""

    note_id: int | None
    text: str
    action_owner: str | None
    round_index: int | None
    phase_index: int | None
    wall: float


def unsaved_path(data_dir: Path, session_id: int) -> Path:
    return Path(data_dir) / f"{PREFIX}{int(session_id)}{SUFFIX}"


def dumps_unsaved(
    session_id: int, title: str, events: Sequence[Event], notes: Sequence[UnsavedNote]
) -> str:
    """The recovery file's text: readable JSON (the notes' text is in it as typed)."""
    payload: dict[str, Any] = {
        "facilitator_unsaved": FORMAT_VERSION,
        "session_id": int(session_id),
        "session_title": title,
        "events": [
            {"kind": str(e.kind), "wall": e.wall, "elapsed": e.elapsed, "data": e.data}
            for e in events
        ],
        "notes": [note.__dict__ for note in notes],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def replay_unsaved(store: SessionStore, data_dir: Path) -> list[str]:
    """Write every recovery file in `data_dir` into the records; sentences for the user."""
    notices: list[str] = []
    for path in sorted(Path(data_dir).glob(f"{PREFIX}*{SUFFIX}")):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            title = str(payload.get("session_title") or payload["session_id"])
            written = _replay(store, payload)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("cannot read %s: %s", path, exc)
            notices.append(
                f"The recovery file {path} could not be read ({exc}); it was left in place."
            )
            continue
        except sqlite3.Error as exc:
            notices.append(
                f"What was not saved in the session “{title}” is still kept in {path}: the "
                f"records cannot be written yet ({exc}). It is tried again at the next start."
            )
            continue
        path.unlink(missing_ok=True)
        if written:
            notices.append(
                f"What could not be saved when the program last stopped ({written}) "
                f"was written into the session “{title}”."
            )
    return notices


def _replay(store: SessionStore, payload: dict[str, Any]) -> str:
    session_id = int(payload["session_id"])
    if store.get_session(session_id) is None:
        raise KeyError(f"there is no session {session_id} in these records")
    events = [
        Event(EventKind(e["kind"]), float(e["wall"]), float(e["elapsed"]), dict(e["data"]))
        for e in payload.get("events", [])
    ]
    notes = [UnsavedNote(**note) for note in payload.get("notes", [])]
    with transaction(store.conn):  # all of it or none, so a retry never doubles anything
        for event in events:
            store.append_event(session_id, event)
        for note in notes:
            _replay_note(store, session_id, note)
    parts = []
    if events:
        parts.append(f"{len(events)} step(s) of the session")
    if notes:
        parts.append(f"{len(notes)} note(s)")
    return " and ".join(parts)


def _replay_note(store: SessionStore, session_id: int, note: UnsavedNote) -> None:
    existing = store.note(note.note_id) if note.note_id is not None else None
    if existing is not None and existing.session_id == session_id:
        store.update_note(existing.id, note.text, action_owner=note.action_owner, now=note.wall)
        return
    store.add_note(
        session_id, note.text, round_index=note.round_index, phase_index=note.phase_index,
        action_owner=note.action_owner, now=note.wall,
    )  # fmt: skip
