"""The engine walks a plan against a fake clock: no sleeping, every time is exact."""

from __future__ import annotations

import dataclasses
import math

import pytest

from coach.routine.model import Cue
from coach.session.engine import BACK_GRACE_S, Engine
from coach.session.events import EventKind, RestKind
from coach.session.plan import SWITCH_SIDES_S, StepKind, build_plan
from tests.session.builders import (
    engine_for,
    hold_exercise,
    of_kind,
    rep_exercise,
    routine,
    run_to_end,
    timed_exercise,
    times,
)

E = EventKind


class TestHolds:
    """Holds inside every rep, with rests between reps."""

    def test_every_hold_and_rest_starts_at_the_previous_deadline(self) -> None:
        engine = engine_for(hold_exercise(reps=3, hold=5, rest_between_reps=2, prepare=3))
        events = engine.start(100.0) + run_to_end(engine, 100.0)
        assert times(events, E.HOLD_STARTED) == [103, 110, 117]
        assert times(events, E.HOLD_ENDED) == [108, 115, 122]
        assert times(events, E.REST_STARTED) == [108, 115]
        assert times(events, E.REST_ENDED) == [110, 117]
        assert [e.rep for e in of_kind(events, E.REP_COUNTED)] == [1, 2, 3]
        assert {e.rest for e in of_kind(events, E.REST_STARTED)} == {RestKind.BETWEEN_REPS}
        assert [e.cue for e in of_kind(events, E.HOLD_STARTED, E.HOLD_ENDED)] == [
            "Hold",
            "Release",
        ] * 3
        assert times(events, E.SESSION_COMPLETED) == [122]

    def test_the_order_of_events_at_a_boundary(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, prepare=3))
        events = engine.start(0.0) + engine.tick(8.0)
        assert [e.kind for e in events if e.t == 8.0] == [
            E.HOLD_ENDED,
            E.REP_COUNTED,
            E.SET_COMPLETED,
            E.EXERCISE_COMPLETED,
            E.SESSION_COMPLETED,
        ]
        assert engine.finished and engine.current is None

    def test_countdown_ticks_the_last_three_whole_seconds(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, prepare=2.5))
        events = engine.start(0.0) + run_to_end(engine, 0.0)
        ticks = [(e.t, e.remaining, e.rep) for e in of_kind(events, E.COUNTDOWN_TICK)]
        # The 2.5 s get-ready ticks at 2 and 1 left; the 5 s hold at 3, 2 and 1.
        assert ticks == [(0.5, 2, None), (1.5, 1, None), (4.5, 3, 1), (5.5, 2, 1), (6.5, 1, 1)]

    def test_events_carry_the_exercise_set_rep_and_side(self) -> None:
        engine = engine_for(rep_exercise("Warm-up", reps=1, pace=1), hold_exercise("Bridge"))
        events = engine.start(0.0) + run_to_end(engine, 0.0)
        hold = of_kind(events, E.HOLD_STARTED)[1]
        assert (hold.exercise, hold.exercise_index, hold.set, hold.rep, hold.side) == (
            "Bridge",
            1,
            1,
            2,
            None,
        )
        started = of_kind(events, E.SESSION_STARTED, E.SESSION_COMPLETED)
        assert all(e.exercise is None for e in started)


class TestLateTicks:
    """Deadlines are absolute: a late tick never delays what follows."""

    def test_one_late_tick_emits_every_missed_event_at_its_scheduled_time(self) -> None:
        engine = engine_for(hold_exercise(reps=3, hold=5, rest_between_reps=2, prepare=3))
        engine.start(0.0)
        events = engine.tick(16.3)  # the program was busy for 16 seconds
        assert times(events, E.HOLD_STARTED) == [3, 10]
        assert times(events, E.HOLD_ENDED) == [8, 15]
        assert all(e.emitted_at == 16.3 for e in events)
        current = engine.current
        assert current is not None and current.kind is StepKind.REST
        assert engine.remaining(16.3) == pytest.approx(0.7)
        later = engine.tick(17.0)
        assert times(later, E.HOLD_STARTED) == [17.0]  # not 17.7: the rest was not lengthened

    def test_a_tick_exactly_at_a_deadline_moves_on(self) -> None:
        engine = engine_for(hold_exercise(reps=2, hold=5, prepare=3))
        engine.start(0.0)
        assert [e.kind for e in engine.tick(2.9)] == [E.COUNTDOWN_TICK, E.COUNTDOWN_TICK]
        assert [e.kind for e in engine.tick(3.0)] == [E.PREPARE_ENDED, E.HOLD_STARTED]
        assert engine.tick(3.0) == []

    def test_a_clock_reading_that_goes_back_counts_as_the_last_one(self) -> None:
        engine = engine_for(hold_exercise(prepare=3))
        engine.start(10.0)
        engine.tick(12.0)
        assert engine.tick(11.0) == []
        assert engine.elapsed_in_step(11.0) == 2.0


