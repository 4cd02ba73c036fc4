"""`LineWriter`: append-only lines for a screen reader, a braille display or a file.

Every line is written whole, ends with a newline, and is flushed at once (a screen reader speaks
what has arrived). Nothing is ever redrawn: no cursor movement, no clearing, no colour. Text from a
routine file or the history may hold control characters: every line passes `coach.text.inert`, so
an escape sequence in a title shows as ␛ and does nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Final, TextIO

from coach.i18n import Language, translate
from coach.text import inert

# "2–3 weeks", "0–10": a voice skips the dash ("two three weeks"); "3 → 2": it says "right arrow".
_RANGE: Final = re.compile(r"(\d)\s*–\s*(\d)")
_ARROW: Final = re.compile(r"\s*→\s*")


def speakable(text: str, lang: Language) -> str:
    """`text` with the signs a voice reads badly in words: "2–3" as "2 to 3", "3 → 2" as
    "3 to 2" (in `lang`)."""
    to = translate("plain.to", lang)
    return _ARROW.sub(f" {to} ", _RANGE.sub(rf"\1 {to} \2", text))


class LineWriter:
    """Writes lines to `stream` (stdout by default); `transcript` keeps every line written.
    `lang` is the language of what is said now (for `speakable`)."""

    def __init__(self, stream: TextIO | None = None, lang: Language = "en") -> None:
        self._stream = stream
        self.lang: Language = lang
        self.transcript: list[str] = []

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout

    def say(self, text: str) -> None:
        """Write `text` as one or more whole lines (a newline inside it starts a new line;
        blank lines are dropped: a screen reader says "blank")."""
        for part in speakable(inert(text), self.lang).splitlines():
            line = part.rstrip()
            if not line:
                continue
            self.transcript.append(line)
            self.stream.write(line + "\n")
        self.stream.flush()

    def say_all(self, lines: Iterable[str]) -> None:
        """Write each of `lines`."""
        for line in lines:
            self.say(line)
