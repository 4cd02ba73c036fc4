"""Today's doses and the physiotherapist advice, read from the history.

This is the one place where progression meets the store. It reads through the small
`ProgressionHistory` protocol, which `coach.store.HistoryStore` satisfies (mypy checks it where
the app passes a store in), and imports the store's record types for type checking only: at
run time the package stays free of sqlite, so it is as importable as the pure rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from coach.progression.guidance import PainBefore, PhysioAdvice, pain_rising, physio_advice
from coach.progression.rules import DoseDecision, Outcome, decide
from coach.routine.model import Routine
from coach.session.plan import Dose

if TYPE_CHECKING:
    from coach.store.history import HistoryStore
    from coach.store.records import DosePoint, PainPoint


class ProgressionHistory(Protocol):
    """What progression reads from the history (`coach.store.HistoryStore` has it)."""

    def dose_history(self, routine_title: str, exercise_name: str) -> Sequence[DosePoint]:
        """The dose of one exercise of a routine in each session that recorded it, oldest
        first."""
        ...

    def pain_series(self) -> Sequence[PainPoint]:
        """Pain before and after each session that has either, oldest first."""
        ...


def _outcome(point: DosePoint) -> Outcome:
    return Outcome(
        dose=point.dose,
        completed=point.completed and not point.skipped,
        pain_before=point.pain_before,
        pain_after=point.pain_after,
        pain_after_exercise=point.pain_after_exercise,
    )


def _own_points(points: Sequence[DosePoint], occurrence: int) -> list[DosePoint]:
    """The points of the `occurrence`-th exercise of that name in each session (a routine may
    name two exercises alike; the history keeps them in routine order)."""
    seen: dict[int, int] = {}
    out: list[DosePoint] = []
    for point in points:
        index = seen.get(point.session_id, 0)
        seen[point.session_id] = index + 1
        if index == occurrence:
            out.append(point)
    return out


def todays_doses(history: ProgressionHistory, routine: Routine) -> dict[int, DoseDecision]:
    """Today's dose of every exercise of `routine` (by index), each with why.

    Reads the history of each exercise by routine title and exercise name, and the pain before
    every session: while it has been rising, no exercise steps up. Raises what the history
    raises (`coach.store.HistoryUnavailable`); the caller then runs the routine at its low ends,
    as without a history.
    """
    rising = pain_rising(_pain_before(history))
    decisions: dict[int, DoseDecision] = {}
    names: dict[str, int] = {}
    for index, exercise in enumerate(routine.exercises):
        occurrence = names.get(exercise.name, 0)
        names[exercise.name] = occurrence + 1
        points = _own_points(history.dose_history(routine.title, exercise.name), occurrence)
        outcomes = [_outcome(p) for p in points]
        decisions[index] = decide(exercise, outcomes, pain_rising=rising)
    return decisions


def plan_doses(decisions: Mapping[int, DoseDecision]) -> dict[int, Dose]:
    """The doses to give `build_plan` (and the history recorder) from today's decisions."""
    return {index: decision.dose for index, decision in decisions.items()}


def advice_today(
    history: ProgressionHistory, today: date, last_shown: date | None
) -> PhysioAdvice | None:
    """The physiotherapist advice to show today, if any (`last_shown`: the day it was last
    shown, so it is shown at most once a day)."""
    return physio_advice(_pain_before(history), today, last_shown)


def _pain_before(history: ProgressionHistory) -> list[PainBefore]:
    """The pain before every session that has it, oldest first (every routine: the same back)."""
    return [
        PainBefore(point.started_at.date(), point.pain_before)
        for point in history.pain_series()
        if point.pain_before is not None
    ]


if TYPE_CHECKING:

    def _the_store_is_a_progression_history(store: HistoryStore) -> ProgressionHistory:
        """Never called: mypy proves here that the real store has what progression reads."""
        return store
