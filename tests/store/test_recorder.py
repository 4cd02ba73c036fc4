"""The recorder writes what the engine says happened, as it happens."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from coach.session.events import Event, EventKind
from coach.session.plan import Dose
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore
from coach.store.recorder import HistoryRecorder, NullRecorder, start_recording
from coach.store.records import SessionStatus
from tests.store.builders import START, Session, back_routine, write_routine_file


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def _completed(index: int) -> object:
    return lambda e: e.kind is EventKind.EXERCISE_COMPLETED and e.exercise_index == index


def test_a_completed_session_is_recorded_with_every_exercise_and_dose(
    store: HistoryStore, tmp_path: Path
) -> None:
    path = write_routine_file(tmp_path)
    doses = {0: Dose(reps=4, hold=3.0), 3: Dose(reps=3)}
    session = Session(store, back_routine(path), path, doses=doses)
    session.recorder.set_pain_before(4)
    session.start()
    end = session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
    session.recorder.set_pain_after(3)
    session.recorder.flush()

    [summary] = store.sessions()
    assert summary.status is SessionStatus.COMPLETED
    assert (summary.pain_before, summary.pain_after) == (4, 3)
    assert summary.started_at == START
    assert summary.ended_at == START + timedelta(seconds=round(end.t - 100.0))
    assert summary.routine_path == str(path.resolve())
    rows = store.exercises(summary.id)
    assert [r.name for r in rows] == ["Bekkentilt", "Katte-ku", "Diagonalløft", "Broen"]
    assert [(r.sets_done, r.reps_done, r.holds_done) for r in rows] == [
        (1, 4, 4),  # the chosen dose: 4 reps held 3 s
        (1, 0, 0),  # timed
        (1, 4, 4),  # 2 reps on each side
        (2, 6, 6),  # 3 reps in each of 2 sets
    ]
    assert [r.dose for r in rows] == [
        Dose(reps=4, hold=3.0),
        Dose(duration=6.0),  # no dose given: the low end
        Dose(reps=2, hold=1.0),
        Dose(reps=3, hold=3.0),
    ]
    assert [r.sides for r in rows] == [(), (), ("left", "right"), ()]
    assert [r.sets_planned for r in rows] == [1, 1, 1, 2]
    assert not any(r.skipped for r in rows)
    assert all(r.completed_at is not None for r in rows)
    # The engine's own figures and the history's agree.
    figures = session.engine.summary(session.clock.now())
    assert sum(r.reps_done for r in rows) == figures.reps_done
    assert sum(r.holds_done for r in rows) == figures.holds_done
    assert sum(r.sets_done for r in rows) == figures.sets_completed


def test_the_routine_file_is_identified_by_the_hash_of_its_bytes(
    store: HistoryStore, tmp_path: Path
) -> None:
    path = write_routine_file(tmp_path)
    session = Session(store, back_routine(path), path)
    session.start()
    [row] = store.export_rows()[:1]
    assert row.routine_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert row.language == "nb"


def test_each_exercise_is_written_the_moment_it_is_completed(store: HistoryStore) -> None:
    session = Session(store, back_routine())
    session.start()
    [summary] = store.sessions()
    assert summary.status is SessionStatus.IN_PROGRESS
    assert store.exercises(summary.id) == []
    session.run_until(_completed(0))
    assert [r.name for r in store.exercises(summary.id)] == ["Bekkentilt"]
    session.run_until(_completed(1))
    assert [r.name for r in store.exercises(summary.id)] == ["Bekkentilt", "Katte-ku"]


def test_a_skipped_exercise_is_written_as_skipped_with_what_was_done(store: HistoryStore) -> None:
    session = Session(store, back_routine())
    session.start()
    # Two reps of the first exercise, then skip it.
    session.run_until(lambda e: e.kind is EventKind.REP_COUNTED and e.rep == 2)
    session.command("skip")
    session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
    [summary] = store.sessions()
    first = store.exercises(summary.id)[0]
    assert first.skipped and first.completed_at is None
    assert (first.reps_done, first.holds_done, first.sets_done) == (2, 2, 0)
    assert summary.status is SessionStatus.COMPLETED
    assert (summary.exercises_completed, summary.exercises_skipped) == (3, 1)
    figures = session.engine.summary(session.clock.now())
    assert figures.exercises_skipped == ("Bekkentilt",)


def test_ending_early_keeps_the_exercise_in_progress_and_marks_the_session(
    store: HistoryStore,
) -> None:
    session = Session(store, back_routine())
    session.start()
    session.run_until(_completed(1))
    session.run_until(lambda e: e.kind is EventKind.HOLD_ENDED and e.side == "left")
    session.command("end")
    [summary] = store.sessions()
    assert summary.status is SessionStatus.ENDED_EARLY
    assert summary.ended_at is not None
    rows = store.exercises(summary.id)
    assert [r.name for r in rows] == ["Bekkentilt", "Katte-ku", "Diagonalløft"]
    in_progress = rows[2]
    assert (in_progress.reps_done, in_progress.holds_done) == (1, 1)
    assert not in_progress.skipped and in_progress.completed_at is None


def test_going_back_redoes_an_exercise_and_keeps_its_first_completion(
    store: HistoryStore,
) -> None:
    session = Session(store, back_routine())
    session.start()
    done = session.run_until(_completed(0))
    assert session.events[-1].kind is EventKind.EXERCISE_STARTED  # the next get-ready
    session.command("back")  # during the next get-ready: back to the first exercise
    session.run_until(_completed(0))
    [summary] = store.sessions()
    [first] = store.exercises(summary.id)
    assert first.reps_done == 6  # 3 reps, done twice: every rep done counts, as in the summary
    assert first.completed_at == START + timedelta(seconds=round(done.t - 100.0))


def test_an_exercise_completed_then_skipped_on_a_second_go_stays_completed(
    store: HistoryStore,
) -> None:
    # A synthetic sequence: the recorder relies on the event vocabulary, not on the engine.
    recorder = HistoryRecorder(store, back_routine(), clock=lambda: START)
    ex = "Bekkentilt"
    recorder.handle(
        [
            Event(EventKind.EXERCISE_STARTED, 0.0, ex, 0),  # before the start: not ours
            Event(EventKind.SESSION_STARTED, 10.0),
            Event(EventKind.EXERCISE_STARTED, 10.0, ex, 0),
            Event(EventKind.HOLD_ENDED, 14.0, ex, 0, set=1, rep=1),
            Event(EventKind.REP_COUNTED, 14.0, ex, 0, set=1, rep=1),
            Event(EventKind.SET_COMPLETED, 14.0, ex, 0, set=1),
            Event(EventKind.EXERCISE_COMPLETED, 14.0, ex, 0),
            Event(EventKind.EXERCISE_STARTED, 14.0, "Katte-ku", 1),
            Event(EventKind.WENT_BACK, 15.0, "Katte-ku", 1),
            Event(EventKind.EXERCISE_STARTED, 15.0, ex, 0),
            Event(EventKind.SKIPPED, 16.0, ex, 0),
            Event(EventKind.EXERCISE_STARTED, 16.0, "Katte-ku", 1),
            Event(EventKind.SESSION_ENDED_EARLY, 17.0, "Katte-ku", 1),
            Event(EventKind.REP_COUNTED, 18.0, ex, 0, set=1, rep=2),  # after the end: not ours
        ]
    )
    assert recorder.flush(timeout=10)
    [summary] = store.sessions()
    [first] = store.exercises(summary.id)  # Katte-ku was only looked at: not written
    assert not first.skipped
    assert first.completed_at == START + timedelta(seconds=4)
    assert (first.sets_done, first.reps_done, first.holds_done) == (1, 1, 1)
    assert summary.status is SessionStatus.ENDED_EARLY
    assert summary.ended_at == START + timedelta(seconds=7)


def test_pain_answers_are_stored_whenever_they_are_given(store: HistoryStore) -> None:
    session = Session(store, back_routine())
    session.recorder.set_pain_before(5)  # asked before the session starts
    session.start()
    session.run_until(_completed(0))
    session.recorder.set_exercise_pain(0, 6)  # asked after the exercise
    session.recorder.set_exercise_pain(1, 2)  # given before exercise 1 is written
    session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
    session.recorder.set_pain_after(7)
    session.recorder.flush()
    [summary] = store.sessions()
    assert (summary.pain_before, summary.pain_after) == (5, 7)
    assert [r.pain_after_exercise for r in store.exercises(summary.id)] == [6, 2, None, None]
    with pytest.raises(ValueError, match="0 to 10"):
        session.recorder.set_pain_after(11)


def test_a_failed_write_stops_saving_without_stopping_the_session(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    failures: list[HistoryUnavailable] = []
    with HistoryStore.open(path) as store:
        recorder = HistoryRecorder(store, back_routine(), on_failure=failures.append)
        session = Session(store, back_routine())
        session.recorder = recorder
        session.start()
        session.run_until(_completed(0))
        # The file can no longer be written (SQLite refuses every write from now on).
        store._conn.execute("PRAGMA query_only = ON")
        session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)  # does not raise
        assert not recorder.saving
        assert [f.problem for f in failures] == [Problem.READ_ONLY]  # said once
        assert recorder.failure is failures[0]
        recorder.set_pain_after(3)  # quietly not saved
        report = recorder.report()
        assert not report.all_saved and report.failure is failures[0] and not report.waiting
        assert report.saved == ("Bekkentilt",)
        assert report.not_saved == ("Katte-ku", "Diagonalløft", "Broen")
        store._conn.execute("PRAGMA query_only = OFF")
        assert store.sessions()[0].pain_after is None


def test_a_history_locked_for_a_while_is_written_once_it_is_free(tmp_path: Path) -> None:
    """Issue 12: another program held the file (BEGIN EXCLUSIVE) for 25 s mid-session; the
    rest of the session was lost and it ended up "incomplete" with no exercises."""
    path = tmp_path / "history.sqlite3"
    waiting: list[bool] = []
    with HistoryStore.open(path) as store:
        store.set_busy_timeout(0.01)
        recorder = HistoryRecorder(store, back_routine(), on_waiting=waiting.append)
        engine_session = Session(store, back_routine())
        engine_session.recorder = recorder
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program grabs the file, before the start
        try:
            events = engine_session.engine.start(engine_session.clock.now())
            recorder.handle(events)
            while not any(e.kind is EventKind.SESSION_COMPLETED for e in events):
                events = engine_session.engine.tick(engine_session.clock.advance(0.1))
                recorder.handle(events)  # returns at once: nothing is written yet
            recorder.set_pain_after(2)
            assert not recorder.flush(timeout=0.3)  # still held: the writes wait, in order
            report = recorder.report()
            assert report.waiting and report.saved == () and report.failure is None
            assert len(report.not_saved) == 4
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert recorder.flush(timeout=10)
        assert recorder.saving and recorder.report().all_saved
        assert waiting == [True, False]
        [summary] = store.sessions()
        assert summary.status is SessionStatus.COMPLETED and summary.pain_after == 2
        assert len(store.exercises(summary.id)) == 4


def test_a_history_locked_when_the_session_starts_is_opened_once_it_is_free(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    HistoryStore.open_default(folder).close()
    other = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        recorder = start_recording(back_routine(), data_dir=folder, busy_timeout=0.01)
        assert recorder.saving and recorder.failure is None  # not given up on
        recorder.handle([Event(EventKind.SESSION_STARTED, 0.0)])
        recorder.handle([Event(EventKind.SESSION_COMPLETED, 1.0)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    recorder.close()  # waits for the queued writes
    with HistoryStore.open_default(folder) as store:
        assert [s.status for s in store.sessions()] == [SessionStatus.COMPLETED]


def test_the_null_recorder_stores_nothing(tmp_path: Path) -> None:
    recorder = NullRecorder()
    recorder.handle([Event(EventKind.SESSION_STARTED, 0.0)])
    recorder.set_pain_before(3)
    recorder.set_exercise_pain(0, 3)
    assert not recorder.saving and recorder.failure is None
    with pytest.raises(ValueError):
        recorder.set_pain_before(-1)
    assert list(tmp_path.iterdir()) == []


def test_start_recording_turned_off_touches_no_file(tmp_path: Path) -> None:
    recorder = start_recording(back_routine(), enabled=False, data_dir=tmp_path / "data")
    assert isinstance(recorder, NullRecorder) and recorder.failure is None
    assert not (tmp_path / "data").exists()


def test_start_recording_falls_back_to_not_saving_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be", "utf-8")
    recorder = start_recording(back_routine(), data_dir=tmp_path / "data")
    assert not recorder.saving
    assert recorder.failure is not None and recorder.failure.problem is Problem.FOLDER


def test_start_recording_saves_to_the_data_folder(tmp_path: Path) -> None:
    recorder = start_recording(back_routine(), data_dir=tmp_path / "data")
    assert recorder.saving
    recorder.handle([Event(EventKind.SESSION_STARTED, 0.0)])
    recorder.close()
    with HistoryStore.open(tmp_path / "data" / "history.sqlite3") as store:
        # Closed mid-session and opened again by a later process: the session was cut off.
        assert [s.status for s in store.sessions()] == [SessionStatus.INCOMPLETE]


def test_an_exercise_skipped_then_gone_back_to_and_begun_is_not_skipped(
    store: HistoryStore,
) -> None:
    session = Session(store, back_routine())
    session.start()
    session.run_until(lambda e: e.kind is EventKind.REP_COUNTED and e.rep == 1)
    session.command("skip")
    session.command("back")  # to the start of the exercise skipped
    session.run_until(lambda e: e.kind is EventKind.REP_COUNTED and e.exercise_index == 0)
    session.command("end")
    [summary] = store.sessions()
    first = store.exercises(summary.id)[0]
    figures = session.engine.summary(session.clock.now())
    assert figures.exercises_skipped == ()
    assert not first.skipped
