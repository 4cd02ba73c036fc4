"""`PainDurationScreen`: "how long has your back been hurting?", asked once, at the first session.

The answer lets "more than 2–3 weeks without improvement" (the article's advice to contact a
physiotherapist) count from when the pain began, not from the first session. Keys 1–4 answer at
once (each answer is also a button); S answers "not sure"; Escape goes back to the routines.
Like the pain screen, nothing has the focus, so an Enter still held answers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Static

from coach.i18n import Language
from coach.progression import PainDuration
from coach.ui.screens.base import CoachScreen
from coach.ui.widgets.action_bar import ActionButton

# The answers with a number key, in order; "not sure" is S.
ANSWERS: Final = (
    PainDuration.UNDER_1_WEEK,
    PainDuration.ONE_TO_TWO_WEEKS,
    PainDuration.TWO_TO_THREE_WEEKS,
    PainDuration.OVER_3_WEEKS,
)


class PainDurationScreen(CoachScreen[bool]):
    """Dismisses with True when answered (or "not sure"), False to go back to the routines.
    `on_answer(duration)` gets the answer first."""

    CSS_PATH = "progression.tcss"
    AUTO_FOCUS = ""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(str(n), f"answer('{answer.value}')", show=False)
            for n, answer in enumerate(ANSWERS, start=1)
        ),
        Binding(
            "s", f"answer('{PainDuration.NOT_SURE.value}')", "ui.progression.onset.key.not_sure"
        ),
        Binding("escape", "back", "ui.progression.back"),
    ]

    def __init__(
        self, lang: Language, *, on_answer: Callable[[PainDuration], None] | None = None
    ) -> None:
        super().__init__(lang)
        self._on_answer = on_answer
        self._done = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="onset"):
            yield Static(self._("ui.progression.onset.title"), id="onset-title")
            yield Static(self._("ui.progression.onset.why"), id="onset-why")
            with Vertical(id="onset-answers"):
                for n, answer in enumerate(ANSWERS, start=1):
                    yield ActionButton(
                        self._("ui.progression.onset.answer", key=n, words=self._words(answer)),
                        id=f"onset-{answer.value}",
                        classes="onset-answer",
                        action=f"screen.answer('{answer.value}')",
                        compact=True,
                    )
                yield ActionButton(
                    self._(
                        "ui.progression.onset.answer",
                        key="S",
                        words=self._words(PainDuration.NOT_SURE),
                    ),
                    id="onset-not_sure",
                    classes="onset-answer",
                    action=f"screen.answer('{PainDuration.NOT_SURE.value}')",
                    compact=True,
                )
        yield Footer(compact=True)

    def _words(self, answer: PainDuration) -> str:
        return self._(f"progression.onset.{answer.value}")

    def action_answer(self, value: str) -> None:
        """The patient's answer (a `PainDuration` value)."""
        if self._done:
            return
        self._done = True
        if self._on_answer is not None:
            self._on_answer(PainDuration(value))
        self.dismiss(True)

    def action_back(self) -> None:
        if not self._done:
            self._done = True
            self.dismiss(False)
