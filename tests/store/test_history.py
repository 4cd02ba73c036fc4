"""Opening the history safely, and what its queries return."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.i18n import LANGUAGES
from coach.session.plan import Dose
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore, classify
from coach.store.migrations import APPLICATION_ID, LATEST_VERSION
from coach.store.paths import data_dir
from coach.store.records import ExerciseRecord, NewSession, SessionStatus
from tests.store.builders import OSLO_WINTER, START

as_root = os.geteuid() == 0


def _new(started: datetime, *, title: str = "Back basics") -> NewSession:
    return NewSession(title, "/r/back.yaml", "ab" * 32, "en", 2, started)


def _exercise(index: int, name: str, *, reps: int = 10, done: bool = True) -> ExerciseRecord:
    return ExerciseRecord(
        index=index,
        name=name,
        sets_planned=1,
        sets_done=1 if done else 0,
        reps_done=reps,
        holds_done=reps,
        skipped=not done,
        completed_at=START if done else None,
        dose=Dose(reps=reps, hold=5.0),
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- where and how the file is made -------------------------------------------------------------


def test_the_data_folder_comes_from_the_option_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "from-option") == tmp_path / "from-option"
    assert data_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("COACH_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir(None) == tmp_path / "xdg" / "coach"


def test_a_new_data_folder_and_database_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    folder = data_dir(tmp_path / "new" / "coach")
    assert _mode(folder) == 0o700
    path = folder / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.start_session(_new(START))  # a write, so the WAL files exist
        assert _mode(path) == 0o600
        for sidecar in ("history.sqlite3-wal", "history.sqlite3-shm"):
            assert _mode(folder / sidecar) == 0o600


def test_a_loosened_database_file_is_made_private_again(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path).close()
    path.chmod(0o644)
    HistoryStore.open(path).close()
    assert _mode(path) == 0o600


def test_the_database_uses_wal_and_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- files that cannot be used ------------------------------------------------------------------


def _refused(path: Path) -> HistoryUnavailable:
    with pytest.raises(HistoryUnavailable) as caught:
        HistoryStore.open(path, busy_timeout=0.05)
    return caught.value


def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, from_the_future TEXT)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    err = _refused(path)
    assert err.problem is Problem.NEWER and err.found_version == LATEST_VERSION + 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]
    message = err.message("en")
    assert "newer version of coach" in message and str(path) in message
    assert f"version {LATEST_VERSION + 1}" in message and f"up to {LATEST_VERSION}" in message
    assert "nyere versjon av coach" in err.message("nb")


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_text("my shopping list\n" * 100, "utf-8")
    err = _refused(path)
    assert err.problem is Problem.NOT_A_DATABASE
    assert path.read_text("utf-8") == "my shopping list\n" * 100
    assert "is not a coach history file" in err.message("en")
    assert "er ikke en historikkfil" in err.message("nb")


def test_a_damaged_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        for day in range(200):
            store.start_session(_new(START + timedelta(days=day), title="x" * 200))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 4 * page] = b"\xff" * page  # garbage over one page of the table
    path.write_bytes(bytes(data))
    err = _refused(path)
    assert err.problem is Problem.CORRUPT
    assert path.read_bytes() == bytes(data)
    assert "is damaged" in err.message("en") and "er skadet" in err.message("nb")


def test_a_locked_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        err = _refused(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert err.problem is Problem.LOCKED
    assert "in use by another program" in err.message("en")
    assert "brukes av et annet program" in err.message("nb")


def test_a_folder_in_place_of_the_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    err = _refused(path)
    assert err.problem is Problem.UNREADABLE
    assert "cannot be opened" in err.message("en")


@pytest.mark.skipif(as_root, reason="root reads and writes any file")
def test_a_file_without_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path).close()
    path.chmod(0)
    assert _refused(path).problem is Problem.UNREADABLE


@pytest.mark.skipif(as_root, reason="root reads and writes any file")
def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path).close()
    path.chmod(0o400)
    assert _refused(path).problem in (Problem.READ_ONLY, Problem.UNREADABLE)


def test_a_data_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", "utf-8")
    with pytest.raises(HistoryUnavailable) as caught:
        data_dir(tmp_path / "taken" / "coach")
    assert caught.value.problem is Problem.FOLDER
    assert "cannot be created" in caught.value.message("en")


@pytest.mark.parametrize("problem", list(Problem))
def test_every_problem_has_a_message_naming_the_file(problem: Problem, tmp_path: Path) -> None:
    err = HistoryUnavailable(problem, tmp_path / "h.sqlite3", "disk I/O error")
    for lang in LANGUAGES:
        text = err.message(lang)
        assert str(tmp_path / "h.sqlite3") in text and "disk I/O error" in text


# -- a session cut off --------------------------------------------------------------------------


def test_a_session_left_in_progress_is_incomplete_for_the_next_process(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        done = store.start_session(_new(START))
        store.finish_session(done, SessionStatus.COMPLETED, START + timedelta(minutes=10))
        cut = store.start_session(_new(START + timedelta(days=1)))
        store.write_exercise(cut, _exercise(0, "Bekkentilt"))
    with HistoryStore.open(path) as store:
        statuses = {s.id: s.status for s in store.sessions()}
        assert statuses == {done: SessionStatus.COMPLETED, cut: SessionStatus.INCOMPLETE}
        # A session still running in another process says so again at its next write.
        store.write_exercise(cut, _exercise(1, "Katte-ku"))
        assert store.sessions()[0].status is SessionStatus.IN_PROGRESS


# -- queries ------------------------------------------------------------------------------------


@pytest.fixture
def filled(tmp_path: Path) -> HistoryStore:
    """Five sessions over three ISO weeks, with pain answers and a skipped exercise."""
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    days = [0, 2, 4, 14, 16]  # weeks 10, 10, 10, 12, 12 of 2025 (week 11 empty)
    for n, day in enumerate(days):
        sid = store.start_session(_new(START + timedelta(days=day)))
        store.set_pain_before(sid, 5 - n)
        store.write_exercise(sid, _exercise(0, "Bekkentilt", reps=10 + n))
        store.write_exercise(sid, _exercise(1, "Broen", done=n != 1))
        if n < 4:
            store.set_pain_after(sid, 4 - n)
            store.finish_session(sid, SessionStatus.COMPLETED, START + timedelta(days=day))
    yield store
    store.close()


def test_sessions_are_listed_newest_first_with_their_counts(filled: HistoryStore) -> None:
    sessions = filled.sessions()
    assert [s.started_at.date().isoformat() for s in sessions] == [
        "2025-03-19",
        "2025-03-17",
        "2025-03-07",
        "2025-03-05",
        "2025-03-03",
    ]
    assert sessions[0].status is SessionStatus.IN_PROGRESS
    assert (sessions[3].exercises_completed, sessions[3].exercises_skipped) == (1, 1)
    assert len(filled.sessions(limit=2)) == 2


def test_sessions_per_week_counts_iso_weeks_including_empty_ones(filled: HistoryStore) -> None:
    weeks = filled.sessions_per_week()
    assert [(w.label, w.sessions, w.completed) for w in weeks] == [
        ("2025-W10", 3, 3),
        ("2025-W11", 0, 0),
        ("2025-W12", 2, 1),
    ]
    assert weeks[0].monday == date(2025, 3, 3)
    longer = filled.sessions_per_week(until=date(2025, 4, 1))
    assert [w.label for w in longer][-2:] == ["2025-W13", "2025-W14"]


def test_the_week_is_the_patients_local_week(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        # Sunday 23:30 in Oslo is Sunday 22:30 UTC: still the week that ends that Sunday.
        store.start_session(_new(datetime(2025, 3, 9, 23, 30, tzinfo=OSLO_WINTER)))
        assert [w.label for w in store.sessions_per_week()] == ["2025-W10"]


def test_pain_series_runs_oldest_first(filled: HistoryStore) -> None:
    series = filled.pain_series()
    assert [(p.pain_before, p.pain_after) for p in series] == [
        (5, 4),
        (4, 3),
        (3, 2),
        (2, 1),
        (1, None),
    ]


def test_dose_history_follows_one_exercise_of_one_routine(filled: HistoryStore) -> None:
    history = filled.dose_history("Back basics", "Bekkentilt")
    assert [p.dose.reps for p in history] == [10, 11, 12, 13, 14]
    assert [p.pain_before for p in history] == [5, 4, 3, 2, 1]
    broen = filled.dose_history("Back basics", "Broen")
    assert [p.skipped for p in broen] == [False, True, False, False, False]
    assert filled.dose_history("Another routine", "Bekkentilt") == []


def test_the_last_all_clear_day_ignores_checks_answered_yes(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        assert store.last_all_clear_day() is None
        store.record_red_flag_check(START, all_clear=True)
        store.record_red_flag_check(START + timedelta(days=1), all_clear=False)
        assert store.last_all_clear_day() == date(2025, 3, 3)


def test_export_rows_start_from_the_since_date(filled: HistoryStore) -> None:
    rows = filled.export_rows(since=date(2025, 3, 7))
    assert {r.session_started_at.date() for r in rows} == {
        date(2025, 3, 7),
        date(2025, 3, 17),
        date(2025, 3, 19),
    }
    assert len(rows) == 6  # two exercises each
    assert [r.exercise_number for r in rows[:2]] == [1, 2]
    assert len(filled.export_rows()) == 10


def test_a_session_without_exercises_still_has_an_export_row(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        store.start_session(_new(START))
        [row] = store.export_rows()
        assert row.exercise_name is None and row.exercise_number is None
        assert row.session_status is SessionStatus.IN_PROGRESS


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("SQLITE_NOTADB", Problem.NOT_A_DATABASE),
        ("SQLITE_CORRUPT_INDEX", Problem.CORRUPT),
        ("SQLITE_BUSY", Problem.LOCKED),
        ("SQLITE_LOCKED_SHAREDCACHE", Problem.LOCKED),
        ("SQLITE_READONLY_DBMOVED", Problem.READ_ONLY),
        ("SQLITE_CANTOPEN", Problem.UNREADABLE),
        ("SQLITE_PERM", Problem.UNREADABLE),
        ("SQLITE_FULL", Problem.DISK_FULL),
    ],
)
def test_sqlite_error_codes_map_to_problems(code: str, problem: Problem) -> None:
    # The permission cases cannot be produced when the tests run as root; the codes can.
    err = sqlite3.OperationalError("x")
    err.sqlite_errorname = code
    assert classify(err, Problem.WRITE_FAILED) is problem


def test_writing_after_the_store_is_closed_is_a_history_problem_not_a_crash(
    tmp_path: Path,
) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    store.close()
    with pytest.raises(HistoryUnavailable):
        store.start_session(_new(datetime(2026, 11, 2, 9, 0).astimezone()))
