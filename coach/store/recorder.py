"""Recording a session into the history as it goes, from the engine's events.

The recorder writes the session row at SESSION_STARTED, an exercise at EXERCISE_COMPLETED or
SKIPPED (and, with what was done so far, when the patient goes back from it or ends the session
during it), and the outcome at SESSION_COMPLETED / SESSION_ENDED_EARLY. Each write is its own
transaction: a program killed at any moment loses at most the exercise in progress.

The writes run on a `HistoryWriter` thread, never on the caller's (the app's timer): a history
another program holds for a while delays them, in order, instead of stalling the timer or
losing the rest of the session. `report()` says what is saved, what waits and what was not.

The counts follow the engine's own summary: every REP_COUNTED, HOLD_ENDED and SET_COMPLETED
counts (an exercise redone after going back counts twice), and an exercise completed once stays
completed when it is skipped on a second go.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final, Protocol

from coach.routine.model import Routine
from coach.safety.pain import check_pain
from coach.session.events import Event, EventKind
from coach.session.plan import Dose, resolve_dose
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import DEFAULT_BUSY_TIMEOUT_S, HistoryStore
from coach.store.records import ExerciseRecord, NewSession, SessionStatus
from coach.store.writer import WRITER_BUSY_TIMEOUT_S, HistoryWriter, Write

# When the session is over and the recorder closes, how long it waits for writes still queued
# (the file held by another program) before leaving them to the writer's thread.
CLOSE_WAIT_S: Final = 3.0


@dataclass(frozen=True, slots=True)
class SaveReport:
    """What of a session is in the history: for the summary screen.

    `saved` and `not_saved` name exercises (routine order); `waiting` is True while writes
    wait for another program to let go of the file; `failure` says why saving stopped, if it
    did. `all_saved` is True when every write went through.
    """

    saved: tuple[str, ...] = ()
    not_saved: tuple[str, ...] = ()
    waiting: bool = False
    failure: HistoryUnavailable | None = None
    all_saved: bool = False


def _local_now() -> datetime:
    return datetime.now().astimezone()


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class SessionRecorder(Protocol):
    """What the app talks to during a session, whether or not the session is saved."""

    @property
    def saving(self) -> bool:
        """True while the session is being written to the history."""
        ...

    @property
    def failure(self) -> HistoryUnavailable | None:
        """Why the session is not (or no longer) being saved; None when saving or turned off."""
        ...

    def handle(self, events: Iterable[Event]) -> None:
        """Take the events the engine returned; never raises for a database problem."""
        ...

    def set_pain_before(self, pain: int) -> None:
        """The pain (0-10) reported before the session."""
        ...

    def set_pain_after(self, pain: int) -> None:
        """The pain (0-10) reported after the session."""
        ...

    def set_exercise_pain(self, exercise_index: int, pain: int) -> None:
        """The pain (0-10) reported after exercise `exercise_index` (0-based)."""
        ...

    def report(self) -> SaveReport | None:
        """What of the session is saved; None when saving was turned off (nothing to say)."""
        ...

    def close(self) -> None:
        """Let go of the history file."""
        ...


class NullRecorder:
    """Stores nothing: kiosk mode, `--no-history`, or a history that could not be opened."""

    def __init__(self, failure: HistoryUnavailable | None = None) -> None:
        self._failure = failure

    @property
    def saving(self) -> bool:
        return False

    @property
    def failure(self) -> HistoryUnavailable | None:
        return self._failure

    def handle(self, events: Iterable[Event]) -> None:
        pass

    def set_pain_before(self, pain: int) -> None:
        check_pain(pain)

    def set_pain_after(self, pain: int) -> None:
        check_pain(pain)

    def set_exercise_pain(self, exercise_index: int, pain: int) -> None:
        check_pain(pain)

    def report(self) -> SaveReport | None:
        return None if self._failure is None else SaveReport(failure=self._failure)

    def close(self) -> None:
        pass


@dataclass
class _Progress:
    """What has been done of one exercise so far in this session."""

    sets: int = 0
    reps: int = 0
    holds: int = 0
    completed_at: datetime | None = None
    skipped: bool = False
    pain: int | None = None
    written: bool = False
    dirty: bool = False  # changed since it was last written


class HistoryRecorder:
    """Writes one session of `routine` to `store` from the engine's events.

    `doses` is the mapping given to `build_plan` (exercise index -> dose), so the history says
    the dose each exercise was really done at.
    """

    def __init__(
        self,
        store: HistoryStore | Callable[[], HistoryStore],
        routine: Routine,
        path: Path | None = None,
        *,
        doses: Mapping[int, Dose] | None = None,
        clock: Callable[[], datetime] = _local_now,
        on_failure: Callable[[HistoryUnavailable], None] | None = None,
        on_waiting: Callable[[bool], None] | None = None,
        owns_store: bool = False,
    ) -> None:
        """`store` is an open store, or how to open one (tried on the writer's thread, again
        while the file is locked). `on_failure` and `on_waiting` (see `HistoryWriter`) are
        called on the writer's thread."""
        self._store = store if isinstance(store, HistoryStore) else None
        opener = store if not isinstance(store, HistoryStore) else (lambda: store)
        self._routine = routine
        path = path if path is not None else routine.path
        self._path = None if path is None else str(path.resolve())
        # Hash now, before the session: this is the file the patient is about to follow.
        self._sha256 = None if path is None else file_sha256(path)
        doses = doses or {}
        self._doses = {
            i: resolve_dose(exercise, doses.get(i)) for i, exercise in enumerate(routine.exercises)
        }
        self._clock = clock
        self._owns_store = owns_store or self._store is None
        self._writer = HistoryWriter(
            opener,
            owns_store=self._owns_store,
            on_failure=on_failure,
            on_waiting=on_waiting,
        )
        self._session_id: int | None = None  # set on the writer's thread
        self._started = False
        self._finished = False
        self._start_wall: datetime | None = None
        self._start_t = 0.0
        self._current: int | None = None
        self._progress: dict[int, _Progress] = {}
        self._pain_before: int | None = None
        self._pain_after: int | None = None

    # -- what the app reads ------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        """True until a write fails."""
        return self._writer.failure is None

    @property
    def failure(self) -> HistoryUnavailable | None:
        """The write that failed, once one has; nothing is saved after it."""
        return self._writer.failure

    @property
    def session_id(self) -> int | None:
        """The id of the session row, once SESSION_STARTED has been handled."""
        return self._session_id

    # -- commands ----------------------------------------------------------------------------

    def handle(self, events: Iterable[Event]) -> None:
        """Record what `events` say; returns at once (the writes are queued), never raises for
        a database problem."""
        # After a failure too: what is not saved is still followed, for `report()`.
        for event in events:
            self._handle(event)

    def set_pain_before(self, pain: int) -> None:
        """Pain before the session, 0-10; may come before SESSION_STARTED."""
        self._pain_before = check_pain(pain)
        if self._started:
            self._submit(lambda store, sid: store.set_pain_before(sid, pain))

    def set_pain_after(self, pain: int) -> None:
        """Pain after the session, 0-10."""
        self._pain_after = check_pain(pain)
        if self._started:
            self._submit(lambda store, sid: store.set_pain_after(sid, pain))

    def set_exercise_pain(self, exercise_index: int, pain: int) -> None:
        """Pain after exercise `exercise_index` (0-based), 0-10."""
        progress = self._at(exercise_index)
        progress.pain = check_pain(pain)
        if progress.written and not progress.dirty and self._started:
            self._submit(
                lambda store, sid: store.set_exercise_pain(sid, exercise_index, pain),
                exercise_index,
            )
        else:
            progress.dirty = True  # goes out with the exercise's row

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write so far is written or given up; True if so."""
        return self._writer.flush(timeout)

    def report(self) -> SaveReport:
        """What of the session is saved, waits to be, or was not (see `SaveReport`)."""
        written, pending, unsaved = self._writer.counts()
        names = [exercise.name for exercise in self._routine.exercises]
        missing = {w.exercise for w in pending + unsaved}
        saved = {w.exercise for w in written} - missing
        return SaveReport(
            saved=tuple(names[i] for i in sorted(i for i in saved if i is not None)),
            not_saved=tuple(names[i] for i in sorted(i for i in missing if i is not None)),
            waiting=bool(pending) and self._writer.failure is None,
            failure=self._writer.failure,
            all_saved=not pending and not unsaved,
        )

    def close(self, wait: float | None = None) -> None:
        """Write what is queued (waiting at most `wait` seconds, by default `CLOSE_WAIT_S`),
        then let go of the store if this recorder opened it (`start_recording`); a store
        handed in stays open."""
        self._writer.close(CLOSE_WAIT_S if wait is None else wait)

    # -- events ------------------------------------------------------------------------------

    def _handle(self, event: Event) -> None:
        kind = event.kind
        if kind is EventKind.SESSION_STARTED:
            self._start(event)
            return
        if not self._started or self._finished:
            return  # not ours to record: before the start or after the end
        index = event.exercise_index if event.exercise_index is not None else self._current
        if kind is EventKind.EXERCISE_STARTED:
            if self._current is not None and self._current != index:
                self._leave(self._current)
            self._current = index
        elif kind is EventKind.SESSION_COMPLETED:
            self._end(SessionStatus.COMPLETED, event)
        elif kind is EventKind.SESSION_ENDED_EARLY:
            self._end(SessionStatus.ENDED_EARLY, event)
        elif index is not None:
            self._count(kind, index, event.t)

    def _count(self, kind: EventKind, index: int, t: float) -> None:
        progress = self._at(index)
        if kind is EventKind.REP_COUNTED:
            progress.reps += 1
        elif kind is EventKind.HOLD_ENDED:
            progress.holds += 1
        elif kind is EventKind.SET_COMPLETED:
            progress.sets += 1
        elif kind is EventKind.EXERCISE_COMPLETED:
            if progress.completed_at is None:
                progress.completed_at = self._wall(t)
            progress.skipped = False
            progress.dirty = True
            self._write(index)
            return
        elif kind is EventKind.PREPARE_ENDED:
            # Skipped, then gone back to and begun again: no longer skipped (as the engine says).
            if not progress.skipped:
                return
            progress.skipped = False
        elif kind is EventKind.SKIPPED:
            # Done once and skipped on a second go still counts as done (as the engine says).
            progress.skipped = progress.completed_at is None
            progress.dirty = True
            self._write(index)
            return
        else:
            return
        progress.dirty = True

    def _start(self, event: Event) -> None:
        if self._started:
            return
        self._started = True
        self._start_wall = self._clock()
        self._start_t = event.t
        new = NewSession(
            routine_title=self._routine.title,
            routine_path=self._path,
            routine_sha256=self._sha256,
            language=self._routine.language,
            exercises_planned=len(self._routine.exercises),
            started_at=self._start_wall,
            pain_before=self._pain_before,
        )

        def start(store: HistoryStore) -> None:
            self._session_id = store.start_session(new)

        self._writer.submit(Write(start))
        if self._pain_after is not None:
            pain = self._pain_after
            self._submit(lambda store, sid: store.set_pain_after(sid, pain))

    def _end(self, status: SessionStatus, event: Event) -> None:
        if self._current is not None:
            self._leave(self._current)
        ended = self._wall(event.t)
        self._submit(lambda store, sid: store.finish_session(sid, status, ended))
        self._finished = True

    def _leave(self, index: int) -> None:
        """The patient moved away from exercise `index`: write what changed since its last write.

        An exercise the patient only looked at (its get-ready, no rep) and left by going back is
        not written; the history would otherwise list it as in progress.
        """
        progress = self._at(index)
        if progress.dirty:
            self._write(index)

    def _at(self, index: int) -> _Progress:
        return self._progress.setdefault(index, _Progress())

    def _wall(self, t: float) -> datetime:
        # Wall time from the session clock: a late handle() still records when things happened.
        assert self._start_wall is not None
        return self._start_wall + timedelta(seconds=max(0.0, t - self._start_t))

    def _write(self, index: int) -> None:
        if not self._started:
            return
        exercise = self._routine.exercises[index]
        progress = self._at(index)
        record = ExerciseRecord(
            index=index,
            name=exercise.name,
            sides=exercise.sides,
            sets_planned=exercise.sets,
            sets_done=progress.sets,
            reps_done=progress.reps,
            holds_done=progress.holds,
            skipped=progress.skipped,
            completed_at=progress.completed_at,
            pain_after_exercise=progress.pain,
            dose=self._doses[index],
        )
        self._submit(lambda store, sid: store.write_exercise(sid, record), index)
        # Queued is as good as written here: the writer keeps the order, and keeps a write it
        # could not do among the not saved.
        progress.written = True
        progress.dirty = False

    def _submit(
        self, write: Callable[[HistoryStore, int], object], exercise: int | None = None
    ) -> None:
        """Queue one store call about this session (its id is known by the time it runs)."""

        def run(store: HistoryStore) -> object:
            assert self._session_id is not None  # the start went first, or saving stopped
            return write(store, self._session_id)

        self._writer.submit(Write(run, exercise))


def start_recording(
    routine: Routine,
    path: Path | None = None,
    *,
    enabled: bool = True,
    data_dir: Path | None = None,
    doses: Mapping[int, Dose] | None = None,
    on_failure: Callable[[HistoryUnavailable], None] | None = None,
    on_waiting: Callable[[bool], None] | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S,
) -> SessionRecorder:
    """The recorder for one session: a `HistoryRecorder` on the user's history, or a
    `NullRecorder` when history is turned off (kiosk, `--no-history`) or cannot be opened
    (its `failure` then says why, for the "this session will not be saved" notice)."""
    if not enabled:
        return NullRecorder()

    def reopen() -> HistoryStore:
        return HistoryStore.open_default(data_dir, busy_timeout=WRITER_BUSY_TIMEOUT_S)

    store: HistoryStore | Callable[[], HistoryStore]
    try:
        store = HistoryStore.open_default(data_dir, busy_timeout=busy_timeout)
    except HistoryUnavailable as err:
        if err.problem is not Problem.LOCKED:
            return NullRecorder(failure=err)
        store = reopen  # another program holds the file: opened once it lets go
    else:
        # The writer's tries wait for the lock only briefly: it backs off between them.
        store.set_busy_timeout(WRITER_BUSY_TIMEOUT_S)
    return HistoryRecorder(
        store,
        routine,
        path,
        doses=doses,
        on_failure=on_failure,
        on_waiting=on_waiting,
        owns_store=True,
    )
