"""What the screen shows from a routine file or the history is inert: an escape sequence in a
routine's title or a file's name never reaches the terminal (a title such as
"\\e]0;pwned\\a\\e[2J" renamed the window and cleared the header)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Static

from coach.routine.peek import peek_title
from coach.store.paths import database_path
from coach.text import CONTROL
from coach.ui.screens.history import HistoryScreen
from coach.ui.screens.loading import LoadingScreen
from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.problems import ProblemsScreen
from tests.store.builders import OSLO_WINTER, seed_years
from tests.ui.support import coach_app, text

PWNED = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED"
SHOWN = "␛]0;pwned␇␛[2J␛[31mRED"
PWNED_FILE = (
    'title: "\\e]0;pwned\\a\\e[2J\\e[31mRED"\n'
    "exercises:\n  - name: Bridge\n    instructions: Lift.\n    reps: 10\n"
)


def _no_control_on_screen(pilot: Pilot[int]) -> str:
    """The whole screen as an SVG, checked for control characters (and returned)."""
    svg = pilot.app.export_screenshot()
    assert CONTROL.search(svg) is None
    return svg


def _prompts(picker: PickerScreen) -> list[str]:
    routines = picker.query_one("#routines", OptionList)
    return [str(option.prompt) for option in routines.options]


async def test_a_routine_titled_with_escapes_is_listed_inert_and_explained(tmp_path: Path) -> None:
    routine = tmp_path / "pwned.yaml"
    routine.write_text(PWNED_FILE, encoding="utf-8")
    named = tmp_path / "evil\x1b]0;pwned\x07.yaml"
    named.write_text("title: Fine\nexercises: []\n", encoding="utf-8")
    app = coach_app(None, picker_paths=(routine, named))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        shown = _prompts(picker)
        assert all(CONTROL.search(prompt) is None for prompt in shown)
        assert any(p.startswith("pwned.yaml\n⚠ Can't be used – line 1:") for p in shown)
        assert any(p.startswith("evil␛]0;pwned␇.yaml\n⚠ Can't be used") for p in shown)
        _no_control_on_screen(pilot)
        routines = picker.query_one("#routines", OptionList)
        routines.highlighted = len(routines.options) - 1  # the file with the escape in its name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert text(pilot, "#problems-title") == "evil␛]0;pwned␇.yaml can't be used"
        _no_control_on_screen(pilot)


async def test_the_history_shows_a_title_and_an_exercise_with_escapes_inert(
    tmp_path: Path,
) -> None:
    path = database_path(tmp_path)
    start = datetime(2025, 3, 3, 18, tzinfo=OSLO_WINTER)
    seed_years(path, start, datetime(2025, 3, 10, 18, tzinfo=OSLO_WINTER), count=3)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE sessions SET routine_title = ? WHERE id > 1", (PWNED,))
        conn.execute("UPDATE session_exercises SET name = ? WHERE session_id > 1", (PWNED,))
    conn.close()
    async with coach_app(None, data_dir=tmp_path).run_test(size=(80, 24)) as pilot:
        pilot.app.animation_level = "none"
        screen = HistoryScreen(tmp_path, "en", today=date(2025, 3, 28))
        await pilot.app.push_screen(screen)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        table: DataTable[object] = screen.query_one("#sessions-table", DataTable)
        titles = [str(table.get_row_at(i)[2]) for i in range(table.row_count)]
        assert titles == [SHOWN, SHOWN, "Back basics"]  # newest first
        _no_control_on_screen(pilot)
        await pilot.press("left")  # the doses of the first routine in the history
        await pilot.pause()
        headings = [str(s.content) for s in screen.query(".routine-heading").results(Static)]
        doses = [str(s.content) for s in screen.query(".dose-heading").results(Static)]
        assert any(SHOWN in heading for heading in headings + doses)
        assert all(CONTROL.search(line) is None for line in headings + doses)
        _no_control_on_screen(pilot)


async def test_the_first_frame_of_coach_run_shows_a_raw_escape_in_the_title_inert(
    tmp_path: Path,
) -> None:
    # The title is read from its line before the loader refuses the file (control-character):
    # that glance must not pass the ESC on either.
    path = tmp_path / "raw.yaml"
    path.write_bytes(f"title: {PWNED}\nexercises: []\n".encode())
    assert peek_title(path) == SHOWN
    named = tmp_path / "evil\x1b[2J.yaml"
    named.write_text("title: >-\n  Folded\nexercises: []\n", encoding="utf-8")
    assert peek_title(named) == "evil␛[2J.yaml"
    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(LoadingScreen(peek_title(path)))
        await pilot.pause()
        assert text(pilot, "#loading-title") == SHOWN
        _no_control_on_screen(pilot)
