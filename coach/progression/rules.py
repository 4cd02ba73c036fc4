"""The progression rules: from an exercise's ranges and its recent sessions, today's dose and why.

Every range of an exercise is a dose envelope. A patient starts at its low end; after
`good_sessions` good sessions in a row at the same dose the dose goes one step up, never past the
high end; one flare holds it, two flares in a row take it one step down. A session is judged by
the pain reported before and after it (see `judge`); a session without both answers, or in which
the exercise was not completed, is not judged and changes nothing.

The steps of a rep exercise form one ladder: reps grow first, up to the high end, then the hold
(10×3 s, 11×3 s … 15×3 s, 15×4 s, 15×5 s); going down retraces it, hold first. Rungs are counted
from the low end (`low`, `low + step`, …, and the high end itself), so going down after going up
lands on the same rungs.

Pure: no store, no clock, no UI. The state is the history itself: the dose of the last session
and the run of sessions done at that dose, so nothing but the sessions has to be remembered.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Final, Literal

from coach.routine.model import Exercise, IntRange, SecondsRange
from coach.session.plan import Dose, resolve_dose

# Doses are floats read back from the database; two doses this close are the same dose.
_EPSILON: Final = 1e-6
FLARES_TO_STEP_DOWN: Final = 2


@dataclass(frozen=True, slots=True)
class Outcome:
    """One past session of one exercise: the dose it was done at and how it went.

    `pain_after` is the pain after the whole session, `pain_after_exercise` the pain asked right
    after this exercise (when the routine asks it); the worse of the two is used.
    """

    dose: Dose
    completed: bool
    pain_before: int | None = None
    pain_after: int | None = None
    pain_after_exercise: int | None = None


class Verdict(StrEnum):
    """How one session went for one exercise."""

    GOOD = "good"  # completed, and pain rose at most `good_pain_rise`
    FLARE = "flare"  # completed, and pain rose at least `flare_pain_rise`
    IN_BETWEEN = "in_between"  # a rise between the two thresholds (when they are apart)
    NOT_JUDGED = "not_judged"  # not completed, or pain before or after not answered


def judge(outcome: Outcome, exercise: Exercise) -> Verdict:
    """The verdict on one session of `exercise`, by its progression's pain thresholds."""
    afters = [p for p in (outcome.pain_after, outcome.pain_after_exercise) if p is not None]
    if not outcome.completed or outcome.pain_before is None or not afters:
        return Verdict.NOT_JUDGED
    rise = max(afters) - outcome.pain_before
    settings = exercise.progression
    if rise >= settings.flare_pain_rise:
        return Verdict.FLARE
    if rise <= settings.good_pain_rise:
        return Verdict.GOOD
    return Verdict.IN_BETWEEN


class Reason(StrEnum):
    """Why today's dose is what it is; the value ends the catalog key `progression.why.*`."""

    START = "start"  # no session of this exercise yet: the low end
    UP = "up"  # enough good sessions in a row: one step up
    DOWN = "down"  # two flares in a row: one step down
    CLAMPED = "clamped"  # the last dose is outside the routine's (edited) range: moved into it
    STAYED = "stayed"  # a step up was offered and the patient chose to stay
    RISING_PAIN = "rising_pain"  # same dose: a step up was due, but pain before has been rising
    BUILDING = "building"  # same dose: not yet enough good sessions
    FLARE = "flare"  # same dose: the last judged session was a flare
    IN_BETWEEN = "in_between"  # same dose: pain rose more than a good session allows
    UNANSWERED = "unanswered"  # same dose: no session at it has pain answers to judge by
    TOP = "top"  # same dose: the top of every range
    BOTTOM = "bottom"  # two flares in a row, but already at the low end
    OFF = "off"  # the routine turns progression off: the low end
    FIXED = "fixed"  # the exercise has no range: its one dose


