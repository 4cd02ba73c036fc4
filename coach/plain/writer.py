"""`LineWriter`: append-only lines for a screen reader, a braille display or a file.

Every line is written whole, ends with a newline, and is flushed at once (a screen reader speaks
what has arrived). Nothing is ever redrawn: no cursor movement, no clearing, no colour. Text from a
routine file or the history may hold control characters: every line passes `coach.text.inert`, so
an escape sequence in a title shows as ␛ and does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from coach.text import inert


class LineWriter:
    """Writes lines to `stream` (stdout by default); `transcript` keeps every line written."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self.transcript: list[str] = []

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout

    def say(self, text: str) -> None:
        """Write `text` as one or more whole lines (a newline inside it starts a new line;
        blank lines are dropped: a screen reader says "blank")."""
        for part in inert(text).splitlines():
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
