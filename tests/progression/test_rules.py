"""The progression rules, table by table: judging a session, the ladder, and today's dose."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from coach.progression.rules import (
    DoseDecision,
    Outcome,
    Reason,
    Verdict,
    clamp,
    decide,
    fit,
    judge,
    rungs,
    same_dose,
    step_down,
    step_up,
)
from coach.routine.model import Exercise, IntRange, Progression, SecondsRange
from coach.session.plan import Dose
from tests.progression.helpers import (
    BIRD_DOG,
    BRIDGE,
    CAT_COW,
    HEEL_RAISES,
    WALL_SIT,
    flare,
    good,
    skipped,
    unanswered,
)

# -- judging one session --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "verdict"),
    [
        (Outcome(Dose(10, 3), True, 3, 3), Verdict.GOOD),
        (Outcome(Dose(10, 3), True, 3, 0), Verdict.GOOD),  # better is good
        (Outcome(Dose(10, 3), True, 3, 4), Verdict.GOOD),  # +1 is still good
        (Outcome(Dose(10, 3), True, 3, 5), Verdict.FLARE),  # +2 is a flare
        (Outcome(Dose(10, 3), True, 0, 6), Verdict.FLARE),
        # Severe pain (7 or more) before or after is never good, whatever the rise.
        (Outcome(Dose(10, 3), True, 8, 9), Verdict.SEVERE),
        (Outcome(Dose(10, 3), True, 8, 8), Verdict.SEVERE),
        (Outcome(Dose(10, 3), True, 8, 5), Verdict.SEVERE),  # better, but still severe before
        (Outcome(Dose(10, 3), True, 6, 7), Verdict.SEVERE),
        (Outcome(Dose(10, 3), True, 0, 10), Verdict.SEVERE),
        (Outcome(Dose(10, 3), True, 3, 3, 7), Verdict.SEVERE),  # right after the exercise
        (Outcome(Dose(10, 3), False, 8, None), Verdict.SEVERE),  # skipped, but it hurt
        (Outcome(Dose(10, 3), True, 7, None), Verdict.SEVERE),  # no answer after: still severe
        (Outcome(Dose(10, 3), True, 6, 6), Verdict.GOOD),  # moderate, not worse: good
        (Outcome(Dose(10, 3), False, 3, 3), Verdict.NOT_JUDGED),  # skipped or cut off
        (Outcome(Dose(10, 3), True, None, 3), Verdict.NOT_JUDGED),  # no pain before
        (Outcome(Dose(10, 3), True, 3, None), Verdict.NOT_JUDGED),  # no pain after
        # The pain asked right after the exercise counts too; the worse of the two is used.
        (Outcome(Dose(10, 3), True, 3, None, 4), Verdict.GOOD),
        (Outcome(Dose(10, 3), True, 3, 3, 5), Verdict.FLARE),
        (Outcome(Dose(10, 3), True, 3, 5, 3), Verdict.FLARE),
    ],
)
def test_judge_with_the_builtin_thresholds(outcome: Outcome, verdict: Verdict) -> None:
    assert judge(outcome, BRIDGE) is verdict


@pytest.mark.parametrize(
    ("rise", "verdict"),
    [(0, Verdict.GOOD), (1, Verdict.IN_BETWEEN), (2, Verdict.IN_BETWEEN), (3, Verdict.FLARE)],
)
def test_judge_with_the_routines_thresholds(rise: int, verdict: Verdict) -> None:
    strict = replace(BRIDGE, progression=Progression(good_pain_rise=0, flare_pain_rise=3))
    assert judge(Outcome(Dose(10, 3), True, 2, 2 + rise), strict) is verdict


# -- the ladder -----------------------------------------------------------------------------


def test_rungs_count_from_the_low_end_and_end_at_the_high_end() -> None:
    assert rungs(IntRange(10, 15), 1) == [10, 11, 12, 13, 14, 15]
    assert rungs(IntRange(10, 15), 2) == [10, 12, 14, 15]
    assert rungs(SecondsRange(60, 120), 15) == [60, 75, 90, 105, 120]
    assert rungs(SecondsRange(3, 5), 10) == [3, 5]
    assert rungs(IntRange(10, 10), 1) == [10]


def _climb(exercise: Exercise, start: Dose) -> list[Dose]:
    doses = [start]
    while not same_dose(step_up(exercise, doses[-1]), doses[-1]):
        doses.append(step_up(exercise, doses[-1]))
    return doses


def test_reps_grow_first_then_the_hold_and_going_down_retraces_the_way() -> None:
    up = _climb(BRIDGE, Dose(10, 3.0))
    assert up == [
        Dose(10, 3.0),
        Dose(11, 3.0),
        Dose(12, 3.0),
        Dose(13, 3.0),
        Dose(14, 3.0),
        Dose(15, 3.0),
        Dose(15, 4.0),
        Dose(15, 5.0),
    ]
    down = [up[-1]]
    while not same_dose(step_down(BRIDGE, down[-1]), down[-1]):
        down.append(step_down(BRIDGE, down[-1]))
    assert down == list(reversed(up))


@pytest.mark.parametrize(
    ("exercise", "start", "expected"),
    [
        (HEEL_RAISES, Dose(10), [Dose(r) for r in range(10, 16)]),
        (
            CAT_COW,
            Dose(duration=60.0),
            [Dose(duration=s) for s in (60.0, 75.0, 90.0, 105.0, 120.0)],
        ),
        (WALL_SIT, Dose(3, 20.0), [Dose(3, float(s)) for s in range(20, 31)]),
        (BIRD_DOG, Dose(10, 3.0), [Dose(10, 3.0)]),
        (
            replace(BRIDGE, progression=Progression(reps_step=2, hold_step=1.5)),
            Dose(10, 3.0),
            [
                Dose(10, 3.0),
                Dose(12, 3.0),
                Dose(14, 3.0),
                Dose(15, 3.0),
                Dose(15, 4.5),
                Dose(15, 5.0),
            ],
        ),
        (
            replace(CAT_COW, progression=Progression(duration_step=20.0)),
            Dose(duration=60.0),
            [Dose(duration=s) for s in (60.0, 80.0, 100.0, 120.0)],
        ),
    ],
    ids=[
        "reps only",
        "duration in quarters",
        "hold only",
        "no range",
        "own steps",
        "own duration step",
    ],
)
def test_the_whole_ladder(exercise: Exercise, start: Dose, expected: list[Dose]) -> None:
    assert _climb(exercise, start) == expected


def test_a_dose_off_the_rungs_moves_to_the_nearest_rung_either_way() -> None:
    exercise = replace(HEEL_RAISES, progression=Progression(reps_step=3))  # rungs 10, 13, 15
    assert step_up(exercise, Dose(11)) == Dose(13)
    assert step_down(exercise, Dose(11)) == Dose(10)
    assert step_down(exercise, Dose(14)) == Dose(13)


@pytest.mark.parametrize(
    ("dose", "expected"),
    [
        (Dose(12, 4.0), Dose(12, 4.0)),
        (Dose(20, 4.0), Dose(15, 4.0)),
        (Dose(8, 7.0), Dose(10, 5.0)),
        (Dose(12, 1.0), Dose(12, 3.0)),
    ],
)
def test_clamp_moves_each_part_into_its_range(dose: Dose, expected: Dose) -> None:
    assert clamp(BRIDGE, dose) == expected


@pytest.mark.parametrize(
    ("exercise", "recorded", "fitted"),
    [
        (BRIDGE, Dose(12, 4.0), Dose(12, 4.0)),
        (BRIDGE, Dose(12), Dose(12, 3.0)),  # the exercise gained a hold: it starts low
        (HEEL_RAISES, Dose(12, 4.0), Dose(12)),  # the exercise lost its hold
        (CAT_COW, Dose(12, 4.0), None),  # it became timed: nothing to go on
        (BRIDGE, Dose(duration=90.0), None),  # it became rep-based
        (CAT_COW, Dose(duration=90.0), Dose(duration=90.0)),
    ],
)
def test_fit_a_recorded_dose_to_the_exercise_as_it_is_now(
    exercise: Exercise, recorded: Dose, fitted: Dose | None
) -> None:
    assert fit(exercise, recorded) == fitted


# -- today's dose ---------------------------------------------------------------------------

D10 = Dose(10, 3.0)
D11 = Dose(11, 3.0)
D15_3 = Dose(15, 3.0)
D15_4 = Dose(15, 4.0)
D15_5 = Dose(15, 5.0)

CASES: list[tuple[str, list[Outcome], Dose, Reason, Dose | None]] = [
    # (what happens, the history oldest first, today's dose, why, the previous dose)
    ("first session ever", [], D10, Reason.START, None),
    ("one good session", [good(D10)], D10, Reason.BUILDING, D10),
    ("two good sessions", [good(D10), good(D10)], D11, Reason.UP, D10),
    (
        "two good, then one at the new dose",
        [good(D10), good(D10), good(D11)],
        D11,
        Reason.BUILDING,
        D11,
    ),
    ("reps full, the hold grows", [good(D15_3), good(D15_3)], D15_4, Reason.UP, D15_3),
    ("the top: nothing to grow", [good(D15_5), good(D15_5)], D15_5, Reason.TOP, D15_5),
    ("the top before enough good sessions", [good(D15_5)], D15_5, Reason.TOP, D15_5),
    ("one flare holds", [good(D15_4), flare(D15_4)], D15_4, Reason.FLARE, D15_4),
    ("a flare resets the good run", [good(D11), flare(D11), good(D11)], D11, Reason.BUILDING, D11),
    ("two flares in a row step down", [flare(D15_4), flare(D15_4)], D15_3, Reason.DOWN, D15_4),
    ("two flares at the bottom", [flare(D10), flare(D10)], D10, Reason.BOTTOM, D10),
    (
        "flares at the dose before don't count after a step down",
        [flare(D15_4), flare(D15_4), flare(D15_3)],
        D15_3,
        Reason.FLARE,
        D15_3,
    ),
    (
        "good sessions at the dose before don't count after a step up",
        [good(D10), good(D10), good(D11)],
        D11,
        Reason.BUILDING,
        D11,
    ),
    (
        "flare, good: no longer in a row",
        [flare(D11), good(D11), flare(D11)],
        D11,
        Reason.FLARE,
        D11,
    ),
    # Sessions that can't be judged neither count nor break a run.
    ("no pain answers", [unanswered(D11), unanswered(D11)], D11, Reason.UNANSWERED, D11),
    ("unanswered between goods", [good(D10), unanswered(D10), good(D10)], D11, Reason.UP, D10),
    ("skipped between goods", [good(D10), skipped(D10), good(D10)], D11, Reason.UP, D10),
    ("flare, skipped, flare", [flare(D11), skipped(D11), flare(D11)], D10, Reason.DOWN, D11),
    # The patient stayed at 10 when 11 was offered: those sessions still count, so 11 is offered
    # again (staying is not a step).
    ("stayed after a step up was offered", [good(D10), good(D10), good(D10)], D11, Reason.UP, D10),
    # The routine file changed.
    (
        "the range shrank under the dose",
        [good(Dose(15, 7.0))],
        D15_5,
        Reason.CLAMPED,
        Dose(15, 7.0),
    ),
    ("the range moved above the dose", [good(Dose(8, 3.0))], D10, Reason.CLAMPED, Dose(8, 3.0)),
    (
        "the exercise gained a hold",
        [good(Dose(12)), good(Dose(12))],
        Dose(13, 3.0),
        Reason.UP,
        Dose(12, 3.0),
    ),
    ("the exercise became timed", [good(Dose(duration=90.0))], D10, Reason.START, None),
]


@pytest.mark.parametrize(
    ("history", "dose", "reason", "previous"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_todays_dose(
    history: list[Outcome], dose: Dose, reason: Reason, previous: Dose | None
) -> None:
    decision = decide(BRIDGE, history)
    assert (decision.dose, decision.reason, decision.previous) == (dose, reason, previous)


def test_a_step_up_says_how_many_good_sessions_led_to_it() -> None:
    decision = decide(BRIDGE, [good(D10)] * 3)
    assert (decision.good_sessions, decision.needed) == (3, 2)
    assert decide(BRIDGE, [good(D10)]).good_sessions == 1


@pytest.mark.parametrize(
    ("settings", "history", "dose", "reason"),
    [
        (Progression(good_sessions=3), [good(D10)] * 2, D10, Reason.BUILDING),
        (Progression(good_sessions=3), [good(D10)] * 3, D11, Reason.UP),
        (Progression(good_sessions=1), [good(D10)], D11, Reason.UP),
        (Progression(reps_step=3), [good(D10)] * 2, Dose(13, 3.0), Reason.UP),
        (Progression(enabled=False), [good(D11)] * 4, D10, Reason.OFF),
        (
            Progression(good_pain_rise=0, flare_pain_rise=3),
            [good(D10), good(D10)],  # +1 each: between the thresholds
            D10,
            Reason.IN_BETWEEN,
        ),
    ],
)
def test_the_routines_settings_change_the_rules(
    settings: Progression, history: list[Outcome], dose: Dose, reason: Reason
) -> None:
    decision = decide(replace(BRIDGE, progression=settings), history)
    assert (decision.dose, decision.reason) == (dose, reason)


def test_an_exercise_without_a_range_keeps_its_one_dose() -> None:
    assert decide(BIRD_DOG, []).reason is Reason.FIXED
    decision = decide(BIRD_DOG, [good(Dose(10, 3.0))] * 5)
    assert (decision.dose, decision.reason) == (Dose(10, 3.0), Reason.FIXED)
    # A range that became one value still says it moved the dose.
    assert decide(BIRD_DOG, [good(Dose(12, 3.0))]).reason is Reason.CLAMPED


def test_timed_exercises_step_a_quarter_of_the_range() -> None:
    history = [good(Dose(duration=60.0))] * 2
    assert decide(CAT_COW, history).dose == Dose(duration=75.0)
    history = [flare(Dose(duration=90.0))] * 2
    assert decide(CAT_COW, history).dose == Dose(duration=75.0)


def test_a_dose_read_back_with_float_noise_is_the_same_dose() -> None:
    noisy = Dose(15, 4.0000000001)
    decision = decide(BRIDGE, [good(noisy), good(Dose(15, 4.0))])
    assert (decision.reason, decision.dose) == (Reason.UP, D15_5)


# -- pain before sessions rising --------------------------------------------------------------

RISING_CASES: list[tuple[str, list[Outcome], Dose, Reason]] = [
    # (what happens, the history oldest first, today's dose, why) with pain before rising
    ("a step up is due: it holds", [good(D10), good(D10)], D10, Reason.RISING_PAIN),
    ("the hold would grow: it holds", [good(D15_3)] * 2, D15_3, Reason.RISING_PAIN),
    ("stayed before, due again: it holds", [good(D10)] * 3, D10, Reason.RISING_PAIN),
    # Everything that is not a step up is decided as without rising pain.
    ("two flares still step down", [flare(D15_4), flare(D15_4)], D15_3, Reason.DOWN),
    ("one flare holds as a flare", [good(D15_4), flare(D15_4)], D15_4, Reason.FLARE),
    ("one good session is still building", [good(D10)], D10, Reason.BUILDING),
    ("the top is the top", [good(D15_5)] * 2, D15_5, Reason.TOP),
    ("the first session starts low", [], D10, Reason.START),
    ("a physio's new range still clamps", [good(Dose(15, 7.0))], D15_5, Reason.CLAMPED),
    ("a physio's raised range still clamps", [good(Dose(8, 3.0))], D10, Reason.CLAMPED),
]


@pytest.mark.parametrize(
    ("history", "dose", "reason"), [c[1:] for c in RISING_CASES], ids=[c[0] for c in RISING_CASES]
)
def test_todays_dose_while_pain_before_is_rising(
    history: list[Outcome], dose: Dose, reason: Reason
) -> None:
    decision = decide(BRIDGE, history, pain_rising=True)
    assert (decision.dose, decision.reason) == (dose, reason)


def test_a_held_step_up_keeps_counting_and_cannot_be_refused() -> None:
    held = decide(BRIDGE, [good(D10)] * 2, pain_rising=True)
    assert held.held and not held.changed and not held.can_stay
    assert (held.previous, held.good_sessions, held.needed) == (D10, 2, 2)
    with pytest.raises(ValueError, match="only a step up"):
        held.stay()
    # Once the pain settles, the step up the good sessions earned is offered.
    assert decide(BRIDGE, [good(D10)] * 3).reason is Reason.UP
    assert not decide(BRIDGE, [good(D10)] * 2).held


# -- staying --------------------------------------------------------------------------------


def test_only_a_step_up_can_be_refused() -> None:
    up = decide(BRIDGE, [good(D10)] * 2)
    assert up.can_stay
    stayed = up.stay()
    assert (stayed.dose, stayed.reason, stayed.previous) == (D10, Reason.STAYED, D10)
    assert not stayed.changed
    for decision in (
        decide(BRIDGE, [flare(D11)] * 2),
        decide(BRIDGE, []),
        decide(BRIDGE, [good(D11)]),
    ):
        assert not decision.can_stay
        with pytest.raises(ValueError, match="only a step up"):
            decision.stay()


def test_changed_says_whether_today_differs_from_last_time() -> None:
    assert decide(BRIDGE, [good(D10)] * 2).changed
    assert not decide(BRIDGE, [good(D10)]).changed
    assert not decide(BRIDGE, []).changed
    assert isinstance(decide(BRIDGE, []), DoseDecision)


# -- severe pain (issue 11) -------------------------------------------------------------------


def test_two_sessions_at_severe_pain_8_to_9_do_not_step_the_bridge_up() -> None:
    """The physiotherapist's case: 4 s → 5 s after two sessions at pain 8 → 9 ("two good
    sessions") while the after-session screen told the same patient to adjust."""
    severe = Outcome(D15_4, completed=True, pain_before=8, pain_after=9)
    decision = decide(BRIDGE, [severe, severe])
    assert decision.reason is not Reason.UP
    assert decision.dose != D15_5


