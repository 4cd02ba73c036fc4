"""What the timer benchmark measures: every event's lateness, from a real engine's events."""

from __future__ import annotations

import pytest

from bench.timer_accuracy import lateness
from coach.session.engine import Engine
from coach.session.plan import build_plan
from tests.session.builders import hold_exercise, routine


def test_every_event_is_measured_countdown_ticks_included() -> None:
    plan = build_plan(routine(hold_exercise(reps=1, hold=5, prepare=2)))
    engine = Engine(plan)
    # Woken late: the get-ready's tick 0.003 s, its end 0.004 s, the hold's ticks 0.010, 0.002
    # and 0.030 s, the end 0.001 s.
    batches = [engine.start(0.0)]
    batches += [engine.tick(now) for now in (1.003, 2.004, 4.010, 5.002, 6.030, 7.001)]
    records = [event.to_json() for batch in batches for event in batch]

    measured = lateness(records)

    assert [kind for kind, _, _ in measured] == [str(r["event"]) for r in records]
    ticks = [(t, late) for kind, t, late in measured if kind == "countdown_tick"]
    assert [t for t, _ in ticks] == [1.0, 4.0, 5.0, 6.0]
    assert [late for _, late in ticks] == pytest.approx([0.003, 0.010, 0.002, 0.030])
    assert max(late for _, _, late in measured) == pytest.approx(0.030)
    assert dict((k, late) for k, _, late in measured)["session_completed"] == pytest.approx(0.001)


def test_an_event_without_emitted_at_is_an_error_not_a_zero() -> None:
    with pytest.raises(ValueError, match="emitted_at"):
        lateness([{"t": 1.0, "event": "hold_started"}])
