"""Routines built in code for the session tests, and a driver that runs an engine to its end."""

from __future__ import annotations

from coach.routine.model import Cue, Exercise, IntRange, Routine, SecondsRange, Side
from coach.session.engine import Engine
from coach.session.events import Event, EventKind
from coach.session.plan import build_plan


def hold_exercise(
    name: str = "Bridge",
    *,
    reps: int = 3,
    hold: float = 5.0,
    sets: int = 1,
    sides: tuple[Side, ...] = (),
    prepare: float = 3.0,
    rest_between_reps: float = 2.0,
    rest_between_sets: float = 10.0,
    wait_between_sets: bool = False,
    hold_cue: str | None = "Hold",
    release_cue: str | None = "Release",
) -> Exercise:
    return Exercise(
        name,
        reps=IntRange(reps, reps + 2),
        hold=SecondsRange(hold, hold + 2),
        sets=sets,
        sides=sides,
        prepare=prepare,
        rest_between_reps=rest_between_reps,
        rest_between_sets=rest_between_sets,
        wait_between_sets=wait_between_sets,
        hold_cue=hold_cue,
        release_cue=release_cue,
    )


def timed_exercise(
    name: str = "Breathing",
    *,
    duration: float = 20.0,
    cues: tuple[Cue, ...] = (Cue("Breathe in", 4.0), Cue("Breathe out", 6.0)),
    prepare: float = 2.0,
    sets: int = 1,
    sides: tuple[Side, ...] = (),
) -> Exercise:
    return Exercise(
        name,
        duration=SecondsRange(duration, duration + 10),
        cues=cues,
        prepare=prepare,
        sets=sets,
        sides=sides,
    )


def rep_exercise(
    name: str = "Knee rolls",
    *,
    reps: int = 3,
    pace: float | None = None,
    prepare: float = 2.0,
    sets: int = 1,
) -> Exercise:
    return Exercise(name, reps=IntRange(reps, reps), pace=pace, prepare=prepare, sets=sets)


def routine(*exercises: Exercise) -> Routine:
    return Routine("Test routine", tuple(exercises))


def engine_for(*exercises: Exercise) -> Engine:
    return Engine(build_plan(routine(*exercises)))


def run_to_end(engine: Engine, now: float, *, patient_delay: float = 1.0) -> list[Event]:
    """Tick at every deadline until the end; the patient answers every wait after a delay."""
    events: list[Event] = []
    for _ in range(100_000):
        if engine.finished:
            return events
        deadline = engine.next_deadline()
        if deadline is None:
            now += patient_delay
            events += engine.resume(now) if engine.paused else engine.proceed(now)
        else:
            now = deadline
            events += engine.tick(now)
    raise AssertionError("the session never ended")


def of_kind(events: list[Event], *kinds: EventKind) -> list[Event]:
    return [e for e in events if e.kind in kinds]


def times(events: list[Event], kind: EventKind) -> list[float]:
    return [e.t for e in events if e.kind is kind]
