"""The words and numbers the screens show, in both languages."""

from __future__ import annotations

import pytest

from coach.routine.model import Exercise, IntRange, Routine, SecondsRange
from coach.session.plan import StepKind, build_plan
from coach.visit import wording


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (5.0, "5"),
        (4.2, "5"),
        (4.0, "4"),
        (0.01, "1"),
        (0.0, "0"),
        (59.5, "1:00"),
        (59.0, "59"),
        (65.0, "1:05"),
    ],
)
def test_a_countdown_shows_the_whole_seconds_still_to_go(remaining: float, shown: str) -> None:
    assert wording.countdown_text(remaining) == shown


def test_numbers_and_durations_in_each_language() -> None:
    assert wording.number(2.5, "en") == "2.5"
    assert wording.number(2.5, "nb") == "2,5"
    assert wording.seconds_text(5, "en") == "5 s"
    assert wording.seconds_text(90, "nb") == "1 min 30 s"
    assert wording.duration_text(297, "en") == "5 min"
    assert wording.duration_text(683.4, "en", precise=True) == "11 min 23 s"
    assert wording.duration_text(3900, "nb") == "1 t 5 min"
    assert wording.estimate_text(297, "nb") == "ca. 5 min"
    assert wording.clock_text(3723) == "1:02:03"
    assert wording.count_text("exercises", 1, "nb") == "1 øvelse"
    assert wording.count_text("reps", 10, "en") == "10 reps"


def test_the_set_break_says_what_comes_next_in_the_words_of_the_issue() -> None:
    bridge = Exercise(
        "Bridge", reps=IntRange(10, 15), hold=SecondsRange(5, 5), sets=2, sides=("left", "right")
    )
    plan = build_plan(Routine("Test", (bridge,)))
    index = next(i for i, s in enumerate(plan.steps) if s.kind is StepKind.SET_BREAK)
    assert wording.next_text(plan, index, "en") == "Next: Set 2 of 2 — 10 reps, hold 5 s"
    assert (
        wording.next_text(plan, index, "nb") == "Neste: Sett 2 av 2 — 10 repetisjoner, hold i 5 s"
    )
    assert wording.set_done_text(plan.steps[index], "en") == "Set 1 of 2 done · 10 reps, hold 5 s"
    switch = next(s for s in plan.steps if s.kind is StepKind.SWITCH_SIDES)
    assert wording.counters(switch, "nb") == ["Sett 1 / 2", "Høyre side"]
    assert wording.next_text(plan, len(plan.steps) - 1, "en") == "Next: the end of the session"


def test_each_phase_has_its_own_label() -> None:
    labels = {wording.phase_label(phase, "en") for phase in wording.Phase}
    assert len(labels) == len(wording.Phase)
    assert wording.phase_label(wording.Phase.HOLD, "en") == "HOLD"
    assert wording.phase_label(wording.Phase.REST, "nb") == "HVIL"
