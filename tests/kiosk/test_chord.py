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