def at(outcome: Outcome, hours: float) -> Outcome:
    """`outcome` with the session begun `hours` after Monday 8:00."""
    return replace(outcome, started_at=MONDAY_8 + timedelta(hours=hours))


MONDAY_8 = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)


def sev(dose: Dose, before: int = 8, after: int = 9) -> Outcome:
    return Outcome(dose, completed=True, pain_before=before, pain_after=after)


SEVERE_CASES: list[tuple[str, list[Outcome], int | None, Dose, Reason]] = [
    # (what happens, the history oldest first, pain now, today's dose, why)
    ("8 → 9 twice (the physiotherapist's case)", [sev(D15_4)] * 2, None, D15_3, Reason.DOWN),
    ("8 → 9 once after a good one", [good(D15_4), sev(D15_4)], None, D15_4, Reason.SEVERE),
    ("8 → 8 once", [sev(D11, 8, 8)], None, D11, Reason.SEVERE),
    ("better, but still 7", [sev(D11, 9, 7)], None, D11, Reason.SEVERE),
    (
        "severe right after the exercise only",
        [Outcome(D11, True, 3, 3, 8)],
        None,
        D11,
        Reason.SEVERE,
    ),
    (
        "severe, then two good: the run starts after it",
        [sev(D10), good(D10), good(D10)],
        None,
        D11,
        Reason.UP,
    ),
    (
        "good, good, then severe: no step up",
        [good(D10), good(D10), sev(D10)],
        None,
        D10,
        Reason.SEVERE,
    ),
    (
        "a severe session cut off still counts",
        [good(D10), Outcome(D10, False, 8)],
        None,
        D10,
        Reason.SEVERE,
    ),
    ("severe at the lowest dose twice", [sev(D10)] * 2, None, D10, Reason.BOTTOM),
    # Pain now, asked before today's session.
    ("two good, pain now 7", [good(D10, 3)] * 2, 7, D10, Reason.SEVERE_NOW),
    ("two good, pain now 10", [good(D10, 3)] * 2, 10, D10, Reason.SEVERE_NOW),
    ("two good, pain now 4 after 3 before", [good(D10, 3)] * 2, 4, D10, Reason.PAIN_HIGHER),
    ("two good, pain now 3 as before", [good(D10, 3)] * 2, 3, D11, Reason.UP),
    ("two good, pain now lower", [good(D10, 3)] * 2, 1, D11, Reason.UP),
    # A flare whose pain had not settled by the next session steps down at once.
    ("a flare, still higher now", [good(D11, 3), flare(D11, 3)], 4, D10, Reason.LASTED),
    ("a flare, settled by now", [good(D11, 3), flare(D11, 3)], 3, D11, Reason.FLARE),
    ("a flare, pain now unanswered", [good(D11, 3), flare(D11, 3)], None, D11, Reason.FLARE),
    ("a flare at the lowest dose, still higher", [flare(D10, 3)], 4, D10, Reason.BOTTOM),
    ("severe, still severe now", [sev(D11, 8, 8)], 7, D10, Reason.LASTED),
    ("severe after, better now", [sev(D11, 5, 8)], 4, D11, Reason.SEVERE),
]


