"""The red-flag questions, the stop advice, and when the screen is shown."""

from __future__ import annotations

from datetime import date

import pytest

from coach.i18n import LANGUAGES, Language
from coach.safety import (
    RedFlag,
    builtin_red_flags,
    red_flag_screen_due,
    red_flags_for,
    stop_advice,
)
from tests.safety import article


def _by_key(lang: Language) -> dict[str, RedFlag]:
    return {flag.key: flag for flag in builtin_red_flags(lang)}


def test_the_article_red_flags_are_asked_in_order() -> None:
    assert [f.key for f in builtin_red_flags("en")] == [
        "paralysis",
        "bladder_bowel",
        "saddle_numbness",
        "trauma",
    ]


def test_the_english_questions_name_each_symptom() -> None:
    flags = _by_key("en")
    assert flags["paralysis"].text == "Sudden paralysis or weakness in your legs"
    assert "bladder or bowel" in flags["bladder_bowel"].text
    # The saddle area said plainly ("groin" is not what "skrittet" means here).
    assert (
        flags["saddle_numbness"].text == "Widespread numbness between the legs or in the buttocks"
    )
    assert "groin" not in " ".join(f.text for f in flags.values())
    assert all(w in flags["trauma"].text for w in ("injury", "trauma", "fracture", "prolapse"))


def test_the_norwegian_questions_use_the_articles_words() -> None:
    flags = _by_key("nb")
    quoted = article.RED_FLAGS.lower()
    for key, phrase in [
        ("paralysis", "plutselig lammelse"),
        ("bladder_bowel", "nedsatt kontroll over blære eller tarm"),
        ("saddle_numbness", "utbredt nummenhet i skrittet"),
    ]:
        assert phrase in quoted
        assert phrase in flags[key].text.lower()
    assert flags["paralysis"].text == "Plutselig lammelse eller kraftsvikt i beina"
    assert flags["saddle_numbness"].text == "Utbredt nummenhet i skrittet eller setet"
    for word in ("traume", "brudd", "prolaps"):
        assert word in article.TRAUMA and word in flags["trauma"].text


@pytest.mark.parametrize("key", ["paralysis", "bladder_bowel", "saddle_numbness"])
def test_a_red_flag_means_contact_a_doctor_immediately(key: str) -> None:
    en = stop_advice([_by_key("en")[key]], "en")
    # The article (l.29): "disse er røde flagg" — they are red flags, not "can be".
    assert en.advice == ("This is a red flag. Contact a doctor immediately.",)
    nb = stop_advice([_by_key("nb")[key]], "nb")
    assert "kontakte lege umiddelbart" in article.RED_FLAGS
    assert "disse er røde flagg" in article.RED_FLAGS
    assert nb.advice == ("Dette er et rødt flagg. Kontakt lege umiddelbart.",)


def test_trauma_needs_a_medical_assessment_before_training() -> None:
    nb = stop_advice([_by_key("nb")["trauma"]], "nb")
    assert "medisinsk vurdering før du setter i gang" in nb.advice[0]
    assert "medisinsk vurdering før du setter i gang" in article.TRAUMA
    en = stop_advice([_by_key("en")["trauma"]], "en")
    assert "medical assessment before you start training" in en.advice[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_stop_names_the_emergency_number_and_says_the_session_did_not_start(
    lang: Language,
) -> None:
    for flag in builtin_red_flags(lang):
        advice = stop_advice([flag], lang)
        assert "113" in advice.emergency
        assert advice.lines[-2:] == (advice.emergency, advice.not_started)
    assert "116 117" in advice.emergency  # the out-of-hours service (legevakten)
    en = stop_advice(builtin_red_flags("en")[:1], "en").emergency
    # An English reader may not be in Norway: the numbers are said to be Norway's.
    assert en == (
        "In Norway, call 113 for medical emergencies, or the out-of-hours doctor"
        " (legevakten) on 116 117."
    )
    nb = stop_advice(builtin_red_flags("nb")[:1], "nb").emergency
    assert nb == "Haster det, ring medisinsk nødtelefon 113, eller legevakten 116 117."


@pytest.mark.parametrize(
    ("lang", "paralysis", "widespread", "saddle", "new", "worse"),
    [
        (
            "en",
            "paralysis",
            "Widespread",
            "between the legs or in the buttocks",
            "new",
            "getting worse",
        ),
        ("nb", "lammelse", "Utbredt", "i skrittet eller setet", "nytt", "blir verre"),
    ],
)
def test_the_list_keeps_paralysis_widespread_and_the_saddle_area_and_asks_what_is_new(
    lang: Language, paralysis: str, widespread: str, saddle: str, new: str, worse: str
) -> None:
    from coach.i18n import translate

    texts = " ".join(f.text for f in builtin_red_flags(lang))
    assert paralysis in texts and widespread in texts and saddle in texts
    # New or not yet examined: a condition a doctor has assessed does not stop every session.
    question = translate("safety.red_flags.question", lang)
    assert new in question
    # A known sign that is getting worse is asked about too: it may need a doctor again.
    assert worse in question
    assert ("doctor" if lang == "en" else "lege") in question
    assert "right now" not in question and "nå?" not in question


def test_several_yes_answers_give_each_advice_once() -> None:
    advice = stop_advice(builtin_red_flags("en"), "en")
    assert len(advice.advice) == 2  # the red-flag advice once, the trauma advice once
    assert advice.title == "Do not start the session now"
    assert stop_advice(builtin_red_flags("nb"), "nb").title == "Ikke start økten nå"


def test_a_routines_own_question_carries_its_own_advice() -> None:
    own = RedFlag("routine.1", "Operert i ryggen siste 3 måneder", "Spør kirurgen først.")
    flags = red_flags_for("nb", [own])
    assert flags[-1] is own and len(flags) == 5
    assert stop_advice([own], "nb").advice == ("Spør kirurgen først.",)


@pytest.mark.parametrize(
    ("lang", "staff"),
    [
        ("en", "Tell the staff at the reception now."),
        ("nb", "Si fra til personalet i resepsjonen nå."),
    ],
)
def test_in_a_kiosk_the_stop_says_to_tell_the_reception(lang: Language, staff: str) -> None:
    flag = builtin_red_flags(lang)[0]
    assert staff in stop_advice([flag], lang, kiosk=True).lines
    assert staff not in stop_advice([flag], lang).lines  # at home there is no reception


def test_no_yes_answer_has_no_stop_advice() -> None:
    with pytest.raises(ValueError):
        stop_advice([], "en")


MONDAY, TUESDAY = date(2025, 3, 3), date(2025, 3, 4)


@pytest.mark.parametrize(
    ("last_all_clear", "today", "options", "due"),
    [
        (None, MONDAY, {}, True),  # never answered
        (MONDAY, MONDAY, {}, False),  # once per day at home
        (MONDAY, TUESDAY, {}, True),  # a new day
        (TUESDAY, MONDAY, {}, True),  # the clock went back: ask rather than assume
        (MONDAY, MONDAY, {"frequency": "every_session"}, True),
        (None, MONDAY, {"no_checkins": True}, False),  # an author previewing a routine
        (MONDAY, MONDAY, {"kiosk": True}, True),  # every visitor is someone new
        (MONDAY, MONDAY, {"kiosk": True, "no_checkins": True}, True),  # never skipped there
    ],
)
def test_when_the_red_flag_screen_is_shown(
    last_all_clear: date | None, today: date, options: dict[str, object], due: bool
) -> None:
    assert red_flag_screen_due(last_all_clear, today, **options) is due  # type: ignore[arg-type]