class TestSets:
    def test_set_break_continues_by_itself_when_its_rest_ends(self) -> None:
        exercise = hold_exercise(reps=2, hold=5, sets=2, rest_between_sets=10, prepare=3)
        engine = engine_for(exercise)
        events = engine.start(0.0) + run_to_end(engine, 0.0)
        # Set 1: 3..8 hold, 8..10 rest, 10..15 hold; break 15..25; set 2 holds at 25 and 32.
        assert times(events, E.SET_COMPLETED) == [15, 37]
        assert [e.set for e in of_kind(events, E.SET_COMPLETED)] == [1, 2]
        breaks = [e for e in events if e.rest is RestKind.BETWEEN_SETS]
        assert [(e.kind, e.t) for e in breaks if e.kind is not E.COUNTDOWN_TICK] == [
            (E.REST_STARTED, 15),
            (E.REST_ENDED, 25),
        ]
        assert [(e.set, e.rep) for e in of_kind(events, E.HOLD_STARTED)] == [
            (1, 1),
            (1, 2),
            (2, 1),
            (2, 2),
        ]
        assert times(events, E.HOLD_STARTED)[2] == 25
        assert not of_kind(events, E.WAITING_STARTED)

    def test_set_break_can_wait_for_the_patient(self) -> None:
        exercise = hold_exercise(
            reps=1, hold=5, sets=2, rest_between_sets=10, prepare=3, wait_between_sets=True
        )
        engine = engine_for(exercise)
        engine.start(0.0)
        events = engine.tick(40.0)
        assert times(events, E.WAITING_STARTED) == [18.0]
        assert not of_kind(events, E.REST_ENDED, E.HOLD_STARTED)[1:]
        assert engine.waiting and engine.next_deadline() is None
        assert engine.remaining(40.0) is None
        current = engine.current
        assert current is not None and current.kind is StepKind.SET_BREAK
        assert engine.tick(500.0) == []
        go = engine.proceed(501.0)
        assert [(e.kind, e.t) for e in go] == [(E.REST_ENDED, 501.0), (E.HOLD_STARTED, 501.0)]
        assert not engine.waiting

    def test_enter_ends_a_set_break_early(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, sets=2, rest_between_sets=30))
        engine.start(0.0)
        engine.tick(9.0)  # in the break since 8
        events = engine.proceed(12.0)
        assert [(e.kind, e.t) for e in events] == [(E.REST_ENDED, 12.0), (E.HOLD_STARTED, 12.0)]
        assert engine.next_deadline() is not None


class TestSides:
    def test_switch_sides_is_a_short_countdown_to_the_new_side(self) -> None:
        exercise = hold_exercise(reps=1, hold=5, sides=("left", "right"), prepare=3)
        engine = engine_for(exercise)
        events = engine.start(0.0) + run_to_end(engine, 0.0)
        assert [(e.side, e.t) for e in of_kind(events, E.HOLD_STARTED)] == [
            ("left", 3),
            ("right", 8 + SWITCH_SIDES_S),
        ]
        switched = of_kind(events, E.SIDE_SWITCHED)
        assert [(e.side, e.t) for e in switched] == [("right", 8)]
        switch_ticks = [e for e in of_kind(events, E.COUNTDOWN_TICK) if e.rep is None and e.t > 8]
        assert [(e.t, e.remaining) for e in switch_ticks] == [(10, 3), (11, 2), (12, 1)]
        assert times(events, E.SET_COMPLETED) == [18]


