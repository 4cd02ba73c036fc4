"""What the history screen shows, read in one go from the history database (no Textual here).

The screen reads it in a worker thread: `read_overview` opens the database, reads every figure
the views need, and closes it again, so the screen never holds the file while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.progression.rules import same_dose, step_up
from coach.routine.loader import check_routine
from coach.session.plan import Dose, resolve_dose
from coach.store.history import HistoryStore
from coach.store.paths import data_dir_location, database_path, existing_database

if TYPE_CHECKING:
    from coach.routine.model import Exercise, Frequency, Routine
    from coach.store.records import PainPoint, SessionRecord, WeekCount

# Weeks in the sessions-per-week view (the plain-text list shows as many).
WEEKS_SHOWN: Final = 12
# Sessions read at a time for the sessions table: a screenful many times over, and quick to show
# however long the history is; scrolling down reads the next ones.
SESSIONS_PAGE: Final = 200


@dataclass(frozen=True, slots=True)
class DoseAt:
    """The dose of one exercise in one session."""

    started_at: datetime
    dose: Dose


@dataclass(frozen=True, slots=True)
class ExerciseDoses:
    """One exercise of a routine and its dose in each session that recorded it, oldest first.

    `exercise` is the exercise as the routine file defines it now (for its ranges), or None when
    the file can no longer be read.
    """

    name: str
    points: tuple[DoseAt, ...]
    exercise: Exercise | None = None

    @property
    def changed(self) -> bool:
        """True when the dose was not the same in every session."""
        return len({p.dose for p in self.points}) > 1

    @property
    def latest(self) -> Dose | None:
        return self.points[-1].dose if self.points else None

    @property
    def levels(self) -> tuple[Dose, ...]:
        """The doses to show up the y axis, lowest first: every rung of the exercise's ladder as
        the routine defines it now (so the top of the range shows how far there is to go), and
        every dose recorded off it (under ranges a physio has since changed)."""
        found = {_key(p.dose): p.dose for p in self.points}
        if self.exercise is not None:
            for dose in ladder(self.exercise):
                found.setdefault(_key(dose), dose)
        return tuple(found[k] for k in sorted(found))

    def level_of(self, dose: Dose) -> int:
        """The place of `dose` in `levels`."""
        return [_key(d) for d in self.levels].index(_key(dose))

    def point_levels(self) -> list[int]:
        """The place in `levels` of each point's dose, in one pass (years of sessions)."""
        place = {_key(d): i for i, d in enumerate(self.levels)}
        return [place[_key(p.dose)] for p in self.points]


_LADDER_LIMIT: Final = 500  # rungs; no routine within the format's limits comes near


def _key(dose: Dose) -> tuple[float, float, float]:
    """A dose's place on the way up: a timed exercise by its duration; a rep exercise by hold,
    then reps, which is the order of its ladder (reps grow first at the lowest hold, then the
    hold grows at the most reps). Rounded: doses come back from the database as floats."""
    return (
        round(dose.duration or 0.0, 3),
        round(dose.hold or 0.0, 3),
        float(dose.reps or 0),
    )


def ladder(exercise: Exercise) -> tuple[Dose, ...]:
    """Every dose progression can give `exercise`, from the low end up, one step apart."""

    doses = [resolve_dose(exercise)]
    while len(doses) < _LADDER_LIMIT:
        higher = step_up(exercise, doses[-1])
        if same_dose(higher, doses[-1]):
            break
        doses.append(higher)
    return tuple(doses)


@dataclass(frozen=True, slots=True)
class RoutineHistory:
    """One routine's part of the history: sessions per week, its intended frequency, doses."""

    title: str
    frequency: Frequency | None  # from the routine file; None when it says none or is gone
    weeks: tuple[WeekCount, ...]  # the last `WEEKS_SHOWN` weeks up to today's, oldest first
    exercises: tuple[ExerciseDoses, ...]

    @property
    def this_week(self) -> int:
        """Sessions so far in today's week."""
        return self.weeks[-1].sessions if self.weeks else 0


