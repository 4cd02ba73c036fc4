"""The timing helper the accuracy benchmark uses: errors of phase boundaries against the plan."""

from __future__ import annotations

import pytest

from coach.session.engine import Engine
from coach.session.plan import build_plan
from coach.session.timing import timing_report
from tests.session.builders import hold_exercise, rep_exercise, routine, timed_exercise


def _records(engine: Engine, ticks: list[float]) -> list[dict[str, object]]:
    records = [e.to_json() for e in engine.start(ticks[0])]
    for now in ticks[1:]:
        records += [e.to_json() for e in engine.tick(now)]
    return records


def test_reports_the_lateness_of_the_worst_boundary_and_at_the_end() -> None:
    plan = build_plan(routine(hold_exercise(reps=2, hold=5, rest_between_reps=2, prepare=3)))
    # Boundaries at 3, 8, 10 and 15; the ticks come 0.004, 0.012, 0.001 and 0.007 s late.
    report = timing_report(plan, _records(Engine(plan), [0.0, 3.004, 8.012, 10.001, 15.007]))
    assert report.boundaries == 5
    assert report.max_error == pytest.approx(0.012)
    assert report.end_drift == pytest.approx(0.007)
    assert report.max_schedule_error < 1e-9


def test_refuses_an_interrupted_or_incomplete_run() -> None:
    plan = build_plan(routine(timed_exercise(duration=10, prepare=2)))
    engine = Engine(plan)
    records = [e.to_json() for e in engine.start(0.0) + engine.pause(1.0) + engine.resume(2.0)]
    records += [e.to_json() for e in engine.tick(20.0)]
    with pytest.raises(ValueError, match="interrupted"):
        timing_report(plan, records)
    with pytest.raises(ValueError, match="whole session"):
        timing_report(plan, _records(Engine(plan), [0.0, 5.0]))
    manual = build_plan(routine(rep_exercise(reps=2)))
    with pytest.raises(ValueError, match="manual reps"):
        timing_report(manual, [])
