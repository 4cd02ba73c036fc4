"""`SummaryScreen`: what the patient did, at the end of a session."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Static

from coach.i18n import Language
from coach.routine.model import Routine
from coach.session.engine import SessionSummary
from coach.ui.screens.base import CoachScreen
from coach.ui.screens.confirm_end import ConfirmQuitUnsavedScreen
from coach.visit import wording
from coach.visit.ui import AfterSummary

# While the history's writes wait for another program, the summary asks again this often.
SAVED_RECHECK_S: Final = 0.5


class SummaryScreen(CoachScreen[AfterSummary]):
    """Exercises done and skipped, reps, active and total time; back to the picker or quit.

    With `pain_needs_care` the title is calm and plain ("The session is over"), not "Well done":
    the guidance just before it said the pain is clearly worse.
    """

    CSS_PATH = "summary.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "picker", "ui.summary.picker"),
        Binding("q", "quit_app", "ui.summary.quit"),
    ]

    def __init__(
        self,
        routine: Routine,
        summary: SessionSummary,
        lang: Language,
        *,
        pain_needs_care: bool = False,
        saved: Callable[[], tuple[str, bool] | None] | None = None,
        preview: str | None = None,
        kiosk: bool = False,
    ) -> None:
        """`saved` says what of the session is in the history, and whether writes still wait
        for the file (then it is asked again); None says nothing. `preview` says the session
        was an author's preview, not saved."""
        super().__init__(lang)
        self.preview = preview
        self.kiosk = kiosk  # a visitor cannot quit a kiosk: no Quit key, no Quit button
        self.pain_needs_care = pain_needs_care
        self._saved = saved
        self.routine = routine
        self.summary = summary

    def footer_shows(self, binding: Binding) -> bool:
        # No Quit in a kiosk's footer (q still leads back to the start, as Escape does).
        return not (self.kiosk and binding.action == "quit_app")

    def compose(self) -> ComposeResult:
        s = self.summary
        lang = self.lang
        if s.ended_early:
            title, title_class = "ui.summary.title_early", "-early"
        elif self.pain_needs_care:
            title, title_class = "safety.screens.summary.title_pain", "-calm"
        else:
            title, title_class = "ui.summary.title_done", ""
        done = list(s.exercises_completed)
        skipped = list(s.exercises_skipped)
        count = self._("ui.summary.count_of", count=len(done), total=len(self.routine.exercises))
        rows = [
            ("ui.summary.done", f"{count}: {', '.join(done)}" if done else count),
            ("ui.summary.skipped", ", ".join(skipped) if skipped else self._("ui.summary.none")),
        ]
        if s.exercises_unfinished:
            # The exercise under way when the session was ended: neither done nor skipped.
            rows.append(("ui.summary.unfinished", ", ".join(s.exercises_unfinished)))
        rows += [
            ("ui.summary.reps", str(s.reps_done)),
            ("ui.summary.active_time", wording.duration_text(s.active_time, lang, precise=True)),
            ("ui.summary.total_time", wording.duration_text(s.total_time, lang, precise=True)),
        ]
        with VerticalScroll(id="summary"):
            yield Static(self._(title), id="summary-title", classes=title_class)
            yield Static(self.routine.title, id="summary-routine", markup=False)
            if self.preview is not None:  # first: the figures are not a patient's session
                yield Static(self.preview, id="summary-preview", markup=False)
            with Grid(id="figures"):
                for key, value in rows:
                    yield Static(self._(key), classes="figure-label")
                    yield Static(value, classes="figure-value", markup=False)
            saved = self._saved() if self._saved is not None else None
            if saved is not None:
                yield Static(saved[0], id="summary-saved", markup=False)
        # The buttons under the figures' scroll, not in it: always in sight, and never
        # clipped by its scrollbar.
        with Horizontal(id="summary-buttons"):
            yield Button(self._("ui.summary.picker"), variant="primary", id="picker")
            if not self.kiosk:
                yield Button(self._("ui.summary.quit"), id="quit")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#picker", Button).focus()
        saved = self._saved() if self._saved is not None else None
        if saved is not None and saved[1]:
            self._saved_timer = self.set_interval(SAVED_RECHECK_S, self._recheck_saved)

    def _recheck_saved(self) -> None:
        """The writes were waiting for the file: say what is saved now, until they stop."""
        assert self._saved is not None
        saved = self._saved()
        if saved is None:
            return
        text, still_waiting = saved
        self.query_one("#summary-saved", Static).update(text)
        if not still_waiting:
            self._saved_timer.stop()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "quit":
            self.action_quit_app()
        else:
            self.dismiss(AfterSummary.PICKER)

    def action_picker(self) -> None:
        # The writes that wait go on while coach is open: going back to the routines loses
        # nothing (quitting later says so if they still wait then).
        self.dismiss(AfterSummary.PICKER)

    def action_quit_app(self) -> None:
        """Quit; while the history's writes still wait for the file, ask first: quitting then
        loses the session."""
        saved = self._saved() if self._saved is not None else None
        if saved is None or not saved[1]:
            self.dismiss(AfterSummary.QUIT)
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.dismiss(AfterSummary.QUIT)

        self.app.push_screen(ConfirmQuitUnsavedScreen(self.lang), callback=answered)
