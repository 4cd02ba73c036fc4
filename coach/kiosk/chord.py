"""The staff's key chord: a short sequence of keys pressed one after the other, quickly."""

from __future__ import annotations

import re
from typing import Final

from coach.session.clock import Clock

DEFAULT_CHORD: Final = ("ctrl+x", "ctrl+e")
CHORD_WINDOW_S: Final = 2.0  # the whole chord within this time
_KEY = re.compile(r"^((ctrl|alt|shift|super)\+)*[a-z0-9_]+$")
_MODIFIERS: Final = re.compile(r"^((ctrl|alt|shift|super)\+)*")


# The names of the keys Textual knows (textual.keys.Keys' values) without their modifiers, one
# letter or digit aside: written out because the kiosk's supervisor reads the config and must not
# load Textual. tests/kiosk/test_chord.py checks they are still Textual's.
KEY_NAMES: Final = frozenset(
    [
        *(f"f{n}" for n in range(1, 25)),
        *("backslash", "backspace", "circumflex_accent", "delete", "down", "end", "enter"),
        *("escape", "home", "insert", "left", "pagedown", "pageup", "return", "right"),
        *("right_square_bracket", "space", "tab", "underscore", "up"),
    ]
)


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace(",", " ").split())


def unknown_key(text: str) -> str | None:
    """The first key of the chord `text` that is no key a keyboard sends (neither one of
    Textual's key names nor one letter or digit), or None."""
    for key in _split(text):
        name = _MODIFIERS.sub("", key)
        if not (len(name) == 1 and name.isalnum() and name.isascii()) and name not in KEY_NAMES:
            return key
    return None


def parse_chord(text: str) -> tuple[str, ...] | None:
    """`"ctrl+x ctrl+e"` as Textual key names, or None when it is not a chord of 1 to 4 keys
    a keyboard can press."""
    keys = _split(text)
    if not 1 <= len(keys) <= 4 or not all(_KEY.match(key) for key in keys):
        return None
    if unknown_key(text) is not None:
        return None
    return keys


class ChordMatcher:
    """Fed every key; says when the last keys were the chord, pressed within the window."""

    def __init__(self, keys: tuple[str, ...], clock: Clock, window: float = CHORD_WINDOW_S):
        self.keys: Final = keys
        self._clock = clock
        self._window = window
        self._matched = 0
        self._first_at = 0.0

    def is_part(self, key: str) -> bool:
        """Whether `key` belongs to the chord (such keys are kept from the screens)."""
        return key in self.keys

    def feed(self, key: str) -> bool:
        """One key pressed; True when it completes the chord."""
        now = self._clock.now()
        if self._matched and now - self._first_at > self._window:
            self._matched = 0
        if key == self.keys[self._matched]:
            if self._matched == 0:
                self._first_at = now
            self._matched += 1
        else:
            self._matched = 1 if key == self.keys[0] else 0
            self._first_at = now
        if self._matched == len(self.keys):
            self._matched = 0
            return True
        return False
