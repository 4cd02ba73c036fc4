"""Real engine runs for the sound tests: the batches of events a UI would hand to `SoundCues`."""

from __future__ import annotations

from coach.i18n import Language
from coach.routine.model import Cue, Exercise, IntRange, Routine, SecondsRange
from coach.session.engine import Engine
from coach.session.events import Event
from coach.session.plan import build_plan


def back_routine(language: Language = "en", *, wait_between_sets: bool = False) -> Routine:
    """Holds in two sets, a hold on both sides, paced reps and a timed exercise with cues."""
    return Routine(
        title="Sound test",
        language=language,
        exercises=(
            Exercise(
                "Bridge",
                reps=IntRange(2, 2),
                hold=SecondsRange(5, 5),
                sets=2,
                prepare=3,
                rest_between_reps=2,
                rest_between_sets=4,
                wait_between_sets=wait_between_sets,
            ),
            Exercise(
                "Side plank",
                reps=IntRange(1, 1),
                hold=SecondsRange(4, 4),
                sides=("left", "right"),
                prepare=3,
            ),
            Exercise("Knee rolls", reps=IntRange(3, 3), pace=2, prepare=2),
            Exercise(
                "Cat-cow",
                duration=SecondsRange(8, 8),
                cues=(Cue("Breathe in", 4), Cue("Breathe out", 4)),
                prepare=2,
            ),
        ),
    )


def run_engine(routine: Routine) -> list[list[Event]]:
    """Every non-empty batch of events, ticking exactly at each deadline; a patient who waits is
    answered at once (Enter)."""
    engine = Engine(build_plan(routine))
    batches = [engine.start(0.0)]
    now = 0.0
    while not engine.finished:
        deadline = engine.next_deadline()
        if deadline is None:  # waiting for the patient
            batch = engine.proceed(now)
        else:
            now = deadline
            batch = engine.tick(now)
        if batch:
            batches.append(batch)
    return batches
