"""The staff's key chord: a short sequence of keys pressed one after the other, quickly."""

from __future__ import annotations

import re
from typing import Final

from coach.session.clock import Clock

DEFAULT_CHORD: Final = ("ctrl+x", "ctrl+e")
CHORD_WINDOW_S: Final = 2.0  # the whole chord within this time
_KEY = re.compile(r"^((ctrl|alt|shift|super)\+)*[a-z0-9_]+$")


def parse_chord(text: str) -> tuple[str, ...] | None:
    """`"ctrl+x ctrl+e"` as Textual key names, or None when it is not a chord of 1 to 4 keys."""
    keys = tuple(text.lower().replace(",", " ").split())
    if not 1 <= len(keys) <= 4 or not all(_KEY.match(key) for key in keys):
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
