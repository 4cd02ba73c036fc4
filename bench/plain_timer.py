"""Plain mode's timer at speed 1, beside the Textual app's and a bare asyncio loop's.

`coach run --plain --no-checkins --events FILE` runs the routine of bench/timer_accuracy.py with
its answers from a pipe (nothing touched until the summary, then "2": quit), and every event of
the events file is measured as there: `emitted_at - t`, how long after its moment plain mode
noticed it and wrote its line. In the same run: the Textual app on the same routine (as
bench/timer_accuracy.py runs it) and a bare asyncio loop sleeping to the same moments, the best
any program here can do. Plain mode wakes with `loop.call_later` at the engine's deadlines, the
app with a Textual timer; both should be as late as the bare loop, give or take a millisecond.
Target: plain mode's worst event and its drift at the end under 20 ms.

    python -m bench.plain_timer [--smoke]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.modes import add_smoke_option, exit_code, verdict
from bench.pty_process import coach
from bench.timer_accuracy import (
    ROUTINE,
    SMOKE_ROUTINE,
    TARGET_S,
    lateness,
    ms,
    ratio,
    run_coach,
    sleep_to_each,
)
from coach.routine.loader import load_routine
from coach.session.eventlog import read_event_log
from coach.session.plan import build_plan
from coach.session.timing import timing_report


def run_plain(routine: Path, duration: float) -> list[dict[str, object]]:
    """The events file of one untouched plain-mode session of `routine`, answers from a pipe."""
    with tempfile.TemporaryDirectory() as folder:
        events = Path(folder) / "events.jsonl"
        answers = Path(folder) / "answers.txt"
        answers.write_text("2\n", encoding="utf-8")  # the summary: quit
        command = coach("run", "--plain", "--mute", "--no-checkins", "--events", str(events))
        with answers.open("rb") as stdin:
            done = subprocess.run(
                [*command, str(routine)],
                stdin=stdin,
                capture_output=True,
                env={"COACH_DATA_DIR": folder, "COACH_LANG": "en", "PATH": "/usr/bin:/bin"},
                timeout=duration + 30,
                check=False,
            )
        if done.returncode != 0:
            raise RuntimeError(f"plain mode ended with {done.returncode}:\n{done.stdout[-2000:]!r}")
        return read_event_log(events)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_smoke_option(parser)
    args = parser.parse_args()
    routine = SMOKE_ROUTINE if args.smoke else ROUTINE
    plan = build_plan(load_routine(routine))
    print(f"plain mode's timer at speed 1: {routine.name}, {plan.total_duration:g} s")
    started = time.monotonic()
    plain_records = run_plain(routine, plan.total_duration)
    app_records = run_coach(routine, plan.total_duration)
    report = timing_report(plan, plain_records)  # raises unless one whole, untouched session
    timing_report(plan, app_records)
    plain = lateness(plain_records)
    app = lateness(app_records)
    start = plain[0][1]
    base = asyncio.run(sleep_to_each([round(t - start, 6) for _, t, _ in plain]))
    plain_late = [seconds for _, _, seconds in plain]
    app_late = [seconds for _, _, seconds in app]
    worst = max(plain_late, key=abs)
    app_worst = max(app_late, key=abs)
    base_worst = max(base, key=abs)
    print(f"  events measured         {len(plain):8d}")
    print("  emitted_at - t              median         worst")
    print(f"  plain mode              {ms(statistics.median(plain_late))} {ms(worst)}")
    print(f"  Textual app             {ms(statistics.median(app_late))} {ms(app_worst)}")
    print(f"  bare asyncio sleep      {ms(statistics.median(base))} {ms(base_worst)}")
    print(
        f"  plain / baseline        {ratio(statistics.median(plain_late), statistics.median(base))}"
        f"{ratio(worst, base_worst)}"
    )
    median_ratio = ratio(statistics.median(plain_late), statistics.median(app_late))
    print(f"  plain / app             {median_ratio}{ratio(worst, app_worst)}")
    print(f"  phase boundaries        {report.boundaries:8d}")
    print(f"  drift at the end        {ms(report.end_drift)}")
    print(f"  measured in             {time.monotonic() - started:8.1f} s")
    ok = abs(worst) < TARGET_S and abs(report.end_drift) < TARGET_S
    print(f"  target: worst event and drift < {TARGET_S * 1000:.0f} ms: {verdict(ok, args.smoke)}")
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
