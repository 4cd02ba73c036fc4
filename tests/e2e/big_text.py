"""Reading coach's big block text off a real terminal screen (`capture-pane` text)."""

from __future__ import annotations

from coach.ui.widgets import block_font

BLOCKS = frozenset("█▀▄")


def block_rows(screen: str) -> list[int]:
    """The numbers of the screen's rows that hold block-font ink."""
    return [i for i, row in enumerate(screen.splitlines()) if BLOCKS & set(row)]


def tallest_block(screen: str) -> int:
    """The height in rows of the tallest run of consecutive rows with block-font ink (the big
    countdown; the phase band above it is shorter and kept apart by the exercise's name)."""
    best = run = 0
    previous = -2
    for row in block_rows(screen):
        run = run + 1 if row == previous + 1 else 1
        best = max(best, run)
        previous = row
    return best


def shows_big(screen: str, text: str, width: int, rows: int) -> bool:
    """Whether `text`, drawn in a box of `width` × `rows` cells as the session screen draws its
    phase word, is on `screen` (its lines one under the other, centred or not)."""
    lines = block_font.render(text, width, rows)
    if lines is None:
        return text in screen
    wanted = [line.strip() for line in lines]
    shown = [row.strip() for row in screen.splitlines()]
    return any(shown[i : i + len(wanted)] == wanted for i in range(len(shown) - len(wanted) + 1))
