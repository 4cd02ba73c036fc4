"""`coach.text.inert`: the one function that makes text from a file or the history harmless."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.text import CONTROL, first_control, inert

PWNED = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED"


def test_an_escape_sequence_is_shown_not_obeyed() -> None:
    assert inert(PWNED) == "␛]0;pwned␇␛[2J␛[31mRED"
    assert inert("a\rb\x7fc\x9b2Jd\x00") == "a␍b␡c\\x9b2Jd␀"


def test_text_without_control_characters_is_left_alone() -> None:
    for text in ("Bekkentilt", "Løft hoftene\n\tsakte", "体操 – 3–5 s", "«Pust ut»", ""):
        assert inert(text) == text
        assert first_control(text) is None


def test_the_first_control_character_is_found() -> None:
    assert first_control(PWNED) == "\x1b"
    assert first_control("ok\x85next") == "\x85"


@given(st.text())
def test_nothing_inert_returns_can_control_a_terminal(text: str) -> None:
    shown = inert(text)
    assert CONTROL.search(shown) is None
    assert inert(shown) == shown
