"""Issue 11 in the format: Norwegian side names in a Norwegian routine, one name per exercise,
and `3x10` for sets and reps (each mistake located, with a hint in the reader's language)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.routine.problems import Problem
from coach.session.plan import StepKind, build_plan
from coach.visit.wording import step_summary
from tests.routine.helpers import check


def _only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


NB_SIDES = """\
title: Sider
language: nb
exercises:
  - name: Diagonalløft
    instructions: Strekk motsatt arm og bein ut.
    reps: 2
    hold: 3 sek
    sides: [{first}, {second}]
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("venstre", "høyre"), ("V", "H"), ("L", "R"), ("left", "right"), ("høyre", "venstre")],
)
def test_a_norwegian_routine_takes_norwegian_side_names(
    tmp_path: Path, first: str, second: str
) -> None:
    routine, problems = check(tmp_path, NB_SIDES.format(first=first, second=second))
    assert problems == [] and routine is not None
    expected = ("left", "right") if first in ("venstre", "V", "L", "left") else ("right", "left")
    assert routine.exercises[0].sides == expected


def test_the_side_is_named_in_the_routines_language_whatever_was_written(
    tmp_path: Path,
) -> None:
    routine, _ = check(tmp_path, NB_SIDES.format(first="H", second="V"))
    assert routine is not None
    switch = next(s for s in build_plan(routine).steps if s.kind is StepKind.SWITCH_SIDES)
    assert switch.side == "left"
    assert "venstre" in step_summary(switch, routine.language)


def test_norwegian_side_names_in_an_english_routine_point_at_language_nb(tmp_path: Path) -> None:
    text = NB_SIDES.format(first="venstre", second="R").replace("language: nb\n", "")
    problem = _only(check(tmp_path, text)[1])
    assert (problem.line, problem.column, problem.code) == (7, 13, "bad-choice")
    assert problem.message == "'venstre' is not a valid 'sides': use one of left, right, L, R"
    assert problem.hint == (
        "did you mean left? 'venstre' is read only in a routine with language: nb"
    )


def test_a_side_written_twice_in_two_languages_is_still_twice(tmp_path: Path) -> None:
    problem = _only(check(tmp_path, NB_SIDES.format(first="venstre", second="V"))[1])
    assert (problem.line, problem.column, problem.code) == (8, 22, "duplicate-side")
    assert problem.message == "siden «venstre» står to ganger"


TWICE = """\
title: Twice
exercises:
  - name: Bridge
    instructions: Lift your hips.
    reps: 10
  - name: Pelvic tilt
    instructions: Press your lower back down.
    reps: 10
  - name: "  BRIDGE"
    instructions: Again.
    reps: 10
"""


def test_two_exercises_with_one_name_is_an_error_at_the_second(tmp_path: Path) -> None:
    routine, problems = check(tmp_path, TWICE)
    problem = _only(problems)
    assert routine is None
    assert (problem.line, problem.column, problem.code) == (9, 11, "duplicate-exercise")
    assert problem.message == "the exercise name 'BRIDGE' is already used on line 3"
    assert problem.hint is not None and "'BRIDGE, round 2'" in problem.hint
    nb = _only(check(tmp_path, TWICE, "nb")[1])
    assert nb.message == "øvelsesnavnet «BRIDGE» er allerede brukt på linje 3"


def test_names_that_differ_are_fine(tmp_path: Path) -> None:
    routine, problems = check(tmp_path, TWICE.replace("BRIDGE", "Bridge, round 2"))
    assert problems == [] and routine is not None


SETS_X_REPS = """\
title: Three by ten
exercises:
  - name: Bridge
    instructions: Lift your hips.
    {key}: {value}
"""


@pytest.mark.parametrize(
    ("key", "value", "sets", "reps"),
    [
        ("reps", "3x10", "3", "10"),
        ("reps", "3 x 10", "3", "10"),
        ("reps", "2×10–15", "2", "10–15"),
        ("reps", "3X12", "3", "12"),
        ("sets", "3x10", "3", "10"),
    ],
)
def test_sets_times_reps_gets_a_hint_to_write_two_keys(
    tmp_path: Path, key: str, value: str, sets: str, reps: str
) -> None:
    text = SETS_X_REPS.format(key=key, value=value)
    if key == "sets":
        text += "    reps: 10\n"
    problem = _only(check(tmp_path, text)[1])
    assert (problem.line, problem.column) == (5, 11)
    assert problem.code == ("wrong-type" if key == "sets" else "bad-count")
    assert problem.hint == f"'{value}' looks like sets × reps: write sets: {sets} and reps: {reps}"
    nb = _only(check(tmp_path, text, "nb")[1])
    assert nb.hint == (
        f"«{value}» ser ut som sett × repetisjoner: skriv sets: {sets} og reps: {reps}"
    )


def test_other_bad_counts_keep_the_usual_hint(tmp_path: Path) -> None:
    problem = _only(check(tmp_path, SETS_X_REPS.format(key="reps", value="ten"))[1])
    assert problem.hint == "write a whole number like 10, or a range like 10-15"
