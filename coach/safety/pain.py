"""The 0–10 pain scale and its words, in the article's terms ("light to moderate pain")."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from coach.i18n import Language, translate

PAIN_MIN: Final = 0
PAIN_MAX: Final = 10
# From here up the pain is beyond the article's "light to moderate": worth adjusting for.
SEVERE_FROM: Final = 7


class PainBand(StrEnum):
    """The words of the scale; the value is the end of the catalog key `safety.pain.word.*`."""

    NONE = "none"  # 0
    LIGHT = "light"  # 1-3
    MODERATE = "moderate"  # 4-6
    SEVERE = "severe"  # 7-9
    WORST = "worst"  # 10


def check_pain(pain: int) -> int:
    """`pain` itself if it is a whole number from 0 to 10; ValueError otherwise."""
    if isinstance(pain, bool) or not isinstance(pain, int) or not PAIN_MIN <= pain <= PAIN_MAX:
        raise ValueError(f"pain must be a whole number from {PAIN_MIN} to {PAIN_MAX}: {pain!r}")
    return pain


def pain_band(pain: int) -> PainBand:
    """Which words describe `pain` (0–10)."""
    check_pain(pain)
    if pain == PAIN_MIN:
        return PainBand.NONE
    if pain == PAIN_MAX:
        return PainBand.WORST
    if pain >= SEVERE_FROM:
        return PainBand.SEVERE
    return PainBand.MODERATE if pain >= 4 else PainBand.LIGHT


def pain_words(pain: int, lang: Language) -> str:
    """The words for `pain` in `lang`: 0 "no pain" … 10 "worst pain imaginable"."""
    return translate(f"safety.pain.word.{pain_band(pain).value}", lang)
