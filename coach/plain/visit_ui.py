"""`PlainVisitUI`: the visit's `VisitUI` as lines of text, for a screen reader or a pipe.

The Visit (coach.visit) decides what is asked and when, and writes the history; this only asks
and shows, one line at a time, and hands the answers back, exactly as the Textual screens do.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from coach.i18n import Language, translate
from coach.plain.announce import spoken_seconds
from coach.plain.questions import Questions, Reply
from coach.plain.session import LoopSchedule, PlainSession
from coach.plain.writer import LineWriter
from coach.routine.model import Routine
from coach.safety.pain import pain_words
from coach.session.engine import SessionSummary
from coach.visit.ui import BACK, SKIPPED, AfterSummary, Back, PainAnswer, PainMoment, RedFlagOutcome
from coach.visit.wording import count_text

if TYPE_CHECKING:
    from coach.plain.keys import Input
    from coach.progression import DoseDecision, PainDuration
    from coach.safety.guidance import AfterSessionGuidance
    from coach.safety.red_flags import RedFlag
    from coach.sound.player import SoundCues
    from coach.visit.progression import TodaysProgression
    from coach.visit.runner import SessionRunner
    from coach.visit.state import VisitState

# While the history's last writes wait, how often to look again, and how long to wait before
# saying they are not saved yet.
SAVED_RECHECK_S: Final = 0.1
SAVED_SETTLE_S: Final = 1.0

PICKER_WORDS = frozenset({"1", "routines", "programmer"})
QUIT_WORDS = frozenset({"2", "q", "quit", "avslutt"})


class PlainVisitUI:
    """Implements `coach.visit.ui.VisitUI` on `writer` and `keys`, in `lang`."""

    def __init__(
        self,
        writer: LineWriter,
        keys: Input,
        lang: Language,
        *,
        schedule: LoopSchedule,
        session_view: PlainSession,
        sound: Callable[[], SoundCues | None] = lambda: None,
        preview_speed: float | None = None,
    ) -> None:
        self.writer = writer
        self.keys = keys
        self.lang = lang
        self.schedule = schedule
        self.view = session_view
        self.questions = Questions(writer, keys, lang)
        self._sound = sound
        self._preview_speed = preview_speed
        self._line = ""  # the lasting line said last (said once, not again and again)

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    # --- before the session ------------------------------------------------------------------

    async def ask_red_flags(
        self, flags: Sequence[RedFlag], *, kiosk: bool
    ) -> RedFlagOutcome | None:
        outcome = await self.questions.red_flags(flags, kiosk=kiosk)
        if outcome is None:
            return None
        if not outcome:
            await self.questions.go_on()  # the advice is read before the routines come back
            return RedFlagOutcome.STOPPED
        return RedFlagOutcome.ALL_CLEAR

    async def ask_pain(self, moment: PainMoment, *, exercise: str | None = None) -> PainAnswer:
        question = self._(f"safety.pain.{moment.value}")
        if moment is PainMoment.AFTER_EXERCISE:
            title = self._("safety.ui.pain.title_exercise", exercise=exercise or "")
            question = f"{title}.\n{question}"
        before = moment is PainMoment.BEFORE

        async def ask() -> int | Reply:
            return await self.questions.pain(question, can_go_back=before)

        # In the middle of the session the keys are the session's: the question borrows them.
        answer = await (self.view.ask(ask) if self.view.running else ask())
        if answer is Reply.BACK:
            return BACK
        if answer is Reply.SKIPPED:
            return SKIPPED
        assert isinstance(answer, int)
        return answer

    async def show_before_advice(self, lines: Sequence[str], note: str) -> bool:
        return await self.questions.start_or_back(self._("safety.before.title"), lines, note)

    async def ask_pain_duration(self) -> PainDuration | Back:
        answer = await self.questions.pain_duration()
        if answer is None or isinstance(answer, Reply):
            return BACK  # the end of the input: no session on a question nobody answered
        return answer

    async def show_progression(
        self,
        routine: Routine,
        progression: TodaysProgression,
        advice_shown: Callable[[], None],
    ) -> Mapping[int, DoseDecision] | None:
        return await self.questions.progression(routine.title, progression, advice_shown)

    # --- the session -------------------------------------------------------------------------

    async def show_session(self, session: SessionRunner) -> None:
        plan = session.engine.plan
        routine = plan.routine
        self.writer.say(
            self._(
                "plain.session.start",
                title=routine.title,
                exercises=count_text("exercises", len(routine.exercises), self.lang),
                duration=spoken_seconds(plan.total_duration, self.lang),
            )
        )
        if self._preview_speed is not None:
            self.writer.say(self._("plain.session.preview", speed=f"{self._preview_speed:g}"))
        self.schedule.wake = session.wake
        self.view.sound = self._sound()
        self.view.show(session)

    async def close_session(self, session: SessionRunner, summary: SessionSummary) -> None:
        del session, summary  # the session's last lines were said as it ended
        await self.view.close()
        self.schedule.wake = None
        self._line = ""

    # --- after the session -------------------------------------------------------------------

    async def show_guidance(self, guidance: AfterSessionGuidance) -> None:
        say = self.writer.say
        say(self._("safety.ui.guidance.title"))
        say(
            self._(
                "plain.guidance.pain",
                before=self._pain_text(guidance.pain_before),
                after=self._pain_text(guidance.pain_after),
            )
        )
        self.writer.say_all(guidance.lines(self.lang))
        await self.questions.go_on()

    def _pain_text(self, pain: int | None) -> str:
        if pain is None:
            return self._("safety.ui.guidance.not_answered")
        return f"{pain}, {pain_words(pain, self.lang)}"

    async def show_summary(
        self,
        state: VisitState,
        saved: Callable[[], tuple[str, bool] | None],
        pain_needs_care: bool,
    ) -> AfterSummary:
        assert state.summary is not None  # the session is over
        lines = summary_lines(
            state.routine, state.summary, self.lang, pain_needs_care=pain_needs_care
        )
        if self.writer.transcript[-1:] == [self._("plain.session.ended")]:
            lines = lines[1:]  # "Session ended early." was just said: no second title
        self.writer.say_all(lines)
        said = saved()
        # The last writes are usually a moment away: wait that moment rather than say "not
        # saved yet"; if they wait for the file longer, say so, and say it again once saved.
        for _ in range(round(SAVED_SETTLE_S / SAVED_RECHECK_S)):
            if said is None or not said[1]:
                break
            await asyncio.sleep(SAVED_RECHECK_S)
            said = saved()
        if said is not None:
            self.writer.say(said[0])
        rechecking = (
            asyncio.create_task(self._recheck_saved(saved, said))
            if said is not None and said[1]
            else None
        )
        try:
            return await self._summary_choice()
        finally:
            if rechecking is not None:
                rechecking.cancel()

    async def _summary_choice(self) -> AfterSummary:
        while True:
            self.writer.say(self._("plain.summary.choice"))
            answer = await self.keys.line()
            if answer is None:
                return AfterSummary.QUIT
            text = answer.strip().lower()
            if text in PICKER_WORDS:
                return AfterSummary.PICKER
            if text in QUIT_WORDS:
                return AfterSummary.QUIT
            self.writer.say(
                self._("plain.summary.not_a_choice", text=text)
                if text
                else self._("plain.summary.nothing_typed")
            )

    async def _recheck_saved(
        self, saved: Callable[[], tuple[str, bool] | None], said: tuple[str, bool]
    ) -> None:
        """The writes wait for the file: say what is saved whenever it changes, until done."""
        while said[1]:
            await asyncio.sleep(SAVED_RECHECK_S)
            now = saved()
            if now is None:
                return
            if now[0] != said[0]:
                self.writer.say(now[0])
            said = now

    # --- passing messages --------------------------------------------------------------------

    def notice(self, text: str, *, warning: bool = False) -> None:
        self.writer.say(self._("plain.warning" if warning else "plain.notice", text=text))

    def session_line(self, text: str) -> None:
        preview_said = self._preview_speed is not None and text == self._(
            "safety.ui.preview_not_saved"
        )  # "Preview at 20 times speed: nothing is saved." said it as the session began
        if text and text != self._line and not preview_said:
            self.writer.say(text)
        self._line = text


def summary_lines(
    routine: Routine, summary: SessionSummary, lang: Language, *, pain_needs_care: bool = False
) -> list[str]:
    """The summary as sentences (a calm title, not "well done", when the pain needs care)."""
    none = translate("ui.summary.none", lang)
    if summary.ended_early:
        title = "ui.summary.title_early"
    elif pain_needs_care:
        title = "safety.screens.summary.title_pain"
    else:
        title = "ui.summary.title_done"
    lines = [translate(title, lang) + "."]
    lines.append(
        translate(
            f"plain.summary.count_of.{'one' if len(routine.exercises) == 1 else 'other'}",
            lang,
            count=len(summary.exercises_completed),
            total=len(routine.exercises),
        )
    )
    lines.append(
        translate("plain.summary.done", lang, names=", ".join(summary.exercises_completed) or none)
    )
    if summary.exercises_skipped:
        names = ", ".join(summary.exercises_skipped)
        lines.append(translate("plain.summary.skipped", lang, names=names))
    if summary.exercises_unfinished:
        names = ", ".join(summary.exercises_unfinished)
        lines.append(translate("plain.summary.unfinished", lang, names=names))
    lines.append(translate("plain.summary.reps", lang, count=summary.reps_done))
    lines.append(
        translate(
            "plain.summary.time",
            lang,
            active=spoken_seconds(summary.active_time, lang),
            total=spoken_seconds(summary.total_time, lang),
        )
    )
    return lines
