"""The guidance shown with the pain answers after a session, from the article's section
"Listen to your body": some discomfort is normal; pain that gets stronger and lasts means adjust;
and from "When should you see a physiotherapist?": its four reasons, with the advice for pain
radiating down the leg (seek guidance, movement is still recommended).

What is coach's own, not the article's: the 0–10 scale, "clearly worse" (2 points or more) and
"severe" (7 or more)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from coach.i18n import Language, translate
from coach.safety.pain import SEVERE_FROM, check_pain

# Pain after at least this much above pain before counts as "much worse" (issue 6 holds the
# dose at the same threshold). Coach's own number: the article has no scale.
MUCH_WORSE_BY: Final = 2


class PainChange(StrEnum):
    """How pain after the session compares with pain before."""

    UNKNOWN = "unknown"  # pain before was not asked
    BETTER = "better"
    SAME = "same"
    A_LITTLE_WORSE = "a_little_worse"
    MUCH_WORSE = "much_worse"


@dataclass(frozen=True, slots=True)
class AfterSessionGuidance:
    """What to say after a session: the change, and the messages (catalog keys) in order."""

    change: PainChange
    keys: tuple[str, ...]
    pain_before: int | None
    pain_after: int | None

    @property
    def suggests_adjusting(self) -> bool:
        """True when the guidance says to adjust the training."""
        return "safety.guidance.adjust" in self.keys

    def lines(self, lang: Language) -> list[str]:
        """The messages in `lang`."""
        return [
            translate(key, lang, before=self.pain_before, after=self.pain_after)
            for key in self.keys
        ]


def _change(before: int | None, after: int, much_worse_by: int) -> PainChange:
    if before is None:
        return PainChange.UNKNOWN
    if after < before:
        return PainChange.BETTER
    if after == before:
        return PainChange.SAME
    return PainChange.MUCH_WORSE if after - before >= much_worse_by else PainChange.A_LITTLE_WORSE


def after_session_guidance(
    pain_before: int | None, pain_after: int | None, *, much_worse_by: int = MUCH_WORSE_BY
) -> AfterSessionGuidance:
    """The guidance for the pain answers of one session (None: not asked).

    The article's reassurance that some discomfort and light to moderate pain are normal,
    unless the pain after is severe (7 or more: beyond "light to moderate", so it is not said);
    when the pain is clearly worse than before, or severe, also: avoid what increases it
    significantly, and adjust the training if it lasts several days. Always last: the article's
    four reasons to see a physiotherapist, its advice for pain down the leg, and (the very last
    words) its red flags: contact a doctor immediately.
    """
    if pain_before is not None:
        check_pain(pain_before)
    if pain_after is None:
        return AfterSessionGuidance(PainChange.UNKNOWN, (), pain_before, None)
    check_pain(pain_after)
    change = _change(pain_before, pain_after, much_worse_by)
    keys: list[str] = []
    if change is not PainChange.UNKNOWN:
        keys.append(f"safety.guidance.{change.value}")
    if pain_after < SEVERE_FROM:
        keys.append("safety.guidance.discomfort_normal")
    if change is PainChange.MUCH_WORSE or pain_after >= SEVERE_FROM:
        keys += [f"safety.guidance.{k}" for k in ("avoid_increase", "adjust")]
    keys += [f"safety.guidance.{k}" for k in ("physio", "leg_pain", "own_numbers", "red_flags")]
    return AfterSessionGuidance(change, tuple(keys), pain_before, pain_after)


def before_session_advice(pain_before: int | None) -> tuple[str, ...]:
    """The advice before a session for the pain now (catalog keys; none when there is none).

    With severe pain (7 or more, coach's own threshold): how much it hurts, and the article's
    advice for acute pain, movement in the comfort zone without what increases the pain
    significantly. The screen adds the gentle routine.
    """
    if pain_before is None or check_pain(pain_before) < SEVERE_FROM:
        return ()
    return ("safety.before.severe", "safety.before.comfort_zone")
