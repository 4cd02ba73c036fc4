"""The bundled routines' timings (issue 11), walked by the engine on a fake clock: the bridge
has time to lower slowly before the next lift, and the acute routines leave 20 s to change
position."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.routine.model import Routine
from coach.session.clock import FakeClock
from coach.session.engine import Engine
from coach.session.events import Event, EventKind
from coach.session.plan import StepKind, build_plan

E = EventKind


def _only(routine: Routine, name: str) -> Routine:
    chosen = tuple(e for e in routine.exercises if e.name == name)
    return dataclasses.replace(routine, exercises=chosen)


def _walk(engine: Engine, clock: FakeClock) -> list[Event]:
    """Tick at every deadline until the end."""
    events = engine.start(clock.now())
    while not engine.finished:
        deadline = engine.next_deadline()
        assert deadline is not None, "the bundled routines never wait for the patient"
        clock.advance(deadline - clock.now())
        events += engine.tick(clock.now())
    return events


@pytest.mark.parametrize(
    ("file", "bridge", "lower"),
    [
        ("back-basics.en.yaml", "Bridge", "Lower slowly"),
        ("rygg-grunnleggende.nb.yaml", "Broen", "Senk rolig"),
        ("back-acute.en.yaml", "Bridge", "Lower slowly"),
        ("rygg-akutt.nb.yaml", "Broen", "Senk rolig"),
    ],
)
def test_after_each_bridge_hold_come_5_seconds_of_lowering_slowly(
    file: str, bridge: str, lower: str
) -> None:
    routine = _only(load_routine(routines_dir() / file), bridge)
    clock = FakeClock(1000.0)
    engine = Engine(build_plan(routine))
    events = engine.start(clock.now())
    cues_in_rest: list[str | None] = []
    while not engine.finished:
        deadline = engine.next_deadline()
        assert deadline is not None
        clock.advance(deadline - clock.now())
        events += engine.tick(clock.now())
        if engine.current is not None and engine.current.kind is StepKind.REST:
            cues_in_rest.append(engine.cue)
    ended = [e.t for e in events if e.kind is E.HOLD_ENDED]
    started = [e.t for e in events if e.kind is E.HOLD_STARTED]
    exercise = routine.exercises[0]
    assert exercise.reps is not None and exercise.hold is not None
    assert len(started) == exercise.reps.low
    # The article's dose, unchanged: every hold lasts the low end of 3-5 s (acute: 3 s).
    assert {end - start for start, end in zip(started, ended, strict=True)} == {exercise.hold.low}
    # The next lift starts 5 s after the release, never the built-in 2 s.
    assert [nxt - end for end, nxt in zip(ended, started[1:], strict=False)] == [5.0] * (
        len(started) - 1
    )
    assert [e.cue for e in events if e.kind is E.HOLD_ENDED] == [lower] * len(ended)
    assert cues_in_rest and set(cues_in_rest) == {lower}


@pytest.mark.parametrize("file", ["back-acute.en.yaml", "rygg-akutt.nb.yaml"])
def test_the_acute_routines_leave_20_seconds_for_every_change_of_position(file: str) -> None:
    routine = load_routine(routines_dir() / file)
    clock = FakeClock(0.0)
    events = _walk(Engine(build_plan(routine)), clock)
    started = [e.t for e in events if e.kind is E.EXERCISE_STARTED]
    ready = [e.t for e in events if e.kind is E.PREPARE_ENDED]
    assert len(started) == len(ready) == 4
    # Onto the floor, lying to all fours, all fours to lying, lying to all fours: 20 s each.
    postures = [e.posture for e in routine.exercises]
    assert all(a != b for a, b in itertools.pairwise(postures))
    assert [end - start for start, end in zip(started, ready, strict=True)] == [20.0] * 4
