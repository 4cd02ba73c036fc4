"""`ProblemsScreen`: why a routine file cannot start, opened from the picker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from coach.i18n import Language, translate
from coach.routine.problems import Problem
from coach.ui.bindings import translate_bindings

# More than this many and the patient is better served by `coach check`.
SHOWN_PROBLEMS: Final = 8


class ProblemsScreen(ModalScreen[None]):
    """The file's problems (or that it is missing), each with its line."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "close", "ui.action.back"),
    ]

    def __init__(
        self, path: Path, problems: Sequence[Problem], lang: Language, *, missing: bool = False
    ) -> None:
        super().__init__()
        self.path = path
        self.problems = tuple(problems)
        self.missing = missing
        self.lang: Language = lang
        translate_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        lines: list[str] = []
        if self.missing:
            lines.append(translate("ui.picker.no_such_file", lang))
        for problem in self.problems[:SHOWN_PROBLEMS]:
            lines.append(
                translate(
                    "ui.problems.line",
                    lang,
                    line=problem.line,
                    column=problem.column,
                    message=problem.message,
                )
            )
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(
                translate("ui.problems.more", lang, count=len(self.problems) - SHOWN_PROBLEMS)
            )
        with Vertical(id="dialog"):
            yield Static(
                translate("ui.problems.title", lang, file=self.path.name),
                id="problems-title",
                markup=False,
            )
            with VerticalScroll(id="problems-list"):
                yield Static("\n".join(lines), markup=False)
            if self.problems:
                yield Static(
                    translate("ui.problems.hint", lang, file=self.path),
                    id="problems-hint",
                    markup=False,
                )
            yield Button(translate("ui.action.back", lang), variant="primary", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
