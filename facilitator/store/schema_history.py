"""Schema step for the history: who took part in which session, indexed, and the
indexes that keep filtering by format and date fast with many thousands of sessions.

`session_people` holds every name that was ever in a session's plan (the participants it
was created with and anyone who arrived late). Triggers keep it in step with `sessions`
and with the plan changes in `events`, so no writer has to remember it; the step fills it
from the sessions already stored.
"""

from __future__ import annotations

HISTORY_STEP = """
CREATE TABLE IF NOT EXISTS session_people (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (session_id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS session_people_by_name ON session_people(name, session_id);
CREATE INDEX IF NOT EXISTS sessions_by_created ON sessions(created_wall);
CREATE INDEX IF NOT EXISTS sessions_by_format ON sessions(format_id, created_wall);

INSERT OR IGNORE INTO session_people (session_id, name)
    SELECT s.id, trim(j.value) FROM sessions AS s, json_each(s.participants_json) AS j
    WHERE j.type = 'text' AND trim(j.value) != '';
INSERT OR IGNORE INTO session_people (session_id, name)
    SELECT e.session_id, trim(j.value)
    FROM events AS e, json_each(e.data_json, '$.plan.participants') AS j
    WHERE e.kind = 'plan' AND json_valid(e.data_json) AND j.type = 'text'
      AND trim(j.value) != '';

CREATE TRIGGER IF NOT EXISTS session_people_on_create AFTER INSERT ON sessions
BEGIN
    INSERT OR IGNORE INTO session_people (session_id, name)
        SELECT NEW.id, trim(value) FROM json_each(NEW.participants_json)
        WHERE type = 'text' AND trim(value) != '';
END;
CREATE TRIGGER IF NOT EXISTS session_people_on_update AFTER UPDATE OF participants_json
ON sessions
BEGIN
    INSERT OR IGNORE INTO session_people (session_id, name)
        SELECT NEW.id, trim(value) FROM json_each(NEW.participants_json)
        WHERE type = 'text' AND trim(value) != '';
END;
CREATE TRIGGER IF NOT EXISTS session_people_on_plan AFTER INSERT ON events
WHEN NEW.kind = 'plan' AND json_valid(NEW.data_json)
BEGIN
    INSERT OR IGNORE INTO session_people (session_id, name)
        SELECT NEW.session_id, trim(value) FROM json_each(NEW.data_json, '$.plan.participants')
        WHERE type = 'text' AND trim(value) != '';
END;
"""
