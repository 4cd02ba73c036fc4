"""When the history says "see a physiotherapist": pain before sessions rising over the last few
sessions, or no improvement 2–3 weeks after the pain began (counting the time before the first
session, as the patient told it). Shown calmly, at most once a day.

The article: "Men hvis smertene blir sterkere og varer i flere dager etterpå, bør treningen
justeres", and see a physiotherapist if you "har hatt ryggsmerter i mer enn 2–3 uker uten
bedring". Only the pain reported *before* sessions is used: it is the patient's back on a
normal day, not the effect of the session just done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise
from statistics import fmean
from typing import Final

from coach.i18n import Language, translate

# Rising: the last this-many answers never go down and end at least RISE_POINTS above where they
# started ("3, 4, 5" or "2, 4, 4"; one point is within the noise of a 0-10 scale).
RISING_SESSIONS: Final = 3
RISE_POINTS: Final = 2
# No improvement: pain for at least this many days (2 weeks, the article's lower bound of
# "2–3 uker"), counting the days before the first session as the patient told them, at least
# MIN_SESSIONS answers (coach's own), and the mean of the last few answers (up to
# COMPARED_SESSIONS, half of them at most) not at least IMPROVEMENT_POINTS below the first few.
NO_IMPROVEMENT_DAYS: Final = 14
MIN_SESSIONS: Final = 2
COMPARED_SESSIONS: Final = 3
IMPROVEMENT_POINTS: Final = 1.0


class PainDuration(StrEnum):
    """How long the back had hurt at the first session (asked once); the value is stored."""

    UNDER_1_WEEK = "under_1_week"
    ONE_TO_TWO_WEEKS = "1_to_2_weeks"
    TWO_TO_THREE_WEEKS = "2_to_3_weeks"
    OVER_3_WEEKS = "over_3_weeks"
    NOT_SURE = "not_sure"

    @property
    def days_before(self) -> int:
        """The days of pain before the first session, counted at the top of the answer's span
        (coach's own: the cautious end, so the advice comes no later than the article says);
        0 when not sure (the days are counted from the first session, as without an answer)."""
        return _DAYS_BEFORE[self]


_DAYS_BEFORE: Final = {
    PainDuration.UNDER_1_WEEK: 7,
    PainDuration.ONE_TO_TWO_WEEKS: 14,
    PainDuration.TWO_TO_THREE_WEEKS: 21,
    PainDuration.OVER_3_WEEKS: 21,
    PainDuration.NOT_SURE: 0,
}


@dataclass(frozen=True, slots=True)
class PainOnset:
    """The answer to "how long has your back hurt?" and the day it was given."""

    day: date
    duration: PainDuration


@dataclass(frozen=True, slots=True)
class PainBefore:
    """The pain (0-10) a patient reported before one session, and the day of the session."""

    day: date
    pain: int


class AdviceReason(StrEnum):
    """Why the history suggests a physiotherapist; the value names the catalog keys."""

    RISING = "rising"
    NO_IMPROVEMENT = "no_improvement"


@dataclass(frozen=True, slots=True)
class PhysioAdvice:
    """The advice to contact a physiotherapist, with the numbers that led to it."""

    reason: AdviceReason
    first: float  # pain before at the start of what was looked at (a mean for NO_IMPROVEMENT)
    last: float  # pain before at its end
    sessions: int  # how many sessions were looked at
    days: int  # from the first of them to the last (NO_IMPROVEMENT: since the pain began)
    counted_before: bool = False  # NO_IMPROVEMENT: the days include those before coach

    @property
    def weeks(self) -> int:
        """Whole weeks the sessions looked at span."""
        return self.days // 7

    def lines(self, lang: Language) -> list[str]:
        """The advice in `lang`: what the history shows, then the article's words."""
        params = {
            "first": _points(self.first, lang),
            "last": _points(self.last, lang),
            "sessions": self.sessions,
            "weeks": self.weeks,
        }
        keys = list(_KEYS[self.reason])
        if self.counted_before:
            keys[0] = "progression.advice.no_improvement_since"
        lines = [translate(key, lang, **params) for key in keys]
        # What the history shows, then that the rule which found it is coach's own.
        lines[0] = f"{lines[0]} {translate('progression.advice.own_rule', lang)}"
        return lines


_KEYS: Final = {
    AdviceReason.RISING: (
        "progression.advice.rising",
        "progression.advice.adjust",
        "progression.advice.comfort",
        "progression.advice.plan",
    ),
    AdviceReason.NO_IMPROVEMENT: (
        "progression.advice.no_improvement",
        "progression.advice.physio",
        "progression.advice.physio_helps",
    ),
}


def advice_title(lang: Language) -> str:
    """The heading the advice is shown under."""
    return translate("progression.advice.title", lang)


def _points(value: float, lang: Language) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "nb" else text


def _rising(answers: Sequence[PainBefore]) -> PhysioAdvice | None:
    last = answers[-RISING_SESSIONS:]
    if len(last) < RISING_SESSIONS:
        return None
    pains = [a.pain for a in last]
    never_down = all(b >= a for a, b in pairwise(pains))
    if not never_down or pains[-1] - pains[0] < RISE_POINTS:
        return None
    days = (last[-1].day - last[0].day).days
    return PhysioAdvice(AdviceReason.RISING, pains[0], pains[-1], len(last), days)


def _no_improvement(answers: Sequence[PainBefore], onset: PainOnset | None) -> PhysioAdvice | None:
    if len(answers) < MIN_SESSIONS or answers[-1].day == answers[0].day:
        return None
    before = 0 if onset is None else onset.duration.days_before
    # From when the pain began: the days before the answer, then the days since it (or since
    # the first session, without one).
    since = answers[0].day if onset is None or before == 0 else min(onset.day, answers[0].day)
    days = before + (answers[-1].day - since).days
    if days < NO_IMPROVEMENT_DAYS:
        return None
    compared = min(COMPARED_SESSIONS, len(answers) // 2)
    first = fmean(a.pain for a in answers[:compared])
    last = fmean(a.pain for a in answers[-compared:])
    # No pain now is no reason to see anyone, however it started.
    if last == 0 or last <= first - IMPROVEMENT_POINTS:
        return None
    return PhysioAdvice(
        AdviceReason.NO_IMPROVEMENT, first, last, len(answers), days, counted_before=before > 0
    )


def pain_rising(answers: Sequence[PainBefore]) -> bool:
    """True when pain before sessions has been rising: the condition of the RISING advice,
    whether or not the advice was shown today (the rules hold every step up while it lasts)."""
    return _rising(_by_day(answers)) is not None


def physio_advice(
    answers: Sequence[PainBefore],
    today: date,
    last_shown: date | None,
    onset: PainOnset | None = None,
) -> PhysioAdvice | None:
    """The advice to show today, if the history calls for it and it was not shown today.

    `answers` are the pain-before answers of every session, oldest first (all routines: it is
    the same back); `onset` how long the back had hurt at the first session, if the patient
    said. Rising pain is checked first, as the more pressing of the two.
    """
    if last_shown is not None and last_shown >= today:
        return None
    ordered = _by_day(answers)
    if not ordered:
        return None
    return _rising(ordered) or _no_improvement(ordered, onset)


def _by_day(answers: Sequence[PainBefore]) -> list[PainBefore]:
    # A stable sort: answers of the same day keep the history's order.
    return sorted(answers, key=lambda a: a.day)
