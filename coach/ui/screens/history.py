"""`HistoryScreen`: past sessions, pain before and after over time, sessions per week against
the routine's aim, and each exercise's dose over time.

Four views, one at a time (← and → or a click on their tabs), so each has the whole screen at
80x24. Sessions and pain belong to the patient (every routine: it is the same back); sessions per
week and doses belong to one routine, and `r` goes to the next one when there are several. The
history is read in a worker thread; a history that isn't there yet is a friendly "no sessions
yet", one that cannot be read says why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar, Final

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from coach.i18n import Language
from coach.store.errors import HistoryUnavailable
from coach.store.history_data import HistoryOverview, RoutineHistory, read_overview
from coach.store.records import SessionRecord, SessionStatus
from coach.text import inert
from coach.ui.screens.base import CoachScreen
from coach.ui.widgets.history_plots import (
    AFTER_COLOR,
    BEFORE_COLOR,
    DosePlot,
    PainPlot,
    WeeksPlot,
    day_month,
    needs_year,
)

VIEWS: Final = ("sessions", "pain", "weeks", "doses")
_STATUS_STYLE: Final = {
    SessionStatus.COMPLETED: "",
    SessionStatus.ENDED_EARLY: "italic",
    SessionStatus.INCOMPLETE: "italic",
    SessionStatus.IN_PROGRESS: "italic",
}

_VIEW: Final = Binding.Group("ui.history.key.view", compact=False)


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def _xterm(code: int) -> str:
    return f"color({code})"


class HistoryScreen(CoachScreen[None]):
    """The history of `data_dir` (`--data-dir`; None: the default) as of `today`."""

    CSS_PATH = "history.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the sessions table would take ← and → for scrolling sideways.
        # ← and → share one footer entry: "← → View".
        Binding(
            "left",
            "view(-1)",
            "ui.history.key.previous",
            key_display="←",
            priority=True,
            group=_VIEW,
        ),
        Binding(
            "right", "view(1)", "ui.history.key.next", key_display="→", priority=True, group=_VIEW
        ),
        Binding("r", "next_routine", "ui.history.key.routine"),
        Binding("p", "write_files('report')", "ui.history.key.report"),
        Binding("x", "write_files('export')", "ui.history.key.export"),
        Binding("escape", "back", "ui.history.key.back"),
        Binding("q", "app.quit", "ui.history.key.quit"),
    ]

    def __init__(
        self,
        data_dir: Path | None,
        lang: Language,
        *,
        today: date | None = None,
        files_dir: Path | None = None,
    ) -> None:
        super().__init__(lang)
        self.data_dir = data_dir
        # Where p and x put the report and the exports; None: coach's folder in the user's
        # documents (made when first needed).
        self.files_dir = files_dir
        self.files_message = ""
        self.today = today or date.today()
        self.overview: HistoryOverview | None = None
        self.failure: HistoryUnavailable | None = None
        self.routine_index = 0
        self._view = VIEWS[0]

    def compose(self) -> ComposeResult:
        yield Static(self._("ui.history.title"), id="history-title")
        with Vertical(id="history-body"):
            overview = self.overview
            if self.failure is not None:
                yield Static(self._("ui.history.unavailable"), id="history-unavailable")
                yield Static(self.failure.message(self.lang), id="history-why", markup=False)
            elif overview is None:
                yield Static(self._("ui.history.loading"), id="history-loading", classes="note")
            elif overview.empty:
                yield Static(self._("ui.history.empty"), id="history-empty", classes="note")
            else:
                with TabbedContent(id="views", initial=self.view):
                    with TabPane(self._("ui.history.tab.sessions"), id="sessions"):
                        yield from self._sessions(overview)
                    with TabPane(self._("ui.history.tab.pain"), id="pain"):
                        yield from self._pain(overview)
                    with TabPane(self._("ui.history.tab.weeks"), id="weeks"):
                        yield from self._weeks()
                    with TabPane(self._("ui.history.tab.doses"), id="doses"):
                        yield Static(self._routine_heading(), classes="routine-heading")
                        with VerticalScroll(id="doses-list"):
                            yield from self._doses()
        # Where p and x wrote their files (kept on screen, not a passing notification: the
        # patient copies the path, and a recompose would drop a toast's rack).
        files = Static(self.files_message, id="files-status", markup=False)
        files.display = bool(self.files_message)
        yield files
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.read()

    @work(thread=True, exclusive=True, group="history")
    def read(self) -> HistoryOverview | HistoryUnavailable:
        """Read the history off the app's thread (a busy file may keep it waiting)."""
        try:
            return read_overview(self.data_dir, self.today)
        except HistoryUnavailable as failure:
            return failure

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "history" or event.state is not WorkerState.SUCCESS:
            return  # an error in the worker is a bug, and Textual reports it
        found = event.worker.result
        if isinstance(found, HistoryUnavailable):
            self.failure = found
        elif isinstance(found, HistoryOverview):
            self.overview = found
        await self.recompose()
        self.refresh_bindings()

    # --- what there is to show ------------------------------------------------------------

    @property
    def routine(self) -> RoutineHistory | None:
        """The routine the per-week and dose views are about."""
        if self.overview is None or not self.overview.routines:
            return None
        return self.overview.routines[self.routine_index % len(self.overview.routines)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "view":
            return self.overview is not None and not self.overview.empty
        if action == "next_routine":
            return self.overview is not None and len(self.overview.routines) > 1
        if action == "write_files":
            return self.overview is not None and not self.overview.empty
        return True

    # --- the views ------------------------------------------------------------------------

    def _when(self, session: SessionRecord, *, year: bool) -> str:
        started = session.started_at
        return f"{day_month(started.date(), self.lang, year=year)} {started:%H:%M}"

    def _sessions(self, overview: HistoryOverview) -> ComposeResult:
        first = overview.sessions[-1].started_at.date()
        count = len(overview.sessions)
        key = "ui.history.sessions_count.one" if count == 1 else "ui.history.sessions_count"
        # One rule for the note and the whole column, so every row reads alike.
        year = needs_year((s.started_at.date() for s in overview.sessions), self.today)
        yield Static(
            self._(key, count=count, first=day_month(first, self.lang, year=year)),
            id="sessions-count",
            classes="note",
        )
        table: DataTable[str | Text] = DataTable(
            id="sessions-table", cursor_type="row", zebra_stripes=True
        )
        several = len(overview.routines) > 1
        # Pain second: what the patient looks for first, and still on screen at 40 columns.
        columns = ["when", "pain", *(("routine",) if several else ()), "outcome", "exercises"]
        for column in columns:
            table.add_column(self._(f"ui.history.column.{column}"), key=column)
        for s in overview.sessions:
            status = Text(self._(f"history.status.{s.status.value}"), _STATUS_STYLE[s.status])
            cells: list[str | Text] = [
                self._when(s, year=year),
                f"{_pain(s.pain_before)} → {_pain(s.pain_after)}",
            ]
            if several:
                cells.append(Text(inert(s.routine_title)))  # a str cell would be markup
            cells += [
                status,
                self._(
                    "ui.history.exercises", done=s.exercises_completed, total=s.exercises_planned
                ),
            ]
            table.add_row(*cells, key=str(s.id))
        yield table

    def _pain(self, overview: HistoryOverview) -> ComposeResult:
        if not overview.pain:
            yield Static(self._("ui.history.pain.none"), id="pain-none", classes="note")
            return
        legend = Text(self._("ui.history.pain.intro"))
        for key, color in (("before", BEFORE_COLOR), ("after", AFTER_COLOR)):
            legend.append("  ● ", _xterm(color))
            legend.append(self._(f"ui.history.pain.{key}"))
        yield Static(legend, id="pain-legend", classes="note")
        yield Static(self._("ui.history.pain.scale"), id="pain-scale", classes="note")
        yield PainPlot(overview.pain, self.lang, today=self.today, id="pain-plot")

    def _routine_heading(self) -> Text:
        routine = self.routine
        assert self.overview is not None and routine is not None
        total = len(self.overview.routines)
        if total > 1:
            heading = self._(
                "ui.history.routine_of",
                title=inert(routine.title),
                number=self.routine_index % total + 1,
                total=total,
            )
        else:
            heading = self._("ui.history.routine", title=inert(routine.title))
        return Text(heading)

    def _weeks(self) -> ComposeResult:
        routine = self.routine
        assert routine is not None
        yield Static(self._routine_heading(), classes="routine-heading")
        yield Static(self._aim(routine), id="weeks-aim", classes="note")
        yield Static(self._weeks_legend(routine), id="weeks-legend", classes="note")
        yield WeeksPlot(
            routine.weeks,
            routine.frequency.per_week if routine.frequency else None,
            self.lang,
            today=self.today,
            id="weeks-plot",
        )

    def _aim(self, routine: RoutineHistory) -> str:
        done = routine.this_week
        if routine.frequency is None:
            return self._("ui.history.weeks.no_aim", done=done)
        count = routine.frequency.per_week
        key = "ui.history.weeks.aim.one" if count == 1 else "ui.history.weeks.aim"
        return self._(key, count=count, done=done)

    def _weeks_legend(self, routine: RoutineHistory) -> Text:
        legend = Text()
        legend.append("█ ", _xterm(BEFORE_COLOR))
        legend.append(self._("ui.history.weeks.legend"))
        if routine.frequency is not None:
            legend.append("   ── ", _xterm(AFTER_COLOR))
            legend.append(self._("ui.history.weeks.legend_aim"))
        return legend

    def _doses(self) -> ComposeResult:
        from coach.progression.rules import has_range
        from coach.progression.wording import dose_text, range_text

        routine = self.routine
        assert routine is not None
        if not routine.exercises:
            yield Static(self._("ui.history.dose.none"), classes="note")
            return
        for index, doses in enumerate(routine.exercises):
            latest = doses.latest
            assert latest is not None  # only exercises with points are listed
            line = Text(
                self._(
                    "ui.history.dose.now",
                    name=inert(doses.name),
                    dose=dose_text(latest, self.lang),
                ),
                "bold",
            )
            if doses.exercise is not None and has_range(doses.exercise):
                line.append(
                    self._("ui.history.dose.range", range=range_text(doses.exercise, self.lang))
                )
            yield Static(line, classes="dose-heading")
            if doses.changed:
                yield DosePlot(doses, self.lang, today=self.today, id=f"dose-plot-{index}")
            else:
                yield Static(self._("ui.history.dose.same"), classes="note dose-same")

    # --- keys -----------------------------------------------------------------------------

    @property
    def view(self) -> str:
        """The view shown (or to show, before the views are there)."""
        tabs = self.query("#views")
        if tabs:
            active = tabs.only_one(TabbedContent).active
            if active in VIEWS:
                self._view = active
        return self._view

    def action_view(self, step: int) -> None:
        """Show the view `step` places after (or before) the one shown."""
        index = VIEWS.index(self.view)
        self.query_one("#views", TabbedContent).active = VIEWS[(index + step) % len(VIEWS)]

    async def action_next_routine(self) -> None:
        """Show the per-week and dose views of the next routine in the history."""
        self.routine_index += 1
        self._view = self.view
        await self.recompose()

    def action_write_files(self, kind: str) -> None:
        """Write the physio's report (p) or the CSV and FHIR exports (x), off the UI thread."""
        self._show_files(self._(f"ui.history.writing.{kind}"))
        self._write_files(kind)

    def _show_files(self, message: str, *, error: bool = False) -> None:
        self.files_message = message
        status = self.query_one("#files-status", Static)
        status.update(message)
        status.set_class(error, "error")
        status.display = True

    @work(thread=True, exclusive=True, group="files")
    def _write_files(self, kind: str) -> None:
        from coach.report.files import documents_folder, write_from_screen
        from coach.store.paths import data_dir_location, database_path

        database = database_path(data_dir_location(self.data_dir))
        try:
            folder = self.files_dir or documents_folder()
            paths = write_from_screen(kind, database, folder, self.lang, self.today)
        except (OSError, HistoryUnavailable) as err:
            detail = err.message(self.lang) if isinstance(err, HistoryUnavailable) else str(err)
            message = self._("ui.history.files_failed", detail=detail)
            self.app.call_from_thread(self._show_files, message, error=True)
            return
        names = ", ".join(path.name for path in paths)
        message = self._(f"ui.history.written.{kind}", folder=paths[0].parent, names=names)
        self.app.call_from_thread(self._show_files, message)

    def action_back(self) -> None:
        self.dismiss(None)
