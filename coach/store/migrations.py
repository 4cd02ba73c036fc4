"""The history schema, as an ordered list of migrations from version 1 on.

`PRAGMA user_version` holds the number of migrations applied. A migration is never edited once
released: a change to the schema is a new migration appended to `MIGRATIONS`, so every database
ever written can be brought up to date by running the ones it lacks, in order.
"""

from __future__ import annotations

import sqlite3
from typing import Final

# Version 1: what a session records (issue 5). Times are ISO 8601 local times with their UTC
# offset, so "the day" and "the week" of a session are the patient's, and still comparable.
V1: Final = """
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    routine_title   TEXT NOT NULL,
    routine_path    TEXT,
    routine_sha256  TEXT,
    language        TEXT NOT NULL,
    exercises_planned INTEGER NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    status          TEXT NOT NULL
        CHECK (status IN ('in_progress', 'completed', 'ended_early', 'incomplete')),
    pain_before     INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after      INTEGER CHECK (pain_after BETWEEN 0 AND 10)
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE session_exercises (
    session_id          INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_index      INTEGER NOT NULL CHECK (exercise_index >= 0),
    name                TEXT NOT NULL,
    sides               TEXT NOT NULL DEFAULT '',
    sets_planned        INTEGER NOT NULL,
    sets_done           INTEGER NOT NULL DEFAULT 0,
    reps_done           INTEGER NOT NULL DEFAULT 0,
    holds_done          INTEGER NOT NULL DEFAULT 0,
    skipped             INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
    completed_at        TEXT,
    pain_after_exercise INTEGER CHECK (pain_after_exercise BETWEEN 0 AND 10),
    dose_reps           INTEGER,
    dose_hold_s         REAL,
    dose_duration_s     REAL,
    PRIMARY KEY (session_id, exercise_index)
);
"""

# Version 2: state that outlives a session. The dose a patient has reached per routine and
# exercise, and the days the red-flag questions were answered "none of these" (so the screen is
# shown once per day at home). No coach ever wrote `progression_doses` (progression reads the
# doses each session recorded in `session_exercises`), so it is empty in every file; it stays,
# unused, because dropping it would need a new version that older coaches refuse to open.
V2: Final = """
CREATE TABLE progression_doses (
    routine_title   TEXT NOT NULL,
    exercise_name   TEXT NOT NULL,
    dose_reps       INTEGER,
    dose_hold_s     REAL,
    dose_duration_s REAL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (routine_title, exercise_name)
);
CREATE TABLE red_flag_checks (
    id          INTEGER PRIMARY KEY,
    checked_at  TEXT NOT NULL,
    all_clear   INTEGER NOT NULL CHECK (all_clear IN (0, 1))
);
"""

# Version 3: the times the advice to contact a physiotherapist was shown before a session
# (issue 6), so it is shown calmly, at most once a day, and a physio can see when it was given.
V3: Final = """
CREATE TABLE physio_advice_shown (
    id          INTEGER PRIMARY KEY,
    shown_at    TEXT NOT NULL,
    reason      TEXT NOT NULL
);
"""

# Version 4 (issue 12): a mark that says "this file is coach's", so coach never adds its tables
# to some other program's SQLite file left at the history's path; and which process records a
# session still running, so another coach that opens the file meanwhile does not take it for a
# session cut off. Kept apart from other changes (the lead may renumber it).
APPLICATION_ID: Final = 0x434F4348  # "COCH"
V4_OWNED: Final = f"""
PRAGMA application_id = {APPLICATION_ID};
ALTER TABLE sessions ADD COLUMN recorder_pid INTEGER;
"""

# Version 5: how long the back had hurt when the patient started with coach, asked once at the
# first session (issue 11), so "2–3 weeks without improvement" counts from when the pain began.
V5_PAIN_DURATION: Final = """
CREATE TABLE pain_duration_answers (
    id          INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN
        ('under_1_week', '1_to_2_weeks', '2_to_3_weeks', 'over_3_weeks', 'not_sure'))
);
"""

MIGRATIONS: Final[tuple[str, ...]] = (V1, V2, V3, V4_OWNED, V5_PAIN_DURATION)
LATEST_VERSION: Final = len(MIGRATIONS)
# A file of a version below this was written before coach marked its files: known by its tables.
MARKED_FROM_VERSION: Final = MIGRATIONS.index(V4_OWNED) + 1


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to `LATEST_VERSION` in one transaction; returns the version found.

    The caller has already refused a database newer than this code. The connection must be in
    autocommit mode (`isolation_level=None`) so the transaction here is the only one.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again inside the write lock: another process may have migrated meanwhile.
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for version in range(found + 1, LATEST_VERSION + 1):
            # executescript would commit the open transaction; run statement by statement.
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
        if found < LATEST_VERSION:
            conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found
