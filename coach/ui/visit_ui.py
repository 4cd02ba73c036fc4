"""`TextualVisitUI`: the Textual side of `coach.visit.ui.VisitUI`.

Each question pushes one of the existing screens and waits for it to be dismissed (so it runs in
the app's session worker); the screens themselves know nothing of the visit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from coach.i18n import Language
from coach.visit.ui import (
    BACK,
    SKIPPED,
    AfterSummary,
    Back,
    PainAnswer,
    PainMoment,
    RedFlagOutcome,
)

if TYPE_CHECKING:
    from coach.progression import DoseDecision, PainDuration
    from coach.routine.model import Routine
    from coach.safety.guidance import AfterSessionGuidance
    from coach.safety.red_flags import RedFlag
    from coach.session.engine import SessionSummary
    from coach.session.events import Event
    from coach.ui.app import CoachApp
    from coach.visit.progression import TodaysProgression
    from coach.visit.runner import SessionRunner
    from coach.visit.state import VisitState


class TextualVisitUI:
    """One visit's questions and views as the app's screens, in the session's language."""

    def __init__(self, app: CoachApp, lang: Language) -> None:
        self.app = app
        self.lang: Language = lang

    async def ask_red_flags(
        self, flags: Sequence[RedFlag], *, kiosk: bool
    ) -> RedFlagOutcome | None:
        from coach.ui.screens.red_flags import RedFlagScreen

        answers: list[bool] = []
        screen = RedFlagScreen(tuple(flags), self.lang, on_answer=answers.append, kiosk=kiosk)
        await self.app.push_screen(screen, wait_for_dismiss=True)
        if not answers:
            return None
        return RedFlagOutcome.ALL_CLEAR if answers[0] else RedFlagOutcome.STOPPED

    async def ask_pain(self, moment: PainMoment, *, exercise: str | None = None) -> PainAnswer:
        from coach.ui.screens.pain import PainScreen

        answers: list[int] = []
        screen = PainScreen(moment, self.lang, on_answer=answers.append, exercise=exercise)
        went_on = await self.app.push_screen(screen, wait_for_dismiss=True)
        if answers:
            return answers[0]
        return SKIPPED if went_on else BACK

    async def show_before_advice(self, lines: Sequence[str], note: str) -> bool:
        from coach.ui.screens.before_advice import BeforeSessionAdviceScreen

        screen = BeforeSessionAdviceScreen(tuple(lines), note, self.lang)
        went_on = await self.app.push_screen(screen, wait_for_dismiss=True)
        return bool(went_on)

    async def ask_pain_duration(self) -> PainDuration | Back:
        from coach.ui.screens.pain_duration import PainDurationScreen

        answers: list[PainDuration] = []
        screen = PainDurationScreen(self.lang, on_answer=answers.append)
        await self.app.push_screen(screen, wait_for_dismiss=True)
        return answers[0] if answers else BACK

    async def show_progression(
        self,
        routine: Routine,
        progression: TodaysProgression,
        advice_shown: Callable[[], None],
    ) -> Mapping[int, DoseDecision] | None:
        from coach.ui.screens.progression import ProgressionScreen

        chosen: list[Mapping[int, DoseDecision]] = []
        screen = ProgressionScreen(
            routine,
            progression,
            self.lang,
            on_chosen=lambda decisions: chosen.append(dict(decisions)),
            on_advice_shown=advice_shown,
        )
        if not await self.app.push_screen(screen, wait_for_dismiss=True):
            return None
        return chosen[-1] if chosen else progression.decisions

    async def show_session(self, session: SessionRunner) -> None:
        from coach.ui.messages import SessionUpdate
        from coach.ui.screens.loading import LoadingScreen
        from coach.ui.screens.session import SessionScreen

        app = self.app
        screen = SessionScreen(session, self.lang)

        def show(events: Sequence[Event], now: float) -> None:
            screen.post_message(SessionUpdate(events, now))

        session.view = show
        if isinstance(app.screen, LoadingScreen):
            await app.switch_screen(screen)
        else:
            await app.push_screen(screen)
        await self._painted()
        app.session = session

    async def close_session(self, session: SessionRunner, summary: SessionSummary) -> None:
        from coach.ui.messages import SessionFinished
        from coach.ui.screens.session import SessionScreen

        app = self.app
        if app.session is session:
            app.session = None
        app.post_message(SessionFinished(summary))
        for screen in [s for s in app.screen_stack if isinstance(s, SessionScreen)]:
            if screen.runner is session:
                while screen in app.screen_stack:
                    await app.pop_screen()

    async def show_guidance(self, guidance: AfterSessionGuidance) -> None:
        from coach.ui.screens.after_session import AfterSessionScreen

        await self.app.push_screen(AfterSessionScreen(guidance, self.lang), wait_for_dismiss=True)

    async def show_summary(
        self,
        state: VisitState,
        saved: Callable[[], tuple[str, bool] | None],
        pain_needs_care: bool,
    ) -> AfterSummary:
        from coach.ui.screens.summary import SummaryScreen

        assert state.summary is not None  # the session is over
        screen = SummaryScreen(
            state.routine, state.summary, self.lang, pain_needs_care=pain_needs_care, saved=saved
        )
        choice = await self.app.push_screen(screen, wait_for_dismiss=True)
        return choice if choice is not None else AfterSummary.PICKER

    def notice(self, text: str, *, warning: bool = False) -> None:
        if warning:
            self.app.notify(text, severity="warning", timeout=8)
        else:
            self.app.notify(text, timeout=4)

    def session_line(self, text: str) -> None:
        from coach.ui.screens.session import SessionScreen

        screens = [s for s in self.app.screen_stack if isinstance(s, SessionScreen)]
        if screens:
            screens[-1].show_notice(text)

    async def _painted(self) -> None:
        """Wait until the screen is drawn (building the sound in a thread would slow that)."""
        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def done() -> None:
            if not painted.done():
                painted.set_result(None)

        self.app.call_after_refresh(done)
        await painted
