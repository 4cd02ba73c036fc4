"""The history screen on a real history database: the sessions, pain over time, sessions per
week against the routine's aim, the doses; an empty history, one that can't be read, several
routines, and the ways in (h in the picker, `coach history`)."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TabbedContent

from coach.commands import history as history_command
from coach.routine.loader import load_routine
from coach.routine.model import Routine
from coach.store.paths import database_path
from coach.store.records import SessionStatus
from coach.ui.app import CoachApp
from coach.ui.screens.history import HistoryScreen
from coach.ui.screens.picker import PickerScreen
from coach.ui.widgets.history_plots import DosePlot, PainPlot, WeeksPlot
from coach.visit.config import AppConfig
from tests.ui.history_seed import RANGES, TODAY, Played, at, ranges_routine, seed, story
from tests.ui.support import coach_app, silent_sound, text


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story's database, played once for the module."""
    folder = tmp_path_factory.mktemp("story")
    return story(folder)


@pytest.fixture
def history(seeded: Path, tmp_path: Path) -> Path:
    """A data folder with its own copy of the story (six weeks of "Back with ranges")."""
    shutil.copy(seeded, database_path(tmp_path))
    return tmp_path


async def open_history(pilot: Pilot[int], data_dir: Path, lang: str = "en") -> HistoryScreen:
    """Push the history screen of `data_dir` on `TODAY`, and wait until it has read it."""
    pilot.app.animation_level = "none"  # the tabs' underline would slide for a third of a second
    screen = HistoryScreen(data_dir, lang, today=TODAY)  # type: ignore[arg-type]
    await pilot.app.push_screen(screen)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def table_rows(screen: HistoryScreen) -> list[list[str]]:
    table: DataTable[object] = screen.query_one("#sessions-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_the_sessions_newest_first_with_how_each_went_and_the_pain(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        assert text(pilot, "#sessions-count") == "15 sessions since 17 Feb."
        rows = table_rows(screen)
        assert len(rows) == 15
        assert rows[0] == ["28 Mar 18:00", "2 → 2", "completed", "4 of 4"]
        assert rows[5] == ["17 Mar 18:00", "3 → –", "incomplete (cut off)", "3 of 4"]
        assert rows[10] == ["26 Feb 18:00", "4 → –", "ended early", "3 of 4"]
        assert rows[-1] == ["17 Feb 18:00", "5 → 5", "completed", "4 of 4"]


async def test_arrows_go_through_the_views(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        tabs = screen.query_one(TabbedContent)
        seen = [tabs.active]
        for _ in range(4):
            await pilot.press("right")
            await pilot.pause()
            seen.append(tabs.active)
        await pilot.press("left")
        await pilot.pause()
        assert seen == ["sessions", "pain", "weeks", "doses", "sessions"]
        assert tabs.active == "doses"


async def test_pain_before_and_after_over_time(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        await pilot.press("right")
        await pilot.pause()
        plot = screen.query_one(PainPlot)
        assert [(p.pain_before, p.pain_after) for p in plot.points][:3] == [(5, 5), (5, 4), (5, 5)]
        assert plot.region.height >= 14  # room for a row per point of pain at 80x24
        drawn = "\n".join(plot.render_line(y).text for y in range(plot.region.height))
        assert drawn.count("●") == 15 + 13  # every answer before, and every answer after
        assert "17 Feb" in drawn and "24 Mar" in drawn


async def test_sessions_per_week_against_the_routines_aim(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        await pilot.press("right", "right")
        await pilot.pause()
        assert text(pilot, "#weeks-aim") == "Meant for 3 sessions a week. This week: 3 of 3."
        weeks = screen.query_one(WeeksPlot)
        assert weeks.per_week == 3
        assert [w.sessions for w in weeks.weeks] == [3, 3, 0, 3, 3, 3]  # the week off shows


async def test_each_exercises_dose_on_its_ladder(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        await pilot.press("left")
        await pilot.pause()
        headings = [str(s.content) for s in screen.query(".dose-heading").results(Static)]
        assert headings[0] == (
            "Pelvic tilt: 15 reps, hold 5 s last time (range 10–15 reps, hold 5 s)"
        )
        assert headings[-1] == "Bird dog: 10 reps, hold 3 s last time"  # no range to go up
        bridge = next(p for p in screen.query(DosePlot) if p.doses.name == "Bridge")
        # The whole ladder up the axis, the top of the range included though not reached yet.
        assert [(d.reps, d.hold) for d in bridge.doses.levels] == [
            *((reps, 3.0) for reps in range(10, 16)),
            (15, 4.0),
            (15, 5.0),
        ]
        assert bridge.region.height == 8 + 3  # a row per rung, and the frame
        # Bird dog has no range: its one dose is the routine's, not a dose that never grows.
        assert [str(s.content) for s in screen.query(".dose-same").results(Static)] == [
            "The routine gives this exercise one dose."
        ]
        assert not screen.query(".dose-grows")  # every ranged dose has grown


async def test_an_empty_history_says_so_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "new"
    async with coach_app(None, data_dir=data).run_test(size=(80, 24)) as pilot:
        await open_history(pilot, data)
        assert text(pilot, "#history-empty") == (
            "No sessions yet. After your first session, you will see here how it went."
        )
        await pilot.press("right")  # no views to go through: nothing happens
        await pilot.pause()
    assert not data.exists()


async def test_a_history_that_cant_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "history.sqlite3").write_bytes(b"a spreadsheet, not a history" * 50)
    async with coach_app(None, data_dir=tmp_path).run_test(size=(80, 24)) as pilot:
        await open_history(pilot, tmp_path)
        assert text(pilot, "#history-unavailable") == "Your history can't be shown."
        why = text(pilot, "#history-why")
        assert str(tmp_path / "history.sqlite3") in why
    assert (tmp_path / "history.sqlite3").read_bytes() == b"a spreadsheet, not a history" * 50


async def test_r_goes_to_the_next_routine(history: Path) -> None:
    hips = Routine(title="Hips", exercises=ranges_routine().exercises[:1])  # no file
    seed(history, hips, [Played(at(TODAY, 20), 2, 2)])
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history)
        rows = table_rows(screen)
        assert rows[:2] == [
            ["28 Mar 20:00", "2 → 2", "Hips", "completed", "1 of 1"],
            ["28 Mar 18:00", "2 → 2", "Back with ranges", "completed", "4 of 4"],
        ]
        await pilot.press("right", "right")
        await pilot.pause()

        def heading() -> str:
            return str(next(screen.query(".routine-heading").results(Static)).content)

        # The routine done last comes first; without its file, nothing says how often.
        assert heading() == "Routine: Hips (1 of 2)"
        assert text(pilot, "#weeks-aim") == (
            "The routine does not say how often it is meant to be done. This week: 1."
        )
        await pilot.press("r")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "weeks"  # still the same view
        assert heading() == "Routine: Back with ranges (2 of 2)"
        assert text(pilot, "#weeks-aim") == "Meant for 3 sessions a week. This week: 3 of 3."
        await pilot.press("r")
        await pilot.pause()
        assert heading() == "Routine: Hips (1 of 2)"


async def test_h_in_the_picker_opens_it_and_escape_comes_back(history: Path) -> None:
    app = coach_app(None, data_dir=history)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#sessions-table")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_coach_history_opens_the_screen_and_closing_it_quits(history: Path) -> None:
    config = AppConfig(data_dir=history, open_history=True, bundled_routines=RANGES.parent)
    app = CoachApp(config, clock=None, hooks=None, sound=silent_sound())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0


def test_the_command_opens_the_app_on_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: None
) -> None:
    built: list[AppConfig] = []

    class Opened:
        def run(self) -> None:
            return None

    def make_app(config: AppConfig) -> Opened:
        built.append(config)
        return Opened()

    monkeypatch.setattr("coach.ui.app.make_app", make_app)
    args = argparse.Namespace(lang="nb", list=False, data_dir=tmp_path)
    assert history_command.run(args) == 0
    assert [(c.open_history, c.data_dir, c.ui_lang) for c in built] == [(True, tmp_path, "nb")]


@pytest.mark.parametrize("size", [(60, 20), (40, 12)])
async def test_every_view_draws_at_every_size(history: Path, size: tuple[int, int]) -> None:
    async with coach_app(None, data_dir=history).run_test(size=size) as pilot:
        screen = await open_history(pilot, history)
        for view in ("pain", "weeks", "doses", "sessions"):
            await pilot.press("right")
            await pilot.pause()
            assert screen.query_one(TabbedContent).active == view


async def test_the_screen_speaks_norwegian(history: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, history, "nb")
        assert text(pilot, "#history-title") == "Historikken din"
        assert table_rows(screen)[0] == ["28. mar 18:00", "2 → 2", "fullført", "4 av 4"]
        await pilot.press("right", "right")
        await pilot.pause()
        assert (
            text(pilot, "#weeks-aim")
            == "Programmet er satt opp for 3 økter i uken. Denne uken: 3 av 3."
        )


def test_a_session_status_is_said_in_every_language() -> None:
    from coach.i18n import LANGUAGES, translate

    for lang in LANGUAGES:
        for status in SessionStatus:
            assert translate(f"history.status.{status.value}", lang)


async def test_sessions_without_pain_answers_and_a_dose_that_never_moved(tmp_path: Path) -> None:
    # Sessions run with --no-checkins: no pain answers, so the doses never grew.
    seed(tmp_path, ranges_routine(), [Played(at(TODAY), None, None)])
    async with coach_app(None, data_dir=tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, tmp_path)
        assert table_rows(screen) == [["28 Mar 18:00", "– → –", "completed", "4 of 4"]]
        assert text(pilot, "#sessions-count") == "1 session, on 28 Mar."
        await pilot.press("right")
        await pilot.pause()
        assert text(pilot, "#pain-none") == (
            "No pain answers yet: they are asked before and after each session."
        )
        await pilot.press("right", "right")
        await pilot.pause()
        assert not screen.query(DosePlot)
        # Where each dose stands, not "the same dose in every session" (which reads as "never
        # grows"), and how a dose grows: the article's advice, then coach's own rule.
        assert [str(s.content) for s in screen.query(".dose-same").results(Static)] == [
            "At its starting dose so far (1 session).",
            "At its starting dose so far (1 session).",
            "At its starting dose so far (1 session).",
            "The routine gives this exercise one dose.",
        ]
        grows = text(pilot, ".dose-grows")
        assert "gradually over weeks and months" in grows and "(coach's own rule)" in grows


@pytest.mark.parametrize(
    ("lang", "kept", "at_start"),
    [
        (
            "en",
            "The routine keeps this exercise at its starting dose.",
            "At its starting dose so far (1 session).",
        ),
        ("nb", "Programmet holder denne øvelsen på startdosen.", "På startdosen så langt (1 økt)."),
    ],
)
async def test_a_dose_with_progression_off_is_kept_not_said_to_grow(
    tmp_path: Path, lang: str, kept: str, at_start: str
) -> None:
    # `progression: off` keeps a dose at the low end: the history must not promise it grows.
    text_of = RANGES.read_text(encoding="utf-8").replace(
        "frequency: 3/week\n", "frequency: 3/week\nprogression: off\n"
    )
    path = tmp_path / "fixed.en.yaml"
    path.write_text(text_of, encoding="utf-8")
    seed(tmp_path, load_routine(path), [Played(at(TODAY))])
    async with coach_app(None, data_dir=tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, tmp_path, lang)
        await pilot.press("right", "right", "right")
        await pilot.pause()
        notes = [str(s.content) for s in screen.query(".dose-same").results(Static)]
        assert notes[:3] == [kept, kept, kept]  # the three exercises with a range
        assert at_start not in notes
        assert not screen.query(".dose-grows")

    # One exercise turned back on: it is at its start and may grow, so the note is back.
    path.write_text(
        text_of.replace("    hold: 3-5s\n", "    hold: 3-5s\n    progression: on\n"),
        encoding="utf-8",
    )
    data = tmp_path / "one-on"
    seed(data, load_routine(path), [Played(at(TODAY))])
    async with coach_app(None, data_dir=data).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, data, lang)
        await pilot.press("right", "right", "right")
        await pilot.pause()
        notes = [str(s.content) for s in screen.query(".dose-same").results(Static)]
        assert notes[:3] == [kept, kept, at_start]
        assert screen.query(".dose-grows")
