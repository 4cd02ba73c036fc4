"""The dialog that says why a routine file can't be used: every problem with its hint under it,
and a button that says what closing does (back to the picker, or the end of `coach run`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Static

from coach.ui.screens.problems import ProblemsScreen
from tests.ui.support import coach_app, visible

BROKEN = "title: Broken\nexercises:\n  - name: X\n    rep: 3\n    duration: 2-1 min\n"


def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def shown_lines(screen: object) -> list[tuple[str, str]]:
    """(class, text) of each line of the problems list, top to bottom."""
    assert isinstance(screen, ProblemsScreen)
    lines: list[tuple[str, str]] = []
    place = ""
    for line in screen.query("#problems-list Static").results(Static):
        kind = " ".join(sorted(line.classes))
        if kind == "problem-place":  # shown beside its message: read as one line
            place = f"{line.content} "
            continue
        lines.append((kind, f"{place}{line.content}" if kind == "problem" else str(line.content)))
        place = ""
    return lines


async def test_coach_run_on_an_unusable_file_closes_and_ends_coach(tmp_path: Path) -> None:
    app = coach_app(broken(tmp_path), preload=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert str(app.screen.query_one("#close", Button).label) == "Close"
        # Each problem's hint, dimmed, right under its message.
        assert shown_lines(app.screen) == [
            ("problem", "Line 4, column 5: unknown key 'rep'"),
            ("problem-hint", "did you mean 'reps'?"),
            (
                "problem",
                "Line 5, column 15: in the range '2-1 min' the low end must come first and be"
                " below the high end",
            ),
            (
                "problem-hint",
                "write it from low to high, like 10-15; for a single value write just that value",
            ),
        ]
        await pilot.click("#close")
        await pilot.pause()
    assert app.return_code == 1


async def test_the_close_button_and_hints_speak_norwegian(tmp_path: Path) -> None:
    app = coach_app(broken(tmp_path), preload=False, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert str(app.screen.query_one("#close", Button).label) == "Lukk"
        assert ("problem-hint", "mente du «reps»?") in shown_lines(app.screen)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 1


async def test_a_missing_file_given_to_coach_run_says_so_and_closes(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "gone.yaml", preload=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert shown_lines(app.screen) == [("problem", "No such file or folder")]
        assert str(app.screen.query_one("#close", Button).label) == "Close"


# Ten exercises with a misspelt key each: more problems than any small screen shows at once.
MANY = "title: Many\nexercises:\n" + "".join(f"  - name: X{i}\n    rep: 3\n" for i in range(10))


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (40, 12)])
@pytest.mark.parametrize("text", [BROKEN, MANY], ids=["two", "many"])
async def test_the_button_and_the_hint_are_always_in_sight(
    tmp_path: Path, size: tuple[int, int], text: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    app = coach_app(path, preload=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        for selector in ("#problems-title", "#problems-hint", "#close"):
            assert visible(pilot, selector), f"{selector} is not wholly on screen at {size}"
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1


@pytest.mark.parametrize(("size", "room"), [((100, 30), 94), ((80, 24), 76), ((40, 12), 40)])
async def test_the_dialog_uses_the_width_and_hints_sit_under_their_problem(
    tmp_path: Path, size: tuple[int, int], room: int
) -> None:
    app = coach_app(broken(tmp_path), preload=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ProblemsScreen)
        assert screen.query_one("#dialog").outer_size.width >= room
        messages = list(screen.query(".problem").results(Static))
        hints = list(screen.query(".problem-hint").results(Static))
        assert len(messages) == len(hints) == 2
        for message, hint in zip(messages, hints, strict=True):
            # The hint starts where its problem's words start, right under them; a message
            # that wraps goes on in its own column, not under "Line 5, column 15:".
            assert hint.region.x == message.region.x
            assert hint.region.y == message.region.bottom
        place = screen.query(".problem-place").first(Static)
        if size[0] >= 60:
            assert messages[0].region.x > place.region.x  # beside its place
