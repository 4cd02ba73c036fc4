"""Writing past sessions into a real history file, the way the recorder does, for the tests."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime, timedelta

from coach.routine.model import Routine
from coach.session.plan import Dose, resolve_dose
from coach.store.history import HistoryStore
from coach.store.records import ExerciseRecord, NewSession, SessionStatus


def record_session(
    store: HistoryStore,
    routine: Routine,
    when: datetime,
    doses: Mapping[int, Dose] | None = None,
    *,
    pain_before: int | None = None,
    pain_after: int | None = None,
    skipped: Collection[int] = (),
    status: SessionStatus = SessionStatus.COMPLETED,
) -> int:
    """One session of `routine` at `when`: every exercise done at its dose (low end unless
    `doses` says otherwise) except the `skipped` ones; returns the session id."""
    doses = doses or {}
    session_id = store.start_session(
        NewSession(
            routine_title=routine.title,
            routine_path=None,
            routine_sha256=None,
            language=routine.language,
            exercises_planned=len(routine.exercises),
            started_at=when,
            pain_before=pain_before,
        )
    )
    for index, exercise in enumerate(routine.exercises):
        dose = resolve_dose(exercise, doses.get(index))
        done = index not in skipped
        store.write_exercise(
            session_id,
            ExerciseRecord(
                index=index,
                name=exercise.name,
                sets_planned=exercise.sets,
                sets_done=exercise.sets if done else 0,
                reps_done=(dose.reps or 0) * exercise.sets if done else 0,
                holds_done=(dose.reps or 0) * exercise.sets if done and dose.hold else 0,
                skipped=not done,
                completed_at=when + timedelta(minutes=index + 1) if done else None,
                dose=dose,
                sides=exercise.sides,
            ),
        )
    if pain_after is not None:
        store.set_pain_after(session_id, pain_after)
    store.finish_session(session_id, status, when + timedelta(minutes=20))
    return session_id