@pytest.mark.parametrize(
    ("history", "pain_now", "dose", "reason"),
    [c[1:] for c in SEVERE_CASES],
    ids=[c[0] for c in SEVERE_CASES],
)
def test_todays_dose_with_severe_pain_and_pain_now(
    history: list[Outcome], pain_now: int | None, dose: Dose, reason: Reason
) -> None:
    decision = decide(BRIDGE, history, pain_now=pain_now)
    assert (decision.dose, decision.reason) == (dose, reason)


def test_a_flare_that_lasted_is_read_from_the_next_sessions_pain_before() -> None:
    # The evidence may come from a session of another routine: from_history fills it in.
    lasted = Outcome(D11, True, 3, 6, started_at=MONDAY_8, next_pain_before=5)
    decision = decide(BRIDGE, [good(D11), lasted, unanswered(D11)])
    assert (decision.dose, decision.reason) == (D10, Reason.LASTED)
    settled = replace(lasted, next_pain_before=3)
    assert decide(BRIDGE, [good(D11), settled, unanswered(D11)]).reason is Reason.FLARE


GATE_CASES: list[tuple[str, list[Outcome], float, Dose, Reason]] = [
    # (what happens, the history with hours after Monday 8:00, now in hours, today's dose, why)
    (
        "two good the same day count once",
        [at(good(D10), 0), at(good(D10), 4)],
        52,
        D10,
        Reason.BUILDING,
    ),
    (
        "three a day for two days: two days",
        [at(good(D10), h) for h in (0, 4, 8, 24, 28, 32)],
        48,
        D11,
        Reason.UP,
    ),
    (
        "two good a day apart, 47 h after the first",
        [at(good(D10), 0), at(good(D10), 24)],
        47,
        D10,
        Reason.TOO_SOON,
    ),
    (
        "two good a day apart, 48 h after the first",
        [at(good(D10), 0), at(good(D10), 24)],
        48,
        D11,
        Reason.UP,
    ),
    ("the clock set back", [at(good(D10), 0), at(good(D10), 24)], -5, D10, Reason.TOO_SOON),
    (
        "a step down is not held back by the clock",
        [at(flare(D11), 0), at(flare(D11), 1)],
        2,
        D10,
        Reason.DOWN,
    ),
]


