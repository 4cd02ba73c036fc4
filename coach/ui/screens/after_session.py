"""`AfterSessionScreen`: the pain answers of the session with the article's guidance."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from coach.i18n import Language, translate
from coach.safety.guidance import AfterSessionGuidance
from coach.safety.pain import pain_words
from coach.ui.bindings import translate_bindings

# The advice that comes only when the pain is clearly worse or severe: shown in the warning
# colour, so it stands apart from the reassurance every patient gets.
_ADJUST_KEYS = frozenset(
    f"safety.guidance.{k}" for k in ("avoid_increase", "adjust", "physio", "much_worse")
)


class AfterSessionScreen(Screen[bool]):
    """Pain before and after, how it changed, and what to do about it; Enter goes on."""

    CSS_PATH = "safety.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "safety.ui.key.continue"),
    ]

    def __init__(self, guidance: AfterSessionGuidance, lang: Language) -> None:
        super().__init__()
        self.guidance = guidance
        self.lang: Language = lang
        translate_bindings(self, lang)

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    def _pain(self, pain: int | None) -> str:
        if pain is None:
            return self._("safety.ui.guidance.not_answered")
        return self._("safety.ui.guidance.value", pain=pain, words=pain_words(pain, self.lang))

    def compose(self) -> ComposeResult:
        g = self.guidance
        with VerticalScroll(id="guidance-panel"):
            yield Static(self._("safety.ui.guidance.title"), id="safety-title")
            with Grid(id="pain-answers"):
                yield Static(self._("safety.ui.guidance.before"), classes="answer-label")
                yield Static(self._pain(g.pain_before), classes="answer-value")
                yield Static(self._("safety.ui.guidance.after"), classes="answer-label")
                yield Static(self._pain(g.pain_after), classes="answer-value")
            for key, line in zip(g.keys, g.lines(self.lang), strict=True):
                classes = "guidance-line -adjust" if key in _ADJUST_KEYS else "guidance-line"
                yield Static(line, classes=classes)
            yield Button(
                self._("safety.ui.guidance.continue"), id="guidance-continue", variant="primary"
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Focused for Enter, without scrolling: the guidance is read from the top.
        self.query_one("#guidance-continue", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(True)

    def action_done(self) -> None:
        self.dismiss(True)
