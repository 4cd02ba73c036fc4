"""A routine expanded into a flat plan of steps: get ready, hold, rest, switch sides, set breaks...

The plan carries data, not text: the UI words it in the patient's language.

Shape of one exercise (sides inside sets: set 1 left, switch, set 1 right, set break, set 2 ...):

    PREPARE
    for each set:
        for each side (or once, without sides):
            SWITCH_SIDES                      (before every side but the first of a set)
            work steps:  HOLD, REST, HOLD, REST ... HOLD   (a hold per rep, rests between reps)
                     or  PACED_REP x reps                 (no rests: the pace is the rhythm)
                     or  MANUAL_REP x reps                (each waits for the patient)
                     or  TIMED                            (one step, with its cue cycle)
        SET_BREAK                             (between sets, not after the last)

A rest of 0 s is left out. There is no end step: the engine's `current` is None once finished.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import accumulate
from typing import Any, Final

from coach.routine.model import Cue, Exercise, Routine, Side

# How long the patient gets to turn over between sides. The format has no option for it (yet).
SWITCH_SIDES_S: Final = 5.0
# A manual rep waits for the patient; for the duration estimate we assume this many seconds each.
MANUAL_REP_ESTIMATE_S: Final = 3.0


class StepKind(StrEnum):
    """What a step is; the values are stable names for logs and tests."""

    PREPARE = "prepare"  # get ready: the exercise's name, position, instructions, a countdown
    HOLD = "hold"  # one rep held for `duration` seconds
    REST = "rest"  # rest between reps
    SWITCH_SIDES = "switch_sides"  # a short countdown; `side` is the side to switch to
    SET_BREAK = "set_break"  # rest between sets with the between-set prompt
    TIMED = "timed"  # a timed exercise (with its cue cycle)
    MANUAL_REP = "manual_rep"  # waits for the patient to count the rep
    PACED_REP = "paced_rep"  # one rep, counted automatically after `pace` seconds


@dataclass(frozen=True, slots=True)
class Dose:
    """The chosen amount of one exercise; None means "the low end of the routine's range".

    Only the fields that fit the exercise may be set: `reps` and `hold` for a rep exercise (`hold`
    only if it has one), `duration` for a timed one.
    """

    reps: int | None = None
    hold: float | None = None
    duration: float | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a plan.

    `set` and `rep` are 1-based. For REST, `rep` is the rep just done; for SET_BREAK, `set` is the
    set just done and `next_side` the side the next set starts on. `reps`, `hold` and
    `work_duration` describe the exercise's dose (what one set is), on every step of the exercise,
    so a set break can say "Set 2 of 2 — 10 reps, hold 5 s".
    """

    kind: StepKind
    exercise_index: int
    exercise: Exercise = field(repr=False)
    duration: float | None  # seconds; None waits for the patient (MANUAL_REP)
    set: int
    sets: int
    rep: int | None = None
    reps: int | None = None  # reps per set (and side); None for a timed exercise
    side: Side | None = None
    hold: float | None = None  # seconds each rep is held, for hold exercises
    work_duration: float | None = None  # seconds of a timed exercise (per set and side)
    hold_cue: str | None = None  # said when a hold starts (HOLD steps)
    release_cue: str | None = None  # said when a hold ends (HOLD and the REST after it)
    next_side: Side | None = None  # SET_BREAK: the side the next set starts on
    waits: bool = False  # SET_BREAK: after its countdown, wait for the patient to continue
    ends_set: bool = False  # the last work step of a set (the set is complete when it ends)
    ends_exercise: bool = False  # the last step of the exercise

    @property
    def next_set(self) -> int:
        """The set that follows a set break."""
        return self.set + 1

    @property
    def estimate(self) -> float:
        """Seconds this step is expected to take (a manual rep: `MANUAL_REP_ESTIMATE_S`)."""
        return MANUAL_REP_ESTIMATE_S if self.duration is None else self.duration

    def cue_changes(self) -> tuple[tuple[float, Cue], ...]:
        """For a TIMED step: (offset in seconds, cue) for every cue shown, the first at 0."""
        cues = self.exercise.cues
        if self.kind is not StepKind.TIMED or not cues or self.duration is None:
            return ()
        changes: list[tuple[float, Cue]] = []
        offset = 0.0
        # A cycle of zero length would never advance; show its first cue only.
        cycle = sum(c.seconds for c in cues)
        while offset < self.duration:
            for cue in cues:
                if offset >= self.duration:
                    break
                changes.append((offset, cue))
                offset += cue.seconds
            if cycle <= 0:
                break
        return tuple(changes)

    def cue_at(self, elapsed: float) -> Cue | None:
        """The cue shown `elapsed` seconds into a TIMED step (None without cues)."""
        current: Cue | None = None
        for offset, cue in self.cue_changes():
            if offset > elapsed:
                break
            current = cue
        return current


