"""Whatever the sessions bring: the dose stays in its range and moves at most one step at a time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.progression.rules import (
    SEVERE_PAIN,
    DoseDecision,
    Outcome,
    Reason,
    Verdict,
    decide,
    duration_step,
    judge,
    rungs,
    same_dose,
    step_down,
)
from coach.routine.model import Exercise, IntRange, Progression, SecondsRange
from coach.session.plan import Dose, resolve_dose

_EPSILON = 1e-6


@st.composite
def int_ranges(draw: st.DrawFn) -> IntRange:
    low = draw(st.integers(1, 30))
    return IntRange(low, low + draw(st.integers(0, 12)))


@st.composite
def seconds_ranges(draw: st.DrawFn, most: int) -> SecondsRange:
    low = draw(st.integers(1, most)) / 2
    return SecondsRange(low, low + draw(st.integers(0, most)) / 2)


@st.composite
def progressions(draw: st.DrawFn) -> Progression:
    good = draw(st.integers(0, 3))
    return Progression(
        good_sessions=draw(st.integers(1, 4)),
        reps_step=draw(st.integers(1, 4)),
        hold_step=draw(st.sampled_from([0.5, 1.0, 1.5, 2.0, 5.0])),
        duration_step=draw(st.one_of(st.none(), st.sampled_from([5.0, 7.5, 20.0, 600.0]))),
        good_pain_rise=good,
        flare_pain_rise=good + draw(st.integers(1, 3)),
    )


@st.composite
def exercises(draw: st.DrawFn) -> Exercise:
    settings_ = draw(progressions())
    if draw(st.booleans()):
        return Exercise("Timed", duration=draw(seconds_ranges(240)), progression=settings_)
    hold = draw(st.one_of(st.none(), seconds_ranges(20)))
    return Exercise("Reps", reps=draw(int_ranges()), hold=hold, progression=settings_)


@dataclass(frozen=True)
class Session:
    """How one generated session goes."""

    completed: bool
    pain_before: int | None
    pain_after: int | None
    stays: bool  # the patient keeps the last dose when a step up is offered
    pain_rising: bool  # pain before sessions has been rising (over every routine) until now


sessions = st.builds(
    Session,
    completed=st.booleans() | st.just(True),
    pain_before=st.none() | st.integers(0, 10),
    pain_after=st.none() | st.integers(0, 10),
    stays=st.booleans(),
    pain_rising=st.booleans(),
)


def _in_range(exercise: Exercise, dose: Dose) -> bool:
    pairs = (
        (exercise.reps, dose.reps),
        (exercise.hold, dose.hold),
        (exercise.duration, dose.duration),
    )
    for span, value in pairs:
        if (span is None) != (value is None):
            return False
        if (
            span is not None
            and value is not None
            and not span.low - _EPSILON <= value <= span.high + _EPSILON
        ):
            return False
    return True


def _one_step_at_most(exercise: Exercise, before: Dose, after: Dose) -> bool:
    steps = exercise.progression
    moves = [
        (before.reps, after.reps, steps.reps_step),
        (before.hold, after.hold, steps.hold_step),
        (before.duration, after.duration, duration_step(exercise)),
    ]
    changed = [
        (a, b, step)
        for a, b, step in moves
        if a is not None and b is not None and abs(a - b) > _EPSILON
    ]
    return len(changed) <= 1 and all(abs(a - b) <= step + _EPSILON for a, b, step in changed)


@settings(max_examples=300, deadline=None)
@given(exercise=exercises(), plan=st.lists(sessions, max_size=40))
def test_the_dose_stays_in_range_and_moves_one_step_at_most(
    exercise: Exercise, plan: list[Session]
) -> None:
    history: list[Outcome] = []
    for session in plan:
        decision = decide(exercise, history, pain_rising=session.pain_rising)
        if decision.can_stay and session.stays:
            decision = decision.stay()
        dose = decision.dose
        assert _in_range(exercise, dose), (dose, exercise)
        if history:
            assert _one_step_at_most(exercise, history[-1].dose, dose), (history[-1].dose, dose)
        else:
            assert dose == resolve_dose(exercise)  # the low end to start with
        # A step up only follows a good session, a step down only a flare.
        judged = [
            judge(o, exercise) for o in history if judge(o, exercise) is not Verdict.NOT_JUDGED
        ]
        if decision.reason is Reason.UP:
            assert judged and judged[-1] is Verdict.GOOD
        if decision.reason is Reason.DOWN:
            hurting = {Verdict.FLARE, Verdict.SEVERE}
            assert len(judged) >= 2 and set(judged[-2:]) <= hurting
        history.append(Outcome(dose, session.completed, session.pain_before, session.pain_after))


@settings(max_examples=300, deadline=None)
@given(exercise=exercises(), plan=st.lists(sessions, max_size=30))
def test_rising_pain_before_only_holds_steps_up(exercise: Exercise, plan: list[Session]) -> None:
    history: list[Outcome] = []
    for session in plan:
        usual = decide(exercise, history)
        held = decide(exercise, history, pain_rising=True)
        if usual.reason is Reason.UP:
            # The step up holds at the last dose, and the good sessions keep counting.
            assert usual.previous is not None
            assert (held.reason, held.dose) == (Reason.RISING_PAIN, usual.previous)
            assert (held.good_sessions, held.needed) == (usual.good_sessions, usual.needed)
        else:
            # Everything else (a step down, a flare, a clamp, the top...) is decided as usual.
            assert held == usual
        chosen = held if session.pain_rising else usual
        if chosen.can_stay and session.stays:
            chosen = chosen.stay()
        history.append(
            Outcome(chosen.dose, session.completed, session.pain_before, session.pain_after)
        )


def _steps_to_the_top(exercise: Exercise) -> int:
    if exercise.duration is not None:
        return len(rungs(exercise.duration, duration_step(exercise))) - 1
    steps = 0
    if exercise.reps is not None:
        steps += len(rungs(exercise.reps, exercise.progression.reps_step)) - 1
    if exercise.hold is not None:
        steps += len(rungs(exercise.hold, exercise.progression.hold_step)) - 1
    return steps


def _top(exercise: Exercise) -> Dose:
    return Dose(
        reps=exercise.reps.high if exercise.reps else None,
        hold=exercise.hold.high if exercise.hold else None,
        duration=exercise.duration.high if exercise.duration else None,
    )


@settings(max_examples=200, deadline=None)
@given(exercise=exercises(), count=st.integers(0, 80))
def test_good_sessions_only_climb_and_reach_the_top_in_time(exercise: Exercise, count: int) -> None:
    history: list[Outcome] = []
    for _ in range(count):
        dose = decide(exercise, history).dose
        if history:
            previous = history[-1].dose
            pairs = (
                (previous.reps, dose.reps),
                (previous.hold, dose.hold),
                (previous.duration, dose.duration),
            )
            assert all(b >= a - _EPSILON for a, b in pairs if a is not None and b is not None)
        history.append(Outcome(dose, True, 3, 3))
    today = decide(exercise, history)
    # Each step takes `good_sessions` sessions at a dose; after that many, the top.
    if count >= _steps_to_the_top(exercise) * exercise.progression.good_sessions:
        assert same_dose(today.dose, _top(exercise))
        assert today.reason in (Reason.TOP, Reason.UP, Reason.START, Reason.FIXED)
    else:
        assert not same_dose(today.dose, _top(exercise))


# -- severe pain and the time gate (issue 11) -------------------------------------------------

START_AT = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Day:
    """One generated session with its time: hours after the one before, and how it went."""

    hours_later: float
    completed: bool
    pain_before: int | None
    pain_after: int | None
    choice: str  # what the patient does with a step up on offer: take, stay or lighter


days = st.builds(
    Day,
    # From three sessions a day to one a week, with the odd clock set back an hour.
    hours_later=st.sampled_from([-1.0, 0.5, 4.0, 8.0, 20.0, 24.0, 30.0, 47.9, 48.0, 72.0, 168.0]),
    completed=st.booleans() | st.just(True),
    pain_before=st.none() | st.integers(0, 10),
    pain_after=st.none() | st.integers(0, 10),
    choice=st.sampled_from(["take", "take", "stay", "lighter"]),
)


def _walk(exercise: Exercise, plan: list[Day]) -> list[tuple[datetime, DoseDecision, Outcome]]:
    """Each session's time, today's decision (pain now and the clock given, the patient's
    choice made) and what was recorded."""
    out: list[tuple[datetime, DoseDecision, Outcome]] = []
    history: list[Outcome] = []
    when = START_AT
    for day in plan:
        when += timedelta(hours=day.hours_later)
        decision = decide(exercise, history, pain_now=day.pain_before, now=when)
        if day.choice == "stay" and decision.can_stay:
            decision = decision.stay()
        elif day.choice == "lighter" and decision.can_lighten:
            decision = decision.lighter()
        if history:
            history[-1] = replace(history[-1], next_pain_before=day.pain_before, next_at=when)
        outcome = Outcome(
            decision.dose, day.completed, day.pain_before, day.pain_after, started_at=when
        )
        history.append(outcome)
        out.append((when, decision, outcome))
    return out


@settings(max_examples=300, deadline=None)
@given(exercise=exercises(), plan=st.lists(days, max_size=40))
def test_a_patient_at_pain_7_or_more_never_steps_up(exercise: Exercise, plan: list[Day]) -> None:
    walked = _walk(exercise, plan)
    for number, (_, decision, _) in enumerate(walked):
        if decision.reason is not Reason.UP:
            continue
        # Not in pain of 7 or more now, nor in the session before, in any answer.
        now = walked[number][2].pain_before
        assert now is None or now < SEVERE_PAIN
        last = walked[number - 1][2]
        assert last.worst is None or last.worst < SEVERE_PAIN
        # Nor higher now than before the session before.
        assert last.pain_before is None or now is None or now <= last.pain_before
        # Every session counted towards it had pain below 7 (a severe one breaks the run).
        stretch = [o for _, _, o in walked[:number] if same_dose(o.dose, last.dose)]
        counted = stretch[-decision.needed :]
        assert all(o.worst is None or o.worst < SEVERE_PAIN for o in counted)


@settings(max_examples=300, deadline=None)
@given(exercise=exercises(), plan=st.lists(days, max_size=40))
def test_at_most_one_step_up_per_exercise_in_48_hours(exercise: Exercise, plan: list[Day]) -> None:
    ups = [when for when, decision, _ in _walk(exercise, plan) if decision.reason is Reason.UP]
    for earlier, later in pairwise(ups):
        assert later - earlier >= timedelta(hours=48), (earlier, later)


@settings(max_examples=200, deadline=None)
@given(exercise=exercises(), plan=st.lists(days, max_size=40))
def test_a_lighter_dose_is_one_step_below_last_time(exercise: Exercise, plan: list[Day]) -> None:
    walked = _walk(exercise, plan)
    for (_, _, before), (_, decision, _) in pairwise(walked):
        assert _in_range(exercise, decision.dose)
        assert _one_step_at_most(exercise, before.dose, decision.dose)
        if decision.reason is Reason.LIGHTER:
            assert same_dose(decision.dose, step_down(exercise, before.dose))
            assert not same_dose(decision.dose, before.dose)
