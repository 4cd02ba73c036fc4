"""The history screen's plots: pain before and after over time, sessions per week against the
routine's frequency, and one exercise's dose over time.

Each is a `textual_plotext.PlotextPlot` drawn afresh for its size at every render, so the date
labels on the x axis are as many as fit and always say the patient's dates in the patient's
language ("3 Mar", "3. mar"; with the year when a date is not in this year: "3 Mar 2024",
"3. mar. 2024"). Importing this module imports plotext: only the history screen
does, when it opens.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Final

from textual.app import RenderResult
from textual_plotext import Plot, PlotextPlot

from coach.i18n import Language, translate
from coach.session.plan import Dose
from coach.store.history_data import ExerciseDoses
from coach.store.records import PainPoint, WeekCount

# Colours that read on the app's dark and light themes alike (plotext's 256-colour codes), and
# that are told apart by people with the common red-green colour blindness: blue and orange.
BEFORE_COLOR: Final = 39  # a clear blue
AFTER_COLOR: Final = 208  # orange
BAR_COLOR: Final = 39
TARGET_COLOR: Final = 208
# Columns one date label takes on the x axis, with room around it (without and with the year).
_LABEL_COLUMNS: Final = 9
_LABEL_COLUMNS_WITH_YEAR: Final = 15
# Columns one week's bar and its label take (without and with the year).
_BAR_COLUMNS: Final = 8
_BAR_COLUMNS_WITH_YEAR: Final = 14
_DAY_STEPS: Final = (1, 2, 7, 14, 28, 56, 91, 182, 364)
_FRAME_ROWS: Final = 3  # the frame's top and bottom, and the x axis's labels
DOT: Final = "●"
MAX_DOSE_ROWS: Final = 16  # a dose plot's rows at most; a longer ladder labels every few rungs


def day_month(day: date, lang: Language, *, year: bool = False) -> str:
    """A short date as the patient reads it: "3 Mar" (en), "3. mar" (nb); with `year`,
    "3 Mar 2024" (en), "3. mar. 2024" (nb)."""
    if year:
        month = translate(f"ui.history.month_in_date.{day.month}", lang)
        return translate("ui.history.day_month_year", lang, day=day.day, month=month, year=day.year)
    month = translate(f"ui.history.month.{day.month}", lang)
    return translate("ui.history.day_month", lang, day=day.day, month=month)


def needs_year(days: Iterable[date], today: date) -> bool:
    """Whether dates shown together say their year: when one of them is not in today's year
    (so always when they span more than one year). "Since 1 Jan" must not hide 20 years."""
    return any(day.year != today.year for day in days)


def days_between(origin: date, moment: datetime) -> float:
    """Days from the start of `origin` to `moment` (its local time of day as a fraction)."""
    midnight = datetime.combine(origin, datetime.min.time(), tzinfo=moment.tzinfo)
    return (moment - midnight) / timedelta(days=1)


def date_ticks(first: date, last: date, room: int) -> list[date]:
    """At most `room` evenly spaced dates from `first` to `last` (a step of 1, 2, 7, 14 …
    days; weekly steps fall on Mondays)."""
    span = (last - first).days
    room = max(room, 2)
    # Beyond a year a step, whole years: as few as keep the labels within the room.
    step = next(
        (s for s in _DAY_STEPS if span // s + 1 <= room),
        364 * math.ceil(span / 364 / (room - 1)),
    )
    start = first
    if step >= 7:
        start = first + timedelta(days=(7 - first.weekday()) % 7)  # the first Monday
        if start > last:
            start = first
    ticks = []
    day = start
    while day <= last:
        ticks.append(day)
        day += timedelta(days=step)
    return ticks


def whole_number_axis(
    plt: Plot, top: int, height: int, labels: Sequence[str] | None = None
) -> None:
    """0 to `top` up the y axis of a plot `height` rows high, every whole number exactly on a
    row of its own when there is room (plotext spreads a range over the rows it has, so 3 would
    otherwise be drawn a third of a row above its tick), else as many ticks as fit. `labels`:
    what to write at each whole number instead of the number."""
    top = max(top, 1)
    canvas = max(height - _FRAME_ROWS, 2)
    rows = (canvas - 1) // top  # rows per unit
    if rows >= 1:
        spare = canvas - 1 - top * rows  # a row below 0 when there is one, the rest above
        below = min(spare // 2, 1)
        plt.ylim(-below / rows, top + (spare - below) / rows)
        step = 1
    else:
        plt.ylim(0, top)
        step = math.ceil(top / (canvas - 1))
    ticks = list(range(0, top + 1, step))
    if ticks[-1] != top:  # the top is always named: it is how far the scale goes
        ticks[-1 if top - ticks[-1] < step / 2 and len(ticks) > 1 else len(ticks) :] = [top]
    if labels is None:
        plt.yticks([float(t) for t in ticks])
    else:
        plt.yticks([float(t) for t in ticks], [labels[t] for t in ticks])


class HistoryPlot(PlotextPlot):
    """A plot drawn for its current size each time it renders."""

    DEFAULT_CSS = """
    HistoryPlot { height: 1fr; min-height: 6; }
    """

    def __init__(
        self,
        lang: Language,
        *,
        today: date | None = None,
        id: str | None = None,
        classes: str | None = None,
    ):
        super().__init__(id=id, classes=classes)
        self.lang: Language = lang
        self.today = today or date.today()

    def render(self) -> RenderResult:
        self._plot = Plot()  # a clean figure: nothing of the last size's ticks survives
        self.draw(self._plot, max(self.size.width, 1), max(self.size.height, 1))
        return super().render()

    def draw(self, plt: Plot, width: int, height: int) -> None:
        """Draw the figure for a plot `width` columns wide and `height` rows high."""
        raise NotImplementedError

    def time_axis(self, plt: Plot, first: date, last: date, width: int) -> None:
        """Dates on the x axis, which counts days from `first`."""
        year = needs_year((first, last), self.today)
        columns = _LABEL_COLUMNS_WITH_YEAR if year else _LABEL_COLUMNS
        ticks = date_ticks(first, last, (width - 6) // columns)
        plt.xticks(
            [(d - first).days for d in ticks],
            [day_month(d, self.lang, year=year) for d in ticks],
        )
        # Half a day of room on either side, so the first and last sessions are not on the frame.
        plt.xlim(-0.5, (last - first).days + 1.5)


class PainPlot(HistoryPlot):
    """Pain before and after each session, 0-10, over time."""

    def __init__(
        self,
        points: Sequence[PainPoint],
        lang: Language,
        *,
        today: date | None = None,
        id: str | None = None,
    ):
        super().__init__(lang, today=today, id=id)
        self.points = tuple(points)

    def draw(self, plt: Plot, width: int, height: int) -> None:
        if not self.points:
            return
        first = self.points[0].started_at.date()
        last = self.points[-1].started_at.date()
        # Each session is a pair of dots, before then after one column to its right: an equal
        # answer can't hide the other, and an orange dot higher than its blue one is a session
        # that left more pain than it found. (The legend is the screen's, above the plot: inside,
        # it would cover the first sessions.)
        column = (days_between(first, self.points[-1].started_at) + 1.5) / max(width - 8, 1)
        before = [(p.started_at, p.pain_before) for p in self.points]
        after = [(p.started_at, p.pain_after) for p in self.points]
        for color, shift, series in ((BEFORE_COLOR, 0.0, before), (AFTER_COLOR, column, after)):
            answered = [(moment, pain) for moment, pain in series if pain is not None]
            if answered:
                plt.scatter(
                    [days_between(first, moment) + shift for moment, _ in answered],
                    [value for _, value in answered],
                    marker=DOT,
                    color=color,
                )
        self.pain_axis(plt, height)
        self.time_axis(plt, first, last, width)

    @staticmethod
    def pain_axis(plt: Plot, height: int) -> None:
        """0-10 up the y axis, each point of pain on a row of its own when there is room."""
        whole_number_axis(plt, 10, height)


class WeeksPlot(HistoryPlot):
    """Sessions in each week as bars, and the routine's sessions a week as a line."""

    def __init__(
        self,
        weeks: Sequence[WeekCount],
        per_week: int | None,
        lang: Language,
        *,
        today: date | None = None,
        id: str | None = None,
    ):
        super().__init__(lang, today=today, id=id)
        self.weeks = tuple(weeks)
        self.per_week = per_week

    def draw(self, plt: Plot, width: int, height: int) -> None:
        if not self.weeks:
            return
        # As many weeks as have room; fewer when the weeks reach into another year and say so.
        year = needs_year((w.monday for w in self.weeks), self.today)
        columns = _BAR_COLUMNS_WITH_YEAR if year else _BAR_COLUMNS
        shown = self.weeks[-max(2, (width - 6) // columns) :]
        labels = [day_month(w.monday, self.lang, year=year) for w in shown]
        plt.bar(labels, [w.sessions for w in shown], color=BAR_COLOR, width=0.6)
        top = max([w.sessions for w in shown] + [self.per_week or 0, 1]) + 1
        if self.per_week is not None:
            plt.horizontal_line(self.per_week, color=TARGET_COLOR)
        whole_number_axis(plt, top, height)


class DosePlot(HistoryPlot):
    """One exercise's dose in each session, a dot per session, on the exercise's ladder of doses
    ("10 × 3 s" at the bottom, the top of its ranges at the top)."""

    def __init__(
        self,
        doses: ExerciseDoses,
        lang: Language,
        *,
        today: date | None = None,
        id: str | None = None,
    ):
        super().__init__(lang, today=today, id=id)
        self.doses = doses
        # A row for every dose on the way up, as far as a screen allows.
        self.styles.height = min(len(doses.levels), MAX_DOSE_ROWS) + _FRAME_ROWS

    def draw(self, plt: Plot, width: int, height: int) -> None:
        points = self.doses.points
        levels = self.doses.levels
        first = points[0].started_at.date()
        last = points[-1].started_at.date()
        plt.scatter(
            [days_between(first, p.started_at) for p in points],
            [self.doses.level_of(p.dose) for p in points],
            marker=DOT,
            color=BEFORE_COLOR,
        )
        whole_number_axis(plt, len(levels) - 1, height, [short_dose(d, self.lang) for d in levels])
        self.time_axis(plt, first, last, width)


def short_dose(dose: Dose, lang: Language) -> str:
    """A dose in few characters, for an axis: "12 × 3 s", "12", "1 min 15 s"."""
    from coach.progression.wording import seconds_text

    if dose.duration is not None:
        return seconds_text(dose.duration, lang)
    reps = str(dose.reps or 0)
    if dose.hold is None:
        return reps
    return f"{reps} × {seconds_text(dose.hold, lang)}"
