"""`BigText`: a word or a number drawn as large as its box allows, in coach's block font.

The session screen's countdown and phase word are BigTexts: the screen's CSS gives each its
box (the countdown takes the room left over), and the text fills it. When even the smallest
face does not fit, or a character has no glyph, the text is shown as it is, in one line: it is
always there, only smaller. Colour comes from the CSS `color`, so the theme (high contrast too)
decides it; the shape of the text, never the colour alone, says what it is.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive

from coach.ui.widgets import block_font
from coach.ui.widgets.line import Line


class BigText(Line):
    """Its `text` (a `Line`'s: set it, and it redraws when it changed) as big as fits, with an
    optional small caption line under it (a timed exercise's time left under the breath)."""

    DEFAULT_CSS = """
    BigText {
        width: 100%;
        content-align: center middle;
        text-align: center;
        text-style: bold;
    }
    """

    caption: reactive[str] = reactive("", layout=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    @property
    def big_lines(self) -> tuple[str, ...] | None:
        """The block-font lines drawn now; None when the text is shown as a plain line."""
        size = self.content_size
        height = size.height - (2 if self.caption else 0)
        if height <= 0 or size.width <= 0:
            return None
        return block_font.render(self.text, size.width, height)

    def render(self) -> RenderResult:
        lines = self.big_lines
        shown = Content("\n".join(lines) if lines is not None else self.text)
        if not self.caption:
            return shown
        between = "\n\n" if lines is not None else "  "
        return Content.assemble(shown, between, (self.caption, "not bold"))
