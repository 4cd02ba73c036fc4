"""The title shown in `coach run`'s first frame, read without the loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.routine.peek import peek_title


@pytest.mark.parametrize("path", sorted(routines_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_the_peek_agrees_with_the_loader_on_the_bundled_routines(path: Path) -> None:
    assert peek_title(path) == load_routine(path).title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: Bridge and more  # a comment", "Bridge and more"),
        ("title: 'Quoted: yes'", "Quoted: yes"),
        ('title: "Double"', "Double"),
        ("title: >-", "r.yaml"),  # a folded block: left to the loader
        ('title: "Escaped \\" quote"', "r.yaml"),
        ("name: no title here", "r.yaml"),
        ("title:", "r.yaml"),
    ],
)
def test_anything_unusual_gives_the_file_name(tmp_path: Path, line: str, title: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(f"{line}\nexercises: []\n", encoding="utf-8")
    assert peek_title(path) == title


def test_an_unreadable_file_gives_its_name(tmp_path: Path) -> None:
    assert peek_title(tmp_path / "missing.yaml") == "missing.yaml"
