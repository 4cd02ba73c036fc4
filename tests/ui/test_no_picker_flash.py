"""Between the last exercise and the screens after the session, the picker never shows: the next
screen takes the session screen's place (a patient saw the picker flash for a frame)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from coach.ui.screens.summary import SummaryScreen
from coach.ui.visit_ui import TextualVisitUI
from coach.visit.flow import Visit, VisitSteps
from coach.visit.ui import VisitUI
from tests.ui.support import advance, coach_app, started


class After(Screen[None]):
    """A stand-in for "After the session": any key goes on."""

    BINDINGS = [("y", "done")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield Static("How was it?")

    def action_done(self) -> None:
        self.dismiss(None)


async def _after(_: Visit, ui: VisitUI) -> bool:
    assert isinstance(ui, TextualVisitUI)
    await ui.app.push_screen(After(), wait_for_dismiss=True)
    return True


async def test_the_picker_is_never_on_top_between_the_session_and_the_summary() -> None:
    app = coach_app(None, hooks=VisitSteps(after=(_after, _after)))
    on_top: list[str] = []

    def record(_: Message) -> None:
        if not app.screen_stack:  # starting or closing
            return
        name = type(app.screen).__name__
        if not on_top or on_top[-1] != name:
            on_top.append(name)

    async with app.run_test(size=(80, 24), message_hook=record) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the highlighted routine
        await started(pilot)
        await advance(pilot, 120)  # to the end
        assert isinstance(app.screen, After)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, After)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")  # back to the routines
        await pilot.pause()
    start = on_top.index("SessionScreen")
    assert "PickerScreen" not in on_top[start : on_top.index("SummaryScreen")], on_top
    assert on_top[-2:] == ["SummaryScreen", "PickerScreen"], on_top


async def test_after_coach_run_file_the_picker_takes_the_finished_sessions_place() -> None:
    app = coach_app()  # `coach run FILE`: no picker below the session
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 120)
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")  # back to the routines
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "PickerScreen"]
