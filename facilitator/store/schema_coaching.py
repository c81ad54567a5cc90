"""DDL for the coach's log: one migration step, appended to `MIGRATIONS` once.

Durations are whole seconds; dates ISO text (YYYY-MM-DD). Erasing a client cascades to
everything of theirs. `coach_fts` (FTS5) indexes session takeaways, notes, reflections,
actions and client notes; triggers keep it in step, rowids say what a row is:
session id * 4, action id * 4 + 1, client id * 4 + 2.
"""

COACHING_SCHEMA = """
CREATE TABLE coach_clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) != ''),
    contact TEXT NOT NULL DEFAULT '',
    icf_consent INTEGER NOT NULL DEFAULT 0 CHECK (icf_consent IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX coach_clients_by_name ON coach_clients(name COLLATE NOCASE);

CREATE TABLE coach_engagements (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES coach_clients(id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    end_date TEXT,
    group_size INTEGER NOT NULL DEFAULT 1 CHECK (group_size >= 1),
    payment TEXT NOT NULL DEFAULT 'paid' CHECK (payment IN ('paid', 'pro_bono', 'reciprocal')),
    seconds_as_client INTEGER NOT NULL DEFAULT 0 CHECK (seconds_as_client >= 0),
    confidentiality TEXT NOT NULL DEFAULT '',
    boundaries TEXT NOT NULL DEFAULT '',
    fees TEXT NOT NULL DEFAULT '',
    cancellation TEXT NOT NULL DEFAULT '',
    sessions_agreed INTEGER CHECK (sessions_agreed IS NULL OR sessions_agreed >= 0),
    stage INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 1 AND 6),
    journey TEXT NOT NULL DEFAULT '',
    learning TEXT NOT NULL DEFAULT '',
    effects TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX coach_engagements_by_client ON coach_engagements(client_id, start_date);

CREATE TABLE coach_stage_changes (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES coach_engagements(id) ON DELETE CASCADE,
    stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),
    changed_on TEXT NOT NULL,
    wall REAL NOT NULL
);
CREATE INDEX coach_stage_changes_by_engagement ON coach_stage_changes(engagement_id, id);

CREATE TABLE coach_sessions (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES coach_engagements(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    seconds INTEGER NOT NULL CHECK (seconds >= 0),
    takeaway TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    reflection TEXT NOT NULL DEFAULT '',
    fee_paid INTEGER NOT NULL DEFAULT 0 CHECK (fee_paid IN (0, 1)),
    coach_talk_seconds INTEGER,
    client_talk_seconds INTEGER,
    created_wall REAL NOT NULL,
    updated_wall REAL NOT NULL
);
CREATE INDEX coach_sessions_by_engagement ON coach_sessions(engagement_id, held_on, id);
CREATE INDEX coach_sessions_by_date ON coach_sessions(held_on);

CREATE TABLE coach_actions (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES coach_sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_done')),
    reviewed_in INTEGER REFERENCES coach_sessions(id) ON DELETE SET NULL,
    created_wall REAL NOT NULL
);
CREATE INDEX coach_actions_by_session ON coach_actions(session_id, id);
CREATE INDEX coach_actions_open ON coach_actions(status, session_id);
CREATE INDEX coach_actions_by_reviewer ON coach_actions(reviewed_in);

CREATE VIRTUAL TABLE coach_fts USING fts5(
    takeaway, notes, reflection, action, client_notes, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER coach_sessions_fts_insert AFTER INSERT ON coach_sessions BEGIN
    INSERT INTO coach_fts (rowid, takeaway, notes, reflection)
    VALUES (new.id * 4, new.takeaway, new.notes, new.reflection);
END;
CREATE TRIGGER coach_sessions_fts_update AFTER UPDATE OF takeaway, notes, reflection
ON coach_sessions BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4;
    INSERT INTO coach_fts (rowid, takeaway, notes, reflection)
    VALUES (new.id * 4, new.takeaway, new.notes, new.reflection);
END;
CREATE TRIGGER coach_sessions_fts_delete AFTER DELETE ON coach_sessions BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4;
END;

CREATE TRIGGER coach_actions_fts_insert AFTER INSERT ON coach_actions BEGIN
    INSERT INTO coach_fts (rowid, action) VALUES (new.id * 4 + 1, new.text);
END;
CREATE TRIGGER coach_actions_fts_update AFTER UPDATE OF text ON coach_actions BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4 + 1;
    INSERT INTO coach_fts (rowid, action) VALUES (new.id * 4 + 1, new.text);
END;
CREATE TRIGGER coach_actions_fts_delete AFTER DELETE ON coach_actions BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER coach_clients_fts_insert AFTER INSERT ON coach_clients BEGIN
    INSERT INTO coach_fts (rowid, client_notes) VALUES (new.id * 4 + 2, new.notes);
END;
CREATE TRIGGER coach_clients_fts_update AFTER UPDATE OF notes ON coach_clients BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4 + 2;
    INSERT INTO coach_fts (rowid, client_notes) VALUES (new.id * 4 + 2, new.notes);
END;
CREATE TRIGGER coach_clients_fts_delete AFTER DELETE ON coach_clients BEGIN
    DELETE FROM coach_fts WHERE rowid = old.id * 4 + 2;
END;
"""


