"""A database made by any earlier schema opens with the latest code, its records intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.migrations import LATEST_VERSION, MIGRATIONS
from coach.store.records import SessionStatus
from tests.store.builders import START

# The first schema exactly as released. Never edit it: it is what patients' files contain.
V1_DDL = """
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


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.execute(
        "INSERT INTO sessions (id, routine_title, routine_path, routine_sha256, language,"
        " exercises_planned, started_at, ended_at, status, pain_before, pain_after) VALUES"
        " (1, 'Back basics', '/r/back.yaml', 'cafe', 'nb', 4, '2025-03-03T18:00:00+01:00',"
        " '2025-03-03T18:12:00+01:00', 'completed', 4, 3),"
        " (2, 'Back basics', '/r/back.yaml', 'cafe', 'nb', 4, '2025-03-05T18:00:00+01:00',"
        " NULL, 'in_progress', 3, NULL)"
    )
    conn.execute(
        "INSERT INTO session_exercises (session_id, exercise_index, name, sides, sets_planned,"
        " sets_done, reps_done, holds_done, skipped, completed_at, pain_after_exercise,"
        " dose_reps, dose_hold_s, dose_duration_s) VALUES"
        " (1, 0, 'Broen', '', 1, 1, 12, 12, 0, '2025-03-03T18:04:00+01:00', 4, 12, 3.0, NULL),"
        " (2, 0, 'Broen', '', 1, 0, 5, 5, 0, NULL, NULL, 13, 3.0, NULL)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_the_first_schema_is_still_the_first_migration() -> None:
    assert MIGRATIONS[0] == V1_DDL


def test_a_version_1_database_opens_with_the_latest_code(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _make_v1(path)
    with HistoryStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION
        first, cut = store.sessions()[::-1]
        assert (first.status, first.pain_before, first.pain_after) == (
            SessionStatus.COMPLETED,
            4,
            3,
        )
        assert cut.status is SessionStatus.INCOMPLETE  # cut off under the old version
        [broen] = store.exercises(first.id)
        assert (broen.reps_done, broen.pain_after_exercise, broen.dose) == (
            12,
            4,
            Dose(reps=12, hold=3.0),
        )
        # The tables added since work on the migrated file.
        store.record_red_flag_check(START, all_clear=True)
        assert store.last_all_clear_day() == START.date()
        assert [p.dose.reps for p in store.dose_history("Back basics", "Broen")] == [12, 13]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_every_version_upgrades_to_the_same_schema_as_a_new_file(tmp_path: Path) -> None:
    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        conn.close()
        return rows

    fresh = tmp_path / "fresh.sqlite3"
    HistoryStore.open(fresh).close()
    for version in range(1, LATEST_VERSION + 1):
        old = tmp_path / f"v{version}.sqlite3"
        conn = sqlite3.connect(old)
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
        HistoryStore.open(old).close()
        assert schema(old) == schema(fresh)