@dataclass(frozen=True, slots=True)
class DoseDecision:
    """Today's dose of one exercise, the dose it comes from, and why.

    `dose` has every field that fits the exercise filled in (as `resolve_dose` gives it).
    `previous` is the dose of the last session (None when there is none); `good_sessions` the
    good sessions in a row counted at it, of the `needed` a step up takes.
    """

    exercise: Exercise = field(repr=False)
    dose: Dose
    reason: Reason
    previous: Dose | None = None
    good_sessions: int = 0
    needed: int = 0

    @property
    def changed(self) -> bool:
        """True when today's dose differs from the last session's."""
        return self.previous is not None and not same_dose(self.dose, self.previous)

    @property
    def held(self) -> bool:
        """True when a step up was due but holds, because pain before sessions has been rising."""
        return self.reason is Reason.RISING_PAIN

    @property
    def can_stay(self) -> bool:
        """True when the patient may keep the last dose instead: only a step up can be refused."""
        return self.reason is Reason.UP

    def stay(self) -> DoseDecision:
        """The decision to keep the last dose instead of stepping up.

        Staying is not a step: the sessions at the last dose keep counting, so the step up is
        offered again next time. Raises ValueError when there is nothing to stay at.
        """
        if not self.can_stay or self.previous is None:
            raise ValueError(f"{self.exercise.name}: only a step up can be refused")
        return replace(self, dose=self.previous, reason=Reason.STAYED)


def same_dose(a: Dose, b: Dose) -> bool:
    """True when two doses are equal, up to the float noise of a stored number."""
    return all(
        (x is None and y is None) or (x is not None and y is not None and abs(x - y) < _EPSILON)
        for x, y in ((a.reps, b.reps), (a.hold, b.hold), (a.duration, b.duration))
    )


def has_range(exercise: Exercise) -> bool:
    """True when the exercise has a range for its dose to move through."""
    return any(
        r is not None and r.is_range for r in (exercise.reps, exercise.hold, exercise.duration)
    )


def duration_step(exercise: Exercise) -> float:
    """Seconds one step adds to a timed exercise: the routine's, else a quarter of the range."""
    if exercise.duration is None:
        return 0.0
    given = exercise.progression.duration_step
    if given is not None:
        return given
    return (exercise.duration.high - exercise.duration.low) / 4


def rungs(span: IntRange | SecondsRange, step: float) -> list[float]:
    """The values a dose may take in `span`: from the low end by `step`, and the high end."""
    if step <= 0 or not span.is_range:
        return [float(span.low)]
    out: list[float] = []
    count = 0
    while span.low + count * step < span.high - _EPSILON:
        out.append(span.low + count * step)
        count += 1
    out.append(float(span.high))
    return out


def _above(value: float, values: list[float]) -> float | None:
    return next((v for v in values if v > value + _EPSILON), None)


def _below(value: float, values: list[float]) -> float | None:
    return next((v for v in reversed(values) if v < value - _EPSILON), None)


_Part = Literal["reps", "hold", "duration"]


def _ladders(exercise: Exercise) -> list[tuple[_Part, list[float]]]:
    """The parts of a dose a step may change, in the order they grow, each with its rungs."""
    settings = exercise.progression
    if exercise.duration is not None:
        return [("duration", rungs(exercise.duration, duration_step(exercise)))]
    out: list[tuple[_Part, list[float]]] = []
    if exercise.reps is not None:
        out.append(("reps", rungs(exercise.reps, settings.reps_step)))
    if exercise.hold is not None:
        out.append(("hold", rungs(exercise.hold, settings.hold_step)))
    return out


def _with(dose: Dose, name: _Part, value: float) -> Dose:
    if name == "reps":
        return replace(dose, reps=round(value))
    if name == "hold":
        return replace(dose, hold=value)
    return replace(dose, duration=value)


def step_up(exercise: Exercise, dose: Dose) -> Dose:
    """One step up from `dose` (in range): reps first, then the hold; `dose` itself at the top."""
    for name, values in _ladders(exercise):
        current = getattr(dose, name)
        higher = _above(current, values)
        if higher is not None:
            return _with(dose, name, higher)
    return dose


def step_down(exercise: Exercise, dose: Dose) -> Dose:
    """One step down from `dose` (in range): the hold first, then reps; `dose` at the bottom."""
    for name, values in reversed(_ladders(exercise)):
        current = getattr(dose, name)
        lower = _below(current, values)
        if lower is not None:
            return _with(dose, name, lower)
    return dose