# Issue 17: settings of the log (the start of coach-specific training), change goals
# with their benefit indicators and the values sessions recorded, CCE units and mentor
# coaching, and the organisation (sponsor) of a client. Erasing a client
# cascades through engagements to all of these.
COACHING_STEP_2 = """
CREATE TABLE coach_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE coach_goals (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES coach_engagements(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (trim(text) != ''),
    set_on TEXT NOT NULL,
    created_wall REAL NOT NULL
);
CREATE INDEX coach_goals_by_engagement ON coach_goals(engagement_id, id);

CREATE TABLE coach_indicators (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES coach_goals(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (trim(name) != ''),
    kind TEXT NOT NULL DEFAULT 'scale' CHECK (kind IN ('scale', 'number')),
    target REAL NOT NULL,
    baseline REAL,
    unit TEXT NOT NULL DEFAULT '',
    low REAL NOT NULL DEFAULT 1,
    high REAL NOT NULL DEFAULT 10,
    created_wall REAL NOT NULL,
    CHECK (kind = 'number' OR (low < high AND target BETWEEN low AND high))
);
CREATE INDEX coach_indicators_by_goal ON coach_indicators(goal_id, id);

CREATE TABLE coach_indicator_values (
    indicator_id INTEGER NOT NULL REFERENCES coach_indicators(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES coach_sessions(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    PRIMARY KEY (indicator_id, session_id)
) WITHOUT ROWID;
CREATE INDEX coach_indicator_values_by_session ON coach_indicator_values(session_id);

-- The organisation a client belongs to, when it pays for (sponsors) the coaching. Its own
-- table so the clients table is left as it is.
-- Continuing coach education and mentor coaching, toward credential renewal. Units are
-- kept in hundredths (exact).
CREATE TABLE coach_cce (
    id INTEGER PRIMARY KEY,
    completed_on TEXT NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) != ''),
    provider TEXT NOT NULL DEFAULT '',
    units_cents INTEGER NOT NULL CHECK (units_cents > 0),
    core_cents INTEGER NOT NULL DEFAULT 0 CHECK (core_cents BETWEEN 0 AND units_cents),
    ethics_cents INTEGER NOT NULL DEFAULT 0 CHECK (ethics_cents BETWEEN 0 AND core_cents),
    created_wall REAL NOT NULL
);
CREATE INDEX coach_cce_by_date ON coach_cce(completed_on);

CREATE TABLE coach_mentor_sessions (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    seconds INTEGER NOT NULL CHECK (seconds > 0),
    mentor TEXT NOT NULL DEFAULT '',
    is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    created_wall REAL NOT NULL
);
CREATE INDEX coach_mentor_sessions_by_date ON coach_mentor_sessions(held_on);

CREATE TABLE coach_client_organisations (
    client_id INTEGER PRIMARY KEY REFERENCES coach_clients(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL CHECK (trim(organisation) != '')
);
"""
