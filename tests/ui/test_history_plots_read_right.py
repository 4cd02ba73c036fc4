"""The history plots read right from the first session on, and at a year of daily sessions:
one session is one narrow bar, not a block the width of the screen; pain dots sit on their
date's tick; the pain scale stops at 10; a year's sessions, too many for a pair of dots each,
are averaged over periods the legend names. A long history shows its newest sessions first,
before the rest is read, and reads on as the patient scrolls down."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from bench.history_screen import generate
from coach.i18n import Language
from coach.store.history_data import SESSIONS_PAGE, HistoryOverview, read_overview
from coach.store.records import PainPoint
from coach.ui.screens.history import HistoryScreen
from coach.ui.widgets.history_labels import day_month
from coach.ui.widgets.history_plots import HistoryPlot, PainPlot, WeeksPlot, pain_marks
from tests.ui.history_seed import OSLO, TODAY, Played, at, ranges_routine, seed
from tests.ui.support import coach_app, text
from tests.ui.test_history_snapshots import views_filled


async def open_view(pilot: Pilot[int], data_dir: Path, lang: Language, *keys: str) -> None:
    pilot.app.animation_level = "none"
    await pilot.app.push_screen(HistoryScreen(data_dir, lang, today=TODAY))
    await pilot.app.workers.wait_for_complete()
    await views_filled(pilot)
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


def lines(plot: HistoryPlot) -> list[str]:
    return [plot.render_line(y).text for y in range(plot.region.height)]


def point(day: date, before: int | None, after: int | None) -> PainPoint:
    return PainPoint(0, datetime(day.year, day.month, day.day, 18, tzinfo=OSLO), before, after)


def test_sessions_far_enough_apart_are_a_pair_of_dots_each_on_their_day() -> None:
    first = date(2025, 3, 3)
    points = [point(first + timedelta(days=2 * n), 3, 2) for n in range(10)]
    period, marks = pain_marks(points, 80)
    assert period == 0
    assert [m.day for m in marks] == [2 * n for n in range(10)]  # whole days: on the tick


def test_a_year_of_daily_sessions_is_averaged_over_weeks_that_fit() -> None:
    first = date(2024, 3, 29)
    points = [point(first + timedelta(days=n), 6 if n < 182 else 2, None) for n in range(365)]
    period, marks = pain_marks(points, 80)
    assert period % 7 == 0 and period >= 14
    assert len(marks) * 3 <= 80  # a pair and a blank column each
    assert marks[0].before == 6 and marks[-1].before == 2
    assert all(m.after is None for m in marks)  # no answers: no average made up
    # Wider, the periods are shorter.
    assert pain_marks(points, 200)[0] < period


@pytest.fixture(scope="module")
def one_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("one")
    generate(folder, 1, TODAY)
    return folder


@pytest.fixture(scope="module")
def a_year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("year")
    generate(folder, 365, TODAY)
    return folder


async def test_one_session_is_one_narrow_bar(one_session: Path) -> None:
    async with coach_app(None, data_dir=one_session).run_test(size=(80, 24)) as pilot:
        await open_view(pilot, one_session, "en", "right", "right")
        drawn = lines(pilot.app.screen.query_one(WeeksPlot))
        bar_rows = [row for row in drawn if "█" in row]
        assert bar_rows
        assert all(row.count("█") <= 8 for row in bar_rows)  # a bar, not the whole width
        assert len(bar_rows) <= 3  # one session is not a tower
        # The bar stands on the frame and reaches the 1 on the axis, no higher.
        [one] = [i for i, row in enumerate(drawn) if re.match(r"\s*1┤", row)]
        assert "█" in drawn[one] and "█" not in drawn[one - 1]


async def test_one_sessions_pain_sits_on_its_date_and_the_scale_stops_at_10(
    one_session: Path,
) -> None:
    async with coach_app(None, data_dir=one_session).run_test(size=(80, 24)) as pilot:
        await open_view(pilot, one_session, "en", "right")
        drawn = lines(pilot.app.screen.query_one(PainPlot))
        assert text(pilot, "#pain-legend").startswith("Pain before and after each session")
        # 10 is the first row inside the frame: nothing above it.
        assert drawn[0].lstrip().startswith("┌")
        assert re.match(r"\s*10┤", drawn[1])
        # The before dot is in the date tick's column.
        [tick] = [row for row in drawn if "┬" in row]
        assert min(row.index("●") for row in drawn if "●" in row) == tick.index("┬")


@pytest.mark.parametrize(
    ("lang", "legend"),
    [
        ("en", r"Average pain before and after, per \d+ weeks:"),
        ("nb", r"Gjennomsnittlig smerte før og etter, per \d+ uker:"),
    ],
)
async def test_a_years_pain_is_averaged_and_the_legend_says_over_what(
    a_year: Path, lang: Language, legend: str
) -> None:
    async with coach_app(None, data_dir=a_year).run_test(size=(80, 24)) as pilot:
        await open_view(pilot, a_year, lang, "right")
        plot = pilot.app.screen.query_one(PainPlot)
        assert re.match(legend, text(pilot, "#pain-legend"))
        dots = sum(row.count("●") for row in lines(plot))
        assert 2 * 8 <= dots <= 2 * 80 // 3  # pairs that can be told apart, not 730 dots


async def test_a_year_of_sessions_shows_the_newest_and_reads_on_down_to_the_first(
    a_year: Path,
) -> None:
    async with coach_app(None, data_dir=a_year).run_test(size=(80, 24)) as pilot:
        await open_view(pilot, a_year, "en")
        assert text(pilot, "#sessions-count") == "365 sessions since 29 Mar 2024."
        table: DataTable[object] = pilot.app.screen.query_one("#sessions-table", DataTable)
        assert table.row_count == SESSIONS_PAGE
        assert str(table.get_row_at(0)[0]) == "28 Mar 2025 18:00"
        table.move_cursor(row=SESSIONS_PAGE - 1)  # as End or Page Down does
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == 365
        assert str(table.get_row_at(364)[0]) == "29 Mar 2024 18:00"
        assert len({str(table.get_row_at(i)[0]) for i in range(365)}) == 365  # none twice


def test_the_sessions_are_handed_over_before_the_rest_is_read(a_year: Path) -> None:
    seen: list[HistoryOverview] = []
    full = read_overview(a_year, TODAY, first_view=seen.append)
    [first] = seen
    assert not first.complete and first.pain == () and first.routines == ()
    assert len(first.sessions) == SESSIONS_PAGE and first.count == 365
    assert first.titles == ("Back basics – core exercises",)
    assert full.complete and len(full.pain) == 365 and full.sessions == first.sessions


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Highest answer: 9, on {day}."),
        ("nb", "Høyeste svar: 9, {day}."),
    ],
)
async def test_an_averaged_plot_names_the_single_high_answer_it_hides(
    tmp_path: Path, lang: Language, said: str
) -> None:
    # Forty days of 3 → 3, and one session that left pain at 9: the weekly average of that
    # week is a little over 3, so the legend must say that one answer was 9, and on what day.
    days = [TODAY - timedelta(days=n) for n in range(40, 0, -1)]
    bad = days[20]
    seed(
        tmp_path,
        ranges_routine(),
        [Played(at(day), 3, 9 if day == bad else 3) for day in days],
    )
    async with coach_app(None, data_dir=tmp_path).run_test(size=(80, 24)) as pilot:
        await open_view(pilot, tmp_path, lang, "right")
        legend = text(pilot, "#pain-legend")
        assert pilot.app.screen.query_one(PainPlot).grouped == 7
        hides = {
            "en": "An average can hide a single high answer: the Sessions view lists each one.",
            "nb": "Et gjennomsnitt kan skjule ett høyt svar: Økter-visningen viser hvert svar.",
        }[lang]
        assert hides in legend
        assert said.format(day=day_month(bad, lang)) in legend
