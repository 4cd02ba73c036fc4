"""`AttractScreen`: what the kiosk shows between visitors.

The clinic's title, the routines on offer as big buttons, and "press any key or touch a routine to
start". It is built fresh for every visitor, so nothing the last one highlighted or chose stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Static

from coach.i18n import Language, translate
from coach.routine.model import Routine
from coach.ui.screens.base import CoachScreen
from coach.visit import wording
from coach.visit.routine_list import RoutineEntry

# Keys that move between the routines rather than start one.
_MOVES = frozenset({"up", "down", "left", "right", "tab", "shift+tab", "home", "end"})


class RoutineButton(Button):
    """A big button for one routine: its title, and how many exercises and minutes."""

    def __init__(self, entry: RoutineEntry, number: int, lang: Language) -> None:
        assert entry.routine is not None
        details = translate(
            "kiosk.attract.routine_details",
            lang,
            exercises=wording.count_text("exercises", entry.exercise_count, lang),
            duration=wording.estimate_text(entry.estimate, lang),
        )
        label = f"{number}  {entry.routine.title}\n{details}"
        super().__init__(label, id=f"routine-{number}", classes="routine")
        self.routine: Routine = entry.routine


class AttractScreen(CoachScreen[None]):
    """The kiosk's home screen."""

    CSS_PATH = "attract.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,right", "app.focus_next", show=False),
        Binding("up,left", "app.focus_previous", show=False),
    ]

    class Chosen(Message):
        """A visitor chose a routine."""

        def __init__(self, routine: Routine) -> None:
            super().__init__()
            self.routine = routine

    def __init__(self, title: str, entries: Sequence[RoutineEntry], lang: Language) -> None:
        super().__init__(lang)
        self.clinic_title = title
        self.entries = [e for e in entries if e.routine is not None]

    def compose(self) -> ComposeResult:
        # Docked at the bottom: however many routines there are, the hint stays in sight.
        yield Static(translate("kiosk.attract.hint", self.lang), id="attract-hint")
        with Vertical(id="attract"):
            yield Static(self.clinic_title, id="attract-title", markup=False)
            yield Static(translate("kiosk.attract.subtitle", self.lang), id="attract-subtitle")
            with VerticalScroll(id="attract-routines"):
                for number, entry in enumerate(self.entries, start=1):
                    yield RoutineButton(entry, number, self.lang)
                if not self.entries:
                    yield Static(translate("kiosk.attract.none", self.lang), id="attract-none")

    def on_mount(self) -> None:
        buttons = self.query(RoutineButton)
        if buttons:
            buttons.first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if isinstance(event.button, RoutineButton):
            self.post_message(self.Chosen(event.button.routine))

    def on_key(self, event: events.Key) -> None:
        """Any key starts the highlighted routine; a number starts that routine."""
        if event.key in _MOVES or not self.entries:
            return
        buttons = list(self.query(RoutineButton))
        if event.character is not None and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(buttons):
                event.stop()
                self.post_message(self.Chosen(buttons[index].routine))
            return
        if event.is_printable or event.key in ("enter", "space"):
            event.stop()
            event.prevent_default()  # a focused button would take Enter as a press too
            focused = self.focused
            chosen = focused if isinstance(focused, RoutineButton) else buttons[0]
            self.post_message(self.Chosen(chosen.routine))
