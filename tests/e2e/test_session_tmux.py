"""End to end in a real terminal: tmux runs `coach run --speed 20` on the bundled back routine.

The test reads the screen with `capture-pane`, presses keys the way a patient would (Enter to
start an exercise early, Space to pause and resume, q to leave the summary), lets the rest run by
itself, and checks the events file holds the whole session in order.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.session.eventlog import read_event_log
from coach.session.plan import StepKind, build_plan
from coach.session.timing import PHASE_STARTS
from tests.e2e.test_countdown_tmux import wait_for_big
from tests.e2e.tmux import COACH, Terminal, needs_tmux
from tests.e2e.tmux import terminal as tmux_terminal

pytestmark = [
    pytest.mark.e2e,
    needs_tmux,
]

ROUTINE = routines_dir() / "back-basics.en.yaml"
SPEED = 20

# The event that opens each kind of step.
OPENS = {
    StepKind.PREPARE: "exercise_started",
    StepKind.HOLD: "hold_started",
    StepKind.REST: "rest_started",
    StepKind.SET_BREAK: "rest_started",
    StepKind.SWITCH_SIDES: "side_switched",
    StepKind.TIMED: "timed_started",
    StepKind.PACED_REP: "rep_started",
    StepKind.MANUAL_REP: "rep_started",
}


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    events = tmp_path / "events.jsonl"
    # --no-checkins: this test is about the session; tests/e2e/test_kill_tmux.py answers them.
    coach = [*COACH, "run", "--speed", str(SPEED), "--mute", "--no-checkins"]
    coach += ["--events", str(events), str(ROUTINE)]
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with tmux_terminal(coach, tmp_path, env) as term:
        yield term, events


def test_a_patient_follows_the_back_routine_to_the_end(terminal: tuple[Terminal, Path]) -> None:
    term, events = terminal
    screen = wait_for_big(term, "GET READY")
    assert "Back basics – core exercises" in screen
    assert "Pelvic tilt lying on your back" in screen
    assert f"preview ×{SPEED}" in screen
    term.press("Enter")  # ready before the countdown is over
    wait_for_big(term, "HOLD")
    term.press("Space")
    term.wait_for("Press Space to go on")  # the paused hint
    time.sleep(0.3)
    term.press("Space")
    term.wait_for_absence("Press Space to go on")
    screen = term.wait_for("Well done", timeout=60)  # about 16 s at ×20, untouched
    assert "Exercises done  4 of 4: Pelvic tilt" in screen
    term.press("q")
    term.wait_for("EXIT=0")

    records = read_event_log(events)
    kinds = [str(r["event"]) for r in records]
    assert kinds[0] == "session_started"
    assert kinds[-1] == "session_completed"
    assert kinds.count("session_started") == 1 and kinds.count("session_completed") == 1
    assert kinds.index("paused") < kinds.index("resumed")
    times = [float(r["t"]) for r in records]  # type: ignore[arg-type]
    assert times == sorted(times)
    assert all(float(r["emitted_at"]) >= float(r["t"]) for r in records)  # type: ignore[arg-type]

    # Every step of the plan opened, in order, with its exercise, set, rep and side.
    plan = build_plan(load_routine(ROUTINE))
    opened = [r for r in records if r["event"] in {k.value for k in PHASE_STARTS}]
    expected = [(OPENS[s.kind], s.exercise.name, s.set, s.rep, s.side) for s in plan.steps]
    actual = [(r["event"], r["exercise"], r["set"], r["rep"], r["side"]) for r in opened]
    assert actual == expected
    holds = sum(s.kind is StepKind.HOLD for s in plan.steps)
    assert kinds.count("hold_ended") == holds
    assert kinds.count("exercise_completed") == len(plan.routine.exercises)
    # Each hold ends with its rep counted, in that order.
    for i, kind in enumerate(kinds):
        if kind == "hold_ended":
            assert kinds[i + 1] == "rep_counted"
