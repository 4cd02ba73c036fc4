"""The staff's key chord: the keys in order, within two seconds."""

from __future__ import annotations

from coach.kiosk.chord import ChordMatcher, parse_chord
from coach.session.clock import FakeClock


def test_parse_chord() -> None:
    assert parse_chord("ctrl+x ctrl+e") == ("ctrl+x", "ctrl+e")
    assert parse_chord("Ctrl+X, F12") == ("ctrl+x", "f12")
    assert parse_chord("") is None
    assert parse_chord("a b c d e") is None
    assert parse_chord("ctrl+ä") is None


def test_the_chord_matches_in_order_within_the_window() -> None:
    clock = FakeClock(0)
    chord = ChordMatcher(("ctrl+x", "ctrl+e"), clock)
    assert not chord.feed("ctrl+x")
    assert chord.feed("ctrl+e")
    assert not chord.feed("ctrl+e")  # matched once: starts over
    assert not chord.feed("ctrl+x")
    clock.advance(2.5)
    assert not chord.feed("ctrl+e")  # too slow
    assert not chord.feed("ctrl+x")
    assert not chord.feed("a")  # interrupted
    assert not chord.feed("ctrl+e")
    assert not chord.feed("ctrl+x")
    assert not chord.feed("ctrl+x")  # a repeated first key still begins the chord
    assert chord.feed("ctrl+e")


def test_only_key_names_textual_knows_make_a_chord() -> None:
    """Reviewer: "ctrl+x banana" was taken; no key is ever called banana, so the staff exit
    could never be pressed."""
    assert parse_chord("ctrl+x banana") is None
    assert parse_chord("ctrl+x ctrlx") is None
    assert parse_chord("alt+x shift+home ctrl+f5 escape") == (
        "alt+x",
        "shift+home",
        "ctrl+f5",
        "escape",
    )
    assert parse_chord("ctrl+k 5") == ("ctrl+k", "5")


def test_the_key_names_are_still_textuals() -> None:
    """The chord's key names are written out (the supervisor loads no Textual): the same as
    Textual's own, one letter or digit aside."""
    import re

    from textual.keys import Keys

    from coach.kiosk.chord import KEY_NAMES

    modifiers = re.compile(r"^((ctrl|alt|shift|super)\+)*")
    textual_names = {modifiers.sub("", key.value) for key in Keys if not key.value.startswith("<")}
    words = {name for name in textual_names if len(name) > 1 and name != "ctrl-at"}
    assert words == KEY_NAMES
