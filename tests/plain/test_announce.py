"""What plain mode says during a session, driven by a FakeClock (no sleeping, no terminal)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from coach.i18n import Language
from coach.plain.announce import Announcer, spoken_seconds
from coach.plain.thresholds import parse_thresholds
from coach.routine.model import Routine
from coach.session.clock import FakeClock
from coach.session.engine import Engine
from coach.session.plan import build_plan
from tests.session.builders import hold_exercise, rep_exercise, timed_exercise


def _routine(*exercises: object, lang: Language = "en") -> Routine:
    return Routine("Test", tuple(exercises), language=lang)  # type: ignore[arg-type]


class Driven:
    """An engine, its clock and the announcer; `run_to(t)` ticks at every deadline up to t."""

    def __init__(
        self, routine: Routine, lang: Language = "en", thresholds: Sequence[int] = (10, 5, 3, 2, 1)
    ) -> None:
        self.plan = build_plan(routine)
        self.engine = Engine(self.plan)
        self.clock = FakeClock()
        self.announcer = Announcer(self.plan, lang, thresholds=thresholds)
        self.lines = self.announcer.lines(self.engine.start(0.0), self.engine, 0.0)

    def run_to(self, t: float) -> list[str]:
        start = len(self.lines)
        while (d := self.engine.next_deadline()) is not None and d <= t:
            self.clock.set(d)
            now = self.clock.now()
            self.lines += self.announcer.lines(self.engine.tick(now), self.engine, now)
        self.clock.set(max(t, self.clock.now()))
        return self.lines[start:]

    def command(self, name: str, at: float) -> list[str]:
        self.run_to(at)
        start = len(self.lines)
        now = self.clock.now()
        self.lines += self.announcer.lines(getattr(self.engine, name)(now), self.engine, now)
        return self.lines[start:]


def test_a_hold_is_said_with_the_important_words_first() -> None:
    d = Driven(_routine(hold_exercise("Bridge", reps=10, hold=5.0, prepare=3.0)))
    assert d.lines[0] == "Get ready. 3 seconds. Exercise 1 of 1, Bridge."
    d.run_to(3.0)
    assert d.lines[-1] == "Hold. 5 seconds. Rep 1 of 10, Bridge. Hold"


def test_every_phase_is_said_once_at_its_start() -> None:
    d = Driven(_routine(hold_exercise("Bridge", reps=2, hold=5.0, prepare=3.0, hold_cue=None)))
    d.run_to(1000.0)
    starts = [line for line in d.lines if line.startswith(("Hold.", "Rest.", "Get ready."))]
    assert starts == [
        "Get ready. 3 seconds. Exercise 1 of 1, Bridge.",
        "Hold. 5 seconds. Rep 1 of 2, Bridge.",
        "Rest. 2 seconds. Next: rep 2 of 2.",
        "Hold. 5 seconds. Rep 2 of 2, Bridge.",
    ]
    assert d.lines[-2:] == ["Bridge done.", "Session complete."]


def test_the_countdown_is_said_at_its_thresholds_only() -> None:
    d = Driven(_routine(timed_exercise("Plank", duration=12.0, cues=(), prepare=2.0)))
    d.run_to(2.0)
    assert d.lines[-1] == "Go. 12 seconds. Plank."
    said = d.run_to(14.0)
    assert said == [
        "10 seconds left.",
        "5 seconds left.",
        "3",
        "2",
        "1",
        "Plank done.",
        "Session complete.",
    ]


def test_a_countdown_never_repeats_its_phase_start_nor_counts_short_phases() -> None:
    # A 5-second hold says "3, 2, 1" but not "5"; a 2-second rest says nothing but its start.
    d = Driven(
        _routine(
            hold_exercise(
                reps=2,
                hold=5.0,
                prepare=1.0,
                rest_between_reps=2.0,
                hold_cue=None,
                release_cue=None,
            )
        )
    )
    said = d.run_to(1000.0)
    assert said == [
        "Hold. 5 seconds. Rep 1 of 2, Bridge.",
        "3",
        "2",
        "1",
        "Rest. 2 seconds. Next: rep 2 of 2.",
        "Hold. 5 seconds. Rep 2 of 2, Bridge.",
        "3",
        "2",
        "1",
        "Bridge done.",
        "Session complete.",
    ]


def test_thresholds_are_configurable_and_can_be_turned_off() -> None:
    routine = _routine(timed_exercise("Plank", duration=12.0, cues=(), prepare=1.0))
    quiet = Driven(routine, thresholds=())
    assert quiet.run_to(13.0) == ["Go. 12 seconds. Plank.", "Plank done.", "Session complete."]
    some = Driven(routine, thresholds=parse_thresholds("7,1"))
    assert some.run_to(13.0)[1:3] == ["7 seconds left.", "1"]


def test_a_late_tick_says_every_missed_phase_in_order_and_no_stale_countdown() -> None:
    d = Driven(
        _routine(hold_exercise(reps=2, hold=6.0, prepare=1.0, hold_cue=None, release_cue=None))
    )
    d.clock.set(8.5)  # asleep through hold 1 and into the rest
    now = d.clock.now()
    said = d.announcer.lines(d.engine.tick(now), d.engine, now)
    assert said == ["Hold. 6 seconds. Rep 1 of 2, Bridge.", "Rest. 2 seconds. Next: rep 2 of 2."]


def test_sets_sides_and_the_between_set_prompt() -> None:
    d = Driven(
        _routine(
            hold_exercise(
                "Bird dog",
                reps=1,
                hold=2.0,
                sets=2,
                sides=("left", "right"),
                prepare=1.0,
                rest_between_sets=4.0,
                hold_cue=None,
                release_cue=None,
            )
        )
    )
    d.run_to(1000.0)
    assert d.lines[:5] == [
        "Get ready. 1 second. Exercise 1 of 1, Bird dog.",
        "2 sets of 1 rep, hold 2 seconds each.",
        "Sides: left, right.",
        "Hold. 2 seconds. Rep 1 of 1, set 1 of 2, left side, Bird dog.",
        "Switch sides. 5 seconds. Next: the right side.",
    ]
    assert "Set 1 of 2 done." in d.lines
    assert "Rest between sets. 4 seconds. Next: set 2 of 2, 1 rep, hold 2 seconds each." in d.lines


def test_a_waiting_set_break_and_manual_reps_say_to_press_enter() -> None:
    exercise = replace(
        rep_exercise("Sit to stand", reps=1, sets=2, prepare=1.0),
        rest_between_sets=1.0,
        wait_between_sets=True,
    )
    d = Driven(_routine(exercise))
    d.run_to(1.0)
    assert d.lines[-1] == (
        "Rep 1 of 1, at your own pace. Set 1 of 2, Sit to stand. Press Enter when it is done."
    )
    d.command("proceed", 1.5)
    d.run_to(10.0)
    assert d.lines[-1] == "Ready when you are. Press Enter to start set 2 of 2."


def test_pause_and_resume_say_what_is_left() -> None:
    d = Driven(_routine(timed_exercise("Plank", duration=20.0, cues=(), prepare=1.0)))
    assert d.command("pause", 5.2) == ["Paused. Press space to go on."]
    d.clock.advance(30.0)  # nothing is said while paused
    assert d.run_to(35.0) == []
    assert d.command("resume", 35.0) == ["Going on. Exercise, 16 seconds left."]
    assert d.run_to(41.5) == ["10 seconds left."]


def test_skip_and_back_say_what_happened_then_the_new_phase() -> None:
    d = Driven(_routine(hold_exercise("Bridge", prepare=1.0), hold_exercise("Clam", prepare=2.0)))
    said = d.command("skip", 0.5)
    assert said[:2] == ["Skipped Bridge.", "Get ready. 2 seconds. Exercise 2 of 2, Clam."]
    said = d.command("back", 1.0)
    assert said[:2] == ["Going back.", "Get ready. 1 second. Exercise 1 of 2, Bridge."]
    assert d.command("end", 1.5) == ["Session ended early."]


def test_norwegian() -> None:
    d = Driven(_routine(hold_exercise("Bro", reps=10, hold=5.0, prepare=1.0), lang="nb"), "nb")
    assert d.lines[0] == "Gjør deg klar. 1 sekund. Øvelse 1 av 1, Bro."
    d.run_to(1.0)
    assert d.lines[-1] == "Hold. 5 sekunder. Repetisjon 1 av 10, Bro. Hold"


@pytest.mark.parametrize(
    ("seconds", "lang", "text"),
    [
        (1, "en", "1 second"),
        (45, "en", "45 seconds"),
        (60, "en", "1 minute"),
        (90, "en", "1 minute 30 seconds"),
        (121, "nb", "2 minutter 1 sekund"),
        (0.4, "nb", "0,4 sekunder"),
        (0.01, "en", "0 seconds"),
    ],
)
def test_spoken_seconds(seconds: float, lang: Language, text: str) -> None:
    assert spoken_seconds(seconds, lang) == text


@pytest.mark.parametrize("bad", ["ten", "5,-1", "3;2"])
def test_bad_thresholds_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_thresholds(bad)
