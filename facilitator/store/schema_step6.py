"""Schema step 6: a bin for discarded sessions, and a client's consent with its history.

- `sessions.discarded_wall`: when the user put the session in the bin (NULL: not in the
  bin). A discarded session is hidden from the History until restored; emptying the bin
  deletes it for good (with `secure_delete`, like any other erasure).
- `coach_consents`: every consent a client gave or withdrew, dated, with how it was given
  (in writing, by e-mail, orally, in the contract…). `scope` says what it covers: `icf_log`
  (to appear on the ICF coaching log) or `records` (to keep records about the client).
  The newest row of a scope is the current state; `coach_clients.icf_consent` is kept in
  step for the ICF log, so earlier readers keep working. Rows go with the client
  (ON DELETE CASCADE), so erasing a client erases its consents.
"""

from __future__ import annotations

STEP_6 = """
ALTER TABLE sessions ADD COLUMN discarded_wall REAL;
CREATE INDEX IF NOT EXISTS sessions_by_discarded ON sessions(discarded_wall);

CREATE TABLE coach_consents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES coach_clients(id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (scope IN ('icf_log', 'records')),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    date TEXT NOT NULL,  -- ISO date the consent was given or withdrawn
    how TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_wall REAL NOT NULL
);
CREATE INDEX coach_consents_by_client ON coach_consents(client_id, scope, date, id);
"""
