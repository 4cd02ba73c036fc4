"""A routine becomes a flat plan of steps with duration estimates."""

from __future__ import annotations

import pytest

from coach.routine.model import Cue, Exercise, IntRange, SecondsRange
from coach.session.plan import (
    MANUAL_REP_ESTIMATE_S,
    SWITCH_SIDES_S,
    Dose,
    StepKind,
    build_plan,
)
from tests.session.builders import hold_exercise, rep_exercise, routine, timed_exercise

K = StepKind


def test_hold_exercise_alternates_holds_and_rests_and_uses_the_low_end() -> None:
    plan = build_plan(routine(hold_exercise(reps=3, hold=5, rest_between_reps=2, prepare=3)))
    assert [s.kind for s in plan.steps] == [K.PREPARE, K.HOLD, K.REST, K.HOLD, K.REST, K.HOLD]
    holds = [s for s in plan.steps if s.kind is K.HOLD]
    assert [(s.rep, s.reps, s.duration) for s in holds] == [(1, 3, 5), (2, 3, 5), (3, 3, 5)]
    assert [s.rep for s in plan.steps if s.kind is K.REST] == [1, 2]
    assert holds[0].hold_cue == "Hold" and holds[0].release_cue == "Release"
    assert plan.total_duration == 3 + 3 * 5 + 2 * 2


def test_a_rest_of_zero_is_left_out() -> None:
    plan = build_plan(routine(hold_exercise(reps=3, rest_between_reps=0)))
    assert [s.kind for s in plan.steps] == [K.PREPARE, K.HOLD, K.HOLD, K.HOLD]


def test_sides_come_inside_sets_with_a_switch_and_set_breaks_say_what_is_next() -> None:
    exercise = hold_exercise(reps=2, hold=4, sets=2, sides=("left", "right"), rest_between_sets=30)
    plan = build_plan(routine(exercise))
    shape = [(s.kind, s.set, s.side) for s in plan.steps if s.kind is not K.REST]
    assert shape == [
        (K.PREPARE, 1, "left"),
        (K.HOLD, 1, "left"),
        (K.HOLD, 1, "left"),
        (K.SWITCH_SIDES, 1, "right"),
        (K.HOLD, 1, "right"),
        (K.HOLD, 1, "right"),
        (K.SET_BREAK, 1, None),
        (K.HOLD, 2, "left"),
        (K.HOLD, 2, "left"),
        (K.SWITCH_SIDES, 2, "right"),
        (K.HOLD, 2, "right"),
        (K.HOLD, 2, "right"),
    ]
    switch = next(s for s in plan.steps if s.kind is K.SWITCH_SIDES)
    assert switch.duration == SWITCH_SIDES_S
    brk = next(s for s in plan.steps if s.kind is K.SET_BREAK)
    # Everything the between-set prompt needs: "Set 2 of 2 — 2 reps, hold 4 s", left side first.
    assert (brk.set, brk.next_set, brk.sets, brk.reps, brk.hold, brk.next_side) == (
        1,
        2,
        2,
        2,
        4,
        "left",
    )
    assert brk.duration == 30 and not brk.waits
    last = len(plan.steps) - 1
    before_break = plan.steps.index(brk) - 1
    assert [i for i, s in enumerate(plan.steps) if s.ends_set] == [before_break, last]
    assert [i for i, s in enumerate(plan.steps) if s.ends_exercise] == [last]
    assert plan.steps[before_break].kind is K.HOLD and plan.steps[before_break].side == "right"


def test_set_break_that_waits_for_the_patient() -> None:
    plan = build_plan(routine(hold_exercise(sets=2, wait_between_sets=True)))
    assert [s.waits for s in plan.steps if s.kind is K.SET_BREAK] == [True]


