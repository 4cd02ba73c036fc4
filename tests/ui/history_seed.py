"""Deterministic histories for the progression and history screens.

`seed` plays sessions into a real history database the way the app would: before each one the
doses come from `todays_doses` (the progression rules on the history so far), and each exercise
is written at that dose, with the pain answers given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from coach.progression import plan_doses, todays_doses
from coach.routine.loader import load_routine
from coach.routine.model import Routine
from coach.store.history import HistoryStore
from coach.store.paths import database_path
from coach.store.records import ExerciseRecord, NewSession, SessionStatus

HISTORY_DATA = Path(__file__).resolve().parent.parent / "data" / "history"
RANGES = HISTORY_DATA / "back-ranges.en.yaml"  # ranges to grow through, 3/week

OSLO = timezone(timedelta(hours=1))
TODAY = date(2025, 3, 28)  # a Friday, ISO week 13: "today" in every test here


def at(day: date, hour: int = 18) -> datetime:
    """A session's start on `day`, in the patient's time zone."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)


@dataclass(frozen=True, slots=True)
class Played:
    """One session to play: when, the pain answers, how it ended."""

    started: datetime
    pain_before: int | None = 3
    pain_after: int | None = 3
    status: SessionStatus = SessionStatus.COMPLETED
    skipped: tuple[int, ...] = ()  # exercise indexes skipped


def ranges_routine() -> Routine:
    """The routine of `RANGES`, loaded."""
    return load_routine(RANGES)


def seed(data_dir: Path, routine: Routine, sessions: Sequence[Played]) -> Path:
    """Play `sessions` into the history of `data_dir`; returns the database's path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    with HistoryStore.open(path) as store:
        for played in sessions:
            doses = plan_doses(todays_doses(store, routine))
            sid = store.start_session(
                NewSession(
                    routine.title,
                    str(routine.path) if routine.path else None,
                    None,
                    routine.language,
                    len(routine.exercises),
                    played.started,
                    played.pain_before,
                )
            )
            ended = played.status is not SessionStatus.COMPLETED
            for index, exercise in enumerate(routine.exercises):
                if ended and index == len(routine.exercises) - 1:
                    break  # a session ended early or cut off misses its last exercise
                dose = doses[index]
                skipped = index in played.skipped
                reps = (
                    0 if skipped else (dose.reps or 0) * exercise.sets * len(exercise.sides or "x")
                )
                store.write_exercise(
                    sid,
                    ExerciseRecord(
                        index=index,
                        name=exercise.name,
                        sets_planned=exercise.sets,
                        sets_done=0 if skipped else exercise.sets,
                        reps_done=reps,
                        holds_done=reps if exercise.hold is not None else 0,
                        skipped=skipped,
                        completed_at=None
                        if skipped
                        else played.started + timedelta(minutes=index + 2),
                        dose=dose,
                        sides=exercise.sides,
                    ),
                )
            if played.pain_after is not None and not ended:
                store.set_pain_after(sid, played.pain_after)
            if played.status is not SessionStatus.INCOMPLETE:
                store.finish_session(sid, played.status, played.started + timedelta(minutes=15))
    return path


def good_weeks(first: date, weeks: int, *, pains: Sequence[tuple[int, int]] = ()) -> list[Played]:
    """Three sessions a week (Monday, Wednesday, Friday) from the week of `first`, with pain
    answers from `pains` (before, after) in turn, else 3 → 3."""
    monday = first - timedelta(days=first.weekday())
    out: list[Played] = []
    for week in range(weeks):
        for weekday in (0, 2, 4):
            day = monday + timedelta(weeks=week, days=weekday)
            before, after = pains[len(out) % len(pains)] if pains else (3, 3)
            out.append(Played(at(day), before, after))
    return out


def story(data_dir: Path) -> Path:
    """Six weeks of "Back with ranges" up to `TODAY`: three sessions most weeks, one week
    missed, one session ended early and one cut off, pain before easing from 5 to 2 with a flare
    in the fourth week; the doses grow as the rules say."""
    first = TODAY - timedelta(weeks=5, days=TODAY.weekday())  # Monday five weeks before
    pains = [(5, 5), (5, 4), (5, 5), (4, 4), (4, 4), (4, 3), (3, 3), (3, 3)]
    pains += [(3, 5), (4, 6), (3, 3), (3, 2), (2, 2), (2, 2), (2, 2), (2, 1)]
    sessions: list[Played] = []
    for week in range(6):
        if week == 2:
            continue  # a week off
        for weekday in (0, 2, 4):
            day = first + timedelta(weeks=week, days=weekday)
            if day > TODAY:
                break
            before, after = pains[min(len(sessions), len(pains) - 1)]
            sessions.append(Played(at(day), before, after))
    sessions[4] = Played(sessions[4].started, 4, None, SessionStatus.ENDED_EARLY)
    sessions[9] = Played(sessions[9].started, 3, None, SessionStatus.INCOMPLETE)
    return seed(data_dir, ranges_routine(), sessions)
