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


DESCRIBED = Path(__file__).resolve().parent.parent / "data" / "picker" / "described.en.yaml"


def highlight(picker: PickerScreen, title: str) -> None:
    routines = picker.query_one("#routines", OptionList)
    routines.highlighted = next(i for i, p in enumerate(prompts(picker)) if p.startswith(title))


async def test_the_highlighted_routines_description_and_credits_are_shown() -> None:
    app = coach_app(None, picker_paths=(DESCRIBED,))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        detail = picker.query_one("#routine-detail")
        assert not detail.display  # the first routine has no description
        highlight(picker, "Described routine")
        await pilot.pause()
        assert detail.display and detail.region.height > 2
        shown = text(pilot, "#routine-description")
        assert "If the pain increases considerably, stop." in shown
        assert shown.endswith("A physiotherapist · 2 sources")
        highlight(picker, "Every kind of step")
        await pilot.pause()
        assert not detail.display


async def test_the_description_sits_beside_the_list_on_a_wide_screen() -> None:
    app = coach_app(None, picker_paths=(DESCRIBED,), lang="nb")
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        highlight(picker, "Described routine")
        await pilot.pause()
        routines = picker.query_one("#routines").region
        detail = picker.query_one("#routine-detail").region
        assert detail.x >= routines.right and detail.y == routines.y
        assert picker.query_one("#routine-detail").border_title == "Les dette før du begynner."
        assert "A physiotherapist · 2 kilder" in text(pilot, "#routine-description")


async def test_a_tiny_screen_keeps_the_list_and_hides_the_description() -> None:
    app = coach_app(None, picker_paths=(DESCRIBED,))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        highlight(app.screen, "Described routine")
        await pilot.pause()
        assert not app.screen.query_one("#routine-detail").display
        assert app.screen.query_one("#routines").region.height >= 4


async def test_the_empty_folder_hint_takes_one_line_on_a_tiny_screen(tmp_path: Path) -> None:
    app = coach_app(None, user_routines=tmp_path / "mine")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        note = app.screen.query_one("#user-folder")
        assert note.outer_size.height == 1  # not 3 of the 12 lines
        assert text(pilot, "#user-folder").startswith("Your routines folder is empty")
    app = coach_app(None, user_routines=tmp_path / "mine")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert str(tmp_path / "mine") in text(pilot, "#user-folder")  # whole where there is room
