"""`PickerScreen`: choose a routine. Enter or a click starts it.

Lists the bundled routines, the patient's own routines folder and the paths given on the command
line; a file with problems is listed with its first problem, and opening it shows them all. The
highlighted routine's description (who it is for, when to stop) shows in a detail area, below the
list or, from 100 columns, beside it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Footer, OptionList, Static
from textual.widgets.option_list import Option

from coach.resources import routines_dir
from coach.routine.model import Routine
from coach.text import inert
from coach.ui.messages import OpenHistory
from coach.ui.screens.base import CoachScreen
from coach.ui.screens.sources import SourcesScreen
from coach.visit import wording
from coach.visit.config import AppConfig, prepare_user_routines
from coach.visit.routine_list import RoutineEntry, Source, list_routines


class PickerScreen(CoachScreen[None]):
    """The list of routines."""

    CSS_PATH = "picker.tcss"
    # The picker's own width classes: the detail area goes beside the list when both fit. (Not
    # annotated ClassVar: Textual declares it a plain attribute, and mypy rejects the override.)
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-detail-below"),
        (100, "-detail-beside"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "ui.action.start"),
        Binding("h", "history", "ui.history.open"),
        Binding("s", "sources", "ui.picker.detail.key.sources"),
        Binding("q", "app.quit", "ui.action.quit"),
    ]

    class Chosen(Message):
        """The patient chose a routine to start."""

        def __init__(self, routine: Routine) -> None:
            super().__init__()
            self.routine = routine

    def __init__(self, config: AppConfig) -> None:
        super().__init__(config.ui_lang)
        self.config = config
        self.entries: list[RoutineEntry] = []
        self.highlighted: RoutineEntry | None = None

    def compose(self) -> ComposeResult:
        folder_note = self._user_folder_note()
        self.entries = list_routines(
            self.config.bundled_routines or routines_dir(),
            self.config.user_routines,
            self.config.picker_paths,
            self.lang,
        )
        yield Static(self._("ui.picker.title"), id="picker-title")
        yield Static(self._("ui.picker.help"), id="picker-help")
        options: list[Option | None] = []
        source: Source | None = None
        for index, entry in enumerate(self.entries):
            if options:
                options.append(None)  # a rule between rows keeps the two-line rows apart
            if entry.source is not source:
                source = entry.source
                options.append(
                    Option(Text(self._(f"ui.picker.group.{source.value}"), "bold"), disabled=True)
                )
            options.append(Option(self._prompt(entry), id=str(index)))
        if not self.entries:
            options.append(Option(self._("ui.picker.none"), disabled=True))
        with Container(id="picker-body"):
            yield OptionList(*options, id="routines")
            # Scrolls (wheel, or Tab to it and the arrows) when the description is long.
            with VerticalScroll(id="routine-detail", classes="-empty") as detail:
                detail.border_title = self._("ui.picker.detail.check")
                yield Static(id="routine-description")
                sources = Button(
                    self._("ui.picker.detail.show_sources"), id="open-sources", compact=True
                )
                sources.display = False
                yield sources
        note = Static(folder_note, id="user-folder", markup=False)
        note.tooltip = folder_note or None  # whole, where a short screen cuts it to one line
        yield note
        yield Footer(compact=True)

    def on_mount(self) -> None:
        routines = self.query_one("#routines", OptionList)
        routines.focus()
        first = next((i for i, option in enumerate(routines.options) if not option.disabled), None)
        if first is not None:
            routines.highlighted = first

    def _user_folder_note(self) -> str:
        folder = self.config.user_routines
        if folder is None:
            return ""
        failure = prepare_user_routines(folder)
        if failure is not None:
            return self._("ui.picker.user_folder_failed", path=folder, reason=failure)
        try:
            empty = not any(folder.iterdir())
        except OSError:
            empty = False
        key = "ui.picker.user_folder_empty" if empty else "ui.picker.user_folder"
        return self._(key, path=folder)

    def _prompt(self, entry: RoutineEntry) -> Text:
        text = Text(entry.title, style="bold")
        text.append("\n")
        if entry.routine is not None:
            details = self._(
                "ui.picker.row",
                language=wording.language_name(entry.routine.language, self.lang),
                exercises=wording.count_text("exercises", entry.exercise_count, self.lang),
                duration=wording.estimate_text(entry.estimate, self.lang),
            )
            text.append(details, style="dim")
        elif entry.missing:
            missing = inert(str(entry.path))
            text.append(f"⚠ {self._('ui.picker.no_such_file')}: {missing}", style="italic")
        else:
            # No red: it would be unreadable on the highlighted row's blue.
            first = entry.problems[0]
            problem = self._("ui.picker.problem", line=first.line, message=first.message)
            text.append(f"⚠ {problem}", style="italic")
        return text

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entry = self.entries[int(event.option.id)] if event.option.id is not None else None
        self.highlighted = entry
        self.query_one("#open-sources").display = self._sources_of(entry) is not None
        self.refresh_bindings()
        text = self._detail(entry)
        self.query_one("#routine-description", Static).update(text or "")
        detail = self.query_one("#routine-detail", VerticalScroll)
        detail.set_class(text is None, "-empty")
        detail.scroll_home(animate=False)

    def _detail(self, entry: RoutineEntry | None) -> Text | None:
        """The routine's description and credits; None when it has neither."""
        routine = entry.routine if entry is not None else None
        if routine is None:
            return None
        credits = []
        if routine.author:
            # As written: authors write "After Fysionytt", which a "By …" would garble.
            credits.append(routine.author)
        if routine.sources:
            form = "one" if len(routine.sources) == 1 else "other"
            credits.append(self._(f"ui.picker.detail.sources.{form}", count=len(routine.sources)))
        if not routine.description and not credits:
            return None
        text = Text()
        if routine.description:
            text.append(routine.description.strip())
        if credits:
            if routine.description:
                text.append("\n")
            text.append(" · ".join(credits), style="dim")
        return text

    @staticmethod
    def _sources_of(entry: RoutineEntry | None) -> Routine | None:
        """The entry's routine when it cites sources."""
        routine = entry.routine if entry is not None else None
        return routine if routine is not None and routine.sources else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "sources":
            return self._sources_of(self.highlighted) is not None
        return True

    def action_sources(self) -> None:
        """Show the highlighted routine's sources (s, or the button under its description)."""
        # The list's own highlight, not `self.highlighted`: that follows a message, and an `s`
        # typed right after the arrows would open the routine highlighted before them.
        routines = self.query_one("#routines", OptionList)
        entry = self.highlighted
        if routines.highlighted is not None:
            option = routines.get_option_at_index(routines.highlighted)
            entry = self.entries[int(option.id)] if option.id is not None else None
        routine = self._sources_of(entry)
        if routine is not None:
            self.app.push_screen(SourcesScreen(routine))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "open-sources":
            event.stop()
            self.action_sources()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.open(self.entries[int(event.option.id)])

    def action_start(self) -> None:
        routines = self.query_one("#routines", OptionList)
        if routines.highlighted is not None:
            option = routines.get_option_at_index(routines.highlighted)
            if option.id is not None:
                self.open(self.entries[int(option.id)])

    def action_history(self) -> None:
        """Show the history of past sessions (h)."""
        self.post_message(OpenHistory())

    def open(self, entry: RoutineEntry) -> None:
        """Start the entry's routine, or show why it cannot start."""
        if entry.routine is not None:
            self.post_message(self.Chosen(entry.routine))
            return
        # deferred: not needed for the picker's first frame
        from coach.ui.screens.problems import ProblemsScreen

        self.app.push_screen(
            ProblemsScreen(entry.path, entry.problems, self.lang, missing=entry.missing)
        )
