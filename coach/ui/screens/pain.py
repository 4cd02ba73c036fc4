"""`PainScreen`: "how much does your back hurt?", 0–10 with one key press.

Asked before the session, after it, and (when the routine says so) after each exercise. The
keys 0–9 answer at once and T answers 10; each number is also a button, coloured by its band of
the scale, with the scale's words beside them. S skips the question; before the session Escape
goes back to the routines instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from coach.i18n import Language
from coach.safety.pain import PAIN_MAX, PAIN_MIN, pain_band, pain_words
from coach.ui.screens.base import CoachScreen
from coach.visit.ui import PainMoment

# The legend's rows: the numbers each band of words covers.
_LEGEND = ((0, 0), (1, 3), (4, 6), (7, 9), (10, 10))


class PainScreen(CoachScreen[bool]):
    """Dismisses with True when answered or skipped, False when the patient goes back (only
    before the session). `on_answer(pain)` gets the answer first."""

    CSS_PATH = "safety.tcss"
    AUTO_FOCUS = ""  # nothing focused: Enter must not answer for the patient

    BINDINGS: ClassVar[list[BindingType]] = [
        # 1 waits for the next key: a patient typing "10" must not be taken for 1 (a pain of 10
        # recorded as 1 would show "usually harmless" and count the session as good).
        *(Binding(str(n), f"digit({n})", show=False) for n in range(10)),
        Binding("enter", "confirm_one", show=False),
        Binding("t", f"answer({PAIN_MAX})", "safety.ui.key.ten"),
        Binding("s", "skip", "safety.ui.key.skip"),
        Binding("escape", "escape", "safety.ui.key.back"),
    ]

    def __init__(
        self,
        moment: PainMoment,
        lang: Language,
        *,
        on_answer: Callable[[int], None] | None = None,
        exercise: str | None = None,
    ) -> None:
        super().__init__(lang)
        self.moment = moment
        self.exercise = exercise
        self._on_answer = on_answer
        self._done = False
        self._one_pending = False  # 1 typed: 0 makes it 10, Enter keeps it 1

    def footer_shows(self, binding: Binding) -> bool:
        # After the session has started Escape only skips, as S does: the footer says so once.
        return binding.action != "escape" or self.moment is PainMoment.BEFORE

    def _title(self) -> str:
        if self.moment is PainMoment.AFTER_EXERCISE:
            return self._("safety.ui.pain.title_exercise", exercise=self.exercise or "")
        return self._(f"safety.ui.pain.title_{self.moment.value}")

    def compose(self) -> ComposeResult:
        with Vertical(id="safety-panel"):
            yield Static(self._title(), id="safety-title", markup=False)
            yield Static(self._(f"safety.pain.{self.moment.value}"), id="safety-question")
            yield Static(self._("safety.pain.scale"), id="pain-scale-words")
            with Horizontal(id="pain-scale"):
                for n in range(PAIN_MIN, PAIN_MAX + 1):
                    yield Button(
                        str(n),
                        id=f"pain-{n}",
                        classes=f"pain-button -band-{pain_band(n).value}",
                        compact=True,
                    )
            with Grid(id="pain-legend"):
                for low, high in _LEGEND:
                    numbers = str(low) if low == high else f"{low}–{high}"
                    band = pain_band(low).value
                    yield Static(numbers, classes=f"legend-numbers -band-{band}")
                    yield Static(pain_words(low, self.lang), classes="legend-words")
            yield Static(self._("safety.ui.pain.how"), id="safety-hint")
            yield Button(self._("safety.ui.pain.skip"), id="pain-skip", compact=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # No padding around the numbers, so "10" fits the narrowest button (CSS cannot say
        # `line-pad: 0`).
        for button in self.query(".pain-button"):
            button.styles.line_pad = 0

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == "pain-skip":
            self.action_skip()
        elif button_id.startswith("pain-"):
            self.action_answer(int(button_id.removeprefix("pain-")))

    def action_digit(self, digit: int) -> None:
        """A digit key: 2–9 answer at once; 1 waits for 0 (10) or Enter (1); 0 answers 0, or 10
        after a 1."""
        if digit == 1 and not self._one_pending:
            self._one_pending = True
            self.query_one("#pain-1", Button).add_class("-pending")
            self.query_one("#safety-hint", Static).update(self._("safety.ui.pain.one_or_ten"))
            return
        if self._one_pending and digit in (0, 1):
            self.action_answer(10 if digit == 0 else 1)
            return
        self.action_answer(digit)

    def action_confirm_one(self) -> None:
        """Enter after a 1: the answer is 1."""
        if self._one_pending:
            self.action_answer(1)

    def action_answer(self, pain: int) -> None:
        """The patient's answer, 0–10."""
        if self._finish():
            if self._on_answer is not None:
                self._on_answer(pain)
            self.dismiss(True)

    def action_skip(self) -> None:
        """No answer this time; the session goes on."""
        if self._finish():
            self.dismiss(True)

    def action_escape(self) -> None:
        """Before the session: back to the routines. Later: skip."""
        if self.moment is not PainMoment.BEFORE:
            self.action_skip()
        elif self._finish():
            self.dismiss(False)

    def _finish(self) -> bool:
        """True the first time: a second key press while the screen closes does nothing."""
        if self._done:
            return False
        self._done = True
        return True
