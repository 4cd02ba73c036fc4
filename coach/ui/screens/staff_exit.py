"""`StaffExitScreen`: the staff's PIN, after the exit key chord. Nothing else ends the kiosk.

The PIN is checked by the app's `PinGate`, which slows repeated wrong PINs down; the typed PIN
is never shown, logged or kept.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from coach.i18n import Language, translate
from coach.kiosk.pin import PIN_MAX_DIGITS, PinGate, PinOutcome

if TYPE_CHECKING:
    from coach.ui.kiosk import KioskApp


class StaffExitScreen(ModalScreen[None]):
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

    def __init__(self, gate: PinGate | None, lang: Language) -> None:
        super().__init__()
        self.gate = gate
        self.lang: Language = lang

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

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
        if answer.outcome is PinOutcome.RIGHT:
            self.kiosk.leave()
        elif answer.outcome is PinOutcome.WAIT:
            self._say(self._("kiosk.staff.wait", seconds=math.ceil(answer.wait)))
        elif answer.wait > 0:
            self._say(self._("kiosk.staff.wrong_wait", seconds=math.ceil(answer.wait)))
        else:
            self._say(self._("kiosk.staff.wrong"))
        self.kiosk.log_pin_attempt(answer.outcome)

    @property
    def kiosk(self) -> KioskApp:
        from coach.ui.kiosk import KioskApp

        assert isinstance(self.app, KioskApp)
        return self.app

    def action_cancel(self) -> None:
        self.dismiss()
