"""`SessionRunner`: one wake at each deadline, in real seconds; listeners get every event."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from coach.routine.model import Exercise, IntRange, Routine, SecondsRange
from coach.session.clock import FakeClock
from coach.session.engine import Engine, SessionSummary
from coach.session.events import Event, EventKind
from coach.session.plan import build_plan
from coach.visit.runner import SessionRunner

BRIDGE = Exercise(
    "Bridge", reps=IntRange(2, 2), hold=SecondsRange(5, 5), prepare=3.0, rest_between_reps=2.0
)


class Wakes:
    """The schedule function the app hands in: remembers every delay asked for."""

    def __init__(self) -> None:
        self.delays: list[float | None] = []

    def __call__(self, delay: float | None) -> None:
        self.delays.append(delay)

    @property
    def last(self) -> float | None:
        return self.delays[-1]


def runner_for(
    speed: float = 1.0, exercise: Exercise = BRIDGE
) -> tuple[SessionRunner, FakeClock, Wakes, list[list[Event]]]:
    clock = FakeClock(50.0)
    wakes = Wakes()
    heard: list[list[Event]] = []
    plan = build_plan(Routine("Test", (exercise,)))
    runner = SessionRunner(
        Engine(plan),
        clock,
        wakes,
        speed=speed,
        listeners=[lambda events: heard.append(list(events))],
    )
    return runner, clock, wakes, heard


def test_it_wakes_at_the_next_whole_second_of_the_countdown() -> None:
    runner, clock, wakes, heard = runner_for()
    runner.start()
    assert [e.kind for e in heard[0]] == [EventKind.SESSION_STARTED, EventKind.EXERCISE_STARTED]
    assert wakes.last == pytest.approx(1.0, abs=0.002)  # "3" becomes "2" after one second
    clock.advance(0.3)  # woken early (a key press): the next wake is still that moment
    runner.wake()
    assert wakes.last == pytest.approx(0.7, abs=0.002)


def test_the_delay_is_in_real_seconds_when_the_clock_runs_faster() -> None:
    runner, _, wakes, _ = runner_for(speed=20.0)
    runner.start()
    assert wakes.last == pytest.approx(1.0 / 20, abs=0.002)


def test_a_late_wake_catches_up_and_aims_at_the_following_deadline() -> None:
    runner, clock, wakes, _ = runner_for()
    runner.start()
    clock.advance(3.25)  # woke 250 ms late, past the end of the get-ready
    events = runner.wake()
    assert [e.kind for e in events][-1] is EventKind.HOLD_STARTED
    assert events[-1].t == 53.0  # the hold started on schedule, not when noticed
    assert wakes.last == pytest.approx(0.75, abs=0.002)  # the hold's "5" becomes "4" at 54.0


def test_no_wake_while_paused_or_waiting_and_none_after_the_end() -> None:
    finished: list[SessionSummary] = []
    runner, clock, wakes, _ = runner_for(exercise=Exercise("Sit to stand", reps=IntRange(1, 1)))
    runner._on_finished = finished.append
    runner.start()
    runner.pause()
    assert wakes.last is None
    runner.resume()
    clock.advance(5.0)  # the get-ready is over: a manual rep waits for the patient
    runner.wake()
    assert wakes.last is None
    runner.proceed()  # the patient counts the rep: the end
    assert runner.finished
    assert wakes.last is None
    assert len(finished) == 1 and finished[0].reps_done == 1
    assert runner.wake() == [] and runner.proceed() == []


def test_the_view_hears_every_change_and_listeners_only_events() -> None:
    runner, clock, _, heard = runner_for()
    seen: list[tuple[int, float]] = []

    def view(events: Sequence[Event], now: float) -> None:
        seen.append((len(events), now))

    runner.view = view
    runner.start()
    clock.advance(0.5)
    runner.wake()  # nothing happened yet: the view redraws, the listeners hear nothing
    assert seen == [(2, 50.0), (0, 50.5)]
    assert len(heard) == 1
    clock.advance(0.5)
    runner.wake()  # the get-ready's "2" tick
    assert seen[-1] == (1, 51.0)
    assert [e.kind for e in heard[-1]] == [EventKind.COUNTDOWN_TICK]


def test_commands_before_the_start_do_nothing() -> None:
    runner, _, wakes, heard = runner_for()
    assert runner.skip() == [] and runner.toggle_pause() == [] and runner.wake() == []
    assert wakes.delays == [] and heard == []


def test_the_next_wake_is_arranged_before_the_listeners_and_the_view_run() -> None:
    # A listener that takes its time (a sound device, a disk) must not push the next wake later:
    # the runner asks for it first, as a delay from the engine call's own moment.
    order: list[str] = []
    clock = FakeClock(50.0)

    def schedule(delay: float | None) -> None:
        order.append(f"schedule {delay}")

    def slow_listener(events: Sequence[Event]) -> None:
        order.append("listener")
        clock.advance(0.25)

    plan = build_plan(Routine("Test", (BRIDGE,)))
    runner = SessionRunner(
        Engine(plan),
        clock,
        schedule,
        listeners=[slow_listener],
        view=lambda events, now: order.append("view"),
    )
    runner.start()
    assert order == ["schedule 1.0", "listener", "view"]


def test_a_listener_that_pauses_the_session_leaves_no_wake_behind() -> None:
    wakes = Wakes()
    clock = FakeClock(50.0)
    plan = build_plan(Routine("Test", (BRIDGE,)))
    runner = SessionRunner(Engine(plan), clock, wakes)

    def pause_at_the_hold(events: Sequence[Event]) -> None:
        if any(e.kind is EventKind.HOLD_STARTED for e in events):
            runner.pause()

    runner.listeners = [pause_at_the_hold]
    runner.start()
    clock.advance(3.0)
    runner.wake()
    assert runner.engine.paused
    assert wakes.last is None
