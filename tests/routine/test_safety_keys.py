"""`red_flags:` and `pain_check:` in routine files: the model they make, the problems they get."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from coach.routine.model import RedFlagQuestion
from coach.routine.schema import routine_schema
from tests.routine.helpers import check, codes

TWO_EXERCISES = """\
exercises:
  - name: Bridge
    instructions: Lift your hips.
    reps: 10
  - name: Cat-cow
    instructions: Arch and round.
    duration: 1min
"""


def test_without_the_keys_pain_is_asked_around_the_session_and_no_question_is_added(
    tmp_path: Path,
) -> None:
    routine, problems = check(tmp_path, "title: T\n" + TWO_EXERCISES)
    assert problems == []
    assert routine is not None
    assert routine.red_flags == ()
    assert routine.pain_check == "session"


def test_own_questions_keep_their_order_and_advice(tmp_path: Path) -> None:
    text = (
        "title: T\n"
        "pain_check: after_each_exercise\n"
        "red_flags:\n"
        "  - question: Fever, or redness around the scar\n"
        "    advice: Contact the hospital that operated on you.\n"
        "  - question: New numbness in one leg\n" + TWO_EXERCISES
    )
    routine, problems = check(tmp_path, text)
    assert problems == []
    assert routine is not None
    assert routine.red_flags == (
        RedFlagQuestion(
            "Fever, or redness around the scar", "Contact the hospital that operated on you."
        ),
        RedFlagQuestion("New numbness in one leg", None),
    )
    assert routine.pain_check == "after_each_exercise"


def test_norwegian_keys_are_suggested(tmp_path: Path) -> None:
    text = "title: T\nrøde_flagg:\n  - spørsmål: Feber\nsmertesjekk: økt\n" + TWO_EXERCISES
    _, problems = check(tmp_path, text, "nb")
    assert codes(problems) == [(2, 1, "unknown-key"), (4, 1, "unknown-key")]
    assert [p.hint for p in problems] == ["mente du «red_flags»?", "mente du «pain_check»?"]


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("pain_check: after_each_set\n", [(2, 13, "bad-choice")]),
        ("pain_check: etter_hver_øvelse\n", [(2, 13, "bad-choice")]),
        ("red_flags: Fever\n", [(2, 12, "wrong-type")]),
        ("red_flags: []\n", [(2, 12, "empty-list")]),
        ("red_flags:\n  - Fever\n", [(3, 5, "wrong-type")]),
        ("red_flags:\n  - advice: Call.\n", [(3, 5, "missing-key")]),
        ("red_flags:\n  - question: Q\n    answer: no\n", [(4, 5, "unknown-key")]),
        ("red_flags:\n  - question: A\n  - question: ' a '\n", [(4, 15, "duplicate-red-flag")]),
        (
            "red_flags:\n" + "".join(f"  - question: Q{i}\n" for i in range(6)),
            [(3, 3, "too-many-items")],
        ),
        (f"red_flags:\n  - question: {'x' * 201}\n", [(3, 15, "value-too-long")]),
        (f"red_flags:\n  - question: Q\n    advice: {'x' * 501}\n", [(4, 13, "value-too-long")]),
    ],
)
def test_mistakes_are_reported_where_they_are(
    tmp_path: Path, top: str, expected: list[tuple[int, int, str]]
) -> None:
    routine, problems = check(tmp_path, "title: T\n" + top + TWO_EXERCISES)
    assert codes(problems) == expected
    assert routine is None


def test_a_close_choice_is_suggested(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "title: T\npain_check: etter_hver_øvelse\n" + TWO_EXERCISES)
    assert problems[0].hint is not None and "after_each_exercise" in problems[0].hint


def test_after_each_exercise_with_one_exercise_is_a_warning_only(tmp_path: Path) -> None:
    text = (
        "title: T\npain_check: after_each_exercise\nexercises:\n"
        "  - name: Bridge\n    instructions: Lift.\n    reps: 10\n"
    )
    routine, problems = check(tmp_path, text)
    assert codes(problems) == [(2, 13, "pain-check-one-exercise")]
    assert routine is not None and routine.pain_check == "after_each_exercise"


def test_the_schema_accepts_what_check_accepts_and_refuses_the_rest() -> None:
    validator = jsonschema.Draft7Validator(routine_schema())
    good = {
        "title": "T",
        "pain_check": "after_each_exercise",
        "red_flags": [{"question": "Fever", "advice": "Call."}, {"question": "Numbness"}],
        "exercises": [{"name": "Bridge", "reps": 10}],
    }
    assert list(validator.iter_errors(good)) == []
    for bad in (
        {"pain_check": "always"},
        {"red_flags": [{"advice": "Call."}]},
        {"red_flags": [{"question": "Q", "extra": 1}]},
        {"red_flags": [{"question": f"Q{i}"} for i in range(6)]},
    ):
        assert list(validator.iter_errors({**good, **bad})), bad
