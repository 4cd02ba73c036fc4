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

    # The catalog keys of the dialog's words (a subclass asks another question).
    TITLE_KEY: ClassVar[str] = "ui.confirm.title"
    BODY_KEY: ClassVar[str] = "ui.confirm.body"
    KEEP_KEY: ClassVar[str] = "ui.confirm.keep"
    END_KEY: ClassVar[str] = "ui.confirm.end"

    def __init__(self, lang: Language) -> None:
        super().__init__(lang)

    def compose(self) -> ComposeResult:
        _ = self.lang
        with Vertical(id="dialog"):
            yield Static(translate(self.TITLE_KEY, _), id="confirm-title")
            yield Static(translate(self.BODY_KEY, _), id="confirm-body")
            with Horizontal(id="confirm-buttons"):
                yield Button(translate(self.KEEP_KEY, _), variant="primary", id="keep")
                yield Button(translate(self.END_KEY, _), variant="error", id="end")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "end")

    def action_end(self) -> None:
        self.dismiss(True)

    def action_keep(self) -> None:
        self.dismiss(False)


class ConfirmQuitUnsavedScreen(ConfirmEndScreen):
    """Asks "quit anyway?" when the summary's Quit comes while the history's writes still wait for
    another program: quitting now loses the session. True quits anyway; waiting (the focused
    default, Escape) keeps the app open, and coach keeps trying to save."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "end", "ui.unsaved.quit"),
        Binding("escape", "keep", "ui.unsaved.wait"),
    ]
    TITLE_KEY = "ui.unsaved.title"
    BODY_KEY = "ui.unsaved.body"
    KEEP_KEY = "ui.unsaved.wait"
    END_KEY = "ui.unsaved.quit"
