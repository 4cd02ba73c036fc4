"""`HistoryScreen`: past sessions, pain before and after over time, sessions per week against
the routine's aim, and each exercise's dose over time.

Four views, one at a time (← and → or a click on their tabs), so each has the whole screen at
80x24. Sessions and pain belong to the patient (every routine: it is the same back); sessions per
week and doses belong to one routine, and `r` goes to the next one when there are several. The
history is read in a worker thread, the newest sessions first: they are on the screen before
the rest is read (years of sessions take a moment), and the table reads older ones as the
patient moves down it. A history that isn't there yet is a friendly "no sessions yet", one that
cannot be read says why.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState, get_current_worker

from coach.i18n import Language
from coach.progression.rules import has_range, same_dose
from coach.progression.wording import dose_text, range_text
from coach.report.files import documents_folder, write_from_screen
from coach.session.plan import resolve_dose
from coach.store.errors import HistoryUnavailable
from coach.store.history_data import (
    ExerciseDoses,
    HistoryOverview,
    RoutineHistory,
    ladder,
    read_overview,
    read_sessions,
)
from coach.store.paths import data_dir_location, database_path
from coach.store.records import SessionRecord, SessionStatus
from coach.text import inert
from coach.ui.screens.base import CoachScreen
from coach.ui.widgets.history_labels import AFTER_COLOR, BEFORE_COLOR, day_month, needs_year

if TYPE_CHECKING:
    from coach.ui.widgets.history_plots import PainPlot

VIEWS: Final = ("sessions", "pain", "weeks", "doses")
# The views read after the sessions: their plots import plotext, and their data (pain, doses,
# the routine files) takes longer to read on a long history.
LATER_VIEWS: Final = ("pain", "weeks", "doses")
# Rows before the end of the sessions read so far at which the next ones are read.
ROWS_AHEAD: Final = 30
# How long the reading waits for the sessions to be drawn before it reads the rest anyway.
SHOWN_WAIT_S: Final = 2.0
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
        self._reading_more = False
        self._year = False  # whether the sessions' dates say their year
        self._oldest_id = 0  # the oldest session in the table
        self.views_shown = False  # whether the views read after the sessions are shown

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
                self.views_shown = overview.complete
                with TabbedContent(id="views", initial=self.view):
                    with TabPane(self._("ui.history.tab.sessions"), id="sessions"):
                        yield from self._sessions(overview)
                    for view in LATER_VIEWS:
                        with TabPane(self._(f"ui.history.tab.{view}"), id=view):
                            yield from self._view_widgets(view)
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
        """Read the history off the app's thread (a busy file may keep it waiting): the
        sessions first, shown at once, then the rest."""
        try:
            return read_overview(self.data_dir, self.today, first_view=self._sessions_read)
        except HistoryUnavailable as failure:
            return failure

    def _sessions_read(self, first: HistoryOverview) -> None:
        """(In the worker.) Show the sessions, and read the rest once they are on the screen:
        reading it meanwhile would hold Python's lock (the GIL) that drawing them needs."""
        if get_current_worker().is_cancelled:
            return
        shown = threading.Event()
        self.app.call_from_thread(self._show_sessions, first, shown)
        shown.wait(SHOWN_WAIT_S)

    def _show_sessions(self, first: HistoryOverview, shown: threading.Event) -> None:
        """Show the sessions view (unless the screen has gone, or has the history already);
        `shown` is set once it is drawn."""
        if self.overview is not None or not self.is_attached:
            shown.set()
            return
        self.overview = first
        self.refresh(recompose=True)
        self.refresh_bindings()
        self.call_after_refresh(shown.set)

    @work(thread=True, exclusive=True, group="sessions-page")
    def read_more(self, before: int) -> tuple[SessionRecord, ...] | HistoryUnavailable:
        """Read the sessions older than those in the table (the session `before` is the oldest
        there)."""
        try:
            return read_sessions(self.data_dir, before)
        except HistoryUnavailable as failure:
            return failure

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.SUCCESS:
            return  # an error in the worker is a bug, and Textual reports it
        found = event.worker.result
        if event.worker.group == "sessions-page":
            self._reading_more = False
            if isinstance(found, tuple):
                self._add_sessions(found)
            return
        if event.worker.group != "history":
            return
        if isinstance(found, HistoryUnavailable):
            self.failure = found
        elif isinstance(found, HistoryOverview):
            shown = self.overview is not None and not self.overview.empty
            self.overview = found
            if shown and self.query("#views"):
                # The sessions are on the screen (and maybe scrolled): fill in the other views.
                await self._fill_views(LATER_VIEWS)
                self.refresh_bindings()
                return
        await self.recompose()
        self.refresh_bindings()

    async def _fill_views(self, views: Iterable[str]) -> None:
        """Show `views` afresh (read at last, or about another routine)."""
        for view in views:
            pane = self.query_one(f"TabPane#{view}", TabPane)
            await pane.remove_children()
            await pane.mount_all(self._view_widgets(view))
        self.views_shown = self.overview is not None and self.overview.complete

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
        # Only the newest sessions are read (`SESSIONS_PAGE`); the count is of them all.
        newest = overview.sessions[0].started_at.date()
        first = overview.first_started.date() if overview.first_started else newest
        count = overview.count
        key = "ui.history.sessions_count.one" if count == 1 else "ui.history.sessions_count"
        # One rule for the note and the whole column, so every row reads alike.
        self._year = year = needs_year((first, newest), self.today)
        yield Static(
            self._(key, count=count, first=day_month(first, self.lang, year=year)),
            id="sessions-count",
            classes="note",
        )
        table: DataTable[str | Text] = DataTable(
            id="sessions-table", cursor_type="row", zebra_stripes=True
        )
        # Pain second: what the patient looks for first, and still on screen at 40 columns.
        columns = ["when", "pain", *(("routine",) if self._several else ()), "outcome"]
        for column in [*columns, "exercises"]:
            table.add_column(self._(f"ui.history.column.{column}"), key=column)
        for s in overview.sessions:
            table.add_row(*self._session_cells(s), key=str(s.id))
        self._oldest_id = overview.sessions[-1].id
        yield table

    @property
    def _several(self) -> bool:
        return self.overview is not None and len(self.overview.titles) > 1

    def _session_cells(self, s: SessionRecord) -> list[str | Text]:
        status = Text(self._(f"history.status.{s.status.value}"), _STATUS_STYLE[s.status])
        cells: list[str | Text] = [
            self._when(s, year=self._year),
            f"{_pain(s.pain_before)} → {_pain(s.pain_after)}",
        ]
        if self._several:
            cells.append(Text(inert(s.routine_title)))  # a str cell would be markup
        cells += [
            status,
            self._("ui.history.exercises", done=s.exercises_completed, total=s.exercises_planned),
        ]
        return cells

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Near the end of the sessions read so far: read the next ones."""
        table = event.data_table
        overview = self.overview
        if (
            overview is None
            or self._reading_more
            or table.row_count >= overview.count
            or event.cursor_row < table.row_count - ROWS_AHEAD
        ):
            return
        self._reading_more = True
        self.read_more(self._oldest_id)

    def _add_sessions(self, sessions: Iterable[SessionRecord]) -> None:
        table: DataTable[str | Text] = self.query_one("#sessions-table", DataTable)
        for s in sessions:
            table.add_row(*self._session_cells(s), key=str(s.id))
            self._oldest_id = s.id

    def _view_widgets(self, view: str) -> list[Widget]:
        """What a view other than the sessions shows: a note until it has been read."""
        overview = self.overview
        assert overview is not None
        if not overview.complete:
            return [Static(self._("ui.history.loading"), classes="note view-loading")]
        if view == "pain":
            return list(self._pain(overview))
        if view == "weeks":
            return list(self._weeks())
        return [
            Static(self._routine_heading(), classes="routine-heading"),
            VerticalScroll(*self._doses(), id="doses-list"),
        ]

    def _pain(self, overview: HistoryOverview) -> ComposeResult:
        # Imported when the plots are first shown, not with the screen: it brings plotext, and
        # the sessions come first (bench/history_screen.py).
        from coach.ui.widgets.history_plots import PainPlot

        if not overview.pain:
            yield Static(self._("ui.history.pain.none"), id="pain-none", classes="note")
            return
        yield Static(self._pain_legend(0), id="pain-legend", classes="note")
        yield Static(self._("ui.history.pain.scale"), id="pain-scale", classes="note")
        yield PainPlot(overview.pain, self.lang, today=self.today, id="pain-plot")

    def _pain_legend(self, days: int) -> Text:
        """What the pain plot's dots are: each session's answers, or averages over `days`."""
        if days == 0:
            intro = self._("ui.history.pain.intro")
        elif days == 1:
            intro = self._("ui.history.pain.intro.day")
        elif days == 7:
            intro = self._("ui.history.pain.intro.week")
        else:
            intro = self._("ui.history.pain.intro.weeks", weeks=days // 7)
        legend = Text(intro)
        for key, color in (("before", BEFORE_COLOR), ("after", AFTER_COLOR)):
            legend.append("  ● ", _xterm(color))
            legend.append(self._(f"ui.history.pain.{key}"))
        if days:
            # An average can hide one severe answer from a physio: say so, and name the
            # highest answer of the sessions shown.
            legend.append("\n" + self._("ui.history.pain.average_hides"))
            highest = self._highest_pain()
            if highest is not None:
                legend.append(" " + highest)
        return legend

    def _highest_pain(self) -> str | None:
        """The highest pain answer of the sessions shown and the (first) day it was given."""
        points = self.overview.pain if self.overview is not None else ()
        answers = [
            (pain, point.started_at.date())
            for point in points
            for pain in (point.pain_before, point.pain_after)
            if pain is not None
        ]
        if not answers:
            return None
        pain = max(value for value, _ in answers)
        day = min(day for value, day in answers if value == pain)
        year = needs_year((answers[0][1], answers[-1][1]), self.today)
        return self._(
            "ui.history.pain.highest", pain=pain, day=day_month(day, self.lang, year=year)
        )

    def on_pain_plot_grouped(self, event: PainPlot.Grouped) -> None:
        """The plot now shows averages (or each session again): the legend says which."""
        self.query_one("#pain-legend", Static).update(self._pain_legend(event.days))

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
        from coach.ui.widgets.history_plots import WeeksPlot  # (plotext: see _pain)

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
        from coach.ui.widgets.history_plots import DosePlot  # (plotext: see _pain)

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
                yield Static(self._unchanged(doses), classes="note dose-same")
        if any(self._at_start(doses) for doses in routine.exercises):
            yield Static(self._("ui.history.dose.how_it_grows"), classes="note dose-grows")

    @staticmethod
    def _at_start(doses: ExerciseDoses) -> bool:
        """Whether an exercise with a range to grow through (progression on) is still at its
        first dose."""
        exercise, latest = doses.exercise, doses.latest
        if exercise is None or latest is None or not has_range(exercise) or doses.changed:
            return False
        if not exercise.progression.enabled:
            return False
        return same_dose(latest, resolve_dose(exercise))

    def _unchanged(self, doses: ExerciseDoses) -> str:
        """What a dose that has not changed yet says: at the start of its range so far (it may
        well grow), at the top, the one dose the routine gives the exercise, or kept at its
        starting dose (the routine turned progression off)."""
        count = len(doses.points)
        key = "ui.history.dose.count.one" if count == 1 else "ui.history.dose.count"
        sessions = self._(key, count=count)
        exercise, latest = doses.exercise, doses.latest
        if exercise is not None and latest is not None and not has_range(exercise):
            return self._("ui.history.dose.fixed")
        if exercise is not None and not exercise.progression.enabled:
            return self._("ui.history.dose.off")
        if self._at_start(doses):
            return self._("ui.history.dose.at_start", sessions=sessions)
        if exercise is not None and latest is not None and same_dose(latest, ladder(exercise)[-1]):
            return self._("ui.history.dose.at_top", sessions=sessions)
        return self._("ui.history.dose.same", sessions=sessions)

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
        await self._fill_views(("weeks", "doses"))

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