@dataclass(frozen=True, slots=True)
class Plan:
    """A routine as steps, with duration estimates for the picker and the time-left display."""

    routine: Routine
    steps: tuple[Step, ...]
    # _remaining[i] is the estimated duration of steps[i:]; one longer than `steps`.
    _remaining: tuple[float, ...] = field(repr=False, compare=False)
    _exercise_starts: tuple[int, ...] = field(repr=False, compare=False)

    @property
    def total_duration(self) -> float:
        """The estimated length of the whole session in seconds."""
        return self._remaining[0]

    def duration_from(self, step_index: int) -> float:
        """The estimated seconds from the start of `steps[step_index]` to the end (0 at the end)."""
        if not 0 <= step_index <= len(self.steps):
            raise IndexError(f"step {step_index} is outside the plan (0..{len(self.steps)})")
        return self._remaining[step_index]

    def exercise_start(self, exercise_index: int) -> int:
        """The index of the first step (the get-ready) of exercise `exercise_index`."""
        if not 0 <= exercise_index < len(self._exercise_starts):
            raise IndexError(f"exercise {exercise_index} is not in the plan")
        return self._exercise_starts[exercise_index]

    def exercise_duration(self, exercise_index: int) -> float:
        """The estimated seconds exercise `exercise_index` takes, get-ready included."""
        start = self.exercise_start(exercise_index)
        end = (
            self._exercise_starts[exercise_index + 1]
            if exercise_index + 1 < len(self._exercise_starts)
            else len(self.steps)
        )
        return self._remaining[start] - self._remaining[end]


def resolve_dose(exercise: Exercise, dose: Dose | None = None) -> Dose:
    """The dose with every field that fits the exercise filled in (the low end by default).

    Raises ValueError for a field that does not fit the exercise or is not positive.
    """
    dose = dose or Dose()
    name = exercise.name
    if exercise.is_timed:
        if dose.reps is not None or dose.hold is not None:
            raise ValueError(f"{name}: a timed exercise takes a duration, not reps or a hold")
    elif dose.duration is not None:
        raise ValueError(f"{name}: a rep exercise takes reps (and a hold), not a duration")
    if exercise.hold is None and dose.hold is not None:
        raise ValueError(f"{name}: the exercise has no hold")
    for label, value in (("reps", dose.reps), ("hold", dose.hold), ("duration", dose.duration)):
        if value is not None and value <= 0:
            raise ValueError(f"{name}: {label} must be positive, not {value}")
    reps = None if exercise.reps is None else dose.reps or exercise.reps.low
    hold = None if exercise.hold is None else dose.hold or exercise.hold.low
    duration = None if exercise.duration is None else dose.duration or exercise.duration.low
    return Dose(reps=reps, hold=hold, duration=duration)


def build_plan(routine: Routine, doses: Mapping[int, Dose] | None = None) -> Plan:
    """Expand `routine` into steps; `doses` maps an exercise index to its chosen dose."""
    doses = doses or {}
    for index in doses:
        if not 0 <= index < len(routine.exercises):
            raise ValueError(f"a dose is given for exercise {index}, which the routine lacks")
    steps: list[Step] = []
    starts: list[int] = []
    for index, exercise in enumerate(routine.exercises):
        starts.append(len(steps))
        steps.extend(_exercise_steps(index, exercise, resolve_dose(exercise, doses.get(index))))
    estimates = [step.estimate for step in steps]
    remaining = tuple(reversed(list(accumulate(reversed(estimates), initial=0.0))))
    return Plan(routine, tuple(steps), remaining, tuple(starts))


def _exercise_steps(index: int, exercise: Exercise, dose: Dose) -> list[Step]:
    sides: tuple[Side | None, ...] = exercise.sides or (None,)
    sets = max(exercise.sets, 1)

    def step(kind: StepKind, duration: float | None, set_: int, **kw: Any) -> Step:
        return Step(
            kind=kind,
            exercise_index=index,
            exercise=exercise,
            duration=duration,
            set=set_,
            sets=sets,
            reps=dose.reps,
            hold=dose.hold,
            work_duration=dose.duration,
            **kw,
        )

    steps = [step(StepKind.PREPARE, exercise.prepare, 1, side=sides[0])]
    for set_ in range(1, sets + 1):
        for side_index, side in enumerate(sides):
            if side_index > 0:
                steps.append(step(StepKind.SWITCH_SIDES, SWITCH_SIDES_S, set_, side=side))
            steps.extend(_work_steps(step, exercise, dose, set_, side))
        steps[-1] = replace(steps[-1], ends_set=True)
        # Kept even at 0 s: it carries the between-set prompt (and may wait for the patient).
        if set_ < sets:
            steps.append(
                step(
                    StepKind.SET_BREAK,
                    exercise.rest_between_sets,
                    set_,
                    next_side=sides[0],
                    waits=exercise.wait_between_sets,
                )
            )
    steps[-1] = replace(steps[-1], ends_exercise=True)
    return steps


def _work_steps(
    step: Callable[..., Step], exercise: Exercise, dose: Dose, set_: int, side: Side | None
) -> list[Step]:
    if dose.duration is not None:
        return [step(StepKind.TIMED, dose.duration, set_, side=side)]
    reps = dose.reps or 1
    if dose.hold is not None:
        out: list[Step] = []
        for rep in range(1, reps + 1):
            if rep > 1 and exercise.rest_between_reps > 0:
                out.append(
                    step(
                        StepKind.REST,
                        exercise.rest_between_reps,
                        set_,
                        rep=rep - 1,
                        side=side,
                        release_cue=exercise.release_cue,
                    )
                )
            out.append(
                step(
                    StepKind.HOLD,
                    dose.hold,
                    set_,
                    rep=rep,
                    side=side,
                    hold_cue=exercise.hold_cue,
                    release_cue=exercise.release_cue,
                )
            )
        return out
    if exercise.pace is not None:
        return [
            step(StepKind.PACED_REP, exercise.pace, set_, rep=rep, side=side)
            for rep in range(1, reps + 1)
        ]
    return [step(StepKind.MANUAL_REP, None, set_, rep=rep, side=side) for rep in range(1, reps + 1)]
