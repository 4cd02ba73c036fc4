"""`StaffExitScreen`: the staff's PIN, after the exit key chord. Nothing else ends the kiosk.

The PIN is checked by the app's `PinGate`, which slows repeated wrong PINs down; the typed PIN
is never shown, logged or kept.
"""

from __future__ import annotations

import math
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from coach.i18n import Language
from coach.kiosk.pin import PIN_MAX_DIGITS, PinGate, PinOutcome
from coach.ui.screens.base import CoachModalScreen


class StaffExitScreen(CoachModalScreen[None]):
    """PIN entry; Escape goes back to what was on the screen."""

    CSS_PATH = "dialogs.tcss"
    DEFAULT_CSS = """
    StaffExitScreen { align: center middle; background: $background 60%; }
    #staff-title { text-style: bold; width: 100%; }
    #staff-body { margin-top: 1; }
    #pin { margin-top: 1; width: 24; }
    #staff-message { margin-top: 1; color: $text-warning; }
    #staff-message.-empty { display: none; }
    StaffExitScreen.-short #dialog { padding: 0 1; }
    StaffExitScreen.-short #staff-body, StaffExitScreen.-short #staff-message { margin-top: 0; }
    StaffExitScreen.-short #pin { margin-top: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    class Answered(Message):
        """A PIN was typed and checked: `outcome` says how it went (the PIN itself is gone)."""

        def __init__(self, outcome: PinOutcome) -> None:
            super().__init__()
            self.outcome = outcome

    def __init__(self, gate: PinGate | None, lang: Language) -> None:
        super().__init__(lang)
        self.gate = gate

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self._("kiosk.staff.title"), id="staff-title")
            if self.gate is None:
                yield Static(self._("kiosk.staff.no_pin"), id="staff-body")
                return
            yield Static(self._("kiosk.staff.body"), id="staff-body")
            yield Input(
                password=True,
                restrict=r"[0-9]*",
                max_length=PIN_MAX_DIGITS,
                placeholder=self._("kiosk.staff.placeholder"),
                id="pin",
            )
            yield Static("", id="staff-message", classes="-empty")

    def on_mount(self) -> None:
        if self.gate is not None:
            self.query_one("#pin", Input).focus()
            if (wait := self.gate.waiting()) > 0:
                self._say(self._("kiosk.staff.wait", seconds=math.ceil(wait)))

    def _say(self, text: str) -> None:
        message = self.query_one("#staff-message", Static)
        message.update(text)
        message.set_class(not text, "-empty")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.gate is None:
            return
        pin = event.value
        event.input.value = ""  # never left on the screen, even as dots
        answer = self.gate.attempt(pin)
        # The app logs the attempt (never the PIN), and ends the kiosk on the right one.
        self.post_message(self.Answered(answer.outcome))
        if answer.outcome is PinOutcome.RIGHT:
            return
        if answer.outcome is PinOutcome.WAIT:
            self._say(self._("kiosk.staff.wait", seconds=math.ceil(answer.wait)))
        elif answer.wait > 0:
            self._say(self._("kiosk.staff.wrong_wait", seconds=math.ceil(answer.wait)))
        else:
            self._say(self._("kiosk.staff.wrong"))

    def action_cancel(self) -> None:
        self.dismiss()
