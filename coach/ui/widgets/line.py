"""`Line`: a line of text that redraws only when its text changes."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static


class Line(Static):
    """A `Static` whose `text` is reactive: setting the same text again costs nothing (an update
    costs a layout and a redraw), and an empty line has the `-empty` class, to take no room."""

    text: reactive[str] = reactive("")

    def watch_text(self, text: str) -> None:
        self.update(text)
        self.set_class(not text, "-empty")
