"""Direction controls in routine text ("Trojan Source": U+202E makes what follows read backwards)
are a located coach check error, so no picker, session screen or plain line ever shows one."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.routine.loader import check_routine
from coach.text import inert
from tests.routine.helpers import write

BODY = "exercises:\n  - name: {name}\n    instructions: Lift.\n    reps: 10\n"


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f", "\u200e", "\u061c"])
def test_a_direction_control_in_a_name_is_refused_with_its_place(tmp_path: Path, char: str) -> None:
    path = write(tmp_path, "title: Back\n" + BODY.format(name=f'"Bridge {char}egdirB"'))
    routine, problems = check_routine(path, "en")
    assert routine is None
    found = [p for p in problems if p.code == "bidi-control"]
    assert len(found) == 1
    assert (found[0].line, found[0].column) == (3, 11)
    assert f"U+{ord(char):04X}" in found[0].message


def test_the_escape_form_in_quoted_text_is_refused_too(tmp_path: Path) -> None:
    path = write(tmp_path, 'title: "Back \\u202e kcaB"\n' + BODY.format(name="Bridge"))
    routine, problems = check_routine(path, "nb")
    assert routine is None
    assert [p.code for p in problems] == ["bidi-control"]
    assert "retningstegnet U+202E" in problems[0].message


def test_inert_shows_the_marks_as_text() -> None:
    assert inert("a\u200fb\u061cc") == "a\\u200fb\\u061cc"
