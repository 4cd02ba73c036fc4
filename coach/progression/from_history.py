"""Today's doses and the physiotherapist advice, read from the history.

This is the one place where progression meets the store. It reads through the small
`ProgressionHistory` protocol, which `coach.store.HistoryStore` satisfies (mypy checks it where
the app passes a store in), and imports the store's record types for type checking only: at
run time the package stays free of sqlite, so it is as importable as the pure rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final, Protocol

from coach.progression.guidance import (
    PainBefore,
    PainDuration,
    PainOnset,
    PhysioAdvice,
    pain_rising,
    physio_advice,
)
from coach.progression.rules import SEVERE_PAIN, DoseDecision, Outcome, decide
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

    def pain_duration(self) -> tuple[datetime, str] | None:
        """When the patient said how long the back had hurt at the start, and the answer."""
        ...


def _outcome(point: DosePoint) -> Outcome:
    return Outcome(
        dose=point.dose,
        completed=point.completed and not point.skipped,
        pain_before=point.pain_before,
        pain_after=point.pain_after,
        pain_after_exercise=point.pain_after_exercise,
        started_at=point.started_at,
    )


class _NextPainBefore:
    """The pain before the session after a given one (any routine: the same back)."""

    def __init__(self, series: Sequence[PainPoint]) -> None:
        answered = sorted(
            (p.session_id, p.started_at, p.pain_before) for p in series if p.pain_before is not None
        )
        self._ids = [session_id for session_id, _, _ in answered]
        self._answers = [(when, pain) for _, when, pain in answered if pain is not None]

    def after(self, session_id: int) -> tuple[datetime, int] | None:
        """When the first session after `session_id` with a pain-before answer began, and it."""
        index = bisect_right(self._ids, session_id)
        return self._answers[index] if index < len(self._answers) else None


def _with_next(outcome: Outcome, point: DosePoint, nexts: _NextPainBefore) -> Outcome:
    found = nexts.after(point.session_id)
    if found is None:
        return outcome
    when, pain = found
    return replace(outcome, next_pain_before=pain, next_at=when)


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


def todays_doses(
    history: ProgressionHistory,
    routine: Routine,
    *,
    pain_now: int | None = None,
    pain_now_skipped: bool = False,
    now: datetime | None = None,
) -> dict[int, DoseDecision]:
    """Today's dose of every exercise of `routine` (by index), each with why.

    Reads the history of each exercise by routine title and exercise name, and the pain before
    every session: while it has been rising, no exercise steps up. The pain before each next
    session (of any routine) tells whether a flare lasted; for the last session, `pain_now`
    (asked just before today's session) does; `pain_now_skipped`: asked, and not answered (no
    step up today). `now` is when today's session starts (the 48 h
    between steps up). Raises what the history raises (`coach.store.HistoryUnavailable`); the
    caller then runs the routine at its low ends, as without a history.
    """
    series = history.pain_series()
    rising = pain_rising(_pain_before_of(series))
    nexts = _NextPainBefore(series)
    recent_severe = _recent_severe(series, now)
    decisions: dict[int, DoseDecision] = {}
    names: dict[str, int] = {}
    for index, exercise in enumerate(routine.exercises):
        occurrence = names.get(exercise.name, 0)
        names[exercise.name] = occurrence + 1
        points = _own_points(history.dose_history(routine.title, exercise.name), occurrence)
        outcomes = [_with_next(_outcome(p), p, nexts) for p in points]
        decisions[index] = decide(
            exercise,
            outcomes,
            pain_rising=rising,
            pain_now=pain_now,
            pain_now_skipped=pain_now_skipped,
            recent_severe=recent_severe,
            now=now,
        )
    return decisions


# coach's own: after a session of any routine with pain 7 or more, no exercise steps up for
# this long (the article's "varer i flere dager": the back gets days to show it has settled),
# also the exercises that session never reached.
SEVERE_HOLD: Final = timedelta(days=3)


def _recent_severe(series: Sequence[PainPoint], now: datetime | None) -> int | None:
    """The worst pain (7 or more) of a recent session of any routine, or None: the sessions
    started within `SEVERE_HOLD` before `now`, or the last session when there is no calendar."""
    if not series:
        return None
    recent = [series[-1]]
    if now is not None:
        recent = [p for p in series if _aware(p.started_at) >= _aware(now) - SEVERE_HOLD]
    worst = max(
        (p for point in recent for p in (point.pain_before, point.pain_after) if p is not None),
        default=None,
    )
    return worst if worst is not None and worst >= SEVERE_PAIN else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def bad_day(history: ProgressionHistory, pain_now: int | None) -> bool:
    """True when the pain now is severe (7 or more) or higher than before the last session that
    has an answer (any routine): the patient is offered a lighter dose (coach's own)."""
    if pain_now is None:
        return False
    if pain_now >= SEVERE_PAIN:
        return True
    before = _pain_before(history)
    return bool(before) and pain_now > before[-1].pain


def plan_doses(decisions: Mapping[int, DoseDecision]) -> dict[int, Dose]:
    """The doses to give `build_plan` (and the history recorder) from today's decisions."""
    return {index: decision.dose for index, decision in decisions.items()}


def advice_today(
    history: ProgressionHistory, today: date, last_shown: date | None
) -> PhysioAdvice | None:
    """The physiotherapist advice to show today, if any (`last_shown`: the day it was last
    shown, so it is shown at most once a day)."""
    return physio_advice(_pain_before(history), today, last_shown, pain_onset(history))


def pain_onset(history: ProgressionHistory) -> PainOnset | None:
    """The patient's answer to "how long has your back hurt?", None when never asked (or the
    stored value is not one this coach knows)."""
    found = history.pain_duration()
    if found is None:
        return None
    when, answer = found
    try:
        return PainOnset(when.date(), PainDuration(answer))
    except ValueError:
        return None


def _pain_before(history: ProgressionHistory) -> list[PainBefore]:
    """The pain before every session that has it, oldest first (every routine: the same back)."""
    return _pain_before_of(history.pain_series())


def _pain_before_of(series: Sequence[PainPoint]) -> list[PainBefore]:
    return [
        PainBefore(point.started_at.date(), point.pain_before)
        for point in series
        if point.pain_before is not None
    ]


if TYPE_CHECKING:

    def _the_store_is_a_progression_history(store: HistoryStore) -> ProgressionHistory:
        """Never called: mypy proves here that the real store has what progression reads."""
        return store
