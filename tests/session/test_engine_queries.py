"""What the engine says the patient's keys may do now, so a UI asks instead of copying its rules.

`can_proceed()` tells whether Enter ends the current step; a screen greys out Continue and hides
the "Enter to continue" hint by it. It must agree with what `proceed` really does.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.routine.model import Routine
from coach.session.engine import Engine
from coach.session.plan import StepKind, build_plan
from tests.session.builders import engine_for, hold_exercise, rep_exercise, routine, timed_exercise
from tests.session.test_engine_properties import routines


def kind_of(engine: Engine) -> StepKind:
    step = engine.current
    assert step is not None
    return step.kind


class TestCanProceed:
    def test_enter_ends_a_get_ready_a_rest_and_a_side_switch_but_not_a_hold(self) -> None:
        engine = engine_for(
            hold_exercise(reps=2, hold=5, rest_between_reps=4, prepare=3, sides=("left", "right"))
        )
        engine.start(0.0)
        seen: dict[StepKind, bool] = {}
        for now in range(0, 40):
            engine.tick(float(now))
            if engine.finished:
                break
            seen.setdefault(kind_of(engine), engine.can_proceed())
        assert seen == {
            StepKind.PREPARE: True,
            StepKind.HOLD: False,
            StepKind.REST: True,
            StepKind.SWITCH_SIDES: True,
        }

    def test_a_timed_exercise_and_paced_reps_run_their_course(self) -> None:
        engine = engine_for(timed_exercise(duration=10, prepare=2), rep_exercise(pace=2, prepare=0))
        engine.start(0.0)
        engine.tick(3.0)
        assert kind_of(engine) is StepKind.TIMED and not engine.can_proceed()
        engine.tick(12.5)
        assert kind_of(engine) is StepKind.PACED_REP and not engine.can_proceed()

    def test_a_manual_rep_and_a_set_break_wait_for_enter(self) -> None:
        engine = engine_for(
            rep_exercise(reps=1, prepare=0),
            hold_exercise(reps=1, hold=2, sets=2, prepare=0, wait_between_sets=True),
        )
        engine.start(0.0)
        assert kind_of(engine) is StepKind.MANUAL_REP and engine.can_proceed()
        engine.proceed(1.0)
        engine.tick(3.0)
        assert kind_of(engine) is StepKind.SET_BREAK and engine.can_proceed()
        engine.tick(60.0)  # its countdown is over: it waits, and Enter still goes on
        assert engine.waiting and engine.can_proceed()

    def test_nothing_while_paused_until_resumed(self) -> None:
        engine = engine_for(hold_exercise(prepare=5))
        engine.start(0.0)
        engine.pause(1.0)
        assert not engine.can_proceed()
        assert engine.proceed(2.0) == []
        engine.resume(3.0)
        assert engine.can_proceed()

    def test_before_the_start_it_answers_for_the_first_step(self) -> None:
        # The screen shows the first get-ready while the sound gets ready: Continue is lit.
        engine = engine_for(hold_exercise(prepare=5))
        assert engine.plan.steps[0].kind is StepKind.PREPARE
        assert engine.can_proceed()

    def test_nothing_once_the_session_is_over(self) -> None:
        engine = engine_for(hold_exercise(prepare=5))
        engine.start(0.0)
        engine.end(1.0)
        assert not engine.can_proceed()
        empty = Engine(build_plan(routine()))
        assert not empty.can_proceed()
        empty.start(0.0)
        assert not empty.can_proceed()


steps = st.lists(
    st.tuples(st.floats(0.0, 4.0), st.sampled_from(["tick", "proceed", "toggle_pause"])),
    min_size=1,
    max_size=30,
)


@settings(max_examples=40, deadline=None)
@given(routine=routines(), moves=steps)
def test_can_proceed_says_whether_enter_would_end_the_step(
    routine: Routine, moves: list[tuple[float, str]]
) -> None:
    """At any moment of any session, paused or not, `proceed` acts exactly when
    `can_proceed()` says so."""
    plan = build_plan(routine)
    calls: list[tuple[str, float]] = [("start", 0.0)]

    def replayed() -> Engine:
        """A twin of the engine under test, brought to the same state by the same calls."""
        twin = Engine(plan)
        for name, at in calls:
            getattr(twin, name)(at)
        return twin

    engine = replayed()
    now = 0.0
    for gap, move in moves:
        now += gap
        engine.tick(now)
        calls.append(("tick", now))
        if engine.finished:
            break
        assert bool(replayed().proceed(now)) == engine.can_proceed()
        if move != "tick":
            getattr(engine, move)(now)
            calls.append((move, now))
