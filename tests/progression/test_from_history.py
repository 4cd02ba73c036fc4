"""Today's doses and the advice, read from a real history file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.progression.from_history import (
    ProgressionHistory,
    advice_today,
    bad_day,
    plan_doses,
    todays_doses,
)
from coach.progression.guidance import AdviceReason
from coach.progression.rules import Reason
from coach.progression.wording import decision_text
from coach.routine.model import Exercise, IntRange, Routine, SecondsRange
from coach.session.events import EventKind
from coach.session.plan import Dose, build_plan
from coach.store.history import HistoryStore
from tests.progression.history import record_session
from tests.store.builders import START, Session, back_routine

ROUTINE = Routine(
    title="Back basics",
    exercises=(
        Exercise("Bridge", reps=IntRange(10, 15), hold=SecondsRange(3, 5)),
        Exercise("Cat-cow", duration=SecondsRange(60, 120)),
        Exercise("Bird dog", reps=IntRange(10, 10), hold=SecondsRange(3, 3)),
    ),
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_the_store_is_what_progression_reads() -> None:
    # mypy checks the assignment; at run time the methods must be there.
    reader: type[ProgressionHistory] = HistoryStore
    assert callable(reader.dose_history) and callable(reader.pain_series)


def test_an_empty_history_starts_every_range_at_its_low_end(store: HistoryStore) -> None:
    decisions = todays_doses(store, ROUTINE)
    assert [d.reason for d in decisions.values()] == [Reason.START, Reason.START, Reason.FIXED]
    assert plan_doses(decisions) == {
        0: Dose(10, 3.0),
        1: Dose(duration=60.0),
        2: Dose(10, 3.0),
    }
    plan = build_plan(ROUTINE, plan_doses(decisions))
    assert plan.total_duration == build_plan(ROUTINE).total_duration


def test_two_good_sessions_step_every_range_up(store: HistoryStore) -> None:
    for day in (0, 2):
        record_session(store, ROUTINE, START + timedelta(days=day), pain_before=3, pain_after=3)
    decisions = todays_doses(store, ROUTINE)
    assert plan_doses(decisions) == {0: Dose(11, 3.0), 1: Dose(duration=75.0), 2: Dose(10, 3.0)}
    assert decision_text(decisions[1], "en") == (
        "Cat-cow: 1 min 15 s today (up from 1 min: two good sessions)"
    )


def test_a_skipped_exercise_does_not_count_for_that_exercise(store: HistoryStore) -> None:
    record_session(store, ROUTINE, START, pain_before=3, pain_after=3)
    record_session(
        store, ROUTINE, START + timedelta(days=2), pain_before=3, pain_after=3, skipped={0}
    )
    decisions = todays_doses(store, ROUTINE)
    assert (decisions[0].reason, decisions[0].good_sessions) == (Reason.BUILDING, 1)
    assert decisions[1].reason is Reason.UP


def test_a_session_without_pain_answers_changes_nothing(store: HistoryStore) -> None:
    record_session(store, ROUTINE, START)
    record_session(store, ROUTINE, START + timedelta(days=2))
    assert todays_doses(store, ROUTINE)[0].reason is Reason.UNANSWERED


def test_the_pain_asked_after_an_exercise_counts_for_that_exercise(store: HistoryStore) -> None:
    for day in (0, 2):
        session = record_session(
            store, ROUTINE, START + timedelta(days=day), pain_before=3, pain_after=3
        )
        store.set_exercise_pain(session, 1, 6)  # the cat-cow hurt
    decisions = todays_doses(store, ROUTINE)
    assert decisions[0].reason is Reason.UP
    # Two flares at the low end: it stays there.
    assert (decisions[1].reason, decisions[1].dose) == (Reason.BOTTOM, Dose(duration=60.0))


def test_rising_pain_before_in_any_routine_holds_every_step_up(store: HistoryStore) -> None:
    for day in (0, 2):
        session = record_session(
            store,
            ROUTINE,
            START + timedelta(days=day),
            {1: Dose(duration=90.0)},
            pain_before=3 + day // 2,
            pain_after=3 + day // 2,
        )
        store.set_exercise_pain(session, 1, 7)  # the cat-cow flared both times
    assert todays_doses(store, ROUTINE)[0].reason is Reason.UP  # 3, 4: not yet rising
    other = Routine(title="Evening", exercises=(Exercise("Walk", duration=SecondsRange(60, 60)),))
    record_session(store, other, START + timedelta(days=3), pain_before=5)  # 3, 4, 5
    decisions = todays_doses(store, ROUTINE)
    bridge = decisions[0]
    assert (bridge.reason, bridge.dose, bridge.good_sessions) == (
        Reason.RISING_PAIN,
        Dose(10, 3.0),
        2,
    )
    assert decision_text(bridge, "en") == (
        "Bridge: stays at 10 reps, hold 3 s today (your pain before the sessions has been rising;"
        " no step up until it settles; coach's own rule)"
    )
    # A step down is not held back: the cat-cow's pain (7) had not settled by the next session
    # (pain before 5, of the other routine), so it lasted.
    assert (decisions[1].reason, decisions[1].dose) == (Reason.LASTED, Dose(duration=75.0))
    # Pain before no longer rising (5, 5 after 4): the step up the good sessions earned.
    record_session(store, other, START + timedelta(days=4), pain_before=5)
    assert todays_doses(store, ROUTINE)[0].reason is Reason.UP


def test_a_physio_edited_range_clamps_the_remembered_dose(store: HistoryStore) -> None:
    record_session(store, ROUTINE, START, {0: Dose(15, 5.0)}, pain_before=3, pain_after=3)
    edited = Routine(
        title=ROUTINE.title,
        exercises=(Exercise("Bridge", reps=IntRange(8, 12), hold=SecondsRange(3, 4)),),
    )
    decision = todays_doses(store, edited)[0]
    assert (decision.reason, decision.dose) == (Reason.CLAMPED, Dose(12, 4.0))
    assert decision_text(decision, "en") == (
        "Bridge: 12 reps, hold 4 s today (down from 15 reps, hold 5 s: the routine now says"
        " 8–12 reps, hold 3–4 s)"
    )


def test_each_routine_and_each_same_named_exercise_has_its_own_dose(store: HistoryStore) -> None:
    twice = Routine(
        title="Twice",
        exercises=(
            Exercise("Bridge", reps=IntRange(10, 15)),
            Exercise("Bridge", reps=IntRange(5, 8)),
        ),
    )
    for day in (0, 2):
        record_session(store, twice, START + timedelta(days=day), pain_before=2, pain_after=2)
    assert plan_doses(todays_doses(store, twice)) == {0: Dose(11), 1: Dose(6)}
    # Another routine's bridge is not this one's.
    assert todays_doses(store, ROUTINE)[0].reason is Reason.START


def test_the_advice_reads_pain_before_every_session(store: HistoryStore) -> None:
    for day, pain in ((0, 3), (2, 4), (4, 5)):
        record_session(store, ROUTINE, START + timedelta(days=day), pain_before=pain)
    today = (START + timedelta(days=4)).date()
    advice = advice_today(store, today, last_shown=None)
    assert advice is not None and advice.reason is AdviceReason.RISING
    assert advice_today(store, today, last_shown=today) is None


def test_recorded_sessions_feed_the_next_plan(tmp_path: Path) -> None:
    """The whole loop: today's doses → plan → engine → recorder → history → the next doses."""
    routine = back_routine()
    seen: list[dict[int, Dose]] = []
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        for number in range(5):
            doses = plan_doses(todays_doses(store, routine))
            seen.append(doses)
            session = Session(store, routine, doses=doses, start=START + timedelta(days=2 * number))
            session.recorder.set_pain_before(3)
            session.start()
            session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
            session.recorder.set_pain_after(3)
            session.recorder.close()
    bekkentilt = [d[0] for d in seen]  # reps 3-5, hold 2-4 s
    assert bekkentilt == [Dose(3, 2.0), Dose(3, 2.0), Dose(4, 2.0), Dose(4, 2.0), Dose(5, 2.0)]
    katte_ku = [d[1].duration for d in seen]  # 6-12 s, steps of 1.5 s
    assert katte_ku == [6.0, 6.0, 7.5, 7.5, 9.0]
    assert {d[2] for d in seen} == {Dose(2, 1.0)}  # no range: always the same


