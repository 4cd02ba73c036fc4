"""What the history stores and returns: plain frozen values, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coach.session.plan import Dose


class SessionStatus(StrEnum):
    """How a session ended; the values are what the database and the export say."""

    IN_PROGRESS = "in_progress"  # being recorded right now (by this or another process)
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"  # the patient chose to stop
    INCOMPLETE = "incomplete"  # cut off: the program died or was killed during the session


@dataclass(frozen=True, slots=True)
class NewSession:
    """The row written when a session starts."""

    routine_title: str
    routine_path: str | None
    routine_sha256: str | None
    language: str
    exercises_planned: int
    started_at: datetime
    pain_before: int | None = None


@dataclass(frozen=True, slots=True)
class ExerciseRecord:
    """One exercise of one session, as done (or skipped)."""

    index: int  # 0-based position in the routine
    name: str
    sets_planned: int
    sets_done: int
    reps_done: int  # summed over sets and sides
    holds_done: int  # summed over sets and sides
    skipped: bool  # the patient skipped it (and had not completed it before in the session)
    completed_at: datetime | None  # None: skipped, or in progress when the session ended
    dose: Dose  # the dose it was done at, every field that fits the exercise filled in
    sides: tuple[str, ...] = ()
    pain_after_exercise: int | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One session as the history holds it (a line of `coach history`), with counts of its
    exercises. Not the engine's `SessionSummary`, which is what the patient just did."""

    id: int
    routine_title: str
    routine_path: str | None
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    pain_before: int | None
    pain_after: int | None
    exercises_planned: int
    exercises_recorded: int
    exercises_completed: int
    exercises_skipped: int


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Sessions started in one ISO week (`week` 1-53 of ISO year `year`)."""

    year: int
    week: int
    sessions: int
    completed: int

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)


@dataclass(frozen=True, slots=True)
class PainPoint:
    """Pain before and after one session."""

    session_id: int
    started_at: datetime
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class DosePoint:
    """The dose of one exercise in one session, with how that session went."""

    session_id: int
    started_at: datetime
    status: SessionStatus
    dose: Dose
    skipped: bool
    completed: bool
    pain_before: int | None
    pain_after: int | None
    pain_after_exercise: int | None


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One row of `coach export`: one exercise of one session (columns: docs/history.md).

    A session with no exercise recorded yet (cut off during the first one) still gets one row,
    with the exercise columns empty, so the physio sees every attempt.
    """

    session_id: int
    session_started_at: datetime
    session_ended_at: datetime | None
    session_status: SessionStatus
    routine_title: str
    routine_file: str | None
    routine_sha256: str | None
    language: str
    exercises_planned: int
    pain_before: int | None
    pain_after: int | None
    exercise_number: int | None  # 1-based
    exercise_name: str | None
    sides: str | None  # "left+right", "left", or "" for an exercise without sides
    sets_planned: int | None
    sets_done: int | None
    reps_done: int | None
    holds_done: int | None
    skipped: bool | None
    completed_at: datetime | None
    pain_after_exercise: int | None
    dose_reps: int | None
    dose_hold_s: float | None
    dose_duration_s: float | None