@pytest.mark.parametrize(
    ("history", "hours", "dose", "reason"),
    [c[1:] for c in GATE_CASES],
    ids=[c[0] for c in GATE_CASES],
)
def test_one_good_session_a_day_and_48_hours_between_steps(
    history: list[Outcome], hours: float, dose: Dose, reason: Reason
) -> None:
    decision = decide(BRIDGE, history, now=MONDAY_8 + timedelta(hours=hours))
    assert (decision.dose, decision.reason) == (dose, reason)


def test_a_routine_may_ask_for_more_days_between_steps() -> None:
    weekly = replace(BRIDGE, progression=Progression(days_between_steps=7))
    history = [at(good(D10), 0), at(good(D10), 48)]
    too_soon = decide(weekly, history, now=MONDAY_8 + timedelta(days=6))
    assert too_soon.reason is Reason.TOO_SOON
    assert too_soon.not_before == MONDAY_8 + timedelta(days=7)
    assert decide(weekly, history, now=MONDAY_8 + timedelta(days=7)).reason is Reason.UP


# -- a lighter dose on a bad day --------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "pain_now", "lighter"),
    [
        ([good(D11)], None, D10),  # building: one step below last time
        ([good(D11)] * 2, None, D10),  # a step up on offer: below last time, not below today's
        ([good(D11)] * 2, 8, D10),  # held by severe pain now
        ([good(D15_5)] * 2, None, D15_4),  # the top
        ([flare(D11)], None, D10),
    ],
)
def test_a_lighter_dose_is_one_step_below_last_time(
    history: list[Outcome], pain_now: int | None, lighter: Dose
) -> None:
    decision = decide(BRIDGE, history, pain_now=pain_now)
    assert decision.can_lighten
    chosen = decision.lighter()
    assert (chosen.dose, chosen.reason, chosen.previous) == (
        lighter,
        Reason.LIGHTER,
        history[-1].dose,
    )
    assert chosen.changed


