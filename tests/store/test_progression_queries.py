"""What the progression screen and the history screen read and write: the day the
physiotherapist advice was last shown (schema version 3), sessions per week of one routine, and
which routines and exercises the history holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.migrations import LATEST_VERSION, MIGRATIONS
from coach.store.records import ExerciseRecord, NewSession, SessionStatus
from tests.store.builders import OSLO_WINTER, START

# The second schema exactly as released (V1 is pinned in test_migrations.py). Never edit it.
V2_DDL = """
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


def _new(started: datetime, title: str = "Back basics") -> NewSession:
    return NewSession(title, f"/r/{title}.yaml", None, "en", 2, started)


def _exercise(index: int, name: str) -> ExerciseRecord:
    return ExerciseRecord(
        index=index,
        name=name,
        sets_planned=1,
        sets_done=1,
        reps_done=10,
        holds_done=10,
        skipped=False,
        completed_at=START,
        dose=Dose(reps=10, hold=3.0),
    )


def test_the_second_schema_is_still_the_second_migration() -> None:
    assert MIGRATIONS[1] == V2_DDL


def test_a_version_2_database_gains_the_advice_table_and_keeps_its_records(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO sessions (routine_title, language, exercises_planned, started_at, status,"
        " pain_before) VALUES ('Back basics', 'nb', 2, '2025-03-03T18:00:00+01:00',"
        " 'completed', 4)"
    )
    conn.execute(
        "INSERT INTO red_flag_checks (checked_at, all_clear) VALUES"
        " ('2025-03-03T17:59:00+01:00', 1)"
    )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()

    with HistoryStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION
        assert [s.pain_before for s in store.sessions()] == [4]
        assert store.last_all_clear_day() == date(2025, 3, 3)
        assert store.last_advice_day() is None
        store.record_advice_shown(START + timedelta(days=20), "rising")
    with HistoryStore.open(path) as store:
        assert store.last_advice_day() == date(2025, 3, 23)


def test_the_last_advice_day_is_the_latest_showing_in_local_time(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore.open(path) as store:
        store.record_advice_shown(START, "no_improvement")
        # 23:30 in Oslo on the 4th is still the 4th for the patient (22:30 UTC).
        store.record_advice_shown(datetime(2025, 3, 4, 23, 30, tzinfo=OSLO_WINTER), "rising")
        assert store.last_advice_day() == date(2025, 3, 4)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT shown_at, reason FROM physio_advice_shown ORDER BY id").fetchall()
    conn.close()
    assert rows == [
        ("2025-03-03T18:00:00+01:00", "no_improvement"),
        ("2025-03-04T23:30:00+01:00", "rising"),
    ]


@pytest.fixture
def two_routines(tmp_path: Path) -> Iterator[HistoryStore]:
    """Back basics on Monday and Wednesday of week 10 and Monday of week 12; Hips on Tuesday of
    week 10 (the most recent session of all is Back basics)."""
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    for day, title in ((0, "Back basics"), (1, "Hips"), (2, "Back basics"), (14, "Back basics")):
        sid = store.start_session(_new(START + timedelta(days=day), title))
        names = ("Bridge", "Cat-cow") if title == "Back basics" else ("Clam",)
        for index, name in enumerate(names):
            store.write_exercise(sid, _exercise(index, name))
        if day != 2:
            store.finish_session(sid, SessionStatus.COMPLETED, START + timedelta(days=day))
    yield store
    store.close()


def test_sessions_per_week_of_one_routine(two_routines: HistoryStore) -> None:
    weeks = two_routines.sessions_per_week(routine_title="Back basics")
    assert [(w.label, w.sessions, w.completed) for w in weeks] == [
        ("2025-W10", 2, 1),
        ("2025-W11", 0, 0),
        ("2025-W12", 1, 1),
    ]
    hips = two_routines.sessions_per_week(until=date(2025, 3, 12), routine_title="Hips")
    assert [(w.label, w.sessions) for w in hips] == [("2025-W10", 1), ("2025-W11", 0)]
    assert [w.sessions for w in two_routines.sessions_per_week()] == [3, 0, 1]
    assert two_routines.sessions_per_week(routine_title="Never done") == []


def test_routines_are_listed_most_recent_first(two_routines: HistoryStore) -> None:
    assert two_routines.routine_titles() == ["Back basics", "Hips"]


def test_exercise_names_follow_the_routine_order(two_routines: HistoryStore) -> None:
    assert two_routines.exercise_names("Back basics") == ["Bridge", "Cat-cow"]
    assert two_routines.exercise_names("Hips") == ["Clam"]
    assert two_routines.exercise_names("Never done") == []


def test_routine_files_name_the_file_of_each_routines_latest_session(
    two_routines: HistoryStore,
) -> None:
    assert two_routines.routine_files() == [
        ("Back basics", "/r/Back basics.yaml"),
        ("Hips", "/r/Hips.yaml"),
    ]


def test_the_count_of_sessions_and_when_the_first_began(
    two_routines: HistoryStore, tmp_path: Path
) -> None:
    assert two_routines.session_count() == (4, START)
    with HistoryStore.open(tmp_path / "empty.sqlite3") as empty:
        assert empty.session_count() == (0, None)


def test_sessions_page_by_page_newest_first(two_routines: HistoryStore) -> None:
    newest = two_routines.sessions(2)
    older = two_routines.sessions(2, before=newest[-1].id)
    assert [s.started_at.day for s in newest + older] == [17, 5, 4, 3]
    assert two_routines.sessions(2, before=older[-1].id) == []


def test_a_dose_series_has_one_dose_per_session_the_first_of_two_named_alike(
    tmp_path: Path,
) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        for day in range(2):
            sid = store.start_session(_new(START + timedelta(days=day)))
            for index, reps in enumerate((10 + day, 20)):  # two "Bridge"s: 10 (11), then 20
                record = _exercise(index, "Bridge")
                store.write_exercise(sid, replace(record, dose=Dose(reps=reps, hold=3.0)))
        series = store.dose_series("Back basics", "Bridge")
        assert [(started.day, dose.reps) for started, dose in series] == [(3, 10), (4, 11)]
        assert store.dose_series("Back basics", "Clam") == []
