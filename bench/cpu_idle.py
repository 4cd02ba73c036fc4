"""CPU while a countdown runs: CPU seconds per minute of session, and as a share of one core.

`coach run --no-checkins` shows a two-minute countdown in a pseudo-terminal (redrawn once a
second, woken by its one timer); the process's CPU time (user + system, from /proc) is read over a
window after start-up. --no-checkins: the red-flag questions and pain check-in come before the
session, and the countdown is what is measured. Baseline, measured the same way in the same run:
a bare Textual app showing one label, idle. Target: under 2 % of one core (1.2 CPU seconds per
minute).

    python -m bench.cpu_idle [--seconds N] [--smoke]

--smoke: a 2 s window after 1.2 s of settling; /proc counts CPU time in 10 ms ticks, so its
figures are coarse, and the target is printed, not asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.modes import add_smoke_option, exit_code, verdict
from bench.pty_process import PtyProcess, coach, python

ROUTINE = Path(__file__).resolve().parent / "routines" / "long-countdown.en.yaml"
TARGET_SHARE = 0.02
SETTLE_S = 3.0  # start-up, and the get-ready, are not what is measured
# Past the routine's 1 s get-ready; a 2 s window sees the countdown change even when busy.
SMOKE_SETTLE_S, SMOKE_SECONDS = 1.2, 2.0


def cpu_share(
    argv: list[str], ready: str, seconds: float, settle: float = SETTLE_S
) -> tuple[float, int]:
    """CPU seconds per second the program uses once `ready` is on its screen, and the bytes it
    wrote to the terminal during the window."""
    with tempfile.TemporaryDirectory() as folder:
        terminal = PtyProcess(argv, env={"COACH_DATA_DIR": folder, "COACH_LANG": "en"})
        try:
            terminal.wait_for(ready)
            time.sleep(settle)
            before, drawn, start = terminal.cpu_seconds(), terminal.received, time.monotonic()
            time.sleep(seconds)
            used, elapsed = terminal.cpu_seconds() - before, time.monotonic() - start
            drawn = terminal.received - drawn
        finally:
            terminal.close()
    return used / elapsed, drawn


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("cpu_idle reads /proc: Linux only")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, help="the measuring window (default 30)")
    add_smoke_option(parser)
    args = parser.parse_args()
    seconds = args.seconds or (SMOKE_SECONDS if args.smoke else 30.0)
    settle = SMOKE_SETTLE_S if args.smoke else SETTLE_S
    countdown, redrawn = cpu_share(
        coach("run", "--mute", "--no-checkins", str(ROUTINE)),
        "Plank on your knees",
        seconds,
        settle,
    )
    if not redrawn:  # a screen showing the exercise but not counting down measures nothing
        raise RuntimeError("coach drew nothing during the window: no countdown was running")
    bare, _ = cpu_share(
        python("-m", "bench.bare_app", "Long countdown"), "Long countdown", seconds, settle
    )
    print(f"CPU while a countdown runs ({seconds:g} s window):")
    for label, share in (("coach, counting down", countdown), ("bare Textual, idle", bare)):
        print(f"  {label:22} {share * 60:6.3f} CPU s per minute  ({share:.2%} of a core)")
    print(f"  (coach wrote {redrawn} bytes to the terminal in the window: it was counting down)")
    if bare > 0:
        print(f"  ratio                  {countdown / bare:6.1f} ×")
    else:
        print("  ratio                     n/a (the bare app used no CPU tick in the window)")
    ok = countdown < TARGET_SHARE
    print(f"  target < {TARGET_SHARE:.0%} of one core: {verdict(ok, args.smoke)}")
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
