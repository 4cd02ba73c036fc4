"""Timer accuracy from an events file: how far each phase boundary was from its schedule.

For the timing benchmark: run a routine without touching the keyboard, then compare the events
file with the plan. Each step's scheduled start is the session start plus the planned durations of
the steps before it. `t` in the file is when the engine says a phase began (should equal the
schedule: deadlines are absolute); `emitted_at` is when a tick actually noticed it (what the patient
saw and heard), so `emitted_at - schedule` is the error that matters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from coach.session.events import EventKind
from coach.session.plan import Plan

# The event that opens each step, one per step, in plan order.
PHASE_STARTS: Final = frozenset(
    {
        EventKind.EXERCISE_STARTED,
        EventKind.HOLD_STARTED,
        EventKind.REST_STARTED,
        EventKind.SIDE_SWITCHED,
        EventKind.TIMED_STARTED,
        EventKind.REP_STARTED,
    }
)
# Events that mean the run did not follow the plan on its own.
_INTERRUPTIONS: Final = frozenset(
    {
        EventKind.PAUSED,
        EventKind.SKIPPED,
        EventKind.WENT_BACK,
        EventKind.SESSION_ENDED_EARLY,
        EventKind.WAITING_STARTED,
    }
)


@dataclass(frozen=True, slots=True)
class TimingReport:
    """Seconds; positive means late."""

    boundaries: int  # phase boundaries compared (every step start and the session end)
    max_error: float  # the largest |emitted_at - schedule| over all boundaries
    end_drift: float  # emitted_at - schedule of the session's end
    max_schedule_error: float  # the largest |t - schedule|: 0 unless the engine drifts


def timing_report(plan: Plan, records: Sequence[Mapping[str, object]]) -> TimingReport:
    """Compare an uninterrupted run's events file (`read_event_log`) with `plan`.

    Raises ValueError when the file does not hold one complete, uninterrupted run of the plan.
    """
    if any(step.duration is None for step in plan.steps):
        raise ValueError("the plan has manual reps; its timing depends on the patient")
    kinds = [EventKind(str(r["event"])) for r in records]
    if interrupted := sorted({k.value for k in kinds} & _INTERRUPTIONS):
        raise ValueError(f"the run was interrupted ({', '.join(interrupted)})")
    if EventKind.SESSION_STARTED not in kinds or EventKind.SESSION_COMPLETED not in kinds:
        raise ValueError("the events do not hold a whole session")
    start = _time(records[kinds.index(EventKind.SESSION_STARTED)], "t")
    phases = [r for r, k in zip(records, kinds, strict=True) if k in PHASE_STARTS]
    if len(phases) != len(plan.steps):
        raise ValueError(f"{len(phases)} phases in the events, {len(plan.steps)} in the plan")
    end = records[kinds.index(EventKind.SESSION_COMPLETED)]
    boundaries = [*phases, end]
    errors: list[float] = []
    schedule_errors: list[float] = []
    for index, record in enumerate(boundaries):
        scheduled = start + plan.total_duration - plan.duration_from(index)
        errors.append(_time(record, "emitted_at") - scheduled)
        schedule_errors.append(_time(record, "t") - scheduled)
    return TimingReport(
        boundaries=len(boundaries),
        max_error=max(abs(e) for e in errors),
        end_drift=errors[-1],
        max_schedule_error=max(abs(e) for e in schedule_errors),
    )


def _time(record: Mapping[str, object], key: str) -> float:
    value = record.get(key)
    if not isinstance(value, int | float):
        raise ValueError(f"an event lacks a numeric {key!r}: {dict(record)}")
    return float(value)
