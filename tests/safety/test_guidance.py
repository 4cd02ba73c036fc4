"""The guidance after a session follows the article, given the pain before and after."""

from __future__ import annotations

import pytest

from coach.safety import PainChange, after_session_guidance
from tests.safety import article

NORMAL = "safety.guidance.discomfort_normal"
ADJUST = ("safety.guidance.avoid_increase", "safety.guidance.adjust")
# After every session: the article's four reasons to see a physiotherapist, its advice for pain
# down the leg, and which numbers are coach's own.
LAST = (
    "safety.guidance.physio",
    "safety.guidance.leg_pain",
    "safety.guidance.own_numbers",
    "safety.guidance.red_flags",
)


@pytest.mark.parametrize(
    ("before", "after", "change", "keys"),
    [
        (None, None, PainChange.UNKNOWN, ()),  # not asked
        (4, None, PainChange.UNKNOWN, ()),
        (None, 3, PainChange.UNKNOWN, (NORMAL, *LAST)),
        (None, 7, PainChange.UNKNOWN, (*ADJUST, *LAST)),  # severe, whatever it was before
        (5, 3, PainChange.BETTER, ("safety.guidance.better", NORMAL, *LAST)),
        (3, 3, PainChange.SAME, ("safety.guidance.same", NORMAL, *LAST)),
        (3, 4, PainChange.A_LITTLE_WORSE, ("safety.guidance.a_little_worse", NORMAL, *LAST)),
        (3, 5, PainChange.MUCH_WORSE, ("safety.guidance.much_worse", NORMAL, *ADJUST, *LAST)),
        (0, 10, PainChange.MUCH_WORSE, ("safety.guidance.much_worse", *ADJUST, *LAST)),
        (8, 7, PainChange.BETTER, ("safety.guidance.better", *ADJUST, *LAST)),
        (5, 6, PainChange.A_LITTLE_WORSE, ("safety.guidance.a_little_worse", NORMAL, *LAST)),
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


@pytest.mark.parametrize("after", range(7, 11))
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_severe_pain_after_is_never_called_usually_harmless(after: int, lang: str) -> None:
    for before in (None, *range(11)):
        text = " ".join(after_session_guidance(before, after).lines(lang))  # type: ignore[arg-type]
        assert "harmless" not in text and "ufarlig" not in text
        assert NORMAL not in after_session_guidance(before, after).keys


@pytest.mark.parametrize("after", range(7))
def test_light_to_moderate_pain_after_is_called_usually_harmless(after: int) -> None:
    assert "usually harmless" in " ".join(after_session_guidance(3, after).lines("en"))


def test_the_four_reasons_to_see_a_physiotherapist_are_the_articles() -> None:
    nb = after_session_guidance(3, 3).lines("nb")
    physio = nb[-4].splitlines()
    assert physio == [
        "Det er tid for profesjonell hjelp fra en fysioterapeut hvis du:",
        "• har hatt ryggsmerter i mer enn 2–3 uker uten bedring",
        "• opplever smerter som går ned i beina eller nummenhet",
        "• er usikker på hvilke øvelser som er trygge",
        "• ønsker et skreddersydd treningsprogram for ryggen din",
    ]
    for reason in article.PHYSIO_REASONS:
        assert reason in article.PHYSIO_SECTION
        assert reason.replace(" bena ", " beina ") in nb[-4]
    assert nb[-3] == (
        "Ved strålesmerter ned i beinet (nervesmerter): søk veiledning, men bevegelse er fortsatt"
        " anbefalt."
    )
    assert "Søk veiledning, men bevegelse er fortsatt anbefalt" in article.LEG_PAIN
    en = after_session_guidance(3, 3).lines("en")
    assert en[-4].splitlines() == [
        "It is time for professional help from a physiotherapist if you:",
        "• have had back pain for more than 2–3 weeks without improvement",
        "• have pain going down your legs, or numbness",
        "• are unsure which exercises are safe",
        "• want a training programme tailored to your back",
    ]
    assert en[-3] == (
        "With pain radiating down a leg (nerve pain): seek guidance, but movement is still"
        " recommended."
    )
    # The numbers that are not the article's are said to be coach's own.
    assert en[-2] == "The 0–10 scale and its thresholds are coach's own, not the article's."
    assert nb[-2] == "Skalaen 0–10 og grensene i den er fastsatt av coach, ikke av artikkelen."
    # The very last words: the article's red flags (l.29), with its "contact a doctor
    # immediately" (the article's "i skrittet" is said "i skrittet eller setet", as on the
    # red-flag screen).
    assert nb[-1] == (
        "Får du plutselig lammelse, nedsatt kontroll over blære eller tarm, eller utbredt"
        " nummenhet i skrittet eller setet, må du kontakte lege umiddelbart."
    )
    for words in ("plutselig lammelse, nedsatt kontroll over blære eller tarm", "utbredt"):
        assert words in article.RED_FLAGS and words in nb[-1]
    assert "må du kontakte lege umiddelbart" in article.RED_FLAGS
    assert en[-1] == (
        "If you get sudden paralysis, reduced control of your bladder or bowel, or widespread"
        " numbness between the legs or in the buttocks, contact a doctor immediately."
    )


def test_the_norwegian_guidance_is_the_articles_own_words() -> None:
    lines = after_session_guidance(2, 5).lines("nb")
    assert lines[0] == "Du har tydelig mer vondt enn før økten (2 → 5)."
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
    assert [after_session_guidance(4, after).lines("nb")[0] for after in (3, 4, 5, 6)] == [
        "Du har mindre vondt enn før økten (4 → 3).",
        "Du har like vondt som før økten (4 → 4).",
        "Du har litt mer vondt enn før økten (4 → 5).",
        "Du har tydelig mer vondt enn før økten (4 → 6).",
    ]


def test_the_english_guidance_says_the_same() -> None:
    lines = after_session_guidance(2, 5).lines("en")
    assert lines == [
        "Your pain is clearly higher than before the session (2 → 5).",
        "It is normal to feel some discomfort when you start moving again. Light to moderate"
        " pain during or after training is usually harmless and expected.",
        "Avoid activities that increase the pain significantly.",
        "If the pain gets stronger and lasts for several days afterwards, the training should be"
        " adjusted.",
        *after_session_guidance(3, 3).lines("en")[-4:],
    ]


def test_bad_pain_values_are_refused() -> None:
    with pytest.raises(ValueError):
        after_session_guidance(11, 3)
    with pytest.raises(ValueError):
        after_session_guidance(3, -1)
