"""`RedFlagScreen`: the article's red flags before a session; `RedFlagStopScreen` after a "yes".

Every question has its own number key and button ("1 Yes"); N (or the big button) answers
"none of these" for all of them at once. Any "yes" stops: the stop screen says to contact a
doctor, and the session does not start.

No button has the focus at first: an Enter still held from the picker must not answer for the
patient.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from coach.i18n import Language, translate
from coach.safety.red_flags import RedFlag, stop_advice
from coach.ui.bindings import translate_bindings

# One number key per question: the article's four and at most five of the routine's own.
MAX_FLAGS = 9


class RedFlagScreen(Screen[bool]):
    """Dismisses with True after "none of these", False after a "yes" (and its stop screen) or
    Escape. `on_answer(all_clear)` is told the answer first (the history remembers it)."""

    CSS_PATH = "safety.tcss"
    AUTO_FOCUS = ""  # nothing focused: Enter must not answer for the patient

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "none", "safety.ui.key.none"),
        Binding("escape", "back", "safety.ui.key.back"),
        *(Binding(str(n), f"yes({n - 1})", show=False) for n in range(1, MAX_FLAGS + 1)),
    ]

    def __init__(
        self,
        flags: Sequence[RedFlag],
        lang: Language,
        *,
        on_answer: Callable[[bool], None] | None = None,
    ) -> None:
        if not 0 < len(flags) <= MAX_FLAGS:
            raise ValueError(f"between 1 and {MAX_FLAGS} red flags, not {len(flags)}")
        super().__init__()
        self.flags = tuple(flags)
        self.lang: Language = lang
        self._on_answer = on_answer
        self._answered = False
        translate_bindings(self, lang)

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        with Vertical(id="safety-panel"):
            yield Static(self._("safety.red_flags.title"), id="safety-title")
            yield Static(self._("safety.red_flags.question"), id="safety-question")
            with VerticalScroll(id="flag-list"):
                for i, flag in enumerate(self.flags):
                    with Horizontal(classes="flag-row"):
                        yield Button(
                            self._("safety.ui.red_flags.yes", key=i + 1),
                            id=f"yes-{i}",
                            classes="yes",
                            compact=True,
                        )
                        yield Static(flag.text, classes="flag-text", markup=False)
            yield Static(self._("safety.ui.red_flags.how"), id="safety-hint")
            yield Button(
                self._("safety.ui.red_flags.none"),
                id="red-flags-none",
                variant="success",
                compact=True,
            )
        yield Footer(compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == "red-flags-none":
            self.action_none()
        elif button_id.startswith("yes-"):
            self.action_yes(int(button_id.removeprefix("yes-")))

    def action_none(self) -> None:
        """None of these: the session may start."""
        if self._answer(all_clear=True):
            self.dismiss(True)

    def action_yes(self, index: int) -> None:
        """The patient has red flag `index`: stop, and say what to do."""
        if index >= len(self.flags) or not self._answer(all_clear=False):
            return
        flag = self.flags[index]

        def stopped(_: None) -> None:
            self.dismiss(False)  # not awaited: this runs in this screen's own handler

        self.app.push_screen(RedFlagStopScreen((flag,), self.lang), stopped)

    def action_back(self) -> None:
        """Back to the routines without answering."""
        if not self._answered:
            self.dismiss(False)

    def _answer(self, *, all_clear: bool) -> bool:
        """Tell `on_answer` once; False when the screen was already answered."""
        if self._answered:
            return False
        self._answered = True
        if self._on_answer is not None:
            self._on_answer(all_clear)
        return True


class RedFlagStopScreen(Screen[None]):
    """The session does not start: what the patient said yes to, and what to do now."""

    CSS_PATH = "safety.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "safety.ui.key.back"),
    ]

    def __init__(self, answered_yes: Sequence[RedFlag], lang: Language) -> None:
        super().__init__()
        self.answered_yes = tuple(answered_yes)
        self.advice = stop_advice(self.answered_yes, lang)
        self.lang: Language = lang
        translate_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        advice = self.advice
        with VerticalScroll(id="stop-panel"):
            yield Static(advice.title, id="stop-title")
            yield Static(translate("safety.ui.stop.you_said", lang), id="stop-said")
            for flag in self.answered_yes:
                yield Static(f"• {flag.text}", classes="stop-flag", markup=False)
            for line in advice.advice:
                yield Static(line, classes="stop-advice", markup=False)
            yield Static(advice.emergency, id="stop-emergency")
            yield Static(advice.not_started, id="stop-not-started")
            yield Button(translate("safety.ui.stop.back", lang), id="stop-back", variant="primary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Focused for Enter, without scrolling: the advice at the top must be read first.
        self.query_one("#stop-back", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)
