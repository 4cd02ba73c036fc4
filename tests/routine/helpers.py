"""Small helpers for routine tests: write a routine to a file and check it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from coach.i18n import Language
from coach.routine.loader import check_routine
from coach.routine.model import Routine
from coach.routine.problems import Problem

VALID = """\
title: Lower back basics
exercises:
  - name: Pelvic tilt
    instructions: Press your lower back down.
    reps: 10-15
    hold: 5s
"""


def write(tmp_path: Path, text: str | bytes, name: str = "routine.yaml") -> Path:
    """`text` (dedented when it is a str) written to a file under `tmp_path`."""
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def check(
    tmp_path: Path, text: str | bytes, lang: Language | None = None
) -> tuple[Routine | None, list[Problem]]:
    """Check `text` as a routine file."""
    return check_routine(write(tmp_path, text), lang)


def codes(problems: list[Problem]) -> list[tuple[int, int, str]]:
    """Each problem as (line, column, code): what the corpus and most tests compare."""
    return [(p.line, p.column, p.code) for p in problems]


def only(tmp_path: Path, text: str | bytes, lang: Language | None = None) -> Problem:
    """The one problem `text` has (fails if it has none or several)."""
    _, problems = check(tmp_path, text, lang)
    assert len(problems) == 1, codes(problems)
    return problems[0]
