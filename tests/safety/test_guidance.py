"""The guidance after a session follows the article, given the pain before and after."""

from __future__ import annotations

import pytest

from coach.safety import PainChange, after_session_guidance
from tests.safety import article

NORMAL = "safety.guidance.discomfort_normal"
ADJUST = ("safety.guidance.avoid_increase", "safety.guidance.adjust", "safety.guidance.physio")


@pytest.mark.parametrize(
    ("before", "after", "change", "keys"),
    [
        (None, None, PainChange.UNKNOWN, ()),  # not asked
        (4, None, PainChange.UNKNOWN, ()),
        (None, 3, PainChange.UNKNOWN, (NORMAL,)),
        (None, 7, PainChange.UNKNOWN, (NORMAL, *ADJUST)),  # severe, whatever it was before
        (5, 3, PainChange.BETTER, ("safety.guidance.better", NORMAL)),
        (3, 3, PainChange.SAME, ("safety.guidance.same", NORMAL)),
        (3, 4, PainChange.A_LITTLE_WORSE, ("safety.guidance.a_little_worse", NORMAL)),
        (3, 5, PainChange.MUCH_WORSE, ("safety.guidance.much_worse", NORMAL, *ADJUST)),
        (0, 10, PainChange.MUCH_WORSE, ("safety.guidance.much_worse", NORMAL, *ADJUST)),
        (8, 7, PainChange.BETTER, ("safety.guidance.better", NORMAL, *ADJUST)),
    ],
)
def test_guidance_for_each_pain_pattern(
    before: int | None, after: int | None, change: PainChange, keys: tuple[str, ...]
) -> None:
    guidance = after_session_guidance(before, after)
    assert guidance.change is change
    assert guidance.keys == keys
    assert guidance.suggests_adjusting == (ADJUST[1] in keys)


def test_the_threshold_for_much_worse_can_be_tuned() -> None:
    assert after_session_guidance(3, 5, much_worse_by=3).change is PainChange.A_LITTLE_WORSE
    assert after_session_guidance(3, 4, much_worse_by=1).change is PainChange.MUCH_WORSE


def test_the_norwegian_guidance_is_the_articles_own_words() -> None:
    lines = after_session_guidance(2, 5).lines("nb")
    assert lines[0] == "Smerten er tydelig høyere enn før økten (2 → 5)."
    assert lines[1] == (
        "Det er normalt å kjenne noe ubehag når man begynner å bevege seg igjen. Lett til moderat"
        " smerte under eller etter trening er som regel ufarlig og forventet."
    )
    assert lines[1].removesuffix(".") in article.LISTEN.replace("⁹", "")
    assert lines[2] == "Unngå aktiviteter som øker smerten betydelig."
    assert "unngå aktiviteter som øker smerten betydelig." in article.ACUTE
    adjust = "smertene blir sterkere og varer i flere dager etterpå, bør treningen justeres."
    assert lines[3] == f"Hvis {adjust}"
    assert f"hvis {adjust}" in article.LISTEN
    assert "ryggsmerter i mer enn 2–3 uker uten bedring" in lines[4]
    assert "ryggsmerter i mer enn 2–3 uker uten bedring" in article.PHYSIO
    assert "fysioterapeut" in lines[4]


def test_the_english_guidance_says_the_same() -> None:
    lines = after_session_guidance(2, 5).lines("en")
    assert lines == [
        "Your pain is clearly higher than before the session (2 → 5).",
        "It is normal to feel some discomfort when you start moving again. Light to moderate"
        " pain during or after training is usually harmless and expected.",
        "Avoid activities that increase the pain significantly.",
        "If the pain gets stronger and lasts for several days afterwards, the training should be"
        " adjusted.",
        "If you have had back pain for more than 2–3 weeks without improvement, it is time for"
        " professional help: contact a physiotherapist.",
    ]


def test_bad_pain_values_are_refused() -> None:
    with pytest.raises(ValueError):
        after_session_guidance(11, 3)
    with pytest.raises(ValueError):
        after_session_guidance(3, -1)
