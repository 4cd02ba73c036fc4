"""docs/routine-format.md stays true: its examples load cleanly and it lists every problem code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.i18n import catalog
from coach.routine.loader import check_routine

DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "routine-format.md"
TEXT = DOC.read_text(encoding="utf-8")
EXAMPLES = [
    block
    for block in re.findall(r"```yaml\n(.*?)```", TEXT, flags=re.DOTALL)
    if re.search(r"^title:", block, flags=re.MULTILINE)
]


def test_the_doc_has_an_example_per_feature() -> None:
    assert len(EXAMPLES) >= 12


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.split("title: ", 1)[1].split("\n")[0])
def test_every_complete_example_is_a_clean_routine(tmp_path: Path, example: str) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    routine, problems = check_routine(path)
    assert problems == []
    assert routine is not None


def _codes() -> set[str]:
    # A problem code is a catalog key `routine.<code>`; hints, phrases and syntax messages aren't.
    codes = set()
    for key in catalog():
        parts = key.split(".")
        if parts[0] == "routine" and len(parts) == 2:
            codes.add(parts[1])
    return codes


def test_the_doc_lists_every_problem_code() -> None:
    table = TEXT.split("## Problem codes", 1)[1].split("| --- |", 1)[1]
    listed = set(re.findall(r"`([a-z-]+)`", table))
    assert _codes() <= listed
    assert listed <= _codes()
