"""`SourcesScreen`: the sources a routine file cites, listed in full, from the picker (s, or the
"Sources" button under the description).

In the routine's language, as its description is: an nb routine's sources are Norwegian
articles and their credits read as the routine does. Every source is text from the file, shown
inert and never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Static

from coach.routine.model import Routine
from coach.text import inert
from coach.ui.screens.base import CoachModalScreen


class SourcesScreen(CoachModalScreen[None]):
    """The numbered sources of `routine`, and a button back to the picker."""

    CSS_PATH = "sources.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q,s", "close", "ui.action.back"),
    ]

    def __init__(self, routine: Routine) -> None:
        super().__init__(routine.language)
        self.routine = routine

    def compose(self) -> ComposeResult:
        with Vertical(id="sources-dialog"):
            yield Static(
                self._("ui.picker.detail.sources_title", title=inert(self.routine.title)),
                id="sources-title",
                markup=False,
            )
            with VerticalScroll(id="sources-list"):
                for number, source in enumerate(self.routine.sources, start=1):
                    yield Static(
                        f"{number}. {inert(source)}",
                        classes="source",
                        markup=False,
                    )
            yield Button(self._("ui.action.back"), variant="primary", id="close", compact=True)

    def on_mount(self) -> None:
        # The list first, so the arrow keys scroll a long one.
        self.query_one("#sources-list").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
