"""`AfterSessionScreen`: the pain answers of the session with the article's guidance.

When the pain is clearly worse or severe, the warning (avoid what increases it, adjust the
training) comes first, right under the answers, and the reassurance that some discomfort is
normal (not said when the pain after is severe) comes after it. Then, after every session, when
to see a physiotherapist and what to do with pain down the leg, and which numbers are coach's
own; the very last words are the article's red flags (contact a doctor immediately). The
Continue button stays below the text, in sight; the text scrolls if a small terminal
needs it to.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Static

from coach.i18n import Language
from coach.safety.guidance import AfterSessionGuidance
from coach.safety.pain import pain_words
from coach.ui.screens.base import CoachScreen

# The advice that comes only when the pain is clearly worse or severe: shown in the warning
# colour, so it stands apart from the reassurance every patient gets.
_ADJUST_KEYS = frozenset(f"safety.guidance.{k}" for k in ("avoid_increase", "adjust", "much_worse"))


_REASSURANCE = "safety.guidance.discomfort_normal"
# Said after every session, after the rest: when to see a physiotherapist, pain down the leg,
# and the note that the scale's numbers are coach's own (dimmed).
_ALWAYS_LAST = ("safety.guidance.physio", "safety.guidance.leg_pain", "safety.guidance.red_flags")
_OWN_NUMBERS = "safety.guidance.own_numbers"
_LEG_PAIN = "safety.guidance.leg_pain"


class AfterSessionScreen(CoachScreen[bool]):
    """Pain before and after, how it changed, and what to do about it; Enter goes on."""

    CSS_PATH = "safety.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "safety.ui.key.continue"),
    ]

    def __init__(self, guidance: AfterSessionGuidance, lang: Language) -> None:
        super().__init__(lang)
        self.guidance = guidance

    def _pain(self, pain: int | None) -> str:
        if pain is None:
            return self._("safety.ui.guidance.not_answered")
        return self._("safety.ui.guidance.value", pain=pain, words=pain_words(pain, self.lang))

    def compose(self) -> ComposeResult:
        g = self.guidance
        lines = list(zip(g.keys, g.lines(self.lang), strict=True))
        reassurance = [(k, line) for k, line in lines if k == _REASSURANCE]
        last = [(k, line) for k, line in lines if k in _ALWAYS_LAST or k == _OWN_NUMBERS]
        rest = [(k, line) for k, line in lines if (k, line) not in reassurance + last]
        with Vertical(id="guidance-panel"):
            with VerticalScroll(id="guidance-body"):
                yield Static(self._("safety.ui.guidance.title"), id="safety-title")
                with Grid(id="pain-answers"):
                    yield Static(self._("safety.ui.guidance.before"), classes="answer-label")
                    yield Static(self._pain(g.pain_before), classes="answer-value")
                    yield Static(self._("safety.ui.guidance.after"), classes="answer-label")
                    yield Static(self._pain(g.pain_after), classes="answer-value")
                if g.suggests_adjusting:
                    # How the pain changed and what to do about it, in one block, before the
                    # reassurance: "normal … harmless" must not be what a worse patient reads
                    # first.
                    with Vertical(id="guidance-warning"):
                        for key, line in rest:
                            yield self._line(key, line)
                    for key, line in reassurance:
                        yield self._line(key, line)
                else:
                    for key, line in rest + reassurance:
                        yield self._line(key, line)
                for key, line in last:
                    yield self._line(key, line)
            yield Button(
                self._("safety.ui.guidance.continue"),
                id="guidance-continue",
                variant="primary",
                compact=True,
            )
        yield Footer(compact=True)

    @staticmethod
    def _line(key: str, line: str) -> Static:
        if key in _ADJUST_KEYS:
            classes = "guidance-line -adjust"
        elif key == _OWN_NUMBERS:
            classes = "guidance-line -own-numbers"
        elif key == _LEG_PAIN:  # read with the physiotherapist's reasons, as one block
            classes = "guidance-line -follows"
        else:
            classes = "guidance-line"
        return Static(line, classes=classes, markup=False)

    def on_mount(self) -> None:
        # Focused for Enter, without scrolling: the guidance is read from the top.
        self.query_one("#guidance-continue", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(True)

    def action_done(self) -> None:
        self.dismiss(True)
