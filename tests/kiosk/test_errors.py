"""Never a traceback on the screen: an unexpected error is logged and the kiosk starts afresh;
errors that keep coming end it with EXIT_CRASHED for the supervisor to restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.screen import Screen

from coach.ui.kiosk import EXIT_CRASHED, KioskApp
from coach.ui.screens.attract import AttractScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.visit_ui import TextualVisitUI
from coach.visit.flow import Visit, VisitSteps
from coach.visit.ui import VisitUI
from tests.kiosk.support import at_attract, kiosk_app, press_into_trouble
from tests.ui.support import started


class Injected(RuntimeError):
    """The error the tests inject."""


def log_of(tmp_path: Path) -> str:
    return (tmp_path / "kiosk.log").read_text(encoding="utf-8")


async def test_an_error_in_the_session_screen_returns_to_the_attract_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_skip(self: SessionScreen) -> None:
        raise Injected("the skip button is broken")

    monkeypatch.setattr(SessionScreen, "action_skip", broken_skip)
    app = kiosk_app(tmp_path, hooks=VisitSteps())
    async with app.run_test(size=(80, 24)) as pilot:
        first = await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await press_into_trouble(pilot, "right")
        fresh = await at_attract(pilot)
        assert fresh is not first and app.session is None
        assert app.is_running
        # The kiosk goes on: the next visitor starts a session as usual.
        await pilot.press("enter")
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
    assert app.return_code == 0 or app.return_code is None
    log = log_of(tmp_path)
    assert "ERROR unexpected error" in log
    assert "Traceback (most recent call last)" in log
    assert "Injected: the skip button is broken" in log


class BrokenQuestion(Screen[bool]):
    def compose(self) -> ComposeResult:
        raise Injected("a stage screen that cannot be drawn")
        yield  # pragma: no cover


async def show_broken_question(visit: Visit, ui: VisitUI) -> bool:
    assert isinstance(ui, TextualVisitUI)
    return bool(await ui.app.push_screen(BrokenQuestion(), wait_for_dismiss=True))


async def test_an_error_while_a_stage_screen_is_built_returns_to_the_attract_screen(
    tmp_path: Path,
) -> None:
    app = kiosk_app(tmp_path, hooks=VisitSteps(before=(show_broken_question,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        await at_attract(pilot)
        assert app.is_running and app.session is None
    assert "a stage screen that cannot be drawn" in log_of(tmp_path)


async def test_an_error_in_the_session_flow_itself_returns_to_the_attract_screen(
    tmp_path: Path,
) -> None:
    async def broken_stage(visit: Visit, ui: VisitUI) -> bool:
        raise Injected("a stage that fails before showing anything")

    app = kiosk_app(tmp_path, hooks=VisitSteps(before=(broken_stage,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await at_attract(pilot)
        assert app.is_running
    assert "a stage that fails before showing anything" in log_of(tmp_path)


async def test_an_attract_screen_that_keeps_failing_ends_the_process_for_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = kiosk_app(tmp_path, hooks=VisitSteps())
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)

        def broken_compose(self: AttractScreen) -> ComposeResult:
            raise Injected("the attract screen cannot be drawn")

        monkeypatch.setattr(AttractScreen, "compose", broken_compose)
        app.return_to_attract()
        for _ in range(50):
            await pilot.pause()
            if not app.is_running:
                break
    assert app.return_code == EXIT_CRASHED and not app.staff_left
    log = log_of(tmp_path)
    assert log.count("the attract screen cannot be drawn") >= 5
    assert "the kiosk cannot go on" in log


async def test_an_error_in_the_apps_own_handlers_returns_to_the_attract_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: KioskApp, message: AttractScreen.Chosen) -> None:
        raise Injected("the app's own handler failed")

    monkeypatch.setattr(KioskApp, "on_attract_screen_chosen", broken)
    app = kiosk_app(tmp_path, hooks=VisitSteps())
    async with app.run_test(size=(80, 24)) as pilot:
        first = await at_attract(pilot)
        await pilot.press("enter")
        assert await at_attract(pilot) is not first
        app.call_later(lambda: 1 / 0)  # the app's own callbacks too
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, AttractScreen)
    assert "the app's own handler failed" in log_of(tmp_path)
    assert "ZeroDivisionError" in log_of(tmp_path)
