"""A key written without its colon (`name Bird dog`) is reported at that line, with the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.routine.syntax import missing_colon
from tests.routine.helpers import check, only


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # YAML reads `- name Bird dog` as text and fails at the next line's key.
        ("title: T\nexercises:\n  - name Bird dog\n    reps: 10\n", (3, 9)),
        (
            "title: T\nexercises:\n  - name: Bridge\n    reps: 10\n  - name Bird dog\n"
            "    instructions: Opposite arm and leg.\n    reps: 10\n",
            (5, 9),
        ),
        # Inside an exercise: YAML is still looking for the key's colon on the next line.
        ("title: T\nexercises:\n  - name: Bridge\n    reps 10\n    hold: 3s\n", (4, 9)),
        # The very first line, and a file of that line alone.
        ("title Back basics\nexercises:\n  - name: Bridge\n    reps: 10\n", (1, 6)),
        ("title Back basics\n", (1, 6)),
        # The last exercise: valid YAML (a list item of text), caught by the checker.
        ("title: T\nexercises:\n  - name: Bridge\n    reps: 10\n  - name Bird dog\n", (5, 9)),
        # A comment after it changes nothing.
        ("title: T\nexercises:\n  - name Bird dog  # fix me\n    reps: 10\n", (3, 9)),
    ],
)
def test_the_line_without_the_colon_is_the_one_reported(
    tmp_path: Path, text: str, at: tuple[int, int]
) -> None:
    _, problems = check(tmp_path, text, "en")
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.line, p.column, p.code) for p in errors] == [(*at, "missing-colon")]


def test_the_message_names_the_key_and_the_hint_shows_the_fix(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nexercises:\n  - name Bird dog\n    reps: 10\n", "en")
    assert problem.message == "the key 'name' has no colon after it"
    assert problem.hint == (
        "a key needs a colon and a space before its value: write 'name: Bird dog'"
    )
    problem = only(tmp_path, "title: T\nexercises:\n  - name Bird dog\n    reps: 10\n", "nb")
    assert problem.message == "nøkkelen «name» mangler kolon etter seg"
    assert problem.hint == (
        "en nøkkel trenger kolon og mellomrom før verdien: skriv «name: Bird dog»"
    )


def test_the_second_line_of_a_long_text_is_not_taken_for_a_key(tmp_path: Path) -> None:
    # "and lower: slowly" is what YAML trips on, and "and lower slowly" is not a key.
    text = (
        "title: T\nexercises:\n  - name: Bridge\n    instructions: Lift your hips\n"
        "      and lower slowly\n      and rest: ok\n    reps: 10\n"
    )
    problem = only(tmp_path, text, "en")
    assert problem.code == "yaml-syntax"
    assert problem.line == 6


def test_a_quoted_list_item_is_text_not_a_missing_colon(tmp_path: Path) -> None:
    text = 'title: T\nexercises:\n  - name: Bridge\n    reps: 10\n  - "name Bird dog"\n'
    problem = only(tmp_path, text.replace("reps: 10", "reps: 10\n    instructions: Lift."), "en")
    assert (problem.line, problem.code) == (6, "wrong-type")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  - name Bird dog", (9, "name", "Bird dog")),
        ("    reps 10", (9, "reps", "10")),
        ("title Back", (6, "title", "Back")),
        ("    reps: 10", None),
        ("    reps:", None),
        ("    - left", None),
        ("      and lower slowly", None),  # not a key of the format
        ("    instructions: Tip: breathe", None),
    ],
)
def test_missing_colon_recognises_known_keys(
    line: str, expected: tuple[int, str, str] | None
) -> None:
    assert missing_colon(line, known_keys_only=True) == expected
