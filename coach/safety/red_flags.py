"""The red-flag questions before a session, what a "yes" says, and when to ask.

The article: sudden paralysis, reduced bladder or bowel control, or widespread numbness in the
saddle area ("i skrittet": between the legs, the buttocks) mean "contact a doctor immediately";
trauma or a suspected fracture or prolapse needs a medical assessment before training starts.
The screen asks about signs that are new or not yet examined by a doctor, so a condition a
doctor has assessed does not stop every session. Any "yes" stops the session from starting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from coach.i18n import Language, translate

CheckFrequency = Literal["daily", "every_session"]


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One symptom to ask about, and the advice shown when the patient has it.

    Built-in flags come from `builtin_red_flags`; a routine's own questions are made with their
    texts as written in the routine file.
    """

    key: str
    text: str
    advice: str


# The article's red flags: catalog key (after "safety.red_flags.") -> advice key.
BUILTIN_RED_FLAGS: Final[tuple[tuple[str, str], ...]] = (
    ("paralysis", "safety.stop.red_flag"),
    ("bladder_bowel", "safety.stop.red_flag"),
    ("saddle_numbness", "safety.stop.red_flag"),
    ("trauma", "safety.stop.trauma"),
)


def builtin_red_flags(lang: Language) -> tuple[RedFlag, ...]:
    """The article's red flags, in `lang`, in the order the screen asks them."""
    return tuple(
        RedFlag(key, translate(f"safety.red_flags.{key}", lang), translate(advice, lang))
        for key, advice in BUILTIN_RED_FLAGS
    )


def red_flags_for(lang: Language, extra: Sequence[RedFlag] = ()) -> tuple[RedFlag, ...]:
    """Every question of the screen: the article's, then the routine's own."""
    return builtin_red_flags(lang) + tuple(extra)


@dataclass(frozen=True, slots=True)
class StopAdvice:
    """What the screen says when any answer is "yes": the session does not start."""

    title: str
    advice: tuple[str, ...]  # one line per distinct advice of the flags answered "yes"
    emergency: str
    not_started: str

    @property
    def lines(self) -> tuple[str, ...]:
        """Everything below the title, in reading order."""
        return (*self.advice, self.emergency, self.not_started)


def stop_advice(
    answered_yes: Sequence[RedFlag], lang: Language, *, kiosk: bool = False
) -> StopAdvice:
    """The stop message for the flags the patient has (at least one); in a kiosk it also says
    to tell the staff at the reception now (coach's own: the visitor is at the clinic)."""
    if not answered_yes:
        raise ValueError("stop advice needs at least one red flag answered yes")
    advice = tuple(dict.fromkeys(flag.advice for flag in answered_yes))
    if kiosk:
        advice += (translate("safety.stop.kiosk", lang),)
    return StopAdvice(
        title=translate("safety.stop.title", lang),
        advice=advice,
        emergency=translate("safety.stop.emergency", lang),
        not_started=translate("safety.stop.not_started", lang),
    )


def red_flag_screen_due(
    last_all_clear: date | None,
    today: date,
    *,
    frequency: CheckFrequency = "daily",
    kiosk: bool = False,
    no_checkins: bool = False,
) -> bool:
    """Whether to show the red-flag screen before this session.

    Kiosk mode always asks (every visitor is someone new) and ignores `--no-checkins`. At home
    `--no-checkins` skips it; otherwise it is asked every session, or (the default) unless
    the questions were already answered "none of these" today. A "yes" never counts as
    answered: the patient is asked again.
    """
    if kiosk:
        return True
    if no_checkins:
        return False
    if frequency == "every_session":
        return True
    return last_all_clear != today
