"""The history screen's plots: pain before and after over time, sessions per week against the
routine's frequency, and one exercise's dose over time.

Each is a `textual_plotext.PlotextPlot` drawn afresh for its size at every render, so the date
labels on the x axis are as many as fit and always say the patient's dates in the patient's
language ("3 Mar", "3. mar"; with the year when a date is not in this year: "3 Mar 2024",
"3. mar. 2024"). Importing this module imports plotext: only the history screen does,
when its plots are first needed (after its sessions are on the screen).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from rich.text import Text
from textual import events
from textual.app import RenderResult
from textual.message import Message
from textual_plotext import Plot, PlotextPlot

from coach.i18n import Language
from coach.progression.wording import seconds_text
from coach.session.plan import Dose
from coach.store.history_data import ExerciseDoses
from coach.store.records import PainPoint, WeekCount
from coach.ui.widgets.history_labels import (
    AFTER_COLOR,
    BAR_COLOR,
    BEFORE_COLOR,
    TARGET_COLOR,
    day_month,
    needs_year,
)

__all__ = [
    "AFTER_COLOR",
    "BEFORE_COLOR",
    "DosePlot",
    "HistoryPlot",
    "PainPlot",
    "WeeksPlot",
    "date_ticks",
    "day_month",
    "needs_year",
    "pain_marks",
    "short_dose",
    "whole_number_axis",
]

# Columns one date label takes on the x axis, with room around it (without and with the year).
_LABEL_COLUMNS: Final = 9
_LABEL_COLUMNS_WITH_YEAR: Final = 15
# Columns one week's bar and its label take (without and with the year): plotext leaves out
# a label without a blank column either side.
_BAR_COLUMNS: Final = 9
_BAR_COLUMNS_WITH_YEAR: Final = 16
_DAY_STEPS: Final = (1, 2, 7, 14, 28, 56, 91, 182, 364)
_FRAME_ROWS: Final = 3  # the frame's top and bottom, and the x axis's labels
# Rows a bar of 1 takes at most: a first week's one session is a bar, not a tower.
_MAX_BAR_ROWS: Final = 3
_AXIS_STEPS: Final = (1, 2, 5, 10, 20, 50, 100)
_Y_LABEL_COLUMNS: Final = 8  # the y axis's labels and the frame, about
DOT: Final = "●"
MAX_DOSE_ROWS: Final = 16  # a dose plot's rows at most; a longer ladder labels every few rungs


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
    plt: Plot,
    top: int,
    height: int,
    labels: Sequence[str] | None = None,
    *,
    bars: bool = False,
) -> int:
    """0 to `top` up the y axis of a plot at most `height` rows high; returns the rows the
    figure takes (never more than `height`).

    Every whole number sits exactly on a row of its own when there is room (plotext spreads a
    range over the rows it has, so 3 would otherwise be drawn a third of a row above its tick),
    with no row above `top` (a pain scale that runs past 10 reads as pain past 10); else as many
    ticks as fit. Dots get a spare row below 0, so a 0 is not drawn on the frame. With `bars`,
    0 is the frame's bottom line itself: a bar of 1 fills the rows up to 1 and no more (plotext
    fills every row up to a bar's value, the lowest row included). `labels`: what to write at
    each whole number instead of the number."""
    top = max(top, 1)
    canvas = max(height - _FRAME_ROWS, 2)
    free = canvas - (0 if bars else 1)  # rows above the one for 0 (bars: 0 is the frame)
    # Units per tick: 1, or for a numbered scale too long for a row each, 2, 5, 10, 20 … so
    # every tick still sits on a row, evenly spaced (0, 5, 10 rather than 0, 4, 6, 10).
    steps = _AXIS_STEPS if labels is None else (1,)
    step = next((s for s in steps if free >= math.ceil(top / s)), 0)
    if step:
        shown = step * math.ceil(top / step)  # the scale's top: a whole number of steps
        rows = free // (shown // step)  # rows per step
        if bars:
            rows = min(rows, _MAX_BAR_ROWS * step)
        unit = rows / step  # rows per unit
        if bars:
            used = shown * rows // step
            plt.ylim(1 / unit, shown)
        else:
            below = 1 if free - shown * rows // step >= 1 else 0
            used = shown * rows // step + 1 + below
            plt.ylim(-below / unit, shown)
        ticks = list(range(step if bars else 0, shown + 1, step))
    else:
        # A ladder of named rungs too long for a row each: as many names as fit.
        used = canvas
        plt.ylim(0, top)
        step = math.ceil(top / (canvas - 1))
        ticks = list(range(0, top + 1, step))
        if ticks[-1] != top:  # the top is always named: it is how far the scale goes
            ticks[-1 if top - ticks[-1] < step / 2 and len(ticks) > 1 else len(ticks) :] = [top]
    if labels is None:
        plt.yticks([float(t) for t in ticks])
    else:
        plt.yticks([float(t) for t in ticks], [labels[t] for t in ticks])
    return min(used + _FRAME_ROWS, height)


def day_columns(span_days: float, width: int) -> float:
    """How many days one column of a plot `width` columns wide stands for, when its x axis
    covers `span_days` days."""
    return span_days / max(width - _Y_LABEL_COLUMNS, 1)


@dataclass(frozen=True, slots=True)
class PainMark:
    """One pair of dots on the pain plot: a session's answers, or the average answers of the
    sessions in a period (`day`: days from the first session's day to the period's middle)."""

    day: float
    before: float | None
    after: float | None


# Periods the pain plot averages over when sessions are too close for a pair of dots each:
# a day, then weeks (from Monday), 1, 2, 4, 8, 13, 26 and 52 at a time.
_PERIODS: Final = (1, 7, 14, 28, 56, 91, 182, 364)
_PAIR_COLUMNS: Final = 3  # a pair of dots and a blank column


def _mean(values: Sequence[int | None]) -> float | None:
    answered = [v for v in values if v is not None]
    return sum(answered) / len(answered) if answered else None


def pain_marks(points: Sequence[PainPoint], width: int) -> tuple[int, list[PainMark]]:
    """The pairs of dots a pain plot `width` columns wide draws, and the period they stand for
    in days (0: each pair is one session). A pair takes two columns and a blank one to tell it
    from the next: when sessions come closer than that, each pair is the average of a day's, a
    week's, or a longer period's sessions, the shortest period that leaves the pairs apart."""
    if not points:
        return 0, []
    first = points[0].started_at.date()
    days = [(p.started_at.date() - first).days for p in points]
    span = days[-1]
    per_day = max(width - _Y_LABEL_COLUMNS, 1) / (span + 2)  # columns one day takes
    if all((b - a) * per_day >= _PAIR_COLUMNS for a, b in itertools.pairwise(days)):
        marks = [
            PainMark(day, p.pain_before, p.pain_after) for day, p in zip(days, points, strict=True)
        ]
        return 0, marks
    period = next(
        (d for d in _PERIODS if d * per_day >= _PAIR_COLUMNS),
        364 * math.ceil(_PAIR_COLUMNS / per_day / 364),
    )
    # Weeks and longer run from the Monday of the first session's week.
    start = 0 if period == 1 else -first.weekday()
    groups: dict[int, list[PainPoint]] = {}
    for day, point in zip(days, points, strict=True):
        groups.setdefault((day - start) // period, []).append(point)
    marks = [
        PainMark(
            start + key * period + (period - 1) / 2,
            _mean([p.pain_before for p in group]),
            _mean([p.pain_after for p in group]),
        )
        for key, group in groups.items()
    ]
    return period, marks


class HistoryPlot(PlotextPlot):
    """A plot drawn for its current size each time it renders, as high as its figure needs
    (at most its height: the rows left over stay blank below it)."""

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
        plt = self._plot = Plot()  # a clean figure: nothing of the last size's ticks survives
        width, height = max(self.size.width, 1), max(self.size.height, 1)
        rows = self.draw(plt, width, height)
        # What PlotextPlot.render does, at the figure's own height.
        plt.plotsize(width, rows)
        plt._set_size(width, rows)  # (textual-plotext issue 5: the size needs saying twice)
        plt.theme(self._get_plotext_theme_name(self.app.theme))
        return Text.from_ansi(plt.build())

    def draw(self, plt: Plot, width: int, height: int) -> int:
        """Draw the figure for a plot `width` columns wide and at most `height` rows high;
        returns the rows it takes."""
        raise NotImplementedError

    def time_axis(
        self, plt: Plot, first: date, last: date, width: int, lowest: float, highest: float
    ) -> None:
        """Dates on the x axis, which counts days from `first`, and room for x values from
        `lowest` to `highest` (dots drawn one column right of `highest` included)."""
        year = needs_year((first, last), self.today)
        columns = _LABEL_COLUMNS_WITH_YEAR if year else _LABEL_COLUMNS
        ticks = date_ticks(first, last, (width - 6) // columns)
        plt.xticks(
            [(d - first).days for d in ticks],
            [day_month(d, self.lang, year=year) for d in ticks],
        )
        lowest = min(lowest, 0.0)
        highest = max(highest, float((last - first).days))
        column = day_columns(highest - lowest + 1, width)
        # Half a day of room on either side (a single session sits in the middle), and a
        # column for the dot drawn right of the last day's.
        plt.xlim(lowest - 0.5, highest + 0.5 + column)


class PainPlot(HistoryPlot):
    """Pain before and after each session, 0-10, over time (or their averages, a day or some
    weeks at a time, when the sessions are too many for the width: see `pain_marks`)."""

    class Grouped(Message):
        """The plot's pairs of dots now stand for `days` days each (0: for one session each)."""

        def __init__(self, plot: PainPlot, days: int) -> None:
            super().__init__()
            self.plot = plot
            self.days = days

        @property
        def control(self) -> PainPlot:
            return self.plot

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
        self.grouped = 0

    def on_resize(self, event: events.Resize) -> None:
        days, _ = pain_marks(self.points, event.size.width)
        if days != self.grouped:
            self.grouped = days
            self.post_message(self.Grouped(self, days))

    def draw(self, plt: Plot, width: int, height: int) -> int:
        rows = self.pain_axis(plt, height)
        if not self.points:
            return rows
        first = self.points[0].started_at.date()
        last = self.points[-1].started_at.date()
        _, marks = pain_marks(self.points, width)
        lowest, highest = marks[0].day, marks[-1].day
        column = day_columns(max(highest, (last - first).days) - min(lowest, 0) + 2, width)
        # Each pair is the before dot on its day's tick, then the after dot one column to its
        # right: an equal answer can't hide the other, and an orange dot higher than its blue
        # one is a session that left more pain than it found. (The legend is the screen's, above
        # the plot: inside, it would cover the first sessions.)
        before = [(m.day, m.before) for m in marks]
        after = [(m.day + column, m.after) for m in marks]
        for color, series in ((BEFORE_COLOR, before), (AFTER_COLOR, after)):
            answered = [(day, value) for day, value in series if value is not None]
            if answered:
                plt.scatter(
                    [day for day, _ in answered],
                    [value for _, value in answered],
                    marker=DOT,
                    color=color,
                )
        self.time_axis(plt, first, last, width, lowest, highest)
        return rows

    @staticmethod
    def pain_axis(plt: Plot, height: int) -> int:
        """0-10 up the y axis, each point of pain on a row of its own when there is room."""
        return whole_number_axis(plt, 10, height)


