"""`ProblemsScreen`: why a routine file cannot start, opened from the picker or by `coach run`.

Each problem shows its place and message, and under it, dimmed, its hint: the physiotherapist
who wrote the file reads this dialog too, and the hint says how to mend the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from coach.i18n import Language, translate
from coach.routine.problems import Problem
from coach.text import inert
from coach.ui.screens.base import CoachModalScreen

# More than this many and the patient is better served by `coach check`.
SHOWN_PROBLEMS: Final = 8


class ProblemsScreen(CoachModalScreen[None]):
    """The file's problems (or that it is missing), each with its line and hint.

    With `ends_coach` (`coach run FILE` on an unusable file), closing the dialog ends coach, so
    its button says Close; from the picker it says Back.
    """

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "close", "ui.action.back"),
    ]

    def __init__(
        self,
        path: Path,
        problems: Sequence[Problem],
        lang: Language,
        *,
        missing: bool = False,
        ends_coach: bool = False,
    ) -> None:
        super().__init__(lang)
        self.path = path
        # A missing file is said once: the reader's "can't read this file" would repeat it.
        self.problems = () if missing else tuple(problems)
        self.missing = missing
        self.close_label = "ui.problems.close" if ends_coach else "ui.action.back"

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="dialog"):
            yield Static(
                translate("ui.problems.title", lang, file=inert(self.path.name)),
                id="problems-title",
                markup=False,
            )
            with VerticalScroll(id="problems-list"):
                if self.missing:
                    yield Static(translate("ui.picker.no_such_file", lang), classes="problem")
                for problem in self.problems[:SHOWN_PROBLEMS]:
                    # The place, and beside it the message with its hint right under it: a long
                    # message wraps in its own column, and the hint reads as its problem's.
                    with Horizontal(classes="problem-row"):
                        yield Static(self._place(problem), classes="problem-place", markup=False)
                        with Vertical(classes="problem-text"):
                            yield Static(problem.message, classes="problem", markup=False)
                            if problem.hint:
                                yield Static(problem.hint, classes="problem-hint", markup=False)
                if len(self.problems) > SHOWN_PROBLEMS:
                    more = len(self.problems) - SHOWN_PROBLEMS
                    yield Static(translate("ui.problems.more", lang, count=more), classes="problem")
            # Under the list, never pushed off by it: the list scrolls instead.
            with Vertical(id="problems-foot"):
                if self.problems:
                    yield Static(
                        translate("ui.problems.hint", lang, file=inert(str(self.path))),
                        id="problems-hint",
                        markup=False,
                    )
                yield Button(
                    translate(self.close_label, lang), variant="primary", id="close", compact=True
                )

    def footer_key(self, binding: Binding) -> str:
        return self.close_label if binding.action == "close" else binding.description

    def _place(self, problem: Problem) -> str:
        return translate("ui.problems.place", self.lang, line=problem.line, column=problem.column)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