def test_a_flare_lasted_when_the_next_sessions_pain_before_is_still_higher(
    store: HistoryStore,
) -> None:
    """The article: pain that gets stronger and lasts for several days means adjust. The next
    session's pain before (of any routine) is the evidence; today's pain now for the last one."""
    twelve = {0: Dose(12, 3.0)}
    record_session(store, ROUTINE, START, twelve, pain_before=3, pain_after=3)
    record_session(store, ROUTINE, START + timedelta(days=2), twelve, pain_before=3, pain_after=6)
    today = START + timedelta(days=5)
    settled = todays_doses(store, ROUTINE, pain_now=3, now=today)[0]
    assert (settled.reason, settled.dose) == (Reason.FLARE, Dose(12, 3.0))
    lasted = todays_doses(store, ROUTINE, pain_now=5, now=today)[0]
    assert (lasted.reason, lasted.dose, lasted.days) == (Reason.LASTED, Dose(11, 3.0), 3)
    # At the lowest dose there is nowhere lower: stop the exercise, contact a physiotherapist.
    bottom = todays_doses(store, ROUTINE, pain_now=5, now=today)[1]
    assert bottom.reason is Reason.BOTTOM
    assert "contact a physiotherapist" in decision_text(bottom, "en")
    # Another routine's session in between is the evidence, whatever the pain now.
    other = Routine(title="Evening", exercises=(Exercise("Walk", duration=SecondsRange(60, 60)),))
    record_session(store, other, START + timedelta(days=3), pain_before=5)
    again = todays_doses(store, ROUTINE, pain_now=3, now=today)[0]
    assert (again.reason, again.days) == (Reason.LASTED, 1)


