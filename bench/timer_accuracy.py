"""Timer accuracy at speed 1: how far from its schedule each phase boundary reached the patient.

`coach run --events FILE` runs a short routine of holds, rests, a set break and a side switch in
a pseudo-terminal, untouched; `coach.session.timing.timing_report` compares the events file with
the plan: the largest error of any boundary (`emitted_at` against the schedule) and the drift at
the end. Target: under 20 ms each.

The baseline, measured in the same run: a bare asyncio loop sleeping until the same boundaries,
which is as precise as any program on this machine can wake.

    python -m bench.timer_accuracy
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.pty_process import PtyProcess, coach
from coach.routine.loader import load_routine
from coach.session.eventlog import read_event_log
from coach.session.plan import Plan, build_plan
from coach.session.timing import TimingReport, timing_report

ROUTINE = Path(__file__).resolve().parent / "routines" / "holds-and-rests.en.yaml"
TARGET_S = 0.020


def run_coach(plan: Plan) -> TimingReport:
    with tempfile.TemporaryDirectory() as folder:
        events = Path(folder) / "events.jsonl"
        terminal = PtyProcess(
            coach("run", "--mute", "--events", str(events), str(ROUTINE)),
            env={"COACH_DATA_DIR": folder, "COACH_LANG": "en"},
        )
        try:
            terminal.wait_for("Well done", timeout=plan.total_duration + 30)
            terminal.send("q")
            terminal.process.wait(10)
        finally:
            terminal.close()
        return timing_report(plan, read_event_log(events))


async def sleep_to_each_boundary(plan: Plan) -> tuple[float, float]:
    """(largest error, error at the end) of asyncio.sleep to every boundary of `plan`."""
    start = time.monotonic()
    errors = []
    for index in range(len(plan.steps) + 1):
        target = start + plan.total_duration - plan.duration_from(index)
        await asyncio.sleep(max(0.0, target - time.monotonic()))
        errors.append(time.monotonic() - target)
    return max(abs(e) for e in errors), errors[-1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def main() -> int:
    plan = build_plan(load_routine(ROUTINE))
    print(f"timer accuracy at speed 1: {ROUTINE.name}, {plan.total_duration:.0f} s")
    report = run_coach(plan)
    base_max, base_end = asyncio.run(sleep_to_each_boundary(plan))
    print(f"  phase boundaries        {report.boundaries}")
    print(f"  largest boundary error  {ms(report.max_error)}   (bare asyncio sleep {ms(base_max)})")
    print(f"  drift at the end        {ms(report.end_drift)}   (bare asyncio sleep {ms(base_end)})")
    print(f"  engine schedule error   {ms(report.max_schedule_error)}   (t against the plan)")
    if base_max > 0:
        print(f"  ratio to the baseline   {report.max_error / base_max:7.1f} ×")
    ok = report.max_error < TARGET_S and abs(report.end_drift) < TARGET_S
    print(f"  target < {TARGET_S * 1000:.0f} ms each: {'ok' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