@dataclass(frozen=True, slots=True)
class HistoryOverview:
    """Everything the history screen shows (or, not `complete`, what its first view shows)."""

    path: Path
    today: date
    sessions: tuple[SessionRecord, ...]  # the newest `SESSIONS_PAGE`, newest first
    pain: tuple[PainPoint, ...]  # oldest first
    routines: tuple[RoutineHistory, ...]  # the most recently done first
    count: int = 0  # every session, not just those read
    first_started: datetime | None = None  # when the first session started
    titles: tuple[str, ...] = ()  # the routines' titles, the most recently done first
    complete: bool = True  # False: the sessions only; pain and routines not read yet

    @property
    def empty(self) -> bool:
        return not self.sessions


def _routine_file(path: str | None) -> Routine | None:
    """The routine in a recorded file, if it is still there and still a routine."""
    if not path:
        return None

    try:
        routine, _ = check_routine(Path(path))
    except OSError:
        return None
    return routine


def _routine_history(
    store: HistoryStore, title: str, path: str | None, today: date
) -> RoutineHistory:
    routine = _routine_file(path)
    if routine is not None and routine.title != title:
        routine = None  # the file now holds another routine
    exercises: dict[str, Exercise | None] = {}
    if routine is not None:
        for defined in routine.exercises:
            exercises.setdefault(defined.name, defined)
    for name in store.exercise_names(title):
        exercises.setdefault(name, None)  # done before, no longer in the file
    doses = [
        ExerciseDoses(
            name,
            tuple(DoseAt(started, dose) for started, dose in store.dose_series(title, name)),
            exercise,
        )
        for name, exercise in exercises.items()
    ]
    weeks = store.sessions_per_week(until=today, routine_title=title)[-WEEKS_SHOWN:]
    return RoutineHistory(
        title,
        routine.frequency if routine is not None else None,
        tuple(weeks),
        tuple(d for d in doses if d.points),
    )


def overview_of(store: HistoryStore, today: date, *, views: bool = True) -> HistoryOverview:
    """Everything the history screen shows, from an open store; without `views`, only what
    its first view (the sessions) shows."""
    count, first_started = store.session_count()
    titles = tuple(title for title, _ in store.routine_files())
    first = HistoryOverview(
        store.path,
        today,
        tuple(store.sessions(SESSIONS_PAGE)),
        (),
        (),
        count,
        first_started,
        titles,
        complete=False,
    )
    return with_views(store, first) if views else first


def with_views(store: HistoryStore, first: HistoryOverview) -> HistoryOverview:
    """`first` (the sessions view's part) with the rest: pain over time and each routine."""
    routines = tuple(
        _routine_history(store, title, path, first.today) for title, path in store.routine_files()
    )
    return replace(first, pain=tuple(store.pain_series()), routines=routines, complete=True)


def read_overview(
    data_dir: Path | None,
    today: date,
    *,
    first_view: Callable[[HistoryOverview], object] | None = None,
) -> HistoryOverview:
    """The history in `data_dir` (`--data-dir`, else `COACH_DATA_DIR`, else the user's data).

    `first_view` is handed what the sessions view shows as soon as it is read, before the rest
    (the plots' data takes longer on a long history; the sessions are what the patient sees
    first). A missing database is an empty history, and nothing is created to find that out.
    Raises `HistoryUnavailable` when the file is there but cannot be read.
    """

    path = existing_database(data_dir)
    if path is None:
        return HistoryOverview(database_path(data_dir_location(data_dir)), today, (), (), ())
    with HistoryStore.open(path, read_only=True) as store:
        first = overview_of(store, today, views=False)
        if first_view is not None and not first.empty:
            first_view(first)
        return with_views(store, first)


def read_sessions(data_dir: Path | None, before: int) -> tuple[SessionRecord, ...]:
    """The next `SESSIONS_PAGE` sessions older than the session `before` (an id), newest
    first; raises `HistoryUnavailable` as `read_overview` does."""

    path = existing_database(data_dir)
    if path is None:
        return ()
    with HistoryStore.open(path, read_only=True) as store:
        return tuple(store.sessions(SESSIONS_PAGE, before=before))
