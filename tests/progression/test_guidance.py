"""The advice to contact a physiotherapist: when the history calls for it, once a day, in the
article's words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.i18n import LANGUAGES
from coach.progression.guidance import (
    AdviceReason,
    PainBefore,
    PainDuration,
    PainOnset,
    PhysioAdvice,
    advice_title,
    pain_rising,
    physio_advice,
)
from tests.safety import article

MONDAY = date(2025, 3, 3)
# Sentences of the article the advice quotes, word for word (besides tests/safety/article.py).
PLAN = "En fysioterapeut kan hjelpe deg å sette opp en trygg progresjonsplan."
PHYSIO_HELPS = (
    "Fysioterapeuter kan gjøre grundige undersøkelser, veilede deg i riktig treningsmetode, og"
    " bidra til å forhindre at smertene blir langvarige."
)


def three_a_week(pains: list[int], start: date = MONDAY) -> list[PainBefore]:
    """Sessions on Monday, Wednesday and Friday, with these pains before, in order."""
    offsets = (0, 2, 4)
    return [
        PainBefore(start + timedelta(weeks=i // 3, days=offsets[i % 3]), pain)
        for i, pain in enumerate(pains)
    ]


def _advice(pains: list[int], last_shown: date | None = None) -> PhysioAdvice | None:
    answers = three_a_week(pains)
    return physio_advice(answers, answers[-1].day if answers else MONDAY, last_shown)


@pytest.mark.parametrize(
    ("pains", "reason"),
    [
        ([], None),
        ([5], None),
        ([3, 4, 5], AdviceReason.RISING),
        ([2, 4, 4], AdviceReason.RISING),
        ([1, 1, 2, 3], AdviceReason.RISING),  # the last three: 1, 2, 3
        ([3, 4, 4], None),  # one point is noise
        ([3, 5, 4], None),  # not rising all the way
        ([5, 6, 4, 5], None),  # the last three: 6, 4, 5
        ([6, 4, 5, 6], AdviceReason.RISING),  # the last three: 4, 5, 6
        # Two weeks, and no better than at the start (the same, or up and down).
        ([4, 4, 4, 4, 4, 4, 4], AdviceReason.NO_IMPROVEMENT),
        ([4, 5, 3, 4, 5, 3, 4], AdviceReason.NO_IMPROVEMENT),
        # Better by a point on average: improving.
        ([5, 5, 5, 4, 4, 4, 4], None),
        ([6, 5, 5, 4, 4, 3, 3], None),
        # Not yet two weeks of sessions (six sessions span 11 days).
        ([4, 4, 4, 4, 4, 4], None),
        # No pain now: nothing to see anyone about.
        ([0, 0, 0, 0, 0, 0, 0], None),
    ],
)
def test_when_the_history_calls_for_a_physiotherapist(
    pains: list[int], reason: AdviceReason | None
) -> None:
    advice = _advice(pains)
    assert (advice.reason if advice else None) is reason


@pytest.mark.parametrize(
    "pains",
    [[], [5], [3, 4, 5], [2, 4, 4], [3, 4, 4], [3, 5, 4], [6, 4, 5, 6], [4] * 7, [4] * 6 + [5, 6]],
)
def test_pain_rising_is_the_rising_advices_condition_shown_today_or_not(pains: list[int]) -> None:
    advice = _advice(pains)
    rising = advice is not None and advice.reason is AdviceReason.RISING
    answers = three_a_week(pains)
    assert pain_rising(answers) is rising
    assert pain_rising(list(reversed(answers))) is rising  # in any order, like the advice
    # Shown today already, the advice is not due again, but the pain is rising all the same.
    assert _advice(pains, last_shown=answers[-1].day if answers else MONDAY) is None


def test_rising_needs_a_rise_of_two_over_the_last_three() -> None:
    # 4, 5, 6 rises by two, never down: the advice, whatever came before.
    advice = _advice([5, 4, 5, 6])
    assert advice is not None
    assert (advice.reason, advice.first, advice.last, advice.sessions) == (
        AdviceReason.RISING,
        4,
        6,
        3,
    )


def test_no_improvement_says_how_long_and_from_what_to_what() -> None:
    advice = _advice([4, 5, 3, 4, 5, 3, 4])
    assert advice is not None
    assert advice.reason is AdviceReason.NO_IMPROVEMENT
    assert (advice.first, advice.last, advice.days, advice.weeks) == (4, 4, 14, 2)
    assert advice.lines("en")[0] == (
        "You have trained for 2 weeks, and your pain before the sessions has not improved"
        " (4 at the start, 4 now). (Coach's own rule.)"
    )


def test_means_are_written_with_one_decimal_in_the_patients_way() -> None:
    advice = _advice([3, 4, 4, 4, 5, 4, 4])  # 3.67 at the start, 4.33 now
    assert advice is not None
    assert "(3.7 at the start, 4.3 now)" in advice.lines("en")[0]
    assert "(3,7 i starten, 4,3 nå)" in advice.lines("nb")[0]


def test_rising_pain_comes_first_when_both_apply() -> None:
    advice = _advice([4, 4, 4, 4, 4, 4, 5, 6])
    assert advice is not None and advice.reason is AdviceReason.RISING


def test_at_most_once_a_day() -> None:
    answers = three_a_week([3, 4, 5])
    today = answers[-1].day
    assert physio_advice(answers, today, last_shown=None) is not None
    assert physio_advice(answers, today, last_shown=today) is None
    assert physio_advice(answers, today, last_shown=today - timedelta(days=1)) is not None
    # A clock set back does not bring it back twice.
    assert physio_advice(answers, today, last_shown=today + timedelta(days=1)) is None


def test_the_order_the_answers_come_in_does_not_matter() -> None:
    answers = three_a_week([3, 4, 5])
    assert physio_advice(list(reversed(answers)), answers[-1].day, None) == physio_advice(
        answers, answers[-1].day, None
    )


def test_the_rising_advice_in_both_languages() -> None:
    advice = _advice([3, 4, 5])
    assert advice is not None
    assert advice.lines("en") == [
        "Your pain before the sessions has gone up over the last 3 sessions, from 3 to 5."
        " (Coach's own rule.)",
        "If the pain gets stronger and lasts for several days afterwards, the training should"
        " be adjusted.",
        "Movement within your comfort zone is important, but avoid activities that increase the"
        " pain significantly.",
        "Contact a physiotherapist. A physiotherapist can help you set up a safe progression plan.",
    ]
    assert advice.lines("nb") == [
        "Smerten før øktene har økt de siste 3 øktene, fra 3 til 5. (Coachs egen regel.)",
        "Hvis smertene blir sterkere og varer i flere dager etterpå, bør treningen justeres.",
        "Bevegelse i komfortsonen er viktig, men unngå aktiviteter som øker smerten betydelig.",
        "Ta kontakt med en fysioterapeut. En fysioterapeut kan hjelpe deg å sette opp en trygg"
        " progresjonsplan.",
    ]


def test_the_norwegian_advice_quotes_the_article() -> None:
    rising = _advice([3, 4, 5])
    flat = _advice([4] * 7)
    assert rising is not None and flat is not None
    r, f = rising.lines("nb"), flat.lines("nb")
    assert r[1].removeprefix("Hvis smertene") in article.LISTEN
    assert r[2] in article.ACUTE
    assert r[3].endswith(PLAN)
    assert article.PHYSIO.removeprefix("Har hatt ryggsmerter") in f[1]
    assert f[1].endswith("kontakt en fysioterapeut.")
    assert f[2] == PHYSIO_HELPS
    assert "2–3 uker uten bedring" in f[1]
    assert "2–3 weeks without improvement" in flat.lines("en")[1]
    # The numbers of the rule are said to be coach's own, where the patient reads the advice.
    assert flat.lines("en")[0].endswith("(Coach's own rule.)")
    assert f[0].endswith("(Coachs egen regel.)")


def test_the_advice_has_a_calm_title() -> None:
    assert advice_title("en") == "A suggestion from your history"
    assert advice_title("nb") == "Et råd ut fra historikken din"
    for lang in LANGUAGES:
        assert "!" not in advice_title(lang)


# -- counting from when the pain began (issue 11) ---------------------------------------------


@pytest.mark.parametrize(
    ("pains", "duration", "reason"),
    [
        # Without an answer: two weeks of sessions, and two are enough to compare (not six).
        ([4, 4, 4, 4, 4, 4, 4], None, AdviceReason.NO_IMPROVEMENT),
        ([4] * 6, None, None),  # 11 days of sessions
        # Pain for more than 3 weeks already: the second session, no better, is enough.
        ([4, 4], PainDuration.OVER_3_WEEKS, AdviceReason.NO_IMPROVEMENT),
        ([4], PainDuration.OVER_3_WEEKS, None),  # one answer: nothing to compare
        ([5, 3], PainDuration.OVER_3_WEEKS, None),  # improving
        ([4, 4], PainDuration.TWO_TO_THREE_WEEKS, AdviceReason.NO_IMPROVEMENT),
        # 1–2 weeks (counted as 14 days): from the second session on.
        ([4, 4], PainDuration.ONE_TO_TWO_WEEKS, AdviceReason.NO_IMPROVEMENT),
        # Under a week (counted as 7 days): a week of sessions more.
        ([4, 4, 4], PainDuration.UNDER_1_WEEK, None),  # Mon, Wed, Fri: 4 days
        ([4, 4, 4, 4], PainDuration.UNDER_1_WEEK, AdviceReason.NO_IMPROVEMENT),  # 7 days
        ([4] * 6, PainDuration.NOT_SURE, None),  # not sure: as without an answer
    ],
)
def test_no_improvement_counts_from_when_the_pain_began(
    pains: list[int], duration: PainDuration | None, reason: AdviceReason | None
) -> None:
    answers = three_a_week(pains)
    onset = None if duration is None else PainOnset(MONDAY, duration)
    advice = physio_advice(answers, answers[-1].day, None, onset)
    assert (advice.reason if advice else None) is reason


def test_the_advice_says_it_counted_the_weeks_before_coach() -> None:
    answers = three_a_week([4, 5])
    advice = physio_advice(
        answers, answers[-1].day, None, PainOnset(MONDAY, PainDuration.OVER_3_WEEKS)
    )
    assert advice is not None and advice.counted_before
    assert advice.lines("en")[0] == (
        "Counting the time before you started, your back has hurt for about 3 weeks, and your"
        " pain before the sessions has not improved (4 at the start, 5 now). (Coach's own rule.)"
    )
    assert advice.lines("nb")[0].startswith(
        "Regnet med tiden før du begynte har du hatt vondt i ryggen i omtrent 3 uker"
    )
    assert "2–3 weeks without improvement" in advice.lines("en")[1]
