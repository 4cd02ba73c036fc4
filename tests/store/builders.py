"""A routine, a routine file and an engine driver for the history tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from coach.routine.model import Exercise, IntRange, Routine, SecondsRange
from coach.session.clock import FakeClock
from coach.session.engine import Engine
from coach.session.events import Event
from coach.session.plan import Dose, build_plan
from coach.store.history import HistoryStore
from coach.store.recorder import HistoryRecorder
from coach.store.records import ExerciseRecord, NewSession, SessionStatus

OSLO_WINTER = timezone(timedelta(hours=1))
START = datetime(2025, 3, 3, 18, 0, 0, tzinfo=OSLO_WINTER)  # a Monday, ISO week 10


def back_routine(path: Path | None = None) -> Routine:
    """Four short exercises: hold reps, a timed one, hold reps on both sides, two sets of reps."""
    return Routine(
        title="Back basics",
        language="nb",
        exercises=(
            Exercise(
                "Bekkentilt",
                reps=IntRange(3, 5),
                hold=SecondsRange(2, 4),
                prepare=1,
                rest_between_reps=1,
            ),
            Exercise("Katte-ku", duration=SecondsRange(6, 12), prepare=1),
            Exercise(
                "Diagonalløft",
                reps=IntRange(2, 2),
                hold=SecondsRange(1, 1),
                sides=("left", "right"),
                prepare=1,
                rest_between_reps=1,
            ),
            Exercise(
                "Broen",
                reps=IntRange(2, 4),
                hold=SecondsRange(3, 5),
                sets=2,
                prepare=1,
                rest_between_reps=1,
                rest_between_sets=2,
            ),
        ),
        path=path,
    )


def write_routine_file(folder: Path) -> Path:
    path = folder / "back.yaml"
    path.write_text("title: Back basics\n# the recorder only hashes these bytes\n", "utf-8")
    return path


class Session:
    """An engine, its fake clock and a recorder wired together, as the app wires them."""

    def __init__(
        self,
        store: HistoryStore,
        routine: Routine,
        path: Path | None = None,
        *,
        doses: Mapping[int, Dose] | None = None,
        start: datetime = START,
    ) -> None:
        self.clock = FakeClock(100.0)
        self.engine = Engine(build_plan(routine, doses))
        self.recorder = HistoryRecorder(store, routine, path, doses=doses, clock=lambda: start)
        self.events: list[Event] = []

    def feed(self, events: list[Event]) -> list[Event]:
        self.events += events
        self.recorder.handle(events)
        # The writes go to the writer's thread; these tests read the store after each step.
        assert self.recorder.flush(timeout=10)
        assert self.recorder._writer.bug is None
        return events

    def start(self) -> None:
        self.feed(self.engine.start(self.clock.now()))

    def run_until(self, done: Callable[[Event], bool], limit: float = 600.0) -> Event:
        """Tick a tenth of a second at a time until an event satisfies `done`."""
        end = self.clock.now() + limit
        while self.clock.now() < end:
            for event in self.feed(self.engine.tick(self.clock.advance(0.1))):
                if done(event):
                    return event
        raise AssertionError("the awaited event never came")

    def command(self, name: str) -> None:
        self.feed(getattr(self.engine, name)(self.clock.now()))


def seed_years(path: Path, first: datetime, last: datetime, count: int) -> list[datetime]:
    """`count` completed sessions of "Back basics" evenly spread over the days from `first` to
    `last`, each at `first`'s time of day (one exercise each, pain 4 → 3), written to the history
    at `path`; returns their starts."""
    days = (last.date() - first.date()).days
    starts = [first + timedelta(days=days * i // max(count - 1, 1)) for i in range(count)]
    with HistoryStore.open(path) as store:
        for started in starts:
            sid = store.start_session(NewSession("Back basics", None, None, "en", 1, started))
            store.set_pain_before(sid, 4)
            record = ExerciseRecord(0, "Broen", 1, 1, 10, 10, False, started, Dose(reps=10))
            store.write_exercise(sid, record)
            store.set_pain_after(sid, 3)
            store.finish_session(sid, SessionStatus.COMPLETED, started + timedelta(minutes=9))
    return starts