@pytest.mark.parametrize(
    "history",
    [
        [],  # the first session: already the low end
        [good(D10)],  # the lowest dose
        [flare(D11)] * 2,  # a step down: already lighter
        [good(Dose(15, 7.0))],  # a physio's new range
    ],
    ids=["start", "lowest", "down", "clamped"],
)
def test_no_lighter_dose_where_there_is_none(history: list[Outcome]) -> None:
    decision = decide(BRIDGE, history)
    assert not decision.can_lighten
    with pytest.raises(ValueError, match="no lighter dose"):
        decision.lighter()


# -- after the clinical review: unanswered pain now, and stopping because it hurt -------------


def test_no_step_up_when_pain_now_was_asked_and_left_unanswered() -> None:
    due = decide(BRIDGE, [good(D11)] * 2)
    assert due.reason is Reason.UP
    held = decide(BRIDGE, [good(D11)] * 2, pain_now_skipped=True)
    assert held.reason is Reason.NO_PAIN_NOW and held.dose == D11
    assert held.can_lighten  # a patient who would rather not say may still go lighter
    # An answer given wins over the flag (the app sets it only without one).
    assert decide(BRIDGE, [good(D11)] * 2, pain_now=3, pain_now_skipped=True).reason is Reason.UP


def test_an_exercise_stopped_while_pain_rose_is_a_flare_not_a_good_day_forgotten() -> None:
    stopped_hurting = Outcome(D11, completed=False, pain_before=2, pain_after=6)
    assert judge(stopped_hurting, BRIDGE) is Verdict.FLARE
    # Two good days, then skipped because it hurt: no step up next time.
    decision = decide(BRIDGE, [good(D11), good(D11), stopped_hurting])
    assert decision.reason is not Reason.UP and decision.dose.reps is not None
    assert decision.dose.reps <= 11
    # Skipped without the pain rising stays unjudged, as before.
    assert judge(skipped(D11), BRIDGE) is Verdict.NOT_JUDGED


def test_a_range_edited_upwards_never_raises_the_dose_of_a_patient_in_severe_pain() -> None:
    edited = replace(BRIDGE, reps=IntRange(12, 15))
    for history, pain_now in (
        ([good(D10)], 8),  # severe now
        ([Outcome(D10, True, 8, 9)], 3),  # severe in the last session
    ):
        held = decide(edited, history, pain_now=pain_now)
        assert held.reason is Reason.CLAMP_HELD and held.dose == D10
        assert not held.can_lighten
    assert decide(edited, [good(D10)], recent_severe=7).reason is Reason.CLAMP_HELD
    moved = decide(edited, [good(D10)], pain_now=3)
    assert moved.reason is Reason.CLAMPED and moved.dose.reps == 12
    # An edit downwards is taken whatever the pain: it lowers the dose.
    lowered = decide(replace(BRIDGE, reps=IntRange(8, 9)), [good(D10)], pain_now=9)
    assert lowered.reason is Reason.CLAMPED and lowered.dose.reps == 9