class TestTimed:
    def test_cue_cycle_advances_and_the_engine_shows_the_current_cue(self) -> None:
        exercise = timed_exercise(duration=12, cues=(Cue("In", 4), Cue("Out", 5)), prepare=2)
        engine = engine_for(exercise)
        events = engine.start(0.0)
        assert engine.cue is None  # get-ready
        events += engine.tick(2.0)
        assert engine.cue == "In"
        events += engine.tick(6.5)
        assert engine.cue == "Out"
        events += run_to_end(engine, 6.5)
        cues = [(e.t, e.cue) for e in of_kind(events, E.CUE_CHANGED)]
        assert cues == [(2, "In"), (6, "Out"), (11, "In")]
        assert times(events, E.TIMED_STARTED) == [2] and times(events, E.TIMED_ENDED) == [14]
        timed_ticks = [(e.t, e.remaining) for e in of_kind(events, E.COUNTDOWN_TICK) if e.t > 2]
        assert timed_ticks == [(11, 3), (12, 2), (13, 1)]
        # The first cue comes together with the start, right after it.
        start = [e.kind for e in events if e.t == 2]
        assert start == [E.PREPARE_ENDED, E.TIMED_STARTED, E.CUE_CHANGED]

    def test_cue_remaining_counts_the_current_breath_down(self) -> None:
        exercise = timed_exercise(duration=12, cues=(Cue("In", 4), Cue("Out", 5)), prepare=2)
        engine = engine_for(exercise)
        engine.start(0.0)
        assert engine.cue_remaining(1.0) is None  # get-ready: the step's own countdown
        engine.tick(2.0)
        assert engine.cue_remaining(2.0) == 4.0
        engine.tick(3.5)
        assert engine.cue_remaining(3.5) == 2.5
        engine.tick(6.0)
        assert (engine.cue, engine.cue_remaining(6.0)) == ("Out", 5.0)
        engine.pause(7.0)
        assert engine.cue_remaining(30.0) == 4.0  # paused: the breath waits too
        engine.resume(30.0)
        engine.tick(34.0)  # the third cue is cut short by the end of the exercise
        assert (engine.cue, engine.cue_remaining(34.0)) == ("In", 3.0)

    def test_a_timed_exercise_without_cues_has_no_cue_countdown(self) -> None:
        engine = engine_for(timed_exercise(duration=12, cues=(), prepare=0))
        engine.start(0.0)
        assert engine.cue_remaining(1.0) is None

    def test_the_breath_countdown_wakes_the_screen_at_its_whole_seconds(self) -> None:
        # Cues of 1.7 s and 2.9 s: the shown breath count changes at moments that are not
        # whole seconds of the exercise's own countdown.
        exercise = timed_exercise(duration=9.1, cues=(Cue("a", 1.7), Cue("b", 2.9)), prepare=0)
        engine = engine_for(exercise)
        engine.start(0.0)
        deadlines = []
        while (deadline := engine.next_deadline()) is not None and deadline < 4.0:
            deadlines.append(round(deadline, 6))
            engine.tick(deadline)
        # The exercise's 9.1 s drop a whole second at 0.1, 1.1, 2.1…; the first cue's 1.7 s
        # shows 1 from 0.7; the second cue starts at 1.7 (2.9 s: 3) and shows 2 from 2.6.
        assert deadlines == [0.1, 0.7, 1.1, 1.7, 2.1, 2.6, 3.1, 3.6]

    def test_timed_exercise_cannot_be_cut_short_with_enter(self) -> None:
        engine = engine_for(timed_exercise(duration=12, prepare=0))
        engine.start(0.0)
        assert engine.proceed(3.0) == []
        assert engine.remaining(3.0) == 9.0


