"""`progression:` and `frequency:` in routine files: the model they make, the problems they get."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest

from coach.routine import spec
from coach.routine.durations import BadValueError
from coach.routine.frequency import FREQUENCY_PATTERN, parse_frequency
from coach.routine.model import Frequency, Progression
from coach.routine.schema import routine_schema
from coach.routine.validate import fields_of
from tests.routine.helpers import check, codes, only

BRIDGE = """\
  - name: Bridge
    instructions: Lift your hips.
    reps: 10-15
    hold: 3-5s
"""
CAT_COW = """\
  - name: Cat-cow
    instructions: Arch and round.
    duration: 1-2min
"""


def _routine(top: str = "", bridge_extra: str = "", cat_extra: str = "") -> str:
    return f"title: T\n{top}exercises:\n{BRIDGE}{bridge_extra}{CAT_COW}{cat_extra}"


def test_without_progression_every_exercise_gets_the_builtin_settings(tmp_path: Path) -> None:
    routine, problems = check(tmp_path, _routine())
    assert problems == []
    assert routine is not None
    assert [e.progression for e in routine.exercises] == [Progression(), Progression()]
    assert Progression() == Progression(
        enabled=True,
        good_sessions=2,
        reps_step=1,
        hold_step=1.0,
        duration_step=None,
        good_pain_rise=1,
        flare_pain_rise=2,
        days_between_steps=2,
    )
    assert routine.frequency is None


def test_routine_settings_apply_to_every_exercise_and_an_exercise_changes_them_key_by_key(
    tmp_path: Path,
) -> None:
    text = _routine(
        top="progression:\n  good_sessions: 3\n  flare_pain_rise: 3\n",
        bridge_extra="    progression:\n      reps_step: 2\n      hold_step: 2 sek\n",
        cat_extra="    progression:\n      duration_step: 20s\n      good_sessions: 1\n",
    )
    routine, problems = check(tmp_path, text)
    assert problems == []
    assert routine is not None
    bridge, cat = routine.exercises
    assert bridge.progression == Progression(
        good_sessions=3, reps_step=2, hold_step=2.0, flare_pain_rise=3
    )
    assert cat.progression == Progression(good_sessions=1, duration_step=20.0, flare_pain_rise=3)


def test_off_at_the_top_turns_every_exercise_off_and_on_turns_one_back_on(tmp_path: Path) -> None:
    text = _routine(top="progression: off\n", cat_extra="    progression: on\n")
    routine, problems = check(tmp_path, text)
    assert problems == []
    assert routine is not None
    assert [e.progression.enabled for e in routine.exercises] == [False, True]


def test_off_on_one_exercise_keeps_the_routine_settings_for_the_others(tmp_path: Path) -> None:
    text = _routine(top="progression:\n  reps_step: 2\n", bridge_extra="    progression: off\n")
    routine, _ = check(tmp_path, text)
    assert routine is not None
    bridge, cat = routine.exercises
    assert not bridge.progression.enabled
    assert cat.progression == Progression(reps_step=2)


def test_an_exercise_mapping_turns_progression_on_under_a_routine_that_has_it_off(
    tmp_path: Path,
) -> None:
    text = _routine(top="progression: off\n", bridge_extra="    progression:\n      reps_step: 3\n")
    routine, _ = check(tmp_path, text)
    assert routine is not None
    assert routine.exercises[0].progression == Progression(reps_step=3)
    assert not routine.exercises[1].progression.enabled


@pytest.mark.parametrize(
    ("top", "at", "code"),
    [
        ("progression: of\n", (2, 14), "bad-choice"),
        ("progression: false\n", (2, 14), "wrong-type"),
        ("progression: [reps_step]\n", (2, 14), "wrong-type"),
        ("progression:\n  rep_step: 2\n", (3, 3), "unknown-key"),
        ("progression:\n  good_sessions: 0\n", (3, 18), "out-of-range"),
        ("progression:\n  reps_step: 1.5\n", (3, 14), "wrong-type"),
        ("progression:\n  hold_step: 0s\n", (3, 14), "not-positive"),
        ("progression:\n  hold_step: 1-2s\n", (3, 14), "range-not-allowed"),
        ("progression:\n  duration_step: soon\n", (3, 18), "bad-duration"),
        ("progression:\n  good_pain_rise: 10\n", (3, 19), "out-of-range"),
        ("progression:\n  flare_pain_rise: 1\n", (3, 3), "pain-thresholds"),
        ("progression:\n  good_pain_rise: 2\n  flare_pain_rise: 2\n", (4, 3), "pain-thresholds"),
        ("progression:\n  good_pain_rise: 3\n", (3, 3), "pain-thresholds"),
        ("progression:\n  days_between_steps: 1\n", (3, 23), "progression-too-fast"),
        ("progression:\n  days_between_steps: 0\n", (3, 23), "progression-too-fast"),
        ("progression:\n  days_between_steps: 61\n", (3, 23), "out-of-range"),
    ],
)
def test_routine_level_mistakes(tmp_path: Path, top: str, at: tuple[int, int], code: str) -> None:
    _, problems = check(tmp_path, _routine(top=top))
    assert codes(problems) == [(*at, code)]
    assert problems[0].hint or code in ("out-of-range", "wrong-type", "not-positive")


def test_the_pain_threshold_message_names_both_values_in_both_languages(tmp_path: Path) -> None:
    text = _routine(top="progression:\n  good_pain_rise: 2\n  flare_pain_rise: 2\n")
    problem = only(tmp_path, text, "en")
    assert "up by 2 or more" in problem.message
    assert problem.hint is not None and "flare_pain_rise larger than good_pain_rise" in problem.hint
    problem = only(tmp_path, text, "nb")
    assert "opp med 2 eller mer" in problem.message


def test_an_exercise_threshold_is_checked_against_the_routine_one(tmp_path: Path) -> None:
    # Fine on its own (2 < 3), but the exercise's flare threshold is not above it.
    text = _routine(
        top="progression:\n  good_pain_rise: 2\n  flare_pain_rise: 3\n",
        bridge_extra="    progression:\n      flare_pain_rise: 2\n",
    )
    assert codes(check(tmp_path, text)[1]) == [(11, 7, "pain-thresholds")]


def test_a_routine_threshold_mistake_is_reported_once_not_per_exercise(tmp_path: Path) -> None:
    text = _routine(
        top="progression:\n  flare_pain_rise: 1\n",
        bridge_extra="    progression:\n      reps_step: 2\n",
    )
    assert codes(check(tmp_path, text)[1]) == [(3, 3, "pain-thresholds")]


@pytest.mark.parametrize(
    ("bridge", "cat", "expected"),
    [
        ("", "    progression:\n      reps_step: 2\n", [(11, 7, "needs-reps")]),
        ("", "    progression:\n      hold_step: 2s\n", [(11, 7, "needs-reps")]),
        ("    progression:\n      duration_step: 10s\n", "", [(8, 7, "needs-duration")]),
    ],
)
def test_an_exercise_step_must_fit_the_exercise(
    tmp_path: Path, bridge: str, cat: str, expected: list[tuple[int, int, str]]
) -> None:
    assert codes(check(tmp_path, _routine(bridge_extra=bridge, cat_extra=cat))[1]) == expected


def test_a_hold_step_needs_a_hold(tmp_path: Path) -> None:
    text = """\
    title: T
    exercises:
      - name: Heel raises
        instructions: Up and down.
        reps: 10-15
        progression:
          hold_step: 2s
    """
    problem = only(tmp_path, text)
    assert (problem.line, problem.column, problem.code) == (7, 7, "needs-hold")


def test_own_progression_without_a_range_is_a_warning_and_still_loads(tmp_path: Path) -> None:
    text = """\
    title: T
    progression:
      reps_step: 2
    exercises:
      - name: Bird dog
        instructions: Opposite arm and leg.
        reps: 10
        hold: 3s
        progression:
          good_sessions: 3
    """
    routine, problems = check(tmp_path, text)
    assert codes(problems) == [(9, 5, "nothing-to-progress")]
    assert problems[0].severity == "warning"
    assert "'Bird dog' has no range" in problems[0].message
    assert routine is not None  # a warning only


def test_off_on_an_exercise_without_a_range_is_no_warning(tmp_path: Path) -> None:
    text = """\
    title: T
    exercises:
      - name: Bird dog
        instructions: Opposite arm and leg.
        reps: 10
        progression: off
    """
    assert check(tmp_path, text)[1] == []


# -- frequency ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/week", Frequency(3, "week")),
        ("3 / week", Frequency(3, "week")),
        ("3 per week", Frequency(3, "week")),
        ("3 times a week", Frequency(3, "week")),
        ("3x/week", Frequency(3, "week")),
        ("3 x per week", Frequency(3, "week")),
        ("3/uke", Frequency(3, "week")),
        ("3 ganger i uka", Frequency(3, "week")),
        ("1 gang i uka", Frequency(1, "week")),
        ("weekly", Frequency(1, "week")),
        ("ukentlig", Frequency(1, "week")),
        ("daily", Frequency(1, "day")),
        ("every  day", Frequency(1, "day")),
        ("daglig", Frequency(1, "day")),
        ("hver dag", Frequency(1, "day")),
        ("2/day", Frequency(2, "day")),
        ("2 times a day", Frequency(2, "day")),
        ("2 ganger om dagen", Frequency(2, "day")),
        ("3/dag", Frequency(3, "day")),
        ("21/week", Frequency(21, "week")),
    ],
)
def test_frequencies_as_people_write_them(text: str, expected: Frequency) -> None:
    assert parse_frequency(text) == expected
    assert re.search(FREQUENCY_PATTERN, text), "the schema pattern accepts it too"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("often", "bad-frequency"),
        ("3", "bad-frequency"),
        ("3/month", "bad-frequency"),
        ("3/Week", "bad-frequency"),
        ("0/week", "count-too-small"),
        ("4/day", "frequency-too-high"),
        ("22/week", "frequency-too-high"),
    ],
)
def test_frequencies_coach_refuses(text: str, code: str) -> None:
    with pytest.raises(BadValueError) as caught:
        parse_frequency(text)
    assert caught.value.code == code


def test_per_week_counts_days_as_seven() -> None:
    assert Frequency(2, "day").per_week == 14
    assert Frequency(3, "week").per_week == 3


def test_a_routine_carries_its_frequency(tmp_path: Path) -> None:
    routine, problems = check(tmp_path, _routine(top="frequency: 3/week\n"))
    assert problems == []
    assert routine is not None
    assert routine.frequency == Frequency(3, "week")


@pytest.mark.parametrize(
    ("line", "code", "words"),
    [
        ("frequency: 3", "bad-frequency", "'3' does not say how often"),
        ("frequency: sometimes", "bad-frequency", "'sometimes' does not say how often"),
        ("frequency: 5/day", "frequency-too-high", "at most 3 a day or 21 a week"),
        ("frequency: 0/week", "count-too-small", "must be at least 1"),
        ("frequency: [3/week]", "wrong-type", "how often, such as 3/week"),
        ("frequency: true", "wrong-type", "how often, such as 3/week"),
    ],
)
def test_frequency_mistakes(tmp_path: Path, line: str, code: str, words: str) -> None:
    problem = only(tmp_path, _routine(top=line + "\n"))
    assert (problem.line, problem.column, problem.code) == (2, 12, code)
    assert words in problem.message


def test_a_frequency_mistake_is_explained_in_norwegian(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nlanguage: nb\nfrequency: ofte\n" + _routine()[9:])
    assert problem.message == "«ofte» sier ikke hvor ofte"
    assert problem.hint == "skriv det som 3/uke, 3 per uke, daglig eller 2/dag"


# -- the schema editors use -------------------------------------------------------------------

VALIDATOR = jsonschema.Draft7Validator(routine_schema())


def test_the_schema_knows_the_progression_keys_the_checker_knows() -> None:
    schema = routine_schema()
    progression = schema["definitions"]["Progression"]
    assert set(progression["properties"]) == set(fields_of(spec.Progression))
    assert progression["additionalProperties"] is False
    assert "progression" in schema["properties"]
    assert "frequency" in schema["properties"]
    assert "progression" in schema["definitions"]["Exercise"]["properties"]


def _doc(**top: object) -> dict[str, object]:
    return {"title": "T", **top, "exercises": [{"name": "a", "reps": "10-15"}]}


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        (_doc(progression="off"), True),
        (_doc(progression="on"), True),
        (_doc(progression={"reps_step": 2, "hold_step": "2s", "good_sessions": 3}), True),
        (_doc(progression={"duration_step": 20}), True),
        (_doc(progression={"rep_step": 2}), False),
        (_doc(progression={"good_sessions": 0}), False),
        (_doc(progression={"days_between_steps": 7}), True),
        (_doc(progression={"days_between_steps": 1}), False),
        (_doc(progression=False), False),
        (_doc(progression="of"), False),
        (_doc(frequency="3/week"), True),
        (_doc(frequency="2 ganger om dagen"), True),
        (_doc(frequency="every day"), True),
        (_doc(frequency="sometimes"), False),
        (_doc(frequency=3), False),
    ],
)
def test_editors_flag_what_coach_check_flags(document: dict[str, object], valid: bool) -> None:
    assert VALIDATOR.is_valid(document) is valid


def test_a_routine_may_step_up_more_slowly_never_faster(tmp_path: Path) -> None:
    text = _routine(
        top="progression:\n  days_between_steps: 7\n",
        cat_extra="    progression:\n      days_between_steps: 3\n",
    )
    routine, problems = check(tmp_path, text)
    assert problems == [] and routine is not None
    assert [e.progression.days_between_steps for e in routine.exercises] == [7, 3]
    too_fast = _routine(cat_extra="    progression:\n      days_between_steps: 1\n")
    for lang, words in (("en", "more often than every 2 days (48 h)"), ("nb", "hver 2. dag")):
        problem = only(tmp_path, too_fast, lang)
        assert (problem.line, problem.code) == (11, "progression-too-fast")
        assert words in problem.message
        assert "not 1" in problem.message or "ikke 1" in problem.message
        assert problem.hint is not None and "days_between_steps: 2" in problem.hint


@pytest.mark.parametrize(
    ("written", "meant"), [("progresjon", "progression"), ("frekvens", "frequency")]
)
def test_norwegian_keys_get_their_suggestion(tmp_path: Path, written: str, meant: str) -> None:
    problem = only(tmp_path, _routine(top=f"{written}: off\n"))
    assert problem.code == "unknown-key"
    assert problem.hint == f"did you mean '{meant}'?"
