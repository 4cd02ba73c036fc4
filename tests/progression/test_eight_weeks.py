"""Eight weeks of the bundled back routine, three times a week, through a real history file.

Before each session coach reads today's doses and the advice from the history; the session is
then recorded at those doses with the pain pattern's answers. What the patient would have been
given, session by session, is compared with what the rules promise, worked out by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

import pytest

from coach.progression.from_history import advice_today, plan_doses, todays_doses
from coach.progression.guidance import AdviceReason
from coach.progression.rules import DoseDecision, Reason
from coach.progression.wording import decision_text
from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.routine.model import IntRange, Routine, SecondsRange
from coach.session.plan import Dose
from coach.store.history import HistoryStore
from tests.progression.history import record_session

OSLO = timezone(timedelta(hours=1))
FIRST_MONDAY = datetime(2025, 1, 6, 18, 0, tzinfo=OSLO)
WEEKS = 8
PELVIC_TILT, CAT_COW, BRIDGE, BIRD_DOG = range(4)
T = TypeVar("T")


def session_times() -> list[datetime]:
    """Monday, Wednesday and Friday evenings for eight weeks: 24 sessions."""
    return [
        FIRST_MONDAY + timedelta(weeks=week, days=day) for week in range(WEEKS) for day in (0, 2, 4)
    ]


@dataclass
class Run:
    """What the patient was given before each session."""

    decisions: list[dict[int, DoseDecision]]
    advice: list[AdviceReason | None]

    def doses(self, index: int) -> list[Dose]:
        return [d[index].dose for d in self.decisions]


def simulate(store: HistoryStore, routine: Routine, pains: list[tuple[int, int]]) -> Run:
    """Run the routine once per (pain before, pain after) at the times above."""
    run = Run([], [])
    last_shown: date | None = None
    for when, (before, after) in zip(session_times(), pains, strict=True):
        decisions = todays_doses(store, routine)
        advice = advice_today(store, when.date(), last_shown)
        if advice is not None:
            last_shown = when.date()
            # Once a day: asking again the same day shows nothing.
            assert advice_today(store, when.date(), last_shown) is None
        run.decisions.append(decisions)
        run.advice.append(None if advice is None else advice.reason)
        record_session(
            store, routine, when, plan_doses(decisions), pain_before=before, pain_after=after
        )
    return run


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture(scope="module")
def routine() -> Routine:
    # The article's exercises: pelvic tilt 10–15 × 5 s, cat-cow 1–2 min, bridge 10–15 × 3–5 s,
    # bird dog 10 × 3 s per side.
    return load_routine(routines_dir() / "back-basics.en.yaml")


def each_twice(values: list[T]) -> list[T]:
    return [v for v in values for _ in (0, 1)]


def pad(values: list[T], last: T) -> list[T]:
    return values + [last] * (3 * WEEKS - len(values))


# With every session good, each dose is done twice and then goes one step up.
CLIMB_TILT_REPS = pad(each_twice([10, 11, 12, 13, 14]), 15)
CLIMB_CAT_COW = pad(each_twice([60.0, 75.0, 90.0, 105.0]), 120.0)
CLIMB_BRIDGE = pad(
    each_twice([(10, 3.0), (11, 3.0), (12, 3.0), (13, 3.0), (14, 3.0), (15, 3.0), (15, 4.0)]),
    (15, 5.0),
)


def test_the_routine_is_the_one_the_expectations_assume(routine: Routine) -> None:
    tilt, cat, bridge, bird = routine.exercises
    assert (tilt.reps, tilt.hold) == (IntRange(10, 15), SecondsRange(5, 5))
    assert cat.duration == SecondsRange(60, 120)
    assert (bridge.reps, bridge.hold) == (IntRange(10, 15), SecondsRange(3, 5))
    assert (bird.reps, bird.hold) == (IntRange(10, 10), SecondsRange(3, 3))


def test_steady_pain_climbs_every_range_and_suggests_a_physiotherapist_after_two_weeks(
    store: HistoryStore, routine: Routine
) -> None:
    run = simulate(store, routine, [(4, 4)] * 24)
    assert [d.reps for d in run.doses(PELVIC_TILT)] == CLIMB_TILT_REPS
    assert [d.duration for d in run.doses(CAT_COW)] == CLIMB_CAT_COW
    assert [(d.reps, d.hold) for d in run.doses(BRIDGE)] == CLIMB_BRIDGE
    assert set(run.doses(BIRD_DOG)) == {Dose(10, 3.0)}
    # Pain 4 before every session: from the first session after two weeks of them (Wednesday
    # of week 3), the advice to see a physiotherapist, on each training day.
    assert run.advice == [None] * 7 + [AdviceReason.NO_IMPROVEMENT] * 17
    # The last session of week 8: the top of every range, and it says so.
    assert decision_text(run.decisions[-1][BRIDGE], "en") == (
        "Bridge: 15 reps, hold 5 s today (same as last time: the top of the range)"
    )


def test_improving_pain_climbs_the_same_way_without_any_advice(
    store: HistoryStore, routine: Routine
) -> None:
    # Pain before falls one point a week, from 5 to 1; after a session it is the same.
    pains = [(max(1, 5 - week), max(1, 5 - week)) for week in range(WEEKS) for _ in range(3)]
    run = simulate(store, routine, pains)
    assert [(d.reps, d.hold) for d in run.doses(BRIDGE)] == CLIMB_BRIDGE
    assert [d.duration for d in run.doses(CAT_COW)] == CLIMB_CAT_COW
    assert run.advice == [None] * 24


def test_a_flare_holds_two_step_down_and_rising_pain_brings_the_advice(
    store: HistoryStore, routine: Routine
) -> None:
    pains = (
        [(3, 3)] * 6  # weeks 1-2: good
        + [(3, 6), (4, 6)]  # week 3: two flares in a row
        + [(5, 5)]  # pain before has risen 3, 4, 5
        + [(4, 4)] * 15  # good again
    )
    run = simulate(store, routine, pains)
    bridge = [(d.reps, d.hold) for d in run.doses(BRIDGE)]
    assert bridge == (
        [(10, 3), (10, 3), (11, 3), (11, 3), (12, 3), (12, 3)]
        + [(13, 3), (13, 3)]  # up after two good sessions; the first flare holds it
        + [(12, 3), (12, 3)]  # the second flare steps it down; one good session builds
        + each_twice([(13, 3), (14, 3), (15, 3), (15, 4)])
        + [(15, 5)] * 6
    )
    cat = [d.duration for d in run.doses(CAT_COW)]
    assert cat == [60, 60, 75, 75, 90, 90, 105, 105, 90, 90, 105, 105] + [120] * 12
    down = run.decisions[8][BRIDGE]
    assert down.reason is Reason.DOWN
    assert decision_text(down, "en") == (
        "Bridge: 12 reps today (down from 13: pain rose after two sessions in a row)"
    )
    assert decision_text(run.decisions[7][BRIDGE], "nb") == (
        "Bridge: 13 repetisjoner, hold i 3 s i dag (som sist: smerten økte etter forrige økt)"
    )
    assert run.advice == (
        [None] * 7
        + [AdviceReason.NO_IMPROVEMENT] * 2  # two weeks at pain 3, and no better
        + [AdviceReason.RISING]  # 3, 4, 5 before the last three sessions
        + [AdviceReason.NO_IMPROVEMENT] * 14  # 4 now, against 3 at the start
    )


def test_a_patient_who_stays_once_is_offered_the_step_again(
    store: HistoryStore, routine: Routine
) -> None:
    times = session_times()
    for when in times[:2]:
        record_session(
            store,
            routine,
            when,
            plan_doses(todays_doses(store, routine)),
            pain_before=3,
            pain_after=3,
        )
    offered = todays_doses(store, routine)
    assert offered[BRIDGE].reason is Reason.UP
    stayed = {**offered, BRIDGE: offered[BRIDGE].stay()}
    record_session(store, routine, times[2], plan_doses(stayed), pain_before=3, pain_after=3)
    again = todays_doses(store, routine)[BRIDGE]
    assert (again.reason, again.dose, again.good_sessions) == (Reason.UP, Dose(11, 3.0), 3)
    # The pelvic tilt, which stepped up, starts counting at its new dose.
    assert todays_doses(store, routine)[PELVIC_TILT].reason is Reason.BUILDING