class TestReps:
    def test_manual_reps_wait_for_the_patient_to_count(self) -> None:
        engine = engine_for(rep_exercise(reps=3, prepare=2))
        engine.start(0.0)
        engine.tick(2.0)
        assert engine.waiting and engine.next_deadline() is None
        assert engine.remaining(2.0) is None
        assert engine.tick(60.0) == []
        first = engine.proceed(61.0)
        assert [(e.kind, e.rep, e.t) for e in first] == [
            (E.REP_COUNTED, 1, 61.0),
            (E.REP_STARTED, 2, 61.0),
        ]
        engine.proceed(62.5)
        last = engine.proceed(64.0)
        assert [e.kind for e in last] == [
            E.REP_COUNTED,
            E.SET_COMPLETED,
            E.EXERCISE_COMPLETED,
            E.SESSION_COMPLETED,
        ]
        assert engine.summary(64.0).reps_done == 3

    def test_counting_a_rep_catches_up_before_counting(self) -> None:
        engine = engine_for(rep_exercise(reps=2, prepare=2))
        engine.start(0.0)
        # No tick since the start: the get-ready ended at 2, so this key press counts rep 1.
        events = engine.proceed(3.0)
        assert [(e.kind, e.t) for e in events] == [
            (E.COUNTDOWN_TICK, 1.0),
            (E.PREPARE_ENDED, 2.0),
            (E.REP_STARTED, 2.0),
            (E.REP_COUNTED, 3.0),
            (E.REP_STARTED, 3.0),
        ]

    def test_paced_reps_are_counted_every_pace_without_a_countdown(self) -> None:
        engine = engine_for(rep_exercise(reps=3, pace=2.5, prepare=1))
        events = engine.start(0.0) + run_to_end(engine, 0.0)
        assert times(events, E.REP_STARTED) == [1, 3.5, 6]
        assert times(events, E.REP_COUNTED) == [3.5, 6, 8.5]
        assert [e for e in of_kind(events, E.COUNTDOWN_TICK) if e.t > 1] == []


class TestPause:
    def test_pausing_mid_hold_keeps_the_remaining_time(self) -> None:
        engine = engine_for(hold_exercise(reps=2, hold=5, rest_between_reps=2, prepare=3))
        engine.start(0.0)
        engine.tick(4.0)
        paused = engine.pause(5.5)
        assert [(e.kind, e.t, e.rep) for e in paused] == [
            (E.COUNTDOWN_TICK, 5.0, 1),  # caught up first: 3 s were left at 5.0
            (E.PAUSED, 5.5, 1),
        ]
        assert engine.paused and engine.next_deadline() is None
        assert engine.tick(100.0) == []
        assert engine.remaining(100.0) == 2.5
        assert engine.elapsed_in_step(100.0) == 2.5
        resumed = engine.resume(200.0)
        assert [e.kind for e in resumed] == [E.RESUMED]
        assert engine.remaining(200.0) == 2.5
        events = engine.tick(204.6)
        assert times(events, E.HOLD_ENDED) == [202.5]
        assert times(events, E.HOLD_STARTED) == [204.5]

    def test_countdown_ticks_still_come_after_a_pause(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, prepare=0))
        engine.start(0.0)
        engine.pause(1.0)
        engine.resume(11.0)
        events = engine.tick(20.0)
        assert [(e.t, e.remaining) for e in of_kind(events, E.COUNTDOWN_TICK)] == [
            (12.0, 3),  # 1 s held before the pause, 4 s left at 11
            (13.0, 2),
            (14.0, 1),
        ]

    def test_toggle_pause_and_repeated_commands(self) -> None:
        engine = engine_for(hold_exercise())
        engine.start(0.0)
        assert [e.kind for e in engine.toggle_pause(0.5)] == [E.PAUSED]
        assert engine.pause(2.0) == []
        assert engine.proceed(2.5) == []  # Enter does not resume or skip while paused
        assert [e.kind for e in engine.toggle_pause(3.0)] == [E.RESUMED]
        assert engine.resume(3.0) == []

    def test_pausing_a_waiting_set_break_keeps_it_waiting(self) -> None:
        engine = engine_for(
            hold_exercise(reps=1, hold=2, prepare=0, sets=2, wait_between_sets=True)
        )
        engine.start(0.0)
        engine.tick(20.0)
        assert engine.waiting
        engine.pause(21.0)
        engine.resume(25.0)
        assert engine.waiting and engine.tick(30.0) == []


