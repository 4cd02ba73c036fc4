"""docs/accessibility.md quotes plain mode as it really speaks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.plain.support import session_transcript

DOC = Path("docs/accessibility.md")


def _blocks() -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    return [block.splitlines() for block in re.findall(r"```\n(.*?)```", text, re.DOTALL)]


@pytest.mark.parametrize(
    ("index", "routine"),
    [(0, "tests/data/ui/every-step.en.yaml"), (1, "tests/data/ui/manual-and-wait.nb.yaml")],
)
def test_the_quoted_transcripts_are_what_coach_says(index: int, routine: str) -> None:
    said = session_transcript(Path(routine))
    quoted = [line for line in _blocks()[index] if line != "…"]
    before_session = ("Starting ", "Keys: ")  # said by the visit and the keys, not the session
    session_lines = [line for line in quoted if not line.startswith(before_session)]
    positions = [said.index(line) for line in session_lines]  # each one is really said…
    assert positions == sorted(positions)  # …in this order