def clamp(exercise: Exercise, dose: Dose) -> Dose:
    """`dose` with every field moved into the exercise's range."""
    spans: dict[_Part, IntRange | SecondsRange | None] = {
        "reps": exercise.reps,
        "hold": exercise.hold,
        "duration": exercise.duration,
    }
    out = dose
    for name, span in spans.items():
        value = getattr(dose, name)
        if span is not None and value is not None:
            out = _with(out, name, min(max(value, span.low), span.high))
    return out


def fit(exercise: Exercise, dose: Dose) -> Dose | None:
    """A recorded dose made to fit the exercise as the routine now defines it.

    None when it can't be: the exercise changed between timed and rep-based. A hold the
    exercise gained starts at its low end; a hold it lost is dropped.
    """
    if exercise.duration is not None:
        if dose.duration is None or not math.isfinite(dose.duration):
            return None
        return Dose(duration=dose.duration)
    if dose.reps is None or dose.duration is not None:
        return None
    hold = None
    if exercise.hold is not None:
        hold = dose.hold if dose.hold is not None else exercise.hold.low
    return Dose(reps=dose.reps, hold=hold)


def _trailing_run(exercise: Exercise, current: Dose, history: Sequence[Outcome]) -> list[Verdict]:
    """The verdicts on the sessions done at `current` since the dose last changed, oldest first;
    sessions that were not judged are left out (they neither count nor break a run)."""
    run: list[Verdict] = []
    for outcome in reversed(history):
        fitted = fit(exercise, outcome.dose)
        if fitted is None or not same_dose(fitted, current):
            break
        verdict = judge(outcome, exercise)
        if verdict is not Verdict.NOT_JUDGED:
            run.append(verdict)
    run.reverse()
    return run


def _count_last(run: list[Verdict], verdict: Verdict) -> int:
    count = 0
    for v in reversed(run):
        if v is not verdict:
            break
        count += 1
    return count


def decide(
    exercise: Exercise, history: Sequence[Outcome], *, pain_rising: bool = False
) -> DoseDecision:
    """Today's dose of `exercise` from its past sessions (`history`, oldest first), and why.

    `pain_rising`: the pain before sessions has been rising (`guidance.pain_rising`, over every
    routine). Each session may have been good for this exercise on its own, but the back is
    getting worse, so a step up that is due holds instead (`RISING_PAIN`); steps down still
    apply. Holding is not a step: the good sessions keep counting, so the step up comes once the
    pain settles.
    """
    low = resolve_dose(exercise)
    settings = exercise.progression
    needed = settings.good_sessions
    if not settings.enabled:
        return DoseDecision(exercise, low, Reason.OFF)
    last = fit(exercise, history[-1].dose) if history else None
    if last is None:
        reason = Reason.START if has_range(exercise) else Reason.FIXED
        return DoseDecision(exercise, low, reason, needed=needed)
    clamped = clamp(exercise, last)
    if not same_dose(clamped, last):
        return DoseDecision(exercise, clamped, Reason.CLAMPED, previous=last, needed=needed)
    if not has_range(exercise):
        return DoseDecision(exercise, last, Reason.FIXED, previous=last)

    run = _trailing_run(exercise, last, history)
    flares = _count_last(run, Verdict.FLARE)
    good = _count_last(run, Verdict.GOOD)

    def same(reason: Reason) -> DoseDecision:
        return DoseDecision(exercise, last, reason, last, good_sessions=good, needed=needed)

    if flares >= FLARES_TO_STEP_DOWN:
        lower = step_down(exercise, last)
        if same_dose(lower, last):
            return same(Reason.BOTTOM)
        return DoseDecision(exercise, lower, Reason.DOWN, last, needed=needed)
    if flares == 1:
        return same(Reason.FLARE)
    if run and run[-1] is Verdict.IN_BETWEEN:
        return same(Reason.IN_BETWEEN)
    higher = step_up(exercise, last)
    if same_dose(higher, last):
        return same(Reason.TOP)
    if good >= needed and pain_rising:
        return same(Reason.RISING_PAIN)
    if good >= needed:
        return DoseDecision(exercise, higher, Reason.UP, last, good_sessions=good, needed=needed)
    return same(Reason.BUILDING if run else Reason.UNANSWERED)