class TestSkipAndBack:
    def test_skip_moves_to_the_next_exercise_now(self) -> None:
        engine = engine_for(hold_exercise("Bridge", prepare=3), hold_exercise("Plank", prepare=3))
        engine.start(0.0)
        engine.tick(4.0)
        events = engine.skip(5.5)
        assert [(e.kind, e.exercise, e.t) for e in events] == [
            (E.COUNTDOWN_TICK, "Bridge", 5.0),
            (E.SKIPPED, "Bridge", 5.5),
            (E.EXERCISE_STARTED, "Plank", 5.5),
        ]
        assert engine.remaining(5.5) == 3.0
        rest = run_to_end(engine, 5.5)
        summary = engine.summary(60.0)
        assert summary.exercises_skipped == ("Bridge",)
        assert summary.exercises_completed == ("Plank",)
        assert summary.holds_done == 3  # the Plank's; the Bridge hold was cut off
        assert of_kind(rest, E.SESSION_COMPLETED)

    def test_skipping_the_last_exercise_completes_the_session(self) -> None:
        engine = engine_for(hold_exercise())
        engine.start(0.0)
        events = engine.skip(0.5)
        assert [e.kind for e in events] == [E.SKIPPED, E.SESSION_COMPLETED]
        assert engine.finished and not engine.ended_early
        assert engine.skip(2.0) == [] and engine.back(2.0) == []

    def test_skip_while_paused_stays_paused_at_the_next_get_ready(self) -> None:
        engine = engine_for(hold_exercise("A"), hold_exercise("B", prepare=4))
        engine.start(0.0)
        engine.pause(1.0)
        engine.skip(5.0)
        assert engine.paused and engine.remaining(9.0) == 4.0
        engine.resume(10.0)
        assert times(engine.tick(20.0), E.PREPARE_ENDED) == [14.0]

    def test_back_in_the_middle_of_an_exercise_restarts_it(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.tick(30.0)  # A ends at 22; B is holding its first rep
        current = engine.current
        assert current is not None and current.exercise.name == "B"
        events = engine.back(30.0)
        assert [(e.kind, e.exercise) for e in events] == [
            (E.WENT_BACK, "B"),
            (E.EXERCISE_STARTED, "B"),
        ]
        assert engine.step_index == engine.plan.exercise_start(1)

    def test_back_during_the_get_ready_goes_to_the_previous_exercise(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=5))
        engine.start(0.0)
        engine.tick(25.0)  # B's get-ready runs from 22 to 27
        events = engine.back(25.0)
        assert [(e.kind, e.exercise) for e in events] == [
            (E.WENT_BACK, "B"),
            (E.EXERCISE_STARTED, "A"),
        ]

    def test_back_within_the_first_seconds_goes_to_the_previous_exercise(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=0))
        engine.start(0.0)
        engine.tick(22.0 + BACK_GRACE_S - 0.5)  # B started at 22 with no get-ready
        events = engine.back(23.5)
        assert [(e.kind, e.exercise) for e in events] == [
            (E.WENT_BACK, "B"),
            (E.EXERCISE_STARTED, "A"),
        ]
        engine.tick(60.5)  # into B again: A restarted at 23.5, B at 45.5
        events = engine.back(60.5)
        assert [(e.kind, e.exercise) for e in events] == [
            (E.WENT_BACK, "B"),
            (E.EXERCISE_STARTED, "B"),
            (E.PREPARE_ENDED, "B"),  # B has no get-ready
            (E.HOLD_STARTED, "B"),
        ]

    def test_back_on_the_first_exercise_restarts_it(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3))
        engine.start(0.0)
        assert [e.kind for e in engine.back(0.5)] == [E.WENT_BACK, E.EXERCISE_STARTED]
        assert engine.remaining(0.5) == 3.0

    def test_an_exercise_done_once_counts_as_done_even_if_skipped_later(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=0, reps=1), hold_exercise("B"))
        engine.start(0.0)
        engine.tick(5.5)  # A done at 5, B's get-ready began
        engine.back(5.5)
        engine.skip(6.0)
        assert engine.summary(6.0).exercises_completed == ("A",)
        assert engine.summary(6.0).exercises_skipped == ()

    def test_an_exercise_starts_with_its_starting_position_as_its_cue(self) -> None:
        lying = dataclasses.replace(hold_exercise("A"), position="Lie on your back.")
        engine = engine_for(lying, hold_exercise("B"))
        started = of_kind(engine.start(0.0), E.EXERCISE_STARTED)
        assert [e.cue for e in started] == ["Lie on your back."]
        assert [e.cue for e in of_kind(engine.skip(1.0), E.EXERCISE_STARTED)] == [None]

    def test_an_exercise_skipped_then_gone_back_to_and_worked_on_is_not_skipped(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.skip(1.0)  # A skipped in its get-ready; B's get-ready runs 1–4
        assert engine.summary(1.0).exercises_skipped == ("A",)
        engine.back(2.0)  # during B's get-ready: back to A
        engine.tick(10.0)  # A's first hold began at 5
        summary = engine.summary(10.0)
        assert summary.exercises_skipped == ()
        assert summary.exercises_unfinished == ("A",)
        engine.end(10.0)
        summary = engine.summary(10.0)
        assert (summary.exercises_completed, summary.exercises_skipped) == ((), ())
        assert summary.exercises_unfinished == ("A",)

    def test_going_back_to_a_skipped_exercise_without_starting_it_keeps_it_skipped(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.skip(1.0)
        engine.back(2.0)  # back to A's get-ready, and the session ends there
        engine.end(3.0)
        summary = engine.summary(3.0)
        assert summary.exercises_skipped == ("A",)
        assert summary.exercises_unfinished == ()

    def test_ending_mid_exercise_lists_it_as_unfinished(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.tick(26.0)  # A done at 22; B's first hold from 25
        engine.end(26.0)
        summary = engine.summary(26.0)
        assert summary.exercises_completed == ("A",)
        assert summary.exercises_skipped == ()
        assert summary.exercises_unfinished == ("B",)

    def test_ending_during_a_get_ready_leaves_nothing_unfinished(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=3), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.tick(23.0)  # B's get-ready
        engine.end(23.0)
        summary = engine.summary(23.0)
        assert summary.exercises_completed == ("A",) and summary.exercises_unfinished == ()

    def test_a_completed_exercise_redone_in_part_stays_completed(self) -> None:
        engine = engine_for(hold_exercise("A", prepare=0), hold_exercise("B", prepare=3))
        engine.start(0.0)
        engine.tick(20.0)  # A done at 19; B's get-ready
        engine.back(20.0)
        engine.tick(25.0)  # A again, its second hold
        engine.end(25.0)
        summary = engine.summary(25.0)
        assert summary.exercises_completed == ("A",) and summary.exercises_unfinished == ()


class TestProceed:
    def test_enter_ends_the_get_ready_and_a_rest_early(self) -> None:
        engine = engine_for(hold_exercise(reps=2, hold=5, rest_between_reps=10, prepare=5))
        engine.start(0.0)
        events = engine.proceed(1.0)
        assert [(e.kind, e.t) for e in events] == [
            (E.PREPARE_ENDED, 1.0),
            (E.HOLD_STARTED, 1.0),
        ]
        assert engine.proceed(2.0) == []  # not during a hold
        engine.tick(6.5)
        events = engine.proceed(7.0)
        assert [(e.kind, e.t) for e in events] == [(E.REST_ENDED, 7.0), (E.HOLD_STARTED, 7.0)]
        assert times(engine.tick(12.0), E.HOLD_ENDED) == [12.0]

    def test_enter_shortens_the_switch_sides_countdown(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, prepare=0, sides=("right", "left")))
        engine.start(0.0)
        engine.tick(6.0)
        events = engine.proceed(6.0)
        assert [(e.kind, e.side) for e in events] == [(E.HOLD_STARTED, "left")]


class TestEndAndSummary:
    def test_ending_early(self) -> None:
        engine = engine_for(hold_exercise("A", reps=2, prepare=3), hold_exercise("B"))
        engine.start(0.0)
        engine.tick(9.0)
        events = engine.end(9.5)
        assert [(e.kind, e.exercise, e.t) for e in events] == [(E.SESSION_ENDED_EARLY, "A", 9.5)]
        assert engine.finished and engine.ended_early and engine.current is None
        assert engine.next_deadline() is None and engine.time_left(10.0) == 0.0
        assert engine.end(10.0) == [] and engine.tick(11.0) == [] and engine.pause(11.0) == []
        summary = engine.summary(100.0)
        assert summary.ended_early and summary.finished
        assert summary.total_time == 9.5
        assert summary.reps_done == 1 and summary.holds_done == 1
        assert summary.exercises_completed == () and summary.exercises_skipped == ()

    def test_summary_figures_of_a_whole_session_with_a_pause(self) -> None:
        engine = engine_for(
            hold_exercise("A", reps=2, hold=5, sets=2, rest_between_sets=5, prepare=3),
            rep_exercise("B", reps=4, pace=2, prepare=2),
            timed_exercise("C", duration=10, prepare=2),
        )
        engine.start(10.0)
        engine.tick(14.0)
        engine.pause(14.0)
        engine.resume(44.0)
        run_to_end(engine, 44.0)
        total = engine.plan.total_duration
        summary = engine.summary(1000.0)
        assert summary.exercises_completed == ("A", "B", "C")
        assert summary.reps_done == 2 * 2 + 4
        assert summary.holds_done == 4
        assert summary.sets_completed == 4
        assert summary.total_time == pytest.approx(total + 30)
        assert summary.active_time == pytest.approx(total)
        assert not summary.ended_early and summary.finished

    def test_time_left_counts_down_with_the_session(self) -> None:
        engine = engine_for(hold_exercise(reps=2, hold=5, rest_between_reps=2, prepare=3))
        assert engine.time_left(0.0) == 15.0
        engine.start(0.0)
        assert engine.time_left(0.0) == 15.0
        engine.tick(4.0)
        assert engine.time_left(4.0) == 11.0
        engine.pause(4.0)
        assert engine.time_left(50.0) == 11.0

    def test_commands_before_the_start_are_a_bug(self) -> None:
        engine = engine_for(hold_exercise())
        with pytest.raises(RuntimeError):
            engine.tick(0.0)
        with pytest.raises(RuntimeError):
            engine.skip(0.0)
        engine.start(0.0)
        with pytest.raises(RuntimeError):
            engine.start(1.0)

    def test_an_empty_routine_completes_at_once(self) -> None:
        engine = Engine(build_plan(routine()))
        assert [e.kind for e in engine.start(0.0)] == [E.SESSION_STARTED, E.SESSION_COMPLETED]


class TestNextDeadline:
    """The UI sleeps until `next_deadline()`: nothing may happen before it."""

    def test_wakes_for_events_and_for_every_whole_second_shown(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=5, prepare=2.5))
        engine.start(0.0)
        wakes = []
        while (deadline := engine.next_deadline()) is not None:
            wakes.append(deadline)
            engine.tick(deadline)
        # Get-ready 0..2.5 (shows 3, 2, 1), hold 2.5..7.5.
        assert wakes == [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]

    def test_after_an_odd_tick_it_is_the_next_change_of_the_shown_seconds(self) -> None:
        engine = engine_for(hold_exercise(reps=1, hold=10, prepare=0))
        engine.start(0.0)
        engine.tick(1.3)
        assert engine.next_deadline() == 2.0
        engine.tick(2.0)
        assert engine.next_deadline() == 3.0
        assert math.ceil(engine.remaining(2.0) or 0) == 8

    def test_nothing_happens_before_the_deadline(self) -> None:
        engine = engine_for(
            hold_exercise(reps=2, hold=3.7, prepare=1.3, sets=2, rest_between_sets=4.2),
            timed_exercise(duration=9.1, cues=(Cue("a", 1.7), Cue("b", 2.9)), prepare=0.4),
            rep_exercise(reps=2, pace=1.6, prepare=0),
        )
        engine.start(0.0)
        now = 0.0
        while (deadline := engine.next_deadline()) is not None:
            assert deadline > now
            shown = _shown(engine, now)
            just_before = deadline - 1e-6
            assert engine.tick(just_before) == []
            assert _shown(engine, just_before) == shown
            now = deadline
            events = engine.tick(now)
            changed = _shown(engine, now) != shown
            assert changed or events, f"woken at {now} for nothing"
            assert all(e.t == now for e in events)
        assert engine.finished

    def test_none_while_paused_waiting_or_before_the_start(self) -> None:
        engine = engine_for(rep_exercise(reps=1, prepare=2))
        assert engine.next_deadline() is None
        engine.start(0.0)
        assert engine.next_deadline() == 1.0
        engine.pause(0.5)
        assert engine.next_deadline() is None
        engine.resume(1.0)
        assert engine.next_deadline() == 1.5  # 1.5 s left: the shown 2 becomes 1 at 1.5
        engine.tick(2.5)
        assert engine.waiting and engine.next_deadline() is None


def _shown(engine: Engine, now: float) -> tuple[int, int]:
    """The whole seconds a screen shows at `now`: the step's and the current cue's."""
    return math.ceil(engine.remaining(now) or 0), math.ceil(engine.cue_remaining(now) or 0)
