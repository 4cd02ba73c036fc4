"""The questions of a visit, asked one line at a time: red flags, pain 0–10, how long the back has
hurt, start or go back. Each reads whole lines (a screen reader's user types and presses Enter;
a pipe gives the same lines), says what it understood, and asks again after an answer it cannot
use. The end of the input is the cautious answer: no session starts on a question nobody answered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Final

from coach.i18n import Language, translate
from coach.plain.keys import NO_WORDS, YES_WORDS, Input
from coach.plain.writer import LineWriter
from coach.progression.guidance import PainDuration, advice_title
from coach.progression.rules import Reason
from coach.progression.wording import decision_text
from coach.safety.pain import PAIN_MAX, PAIN_MIN, pain_words
from coach.safety.red_flags import RedFlag, stop_advice

if TYPE_CHECKING:
    from coach.progression import DoseDecision
    from coach.visit.progression import TodaysProgression

BACK_WORDS: Final = frozenset({"b", "back", "tilbake", "esc"})
SKIP_WORDS: Final = frozenset({"s", "skip", "hopp", "hopp over"})
TEN_WORDS: Final = frozenset({"t", "ten", "ti"})
START_WORDS: Final = frozenset({"", "start", "y", "yes", "j", "ja"})

# How long the back has hurt: the answers by number, "not sure" last.
DURATIONS: Final = (
    PainDuration.UNDER_1_WEEK,
    PainDuration.ONE_TO_TWO_WEEKS,
    PainDuration.TWO_TO_THREE_WEEKS,
    PainDuration.OVER_3_WEEKS,
    PainDuration.NOT_SURE,
)


class Reply(Enum):
    """An answer that is not a value."""

    BACK = "back"  # back to the routines (or the end of the input)
    SKIPPED = "skipped"


class Questions:
    """Asks on `writer`, reads `keys`, in `lang`."""

    def __init__(self, writer: LineWriter, keys: Input, lang: Language) -> None:
        self.writer = writer
        self.keys = keys
        self.lang = lang

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    async def _answer(self) -> str | None:
        """The next line, trimmed and in lower case; None at the end of the input."""
        line = await self.keys.line()
        return None if line is None else line.strip().lower()

    # --- red flags ---------------------------------------------------------------------------

    async def red_flags(self, flags: Sequence[RedFlag], *, kiosk: bool) -> bool | None:
        """Each question on its own line, answered yes or no; a yes is asked once more. True when
        none applies, False after a confirmed yes (the stop advice said), None to go back."""
        say = self.writer.say
        say(self._("safety.red_flags.title") + ".")
        say(self._("safety.red_flags.question"))
        say(self._("plain.red_flags.how", count=len(flags)))
        for number, flag in enumerate(flags, start=1):
            while True:
                say(self._("plain.red_flags.item", number=number, count=len(flags), text=flag.text))
                answer = await self._answer()
                if answer is None or answer in BACK_WORDS:
                    say(self._("plain.back"))
                    return None
                if answer in NO_WORDS:
                    break
                if answer not in YES_WORDS:
                    say(self._("plain.answer.yes_no"))
                    continue
                say(self._("plain.red_flags.sure", text=flag.text))
                sure = await self._answer()
                if sure is None:
                    say(self._("plain.back"))
                    return None
                if sure in YES_WORDS:
                    advice = stop_advice((flag,), self.lang, kiosk=kiosk)
                    say(advice.title + ".")
                    say(self._("safety.ui.stop.you_said") + " " + flag.text)
                    self.writer.say_all(advice.lines)
                    return False
                say(self._("plain.red_flags.asked_again"))
        say(self._("plain.red_flags.clear"))
        return True

    # --- pain --------------------------------------------------------------------------------

    async def pain(self, question: str, *, can_go_back: bool) -> int | Reply:
        """Pain 0–10 (10 also as t), s to skip, b to go back (when `can_go_back`); the end of
        the input skips (or goes back, where that is possible)."""
        say = self.writer.say
        say(question)
        say(self._("safety.pain.scale") + ".")
        say(self._("plain.pain.how_back" if can_go_back else "plain.pain.how"))
        while True:
            answer = await self._answer()
            if answer is None:
                return Reply.BACK if can_go_back else Reply.SKIPPED
            if answer in SKIP_WORDS:
                say(self._("plain.pain.skipped"))
                return Reply.SKIPPED
            if can_go_back and answer in BACK_WORDS:
                say(self._("plain.back"))
                return Reply.BACK
            pain = PAIN_MAX if answer in TEN_WORDS else _int(answer)
            if pain is not None and PAIN_MIN <= pain <= PAIN_MAX:
                say(self._("plain.pain.said", pain=pain, words=pain_words(pain, self.lang)))
                return pain
            say(self._("plain.pain.again"))

    # --- how long it has hurt ----------------------------------------------------------------

    async def pain_duration(self) -> PainDuration | Reply | None:
        """Asked once: how long the back has hurt. None: not answered (the end of the input)."""
        say = self.writer.say
        say(self._("ui.progression.onset.title"))
        say(self._("ui.progression.onset.why"))
        for number, duration in enumerate(DURATIONS, start=1):
            say(f"{number}. {self._(f'progression.onset.{duration.value}')}.")
        say(self._("plain.choose_number", count=len(DURATIONS)))
        while True:
            answer = await self._answer()
            if answer is None:
                return None
            if answer in BACK_WORDS:
                say(self._("plain.back"))
                return Reply.BACK
            chosen_number = _int(answer)
            if chosen_number is not None and 1 <= chosen_number <= len(DURATIONS):
                chosen = DURATIONS[chosen_number - 1]
                say(self._("plain.chosen", text=self._(f"progression.onset.{chosen.value}")))
                return chosen
            say(self._("plain.choose_number", count=len(DURATIONS)))

    # --- advice, then start or back ----------------------------------------------------------

    async def start_or_back(self, title: str, lines: Sequence[str], note: str) -> bool:
        """Say `lines`, then Enter (or start) starts and b goes back; the end of the input goes
        back (advice nobody confirmed having heard)."""
        say = self.writer.say
        say(title + ".")
        self.writer.say_all(lines)
        if note:
            say(note)
        say(self._("plain.start_or_back"))
        while True:
            answer = await self._answer()
            if answer is None or answer in BACK_WORDS:
                say(self._("plain.back"))
                return False
            if answer in START_WORDS:
                return True
            say(self._("plain.start_or_back"))

    # --- today's doses -------------------------------------------------------------------------

    async def progression(
        self, title: str, today: TodaysProgression, advice_shown: Callable[[], None]
    ) -> Mapping[int, DoseDecision] | None:
        """Today's doses, each on its line with why; Enter starts, `stay` keeps last time's
        doses, `lighter` takes a lighter dose on a bad day, a number keeps (or lifts again) one
        exercise's step up, b goes back (None). The end of the input starts as offered."""
        say = self.writer.say
        offered = dict(today.decisions)
        chosen = dict(offered)
        stay = [i for i, d in offered.items() if d.can_stay]
        lighter = [i for i, d in offered.items() if d.can_lighten]
        say(self._("progression.title") + ": " + title + ".")
        if today.failure is not None:
            say(self._("ui.progression.unavailable"))
            say(today.failure.message(self.lang))
        elif today.bad_day and lighter:
            say(self._("plain.progression.bad_day"))
        elif today.advice is None:
            say(self._("ui.progression.intro"))
        if today.advice is not None:
            say(advice_title(self.lang) + ":")
            self.writer.say_all(today.advice.lines(self.lang))
            advice_shown()

        def show(index: int) -> None:
            number = f"{stay.index(index) + 1}. " if index in stay else ""
            say(number + decision_text(chosen[index], self.lang))

        for index in chosen:
            show(index)
        while True:
            say(
                self._("plain.progression.how")
                + (" " + self._("plain.progression.how_stay", count=len(stay)) if stay else "")
                + (" " + self._("plain.progression.how_lighter") if lighter else "")
            )
            answer = await self._answer()
            if answer is None or answer in START_WORDS:
                return chosen
            if answer in BACK_WORDS:
                say(self._("plain.back"))
                return None
            number = _int(answer)
            if answer in ("stay", "bli") and stay:
                staying = all(chosen[i].reason is Reason.STAYED for i in stay)
                for index in stay:
                    chosen[index] = offered[index] if staying else offered[index].stay()
                    show(index)
            elif answer in ("lighter", "lettere", "l") and lighter:
                lighter_now = all(chosen[i].reason is Reason.LIGHTER for i in lighter)
                for index in lighter:
                    chosen[index] = offered[index] if lighter_now else offered[index].lighter()
                    show(index)
            elif number is not None and 1 <= number <= len(stay):
                index = stay[number - 1]
                staying = chosen[index].reason is Reason.STAYED
                chosen[index] = offered[index] if staying else offered[index].stay()
                show(index)

    async def go_on(self) -> None:
        """Wait for Enter (or the end of the input)."""
        self.writer.say(self._("plain.enter_to_go_on"))
        await self.keys.line()


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None
