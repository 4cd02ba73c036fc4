"""`TextualVisitUI`: the Textual side of `coach.visit.ui.VisitUI`.

Each question pushes one of the existing screens and waits for it to be dismissed (so it runs in
the app's session worker); the screens themselves know nothing of the visit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from coach.i18n import Language, translate
from coach.ui.messages import SessionFinished, SessionUpdate
from coach.ui.screens.after_session import AfterSessionScreen
from coach.ui.screens.before_advice import BeforeSessionAdviceScreen
from coach.ui.screens.loading import LoadingScreen
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.pain_duration import PainDurationScreen
from coach.ui.screens.progression import ProgressionScreen
from coach.ui.screens.red_flags import RedFlagScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.summary import SummaryScreen
from coach.visit.ui import (
    BACK,
    SKIPPED,
    AfterSummary,
    Back,
    PainAnswer,
    PainMoment,
    RedFlagOutcome,
)
from coach.visit.wording import number

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
        # The finished session's screen, kept under the screens after it until the summary.
        self._finished_screens: list[SessionScreen] = []

    async def ask_red_flags(
        self, flags: Sequence[RedFlag], *, kiosk: bool
    ) -> RedFlagOutcome | None:
        answers: list[bool] = []
        screen = RedFlagScreen(tuple(flags), self.lang, on_answer=answers.append, kiosk=kiosk)
        await self.app.push_screen(screen, wait_for_dismiss=True)
        if not answers:
            return None
        return RedFlagOutcome.ALL_CLEAR if answers[0] else RedFlagOutcome.STOPPED

    async def ask_pain(self, moment: PainMoment, *, exercise: str | None = None) -> PainAnswer:
        answers: list[int] = []
        screen = PainScreen(moment, self.lang, on_answer=answers.append, exercise=exercise)
        went_on = await self.app.push_screen(screen, wait_for_dismiss=True)
        if answers:
            return answers[0]
        return SKIPPED if went_on else BACK

    async def show_before_advice(self, lines: Sequence[str], note: str) -> bool:
        screen = BeforeSessionAdviceScreen(tuple(lines), note, self.lang)
        went_on = await self.app.push_screen(screen, wait_for_dismiss=True)
        return bool(went_on)

    async def ask_pain_duration(self) -> PainDuration | Back:
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
        app = self.app
        # The flash when a hold ends: a kiosk's setting or the routine's (f toggles it).
        flash = app.config.flash or session.engine.plan.routine.flash
        screen = SessionScreen(session, self.lang, flash=flash)

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
        app = self.app
        if app.session is session:
            app.session = None
        app.post_message(SessionFinished(summary))
        # The session screen stays, under what comes next, until the app moves on after the
        # summary: popped now, the picker below it would show until the next screen is ready
        # (issue 14). Only a dialog left on top of it goes.
        for screen in [s for s in app.screen_stack if isinstance(s, SessionScreen)]:
            if screen.runner is session:
                screen.pop_until_active()
                self._finished_screens.append(screen)

    async def show_guidance(self, guidance: AfterSessionGuidance) -> None:
        await self.app.push_screen(AfterSessionScreen(guidance, self.lang), wait_for_dismiss=True)

    async def show_summary(
        self,
        state: VisitState,
        saved: Callable[[], tuple[str, bool] | None],
        pain_needs_care: bool,
    ) -> AfterSummary:
        assert state.summary is not None  # the session is over
        config = self.app.config
        screen = SummaryScreen(
            state.routine,
            state.summary,
            self.lang,
            pain_needs_care=pain_needs_care,
            saved=saved,
            preview=self._preview_text() if config.preview and not config.kiosk else None,
            kiosk=config.kiosk,
        )
        choice = await self.app.push_screen(screen, wait_for_dismiss=True)
        # The finished session screen, kept under the screens after it (see `close_session`),
        # goes now, before the visit closes: it must not show again on the way back.
        await self._pop_finished_sessions()
        return choice if choice is not None else AfterSummary.PICKER

    async def _pop_finished_sessions(self) -> None:
        app = self.app
        while self._finished_screens and app.screen is self._finished_screens[-1]:
            self._finished_screens.pop()
            if len(app.screen_stack) > 1:
                await app.pop_screen()

    def notice(self, text: str, *, warning: bool = False) -> None:
        if warning:
            self.app.notify(text, severity="warning", timeout=8)
        else:
            self.app.notify(text, timeout=4)

    def session_line(self, text: str) -> None:
        screens = [s for s in self.app.screen_stack if isinstance(s, SessionScreen)]
        if screens:
            screens[-1].show_notice(text)

    def _preview_text(self) -> str:
        """The summary's line for an author's preview (`--speed` other than 1)."""
        speed = number(self.app.config.speed, self.lang)
        return translate("ui.summary.preview", self.lang, speed=speed)

    async def _painted(self) -> None:
        """Wait until the screen is drawn (building the sound in a thread would slow that)."""
        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def done() -> None:
            if not painted.done():
                painted.set_result(None)

        self.app.call_after_refresh(done)
        await painted
