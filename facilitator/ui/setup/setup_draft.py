"""What the facilitator had typed into a New session screen that was closed unstarted.

Esc, Cancel or the window's close button in front of a group must not cost the names
already typed: the screen leaves a `SetupDraft` behind and the next "New session…"
continues it (with a way to start afresh). The draft lives in memory for the program's
run only: the names are personal data, and the records may be protected by a
passphrase that a plain draft file on disk would bypass.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SetupDraft:
    format_id: str
    names: str  # the participants' text as typed
    params: dict[str, float] = field(default_factory=dict)
    title: str = ""  # "" when the facilitator did not type one
    agreements: tuple[str, ...] = ()  # agreements already ticked
    at_bids: bool = True
