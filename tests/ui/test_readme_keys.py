"""The README's tour names every key of the session, the picker and the history screens: a
key a patient can press but cannot read about is a key nobody finds (`v` was missing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.screen import Screen

from coach.ui.screens.history import HistoryScreen
from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.session import SessionScreen

README = Path(__file__).resolve().parent.parent.parent / "README.md"
# How the README writes a key Textual names otherwise.
_WRITTEN = {
    "space": "Space",
    "enter": "Enter",
    "escape": "Esc",
    "right": "→",
    "left": "←",
    "minus": "−",
    "plus": "+",
    "equals_sign": "+",  # the same key as + without Shift
}


def _tour() -> str:
    text = README.read_text(encoding="utf-8")
    tour = text.split("## A short tour", 1)[1].split("\n## ", 1)[0]
    return " ".join(tour.split())


def _keys(screen: type[Screen[object]]) -> set[str]:
    keys: set[str] = set()
    for binding in screen.BINDINGS:
        assert isinstance(binding, Binding)
        for key in binding.key.split(","):
            keys.add(_WRITTEN.get(key, key))
    return keys


@pytest.mark.parametrize(
    ("screen", "where"),
    [
        (SessionScreen, r"Keys: (.+?); each is also a button"),
        (HistoryScreen, r"in the history screen, (.+?)\. What is kept"),
    ],
)
def test_the_readme_names_every_key(screen: type[Screen[object]], where: str) -> None:
    found = re.search(where, _tour())
    assert found is not None, where
    sentence = found.group(1)
    missing = sorted(
        key for key in _keys(screen) if not re.search(rf"(^|\W){re.escape(key)}\W", f"{sentence} ")
    )
    assert not missing, f"the README's key list lacks {missing}: {sentence!r}"


def test_the_picker_keys_are_in_the_readme() -> None:
    tour = _tour()
    assert "h in the routine list" in tour and "opens the routine picker" in tour
    found = re.search(r"In the list, (.+?)\.", tour)
    assert found is not None
    missing = sorted(
        key
        for key in _keys(PickerScreen)
        if not re.search(rf"(^|\W){re.escape(key)}\W", f"{found.group(1)} ")
    )
    assert not missing, f"the README's picker keys lack {missing}"