def test_timed_manual_and_paced_exercises() -> None:
    plan = build_plan(
        routine(
            timed_exercise(duration=20, sides=("left", "right")),
            rep_exercise("Taps", reps=2),
            rep_exercise("Rolls", reps=3, pace=2.5),
        )
    )
    kinds = [s.kind for s in plan.steps]
    assert kinds == [
        K.PREPARE,
        K.TIMED,
        K.SWITCH_SIDES,
        K.TIMED,
        K.PREPARE,
        K.MANUAL_REP,
        K.MANUAL_REP,
        K.PREPARE,
        K.PACED_REP,
        K.PACED_REP,
        K.PACED_REP,
    ]
    assert [s.duration for s in plan.steps if s.kind is K.MANUAL_REP] == [None, None]
    assert [s.duration for s in plan.steps if s.kind is K.PACED_REP] == [2.5] * 3
    # Manual reps count at the documented estimate.
    assert plan.total_duration == (2 + 20 + SWITCH_SIDES_S + 20) + (
        2 + 2 * MANUAL_REP_ESTIMATE_S
    ) + (2 + 3 * 2.5)
    assert [plan.exercise_start(i) for i in range(3)] == [0, 4, 7]
    assert plan.exercise_duration(1) == 2 + 2 * MANUAL_REP_ESTIMATE_S


def test_duration_from_counts_what_is_left() -> None:
    plan = build_plan(routine(hold_exercise(reps=2, hold=5, rest_between_reps=2, prepare=3)))
    assert [plan.duration_from(i) for i in range(len(plan.steps) + 1)] == [15, 12, 7, 5, 0]
    with pytest.raises(IndexError):
        plan.duration_from(5)
    with pytest.raises(IndexError):
        plan.exercise_start(1)


def test_cue_cycle_repeats_until_the_exercise_ends() -> None:
    exercise = timed_exercise(duration=23, cues=(Cue("In", 4), Cue("Out", 6)))
    step = build_plan(routine(exercise)).steps[1]
    assert [(o, c.text) for o, c in step.cue_changes()] == [
        (0, "In"),
        (4, "Out"),
        (10, "In"),
        (14, "Out"),
        (20, "In"),
    ]
    assert step.cue_at(0).text == "In"  # type: ignore[union-attr]
    assert step.cue_at(13.9).text == "In"  # type: ignore[union-attr]
    assert step.cue_at(14).text == "Out"  # type: ignore[union-attr]
    no_cues = build_plan(routine(timed_exercise(cues=()))).steps[1]
    assert no_cues.cue_changes() == () and no_cues.cue_at(3) is None


def test_doses_choose_reps_hold_and_duration_per_exercise() -> None:
    r = routine(hold_exercise(reps=3, hold=5), timed_exercise(duration=20))
    plan = build_plan(r, {0: Dose(reps=4, hold=6.5), 1: Dose(duration=25)})
    holds = [s for s in plan.steps if s.kind is K.HOLD]
    assert len(holds) == 4 and {s.duration for s in holds} == {6.5}
    assert {s.reps for s in holds} == {4}
    assert [s.duration for s in plan.steps if s.kind is K.TIMED] == [25]
    # Only reps chosen: the hold stays at the low end.
    partly = build_plan(r, {0: Dose(reps=1)})
    assert [s.duration for s in partly.steps if s.kind is K.HOLD] == [5]


@pytest.mark.parametrize(
    ("doses", "message"),
    [
        ({0: Dose(duration=10)}, "not a duration"),
        ({1: Dose(reps=3)}, "not reps"),
        ({2: Dose(hold=3)}, "no hold"),
        ({0: Dose(reps=0)}, "positive"),
        ({0: Dose(hold=-1)}, "positive"),
        ({7: Dose(reps=3)}, "exercise 7"),
    ],
)
def test_doses_that_do_not_fit_are_refused(doses: dict[int, Dose], message: str) -> None:
    r = routine(hold_exercise(), timed_exercise(), rep_exercise(pace=2))
    with pytest.raises(ValueError, match=message):
        build_plan(r, doses)


def test_a_plan_is_immutable_and_needs_no_file() -> None:
    exercise = Exercise("Plank", duration=SecondsRange(10, 10))
    plan = build_plan(routine(exercise))
    with pytest.raises(AttributeError):
        plan.steps[0].duration = 3  # type: ignore[misc]
    assert plan.routine.path is None
    assert build_plan(routine(Exercise("Taps", reps=IntRange(1, 1)))).steps[-1].ends_exercise
