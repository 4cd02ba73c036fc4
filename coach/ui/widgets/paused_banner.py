"""`PausedBanner`: the session is paused, in letters three lines high, and what Space does.

Drawn over the middle of the session screen while the session is paused (the screen's
`-paused` class shows it): a patient on the floor, a metre or two away, must not mistake a
paused countdown for a slow one.
"""

from __future__ import annotations

from typing import Final

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

# Three-line letters in the style of Textual's `Digits`: only the letters of the paused word
# in coach's languages ("PAUSED", "PAUSE"); a word with another letter is shown as it is.
_LETTERS: Final[dict[str, tuple[str, str, str]]] = {
    "P": ("╭─╮", "├─╯", "╵  "),
    "A": ("╭─╮", "├─┤", "╵ ╵"),
    "U": ("╷ ╷", "│ │", "╰─╯"),
    "S": ("╭─╴", "╰─╮", "╶─╯"),
    "E": ("╭─╴", "├─ ", "╰─╴"),
    "D": ("┌─╮", "│ │", "└─╯"),
}


def big_letters(word: str) -> str:
    """`word` in three-line letters, or `word` itself when a letter has no big form."""
    if not word or any(letter not in _LETTERS for letter in word):
        return word
    return "\n".join(" ".join(_LETTERS[letter][row] for letter in word) for row in range(3))


class PausedBanner(Vertical):
    """The paused word, big, and the hint under it ("Press Space to go on")."""

    DEFAULT_CSS = """
    PausedBanner {
        height: auto;
        border: heavy $foreground;
        background: $panel;
        padding: 0 2;
        #paused-word { width: 100%; text-align: center; text-style: bold; }
        #paused-hint { width: 100%; text-align: center; text-style: bold; margin-top: 1; }
    }
    """

    def __init__(self, word: str, hint: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.word = word
        self.hint = hint

    @property
    def text(self) -> str:
        """Everything the banner says, as plain text."""
        return f"{self.word}\n{self.hint}"

    def compose(self) -> ComposeResult:
        yield Static(big_letters(self.word), id="paused-word", markup=False)
        yield Static(self.hint, id="paused-hint", markup=False)