class WeeksPlot(HistoryPlot):
    """Sessions in each week as bars, and the routine's sessions a week as a line.

    A bar takes the same few columns however many weeks there are, oldest on the left: the
    first week of a new patient is one bar, not a block the width of the screen."""

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

    def draw(self, plt: Plot, width: int, height: int) -> int:
        if not self.weeks:
            return min(height, _FRAME_ROWS + 2)
        # As many weeks as have room; fewer when the weeks reach into another year and say so.
        year = needs_year((w.monday for w in self.weeks), self.today)
        columns = _BAR_COLUMNS_WITH_YEAR if year else _BAR_COLUMNS
        room = max(2, (width - 6) // columns)
        shown = self.weeks[-room:]
        places = [float(n) for n in range(1, len(shown) + 1)]
        plt.bar(places, [w.sessions for w in shown], color=BAR_COLOR, width=0.6)
        plt.xticks(places, [day_month(w.monday, self.lang, year=year) for w in shown])
        plt.xlim(0.5, max(room, len(shown)) + 0.5)
        top = max([w.sessions for w in shown] + [self.per_week or 0, 1]) + 1
        if self.per_week is not None:
            plt.horizontal_line(self.per_week, color=TARGET_COLOR)
        return whole_number_axis(plt, top, height, bars=True)


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
        # Worked out once, not at every drawing: years of sessions are thousands of points.
        self._levels = doses.levels
        self._point_levels = doses.point_levels()
        # A row for every dose on the way up, as far as a screen allows.
        self.styles.height = min(len(self._levels), MAX_DOSE_ROWS) + _FRAME_ROWS

    def draw(self, plt: Plot, width: int, height: int) -> int:
        points = self.doses.points
        levels = self._levels
        first = points[0].started_at.date()
        last = points[-1].started_at.date()
        span = (last - first).days
        column = day_columns(span + 2, width)
        # One dot per column and rung is all a terminal can show: years of sessions are drawn
        # as the few hundred dots they look like.
        dots = {
            (round((p.started_at.date() - first).days / column), level)
            for p, level in zip(points, self._point_levels, strict=True)
        }
        plt.scatter(
            [c * column for c, _ in sorted(dots)],
            [float(level) for _, level in sorted(dots)],
            marker=DOT,
            color=BEFORE_COLOR,
        )
        rows = whole_number_axis(
            plt, len(levels) - 1, height, [short_dose(d, self.lang) for d in levels]
        )
        self.time_axis(plt, first, last, width, 0.0, float(span))
        return rows


def short_dose(dose: Dose, lang: Language) -> str:
    """A dose in few characters, for an axis: "12 × 3 s", "12", "1 min 15 s"."""
    if dose.duration is not None:
        return seconds_text(dose.duration, lang)
    reps = str(dose.reps or 0)
    if dose.hold is None:
        return reps
    return f"{reps} × {seconds_text(dose.hold, lang)}"
