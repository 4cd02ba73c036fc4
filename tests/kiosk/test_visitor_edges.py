"""What a kiosk visitor and the staff met (issue 14 item 12): "Are you still there?" big and
whole, the staff PIN dialog pausing the session behind it, no Quit key on the summary, and
`--hash-pin` saying at once that a PIN is digits only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Digits, Static

from coach.commands.kiosk import hash_pin_command
from coach.i18n import Language
from coach.session.clock import FakeClock
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.staff_exit import StaffExitScreen
from coach.ui.screens.still_there import StillThereScreen
from coach.ui.screens.summary import SummaryScreen
from coach.visit.flow import VisitSteps
from tests.kiosk.support import at_attract, idle_for, kiosk_app
from tests.ui.support import START, advance, coach_app, started

NO_STAGES = VisitSteps()


def _still_there_lines(screen: StillThereScreen) -> list[str]:
    body = screen.query_one("#still-body", Static)
    width, height = body.content_size
    strips = body.render_lines(Region(0, 0, width, height))
    lines = [strip.text.strip() for strip in strips]
    return [line for line in lines if line]


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_still_there_is_big_and_never_breaks_its_countdown(
    lang: Language, size: tuple[int, int]
) -> None:
    app = coach_app(None)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.push_screen(StillThereScreen(lang, FakeClock(START), 20))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StillThereScreen)
        seconds = screen.query_one("#still-seconds", Digits)
        assert seconds.value == "20" and seconds.size.height == 3  # big: three lines high
        dialog = screen.query_one("#dialog")
        assert dialog.outer_size.width >= size[0] - 4  # the room there is, not a small box
        assert screen.region.contains_region(dialog.region)
        shown = _still_there_lines(screen)
        start = "In 20 s" if lang == "en" else "Om 20 s"
        assert any(line.startswith(start) for line in shown), shown  # never "in 20" / "s."
        title = screen.query_one("#still-title", Static)
        assert title.size.height >= 3  # a title that reads from across a waiting room


async def test_the_kiosk_asks_still_there_in_the_big_dialog(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await advance(pilot, 3)
        await pilot.press("space")
        await idle_for(pilot, 60)
        screen = app.screen
        assert isinstance(screen, StillThereScreen)
        await idle_for(pilot, 5)
        assert screen.query_one("#still-seconds", Digits).value == "15"
        assert any(line.startswith("In 15 s") for line in _still_there_lines(screen))


async def test_the_staff_pin_dialog_pauses_the_session_behind_it(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await advance(pilot, 4)  # in the first hold
        await pilot.press("ctrl+x", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, StaffExitScreen)
        assert app.session is not None and app.session.engine.paused
        await advance(pilot, 30)  # the hold does not run on behind the dialog
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        # Still paused after Esc: a visitor who looked away is not left behind by a hold.
        assert app.session.engine.paused
        await advance(pilot, 30)
        assert app.session.engine.paused
        await pilot.press("space")  # the visitor goes on
        await pilot.pause()
        assert not app.session.engine.paused


async def test_the_kiosk_summary_offers_no_quit_key(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await pilot.press("q", "q")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        shown = [b.binding.action for b in screen.active_bindings.values() if b.binding.show]
        assert "quit_app" not in shown and "picker" in shown


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("first", ["12ab", "pin123", "１２３４５６"])
def test_hash_pin_says_at_once_that_a_pin_is_digits_only(
    first: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []
    answers = iter([first, first])

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", getpass)
    assert hash_pin_command("en", _Terminal()) == 2
    assert len(asked) == 1  # not asked to type it again first
    assert "digits only" in capsys.readouterr().err


def test_hash_pin_at_a_terminal_still_asks_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["975310", "975311"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert hash_pin_command("en", _Terminal()) == 2
    assert "975310" not in capsys.readouterr().out
