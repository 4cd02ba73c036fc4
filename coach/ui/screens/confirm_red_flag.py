"""`ConfirmRedFlagScreen`: "You answered yes to …: is that right?" before a "yes" stops a session.

The red-flag screen answers with digit keys, and the pain screen after it does too: a pain
number typed one screen early must not tell a patient not to train. So a digit only asks; the
answer is Y (or J, "ja") or the button, and no digit does anything here. No button has the focus:
an Enter typed after the digits must not confirm either.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from coach.i18n import Language, translate
from coach.safety.red_flags import RedFlag
from coach.ui.screens.base import CoachModalScreen


class ConfirmRedFlagScreen(CoachModalScreen[bool]):
    """Dismisses with True when the patient confirms the "yes", False to go back to the list."""

    CSS_PATH = "dialogs.tcss"
    AUTO_FOCUS = ""  # Enter must not confirm for the patient

    BINDINGS: ClassVar[list[BindingType]] = [
        # The button says which letter (Y, or J in Norwegian); the footer would say Y for both.
        Binding("y,j", "answer(True)", "safety.ui.confirm_yes.key_yes", show=False),
        Binding("escape,n", "answer(False)", "safety.ui.confirm_yes.key_no", key_display="Esc"),
    ]

    def __init__(self, flag: RedFlag, lang: Language) -> None:
        super().__init__(lang)
        self.flag = flag

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="dialog"):
            yield Static(translate("safety.ui.confirm_yes.title", lang), id="confirm-title")
            yield Static(f"• {self.flag.text}", id="confirm-flag", markup=False)
            yield Static(translate("safety.ui.confirm_yes.body", lang), id="confirm-body")
            with Horizontal(id="confirm-buttons"):
                yield Button(
                    translate("safety.ui.confirm_yes.no", lang), id="confirm-no", compact=True
                )
                yield Button(
                    translate("safety.ui.confirm_yes.yes", lang),
                    id="confirm-yes",
                    variant="error",
                    compact=True,
                )
        yield Footer(compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        """Y: the "yes" stands; Escape or N: back to the questions."""
        self.dismiss(yes)
