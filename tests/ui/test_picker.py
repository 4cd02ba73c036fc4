"""The picker: every routine with its figures, problems shown, Enter or a click starts one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, OptionList

from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.problems import ProblemsScreen
from coach.ui.screens.session import SessionScreen
from tests.ui.support import coach_app, started, text

BROKEN = "title: Broken\nexercises:\n  - name: X\n    repz: 3\n"


def prompts(picker: PickerScreen) -> list[str]:
    options = picker.query_one("#routines", OptionList).options
    return [str(option.prompt) for option in options]


async def test_lists_every_routine_with_language_exercises_and_duration(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    user = tmp_path / "mine"
    given = (tmp_path / "broken.yaml", tmp_path / "gone.yaml")
    app = coach_app(None, picker_paths=given, user_routines=user)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        shown = prompts(picker)
        assert shown[0] == "Routines that come with coach"
        assert "Every kind of step\nEnglish · 4 exercises · about 55 s" in shown
        assert "Manuelt og venting\nNorwegian · 1 exercise · about 25 s" in shown
        assert "From the command line" in shown
        assert "broken.yaml\n⚠ Can't be used – line 4: unknown key 'repz'" in shown
        assert any(p.startswith("gone.yaml\n⚠ No such file or folder") for p in shown)
        assert user.is_dir()  # the routines folder is made on the first run
        note = text(pilot, "#user-folder")
        assert note == f"Your routines folder is empty. Put routine files in {user}"


async def test_enter_starts_the_highlighted_routine() -> None:
    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert text(pilot, "#routine-title") == "Every kind of step"


async def test_a_click_starts_a_routine_in_its_own_language() -> None:
    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        routines = app.screen.query_one("#routines", OptionList)
        index = next(i for i, p in enumerate(prompts(app.screen)) if p.startswith("Manuelt"))
        line = routines._index_to_line[index]  # where the option is drawn
        await pilot.click(routines, offset=(5, line))
        await started(pilot)
        assert text(pilot, "#phase") == "GJØR DEG KLAR"


async def test_opening_a_file_with_problems_explains_them(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    app = coach_app(None, picker_paths=(tmp_path / "broken.yaml",), lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        routines = app.screen.query_one("#routines", OptionList)
        routines.highlighted = len(routines.options) - 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert text(pilot, "#problems-title") == "broken.yaml kan ikke brukes"
        # Closing goes back to the picker, and the button says so (tests/ui/test_problems_dialog.py
        # has the rest of the dialog).
        assert str(app.screen.query_one("#close", Button).label) == "Tilbake"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert app.is_running


async def test_q_quits_from_the_picker() -> None:
    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
