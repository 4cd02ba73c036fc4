"""`BeforeSessionAdviceScreen`: with severe pain now (7 or more), the article's advice for acute
pain and the gentle routine, before the session starts.

The patient may still start (Enter): the article says movement in the comfort zone is important.
Escape (or the second button) goes back to the routines, where the gentle routine is.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Static

from coach.i18n import Language
from coach.ui.screens.base import CoachScreen


class BeforeSessionAdviceScreen(CoachScreen[bool]):
    """Dismisses with True to start the session, False to go back to the routines."""

    CSS_PATH = "safety.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "safety.ui.key.back"),
    ]

    def __init__(self, lines: tuple[str, ...], note: str, lang: Language) -> None:
        super().__init__(lang)
        self.lines = lines
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="guidance-panel"):
            with VerticalScroll(id="guidance-body"):
                yield Static(self._("safety.before.title"), id="safety-title")
                for line in self.lines:
                    yield Static(line, classes="guidance-line", markup=False)
                yield Static(self.note, classes="guidance-line -own-numbers", markup=False)
            with Horizontal(id="before-buttons"):
                yield Button(
                    self._("safety.ui.before.start"),
                    id="before-start",
                    variant="primary",
                    compact=True,
                )
                yield Button(self._("safety.ui.before.back"), id="before-back", compact=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Focused for Enter, without scrolling: the advice is read from the top.
        self.query_one("#before-start", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "before-start")

    def action_back(self) -> None:
        """Back to the routines, without starting."""
        self.dismiss(False)
