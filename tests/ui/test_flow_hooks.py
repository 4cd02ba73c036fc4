"""The hooks later features plug into: screens before and after the session, extra listeners."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from coach.session.events import Event, EventKind
from coach.session.plan import Dose
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.summary import SummaryScreen
from coach.ui.visit_ui import TextualVisitUI
from coach.visit.flow import Visit, VisitSteps
from coach.visit.runner import EventListener
from coach.visit.state import VisitState
from coach.visit.ui import VisitUI
from tests.ui.support import advance, coach_app, started


class Question(Screen[bool]):
    """A stand-in for a check-in screen: y goes on, n goes back."""

    BINDINGS = [("y", "answer(True)"), ("n", "answer(False)")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield Static("Ready?", id="question")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


async def show(ui: VisitUI, screen: Screen[bool]) -> bool:
    """A check-in of the Textual UI's own: its screen, until it is dismissed."""
    assert isinstance(ui, TextualVisitUI)
    return bool(await ui.app.push_screen(screen, wait_for_dismiss=True))


async def test_a_before_stage_can_stop_the_session_and_set_doses() -> None:
    seen: list[VisitState] = []

    async def ask(visit: Visit, ui: VisitUI) -> bool:
        seen.append(visit.state)
        visit.state.doses[0] = Dose(reps=1)  # e.g. the progression's dose for today
        return await show(ui, Question())

    app = coach_app(None, hooks=VisitSteps(before=(ask,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # start the first routine in the picker
        await pilot.pause()
        assert isinstance(app.screen, Question)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "PickerScreen"
        assert app.session is None
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert seen[-1].plan is not None
        assert seen[-1].plan.steps[1].reps == 1  # the dose the stage chose


async def test_listeners_hear_every_event_and_after_stages_come_before_the_summary() -> None:
    heard: list[EventKind] = []
    closed: list[bool] = []

    def recorder(visit: Visit) -> EventListener:
        visit.cleanups.append(lambda: closed.append(True))

        def listen(events: Sequence[Event]) -> None:
            heard.extend(e.kind for e in events)

        return listen

    async def after(visit: Visit, ui: VisitUI) -> bool:
        ctx = visit.state
        assert ctx.summary is not None and ctx.summary.ended_early
        return await show(ui, Question())

    hooks = VisitSteps(after=(after,), listeners=(recorder,))
    app = coach_app(hooks=hooks)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3)
        await pilot.press("q", "q")
        await pilot.pause()
        assert isinstance(app.screen, Question)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert heard[:2] == [EventKind.SESSION_STARTED, EventKind.EXERCISE_STARTED]
    assert heard[-1] is EventKind.SESSION_ENDED_EARLY
    assert closed == [True]