def test_severe_pain_now_or_higher_than_last_time_holds_the_step_up(store: HistoryStore) -> None:
    for day in (0, 2):
        record_session(store, ROUTINE, START + timedelta(days=day), pain_before=3, pain_after=3)
    today = START + timedelta(days=4)
    assert todays_doses(store, ROUTINE, pain_now=3, now=today)[0].reason is Reason.UP
    assert todays_doses(store, ROUTINE, pain_now=8, now=today)[0].reason is Reason.SEVERE_NOW
    assert todays_doses(store, ROUTINE, pain_now=4, now=today)[0].reason is Reason.PAIN_HIGHER
    assert bad_day(store, 8) and bad_day(store, 4)
    assert not bad_day(store, 3) and not bad_day(store, None)


def test_three_sessions_a_day_step_up_at_most_every_48_hours(store: HistoryStore) -> None:
    """Steps count days, not sessions: with three good sessions a day the bridge climbs one rep
    every two days, where it used to climb after every second session."""
    reps: list[int | None] = []
    for day in range(6):
        for hour in (8, 13, 18):
            when = START.replace(hour=hour) + timedelta(days=day)
            decisions = todays_doses(store, ROUTINE, pain_now=3, now=when)
            reps.append(decisions[0].dose.reps)
            record_session(store, ROUTINE, when, plan_doses(decisions), pain_before=3, pain_after=3)
    assert reps == [10] * 6 + [11] * 6 + [12] * 6


def test_a_clock_without_a_time_zone_is_the_patients_local_time(store: HistoryStore) -> None:
    """The app's default clock (`datetime.now()`) has no time zone, the history's times do."""
    for day in (0, 1):
        record_session(store, ROUTINE, START + timedelta(days=day), pain_before=3, pain_after=3)

    def local(hours: float) -> datetime:
        return (START + timedelta(hours=hours)).astimezone().replace(tzinfo=None)

    assert todays_doses(store, ROUTINE, pain_now=3, now=local(47))[0].reason is Reason.TOO_SOON
    assert todays_doses(store, ROUTINE, pain_now=3, now=local(48))[0].reason is Reason.UP


def test_after_a_severe_session_no_exercise_steps_up_not_even_one_it_never_reached(
    store: HistoryStore,
) -> None:
    """Pain 8 -> 9 in a session ended during its first exercise: the next days, the exercises
    that session never reached must not step up either (coach's own 3 days, any routine)."""
    from coach.store.records import ExerciseRecord, NewSession, SessionStatus

    for day in (0, 2, 4):
        record_session(store, ROUTINE, START + timedelta(days=day), pain_before=3, pain_after=3)
    severe_day = START + timedelta(days=6)
    sid = store.start_session(
        NewSession("Back basics", None, None, "en", 3, severe_day, pain_before=8)
    )
    store.write_exercise(
        sid,
        ExerciseRecord(0, "Bridge", 1, 0, 3, 3, False, None, Dose(11, 3.0)),
    )
    store.set_pain_after(sid, 9)
    store.finish_session(sid, SessionStatus.ENDED_EARLY, severe_day + timedelta(minutes=3))
    next_day = severe_day + timedelta(days=1)
    decisions = todays_doses(store, ROUTINE, pain_now=2, now=next_day)
    assert all(d.reason is not Reason.UP for d in decisions.values())
    assert decisions[1].reason is Reason.SEVERE  # cat-cow: never reached, still held
    assert decisions[1].dose == Dose(duration=60.0)  # the dose of its last session
    assert decision_text(decisions[1], "en") == (
        "Cat-cow: 1 min today (same as last time: your pain reached 9 of 10 in the last session;"
        " coach's own rule: no step up while pain is 7 or more)"
    )
    # Four days on, the severe-session hold is over (pain before rising still holds cat-cow).
    later = todays_doses(store, ROUTINE, pain_now=2, now=severe_day + timedelta(days=4))
    assert later[1].reason is Reason.RISING_PAIN
