"""What the patient reads before a session: today's dose of each exercise and why, in en and nb."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from coach.i18n import LANGUAGES, Language
from coach.progression.rules import DoseDecision, Outcome, Reason, decide
from coach.progression.wording import (
    decision_text,
    dose_text,
    range_text,
    seconds_text,
    stay_text,
)
from coach.routine.model import Exercise, IntRange, Progression, SecondsRange
from coach.session.plan import Dose
from tests.progression.helpers import BIRD_DOG, BRIDGE, CAT_COW, flare, good, unanswered

MONDAY = datetime(2025, 1, 6, 18, 0, tzinfo=UTC)
D10 = Dose(10, 3.0)
D15_3 = Dose(15, 3.0)
D15_4 = Dose(15, 4.0)

LINES: list[tuple[str, DoseDecision, str, str]] = [
    (
        "the issue's own example",
        decide(BRIDGE, [good(D15_3)] * 2),
        "Bridge: hold 4 s today (up from 3 s: two good sessions)",
        "Bridge: hold i 4 s i dag (opp fra 3 s: to gode økter)",
    ),
    (
        "one more rep",
        decide(BRIDGE, [good(D10)] * 2),
        "Bridge: 11 reps today (up from 10: two good sessions)",
        "Bridge: 11 repetisjoner i dag (opp fra 10: to gode økter)",
    ),
    (
        "after three good sessions (the patient stayed once)",
        decide(BRIDGE, [good(D10)] * 3),
        "Bridge: 11 reps today (up from 10: three good sessions)",
        "Bridge: 11 repetisjoner i dag (opp fra 10: tre gode økter)",
    ),
    (
        "one good session is enough",
        decide(replace(BRIDGE, progression=Progression(good_sessions=1)), [good(D10)]),
        "Bridge: 11 reps today (up from 10: one good session)",
        "Bridge: 11 repetisjoner i dag (opp fra 10: én god økt)",
    ),
    (
        "a timed exercise",
        decide(CAT_COW, [good(Dose(duration=75.0))] * 2),
        "Cat-cow: 1 min 30 s today (up from 1 min 15 s: two good sessions)",
        "Cat-cow: 1 min 30 s i dag (opp fra 1 min 15 s: to gode økter)",
    ),
    (
        "down",
        decide(BRIDGE, [flare(D15_4)] * 2),
        "Bridge: hold 3 s today (down from 4 s: pain rose after two sessions in a row)",
        "Bridge: hold i 3 s i dag (ned fra 4 s: smerten økte etter to økter på rad)",
    ),
    (
        "the first session",
        decide(BRIDGE, []),
        "Bridge: 10 reps, hold 3 s today (starting at the low end of 10–15 reps, hold 3–5 s)",
        "Bridge: 10 repetisjoner, hold i 3 s i dag (du begynner nederst i 10–15 repetisjoner,"
        " hold i 3–5 s)",
    ),
    (
        "building",
        decide(BRIDGE, [good(D10)]),
        "Bridge: 10 reps, hold 3 s today (same as last time: 1 of 2 good sessions so far)",
        "Bridge: 10 repetisjoner, hold i 3 s i dag (som sist: 1 av 2 gode økter så langt)",
    ),
    (
        "one flare",
        decide(BRIDGE, [flare(D15_4)]),
        "Bridge: 15 reps, hold 4 s today (same as last time: pain rose after the last session)",
        "Bridge: 15 repetisjoner, hold i 4 s i dag (som sist: smerten økte etter forrige økt)",
    ),
    (
        "no pain answers",
        decide(BRIDGE, [unanswered(D10)]),
        "Bridge: 10 reps, hold 3 s today (same as last time: the dose grows when you answer the"
        " pain questions before and after)",
        "Bridge: 10 repetisjoner, hold i 3 s i dag (som sist: dosen øker når du svarer på"
        " smertespørsmålene før og etter)",
    ),
    (
        "the top",
        decide(BRIDGE, [good(Dose(15, 5.0))] * 2),
        "Bridge: 15 reps, hold 5 s today (same as last time: the top of the range)",
        "Bridge: 15 repetisjoner, hold i 5 s i dag (som sist: toppen av spennet)",
    ),
    (
        "the bottom: stop the exercise and contact a physiotherapist",
        decide(BRIDGE, [flare(D10)] * 2),
        "Bridge: 10 reps, hold 3 s (it still hurts, and this is already the lowest dose). Leave"
        " this exercise out: skip it with → in the session, and contact a physiotherapist before"
        " you do it again; coach's own rule.",
        "Bridge: 10 repetisjoner, hold i 3 s (det gjør fortsatt vondt, og dette er allerede den"
        " laveste dosen). Hopp over denne øvelsen: trykk → i økten, og kontakt en fysioterapeut"
        " før du gjør den igjen; coachs egen regel.",
    ),
    (
        "severe pain in the last session",
        decide(BRIDGE, [good(D15_4), Outcome(D15_4, True, 8, 9)]),
        "Bridge: 15 reps, hold 4 s today (same as last time: your pain reached 9 of 10 in the"
        " last session; coach's own rule: no step up while pain is 7 or more)",
        "Bridge: 15 repetisjoner, hold i 4 s i dag (som sist: smerten var 9 av 10 i forrige økt;"
        " coachs egen regel: ingen økning så lenge smerten er 7 eller mer)",
    ),
    (
        "severe pain now",
        decide(BRIDGE, [good(D15_4)] * 2, pain_now=7),
        "Bridge: stays at 15 reps, hold 4 s today (your pain now is 7 of 10; coach's own rule:"
        " no step up while pain is 7 or more)",
        "Bridge: blir på 15 repetisjoner, hold i 4 s i dag (smerten er 7 av 10 nå; coachs egen"
        " regel: ingen økning så lenge smerten er 7 eller mer)",
    ),
    (
        "pain now higher than before the last session",
        decide(BRIDGE, [good(D15_4, before=3)] * 2, pain_now=4),
        "Bridge: stays at 15 reps, hold 4 s today (your pain now (4) is higher than before the"
        " last session (3); no step up today; coach's own rule)",
        "Bridge: blir på 15 repetisjoner, hold i 4 s i dag (smerten nå (4) er høyere enn før"
        " forrige økt (3); du går ikke opp i dag; coachs egen regel)",
    ),
    (
        "a flare that lasted to the next session, three days later",
        decide(
            BRIDGE,
            [good(D15_4), Outcome(D15_4, True, 3, 6, started_at=MONDAY)],
            pain_now=5,
            now=MONDAY + timedelta(days=3),
        ),
        "Bridge: hold 3 s today (down from 4 s: pain rose after the last session and was still"
        " higher 3 days later; coach's own rule)",
        "Bridge: hold i 3 s i dag (ned fra 4 s: smerten økte etter forrige økt og var fortsatt"
        " høyere 3 dager etter; coachs egen regel)",
    ),
    (
        "a flare that lasted to the next day",
        decide(
            BRIDGE,
            [Outcome(D15_4, True, 3, 6, started_at=MONDAY)],
            pain_now=4,
            now=MONDAY + timedelta(days=1),
        ),
        "Bridge: hold 3 s today (down from 4 s: pain rose after the last session and was still"
        " higher the next day; coach's own rule)",
        "Bridge: hold i 3 s i dag (ned fra 4 s: smerten økte etter forrige økt og var fortsatt"
        " høyere dagen etter; coachs egen regel)",
    ),
    (
        "a range edited upwards while pain is severe",
        decide(replace(BRIDGE, reps=IntRange(12, 15)), [good(D10)], pain_now=8),
        "Bridge: stays at 10 reps, hold 3 s today (the routine now starts higher, but your pain"
        " is 8 of 10; coach's own rule: no step up while pain is 7 or more. Ask your"
        " physiotherapist)",
        "Bridge: blir på 10 repetisjoner, hold i 3 s i dag (programmet starter nå høyere, men"
        " smerten er 8 av 10; coachs egen regel: ingen økning så lenge smerten er 7 eller mer."
        " Spør fysioterapeuten din)",
    ),
    (
        "pain now left unanswered",
        decide(BRIDGE, [good(D15_4)] * 2, pain_now_skipped=True),
        "Bridge: stays at 15 reps, hold 4 s today (you did not say how much it hurts now; coach's"
        " own rule: no step up today)",
        "Bridge: blir på 15 repetisjoner, hold i 4 s i dag (du svarte ikke på hvor vondt du har"
        " nå; coachs egen regel: du går ikke opp i dag)",
    ),
    (
        "too soon after the last change",
        decide(
            BRIDGE,
            [
                Outcome(D15_4, True, 3, 3, started_at=MONDAY),
                Outcome(D15_4, True, 3, 3, started_at=MONDAY + timedelta(hours=30)),
            ],
            now=MONDAY + timedelta(hours=40),
        ),
        "Bridge: 15 reps, hold 4 s today (same as last time: coach's own rule: at most one step"
        " up every 2 days)",
        "Bridge: 15 repetisjoner, hold i 4 s i dag (som sist: coachs egen regel: høyst ett steg"
        " opp hver 2. dag)",
    ),
    (
        "a lighter dose on a bad day",
        decide(BRIDGE, [good(D15_4)]).lighter(),
        "Bridge: hold 3 s today (down from 4 s: you chose a lighter dose today)",
        "Bridge: hold i 3 s i dag (ned fra 4 s: du valgte en lettere dose i dag)",
    ),
    (
        "clamped to a physio's new range",
        decide(BRIDGE, [good(Dose(15, 7.0))]),
        "Bridge: hold 5 s today (down from 7 s: the routine now says 10–15 reps, hold 3–5 s)",
        "Bridge: hold i 5 s i dag (ned fra 7 s: programmet sier nå 10–15 repetisjoner,"
        " hold i 3–5 s)",
    ),
    (
        "clamped in two parts",
        decide(BRIDGE, [good(Dose(8, 7.0))]),
        "Bridge: 10 reps, hold 5 s today (changed from 8 reps, hold 7 s: the routine now says"
        " 10–15 reps, hold 3–5 s)",
        "Bridge: 10 repetisjoner, hold i 5 s i dag (endret fra 8 repetisjoner, hold i 7 s:"
        " programmet sier nå 10–15 repetisjoner, hold i 3–5 s)",
    ),
    (
        "stayed",
        decide(BRIDGE, [good(D10)] * 2).stay(),
        "Bridge: 10 reps, hold 3 s today (you chose to stay; the step up is offered again next"
        " time)",
        "Bridge: 10 repetisjoner, hold i 3 s i dag (du valgte å bli på samme dose; neste gang får"
        " du tilbud om å gå opp igjen)",
    ),
    (
        "a step up held while pain before sessions has been rising",
        decide(BRIDGE, [good(D15_3)] * 2, pain_rising=True),
        "Bridge: stays at 15 reps, hold 3 s today (your pain before the sessions has been"
        " rising; no step up until it settles; coach's own rule)",
        "Bridge: blir på 15 repetisjoner, hold i 3 s i dag (smerten før øktene har økt; du går ikke"
        " opp før den har roet seg; coachs egen regel)",
    ),
    (
        "progression off",
        decide(replace(BRIDGE, progression=Progression(enabled=False)), []),
        "Bridge: 10 reps, hold 3 s today (set by the routine)",
        "Bridge: 10 repetisjoner, hold i 3 s i dag (fastsatt i programmet)",
    ),
    (
        "no range",
        decide(BIRD_DOG, [good(Dose(10, 3.0))]),
        "Bird dog: 10 reps, hold 3 s today (set by the routine)",
        "Bird dog: 10 repetisjoner, hold i 3 s i dag (fastsatt i programmet)",
    ),
]


@pytest.mark.parametrize(
    ("decision", "en", "nb"), [c[1:] for c in LINES], ids=[c[0] for c in LINES]
)
def test_the_line_before_a_session(decision: DoseDecision, en: str, nb: str) -> None:
    assert decision_text(decision, "en") == en
    assert decision_text(decision, "nb") == nb


def test_every_reason_has_words_in_every_language() -> None:
    covered = {decision.reason for _, decision, _, _ in LINES}
    in_between = decide(
        replace(BRIDGE, progression=Progression(good_pain_rise=0, flare_pain_rise=3)), [good(D10)]
    )
    covered.add(in_between.reason)
    assert covered == set(Reason)
    for lang in LANGUAGES:
        assert "pain rose a little" in decision_text(in_between, "en")
        assert decision_text(in_between, lang).startswith("Bridge: 10 ")


@pytest.mark.parametrize(
    ("decision", "en", "nb"),
    [
        (decide(BRIDGE, [good(D15_3)] * 2), "Stay at 3 s", "Bli på 3 s"),
        (decide(BRIDGE, [good(D10)] * 2), "Stay at 10 reps", "Bli på 10 repetisjoner"),
        (decide(CAT_COW, [good(Dose(duration=60.0))] * 2), "Stay at 1 min", "Bli på 1 min"),
    ],
)
def test_the_stay_choice_names_the_dose_kept(decision: DoseDecision, en: str, nb: str) -> None:
    assert stay_text(decision, "en") == en
    assert stay_text(decision, "nb") == nb


def test_there_is_no_stay_label_without_a_last_dose() -> None:
    with pytest.raises(ValueError, match="no last dose"):
        stay_text(decide(BRIDGE, []), "en")


@pytest.mark.parametrize(
    ("seconds", "lang", "text"),
    [
        (4.0, "en", "4 s"),
        (2.5, "en", "2.5 s"),
        (2.5, "nb", "2,5 s"),
        (60.0, "en", "1 min"),
        (75.0, "nb", "1 min 15 s"),
        (97.5, "en", "1 min 37.5 s"),
        (120.0, "en", "2 min"),
    ],
)
def test_seconds(seconds: float, lang: Language, text: str) -> None:
    assert seconds_text(seconds, lang) == text


def test_doses_and_ranges_in_words() -> None:
    assert dose_text(Dose(1, 3.0), "en") == "1 rep, hold 3 s"
    assert dose_text(Dose(1, 3.0), "nb") == "1 repetisjon, hold i 3 s"
    assert dose_text(Dose(12), "en") == "12 reps"
    assert dose_text(Dose(15, 4.0), "en", only_changed_from=Dose(15, 3.0)) == "hold 4 s"
    assert dose_text(Dose(15, 4.0), "en", only_changed_from=Dose(15, 4.0)) == "15 reps, hold 4 s"
    assert range_text(CAT_COW, "en") == "1–2 min"
    assert range_text(Exercise("a", duration=SecondsRange(45, 90)), "en") == "45 s to 1 min 30 s"
    assert range_text(Exercise("a", duration=SecondsRange(45, 90)), "nb") == "45 s til 1 min 30 s"
    assert range_text(Exercise("a", reps=IntRange(8, 8), hold=SecondsRange(2.5, 4)), "nb") == (
        "8 repetisjoner, hold i 2,5–4 s"
    )
