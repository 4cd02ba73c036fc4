"""The report's plots as SVG, drawn by matplotlib (imported here only: nothing else pays for it).

No pyplot and no global state: each plot is its own `Figure`, saved with text kept as text (small,
searchable, printed sharp) and without a date, so the same history gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from coach.i18n import Language, translate
from coach.store.records import PainPoint, WeekCount

WIDTH_IN = 7.0  # fits an A4 page's text width
HEIGHT_IN = 2.6
BEFORE_COLOUR = "#1f5fa8"  # blue, with round markers
MARKERS_UP_TO = 120
BARS_UP_TO = 104  # two years of weeks
BAR_COLOUR = "#4a7f4a"
AFTER_COLOUR = "#b8560b"  # orange, with square markers and a dashed line (not colour alone)


def _svg(figure: Figure, salt: str) -> str:
    """The figure as an inline <svg> element, ids unique to this plot."""
    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": salt}):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _new() -> Figure:
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), layout="constrained")
    figure.set_facecolor("white")
    return figure


def pain_plot(points: Sequence[PainPoint], lang: Language) -> str:
    """Pain before and after each session (0–10) over time."""
    figure = _new()
    axes = figure.add_subplot()
    for attr, colour, marker, style, key in (
        ("pain_before", BEFORE_COLOUR, "o", "-", "report.page.pain_before"),
        ("pain_after", AFTER_COLOUR, "s", "--", "report.page.pain_after"),
    ):
        series = [(p.started_at, getattr(p, attr)) for p in points if getattr(p, attr) is not None]
        if len(series) > MARKERS_UP_TO:
            marker = ""  # thousands of dots are a smear; the line styles still tell them apart
        if series:
            xs, ys = zip(*series, strict=True)
            axes.plot(
                xs,
                ys,
                color=colour,
                marker=marker,
                linestyle=style,
                markersize=4,
                label=translate(key, lang),
            )
    axes.set_ylim(-0.3, 10.3)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel(translate("report.page.pain_axis", lang))
    _dates(axes)
    axes.grid(axis="y", color="#dddddd")
    axes.legend(loc="upper right", frameon=False, ncols=2)
    return _svg(figure, "coach-pain")


def weeks_plot(weeks: Sequence[WeekCount], per_week: int | None, lang: Language) -> str:
    """Sessions per week as bars, the routine's aim as a line."""
    figure = _new()
    axes = figure.add_subplot()
    label = translate("report.page.sessions", lang)
    counts = [w.sessions for w in weeks]
    if len(weeks) <= BARS_UP_TO:
        middles = [datetime.combine(w.monday, time(12)) + timedelta(days=3) for w in weeks]
        axes.bar(date2num(middles), counts, width=5, color=BAR_COLOUR, label=label)  # type: ignore[no-untyped-call]
    else:  # one filled staircase, not a thousand bars: years of weeks stay one artist
        edges = [datetime.combine(w.monday, time(0)) for w in weeks]
        edges.append(edges[-1] + timedelta(weeks=1))
        axes.stairs(counts, date2num(edges), fill=True, color=BAR_COLOUR, label=label)  # type: ignore[no-untyped-call]
    top = max([*counts, per_week or 0, 1])
    if per_week is not None:
        axes.axhline(
            per_week,
            color="#222222",
            linestyle=":",
            linewidth=1.5,
            label=translate("report.page.aim", lang, count=per_week),
        )
    axes.set_ylim(0, top + 1)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(translate("report.page.per_week_axis", lang))
    _dates(axes)
    axes.legend(loc="upper left", frameon=False, ncols=2)
    return _svg(figure, "coach-weeks")


def _dates(axes: Axes) -> None:
    """Dates that say the year where it changes (ConciseDateFormatter)."""
    # matplotlib.dates has no type hints for these two (matplotlib 3.11).
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    # Numbers, not month names: matplotlib's are English whatever the report's language.
    formatter = ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator,
        formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S"],
        offset_formats=["", "%Y", "%Y", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"],
    )
    axes.xaxis.set_major_formatter(formatter)
