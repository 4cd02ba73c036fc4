"""Properties: how often the engine is ticked never changes what it says, or when.

For any small valid routine, any commands at any times and any irregular tick spacing, the engine
emits exactly the events it emits under fine ticks; every event comes out at the first call at or
after its scheduled time; and without commands each phase starts exactly at its planned deadline.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.routine.model import Cue, Exercise, IntRange, Routine, SecondsRange, Side
from coach.session.engine import Engine
from coach.session.events import Event
from coach.session.plan import build_plan
from coach.session.timing import timing_report

FINE_TICK = 0.05
# Ending is rare on purpose: an ended session has nothing left to compare.
COMMANDS = (
    *("pause", "resume", "toggle_pause", "skip", "back", "proceed"),
    *("pause", "resume", "back", "proceed", "end"),
)

seconds = st.floats(min_value=0.3, max_value=3.0, allow_nan=False).map(lambda x: round(x, 3))
short = st.one_of(st.just(0.0), seconds)
sides: st.SearchStrategy[tuple[Side, ...]] = st.sampled_from([(), ("left", "right"), ("right",)])


@st.composite
def exercises(draw: st.DrawFn, *, patient: bool = True) -> Exercise:
    """One small exercise of any kind; with `patient=False` nothing waits for the patient."""
    kinds = ["hold", "paced", "timed"] + (["manual"] if patient else [])
    kind = draw(st.sampled_from(kinds))
    common = {
        "sets": draw(st.integers(1, 2)),
        "sides": draw(sides),
        "prepare": draw(short),
        "rest_between_reps": draw(short),
        "rest_between_sets": draw(short),
        "wait_between_sets": draw(st.booleans()) if patient else False,
    }
    reps = IntRange(draw(st.integers(1, 3)), 3)
    if kind == "timed":
        duration = draw(st.floats(min_value=0.5, max_value=6.0).map(lambda x: round(x, 3)))
        cues = tuple(
            Cue(text, draw(seconds)) for text in draw(st.lists(st.sampled_from("abc"), max_size=3))
        )
        return Exercise("timed", duration=SecondsRange(duration, duration), cues=cues, **common)  # type: ignore[arg-type]
    if kind == "hold":
        hold = draw(seconds)
        return Exercise(
            "hold",
            reps=reps,
            hold=SecondsRange(hold, hold),
            hold_cue="h",
            release_cue="r",
            **common,  # type: ignore[arg-type]
        )
    pace = draw(seconds) if kind == "paced" else None
    return Exercise(kind, reps=reps, pace=pace, **common)  # type: ignore[arg-type]


def routines(*, patient: bool = True) -> st.SearchStrategy[Routine]:
    return st.lists(exercises(patient=patient), min_size=1, max_size=3).map(
        lambda xs: Routine("property", tuple(xs))
    )


# Gaps between ticks: mostly small, sometimes long (a busy or suspended program).
gaps = st.lists(
    st.one_of(
        st.floats(min_value=0.01, max_value=0.5),
        st.floats(min_value=0.5, max_value=8.0),
    ),
    min_size=1,
    max_size=60,
)
# Commands the patient gives: (seconds after the previous command, command).
user_commands = st.lists(
    st.tuples(st.floats(min_value=0.0, max_value=6.0), st.sampled_from(COMMANDS)),
    max_size=6,
)

Schedule = list[tuple[float, str]]


def _call(engine: Engine, name: str, now: float) -> list[Event]:
    method: Callable[[float], list[Event]] = getattr(engine, name)
    return method(now)


def run_fine(routine: Routine, start: float, commands: Schedule) -> tuple[list[Event], Schedule]:
    """Tick every FINE_TICK, give `commands` at their times, and answer every wait and pause
    half a second later; returns the events and every command given, with its time."""
    engine = Engine(build_plan(routine))
    events = engine.start(start)
    pending = sorted(commands)
    given_: Schedule = []
    now = start
    step = 0
    while not engine.finished:
        step += 1
        assert step < 20_000, "the session never ended"
        tick_at = start + step * FINE_TICK
        while pending and pending[0][0] <= tick_at:
            at, name = pending.pop(0)
            now = max(at, now)
            given_.append((now, name))
            events += _call(engine, name, now)
        if engine.finished:
            break
        now = tick_at
        events += engine.tick(now)
        if not pending and (engine.waiting or engine.paused):
            # The patient comes back: resume a pause, continue a wait.
            pending.append((now + 0.5, "resume" if engine.paused else "proceed"))
    return events, given_


def run_irregular(
    routine: Routine, start: float, commands: Schedule, tick_gaps: list[float]
) -> list[Event]:
    """Tick with `tick_gaps` (repeated as needed) and give exactly `commands`; check on the way
    that every event comes out at the first call at or after its time."""
    engine = Engine(build_plan(routine))
    events = engine.start(start)
    pending = list(commands)
    now = start
    i = 0
    while not engine.finished:
        tick_at = now + tick_gaps[i % len(tick_gaps)]
        i += 1
        calls: Schedule = []
        while pending and pending[0][0] <= tick_at:
            calls.append(pending.pop(0))
        calls.append((tick_at, "tick"))
        for at, name in calls:
            before = now
            deadline = engine.next_deadline()
            now = at
            new = _call(engine, name, now)
            for event in new:
                assert event.t <= now, f"{event} is from the future at {now}"
                # Due earlier means it should have come out at the previous call.
                assert event.t > before or event.t == now, f"{event} came late, at {now}"
                assert event.emitted_at == now
                if name == "tick" and deadline is not None:
                    assert event.t >= deadline, f"{event} before the announced {deadline}"
            events += new
            if engine.finished:
                break
        assert i < 20_000, "the session never ended"
    return events


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    routine=routines(),
    start=st.floats(min_value=0.0, max_value=1e5),
    commands=user_commands,
    tick_gaps=gaps,
)
def test_irregular_ticks_emit_the_same_events_as_fine_ticks(
    routine: Routine, start: float, commands: list[tuple[float, str]], tick_gaps: list[float]
) -> None:
    schedule: Schedule = []
    at = start
    for delay, name in commands:
        at += delay
        schedule.append((at, name))
    fine, given_ = run_fine(routine, start, schedule)
    coarse = run_irregular(routine, start, given_, tick_gaps)
    assert coarse == fine


@settings(max_examples=40, deadline=None)
@given(routine=routines(patient=False), tick_gaps=gaps)
def test_each_phase_starts_at_its_planned_deadline(
    routine: Routine, tick_gaps: list[float]
) -> None:
    plan = build_plan(routine)
    engine = Engine(plan)
    events = engine.start(0.0)
    ticks = [0.0]
    i = 0
    while not engine.finished:
        ticks.append(ticks[-1] + tick_gaps[i % len(tick_gaps)])
        i += 1
        events += engine.tick(ticks[-1])
    report = timing_report(plan, [e.to_json() for e in events])
    assert report.max_schedule_error < 1e-5  # the file rounds times to the microsecond
    # Late only by the wait for the next tick, never by more.
    assert -1e-6 <= report.end_drift <= max(tick_gaps) + 1e-6
    for event in events:
        assert event.emitted_at == min(x for x in ticks if x >= event.t)
