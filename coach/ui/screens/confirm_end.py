"""`ConfirmEndScreen`: "End the session now?" before a session is ended early."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from coach.i18n import Language, translate
from coach.ui.screens.base import CoachModalScreen


class ConfirmEndScreen(CoachModalScreen[bool]):
    """Dismisses with True to end the session, False to keep going.

    "Keep going" has the focus, so an Enter pressed out of habit does not end the session;
    q again ends it, Escape keeps going.
    """

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "end", "ui.confirm.end"),
        Binding("escape", "keep", "ui.confirm.keep"),
    ]

    def __init__(self, lang: Language) -> None:
        super().__init__(lang)

    def compose(self) -> ComposeResult:
        _ = self.lang
        with Vertical(id="dialog"):
            yield Static(translate("ui.confirm.title", _), id="confirm-title")
            yield Static(translate("ui.confirm.body", _), id="confirm-body")
            with Horizontal(id="confirm-buttons"):
                yield Button(translate("ui.confirm.keep", _), variant="primary", id="keep")
                yield Button(translate("ui.confirm.end", _), variant="error", id="end")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "end")

    def action_end(self) -> None:
        self.dismiss(True)

    def action_keep(self) -> None:
        self.dismiss(False)
