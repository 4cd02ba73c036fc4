"""CPU while a countdown runs: CPU seconds per minute of session, and as a share of one core.

`coach run` shows a two-minute countdown in a pseudo-terminal (redrawn once a second, woken by
its one timer); the process's CPU time (user + system, from /proc) is read over a window after
start-up. Baseline, measured the same way in the same run: a bare Textual app showing one label,
idle. Target: under 2 % of one core (1.2 CPU seconds per minute).

    python -m bench.cpu_idle [--seconds N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.pty_process import PtyProcess, coach, python

ROUTINE = Path(__file__).resolve().parent / "routines" / "long-countdown.en.yaml"
TARGET_SHARE = 0.02
SETTLE_S = 3.0  # start-up, and the get-ready, are not what is measured


def cpu_share(argv: list[str], ready: str, seconds: float) -> float:
    """CPU seconds per second the program uses once `ready` is on its screen."""
    with tempfile.TemporaryDirectory() as folder:
        terminal = PtyProcess(argv, env={"COACH_DATA_DIR": folder, "COACH_LANG": "en"})
        try:
            terminal.wait_for(ready)
            time.sleep(SETTLE_S)
            before, start = terminal.cpu_seconds(), time.monotonic()
            time.sleep(seconds)
            used, elapsed = terminal.cpu_seconds() - before, time.monotonic() - start
        finally:
            terminal.close()
    return used / elapsed


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("cpu_idle reads /proc: Linux only")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="the measuring window")
    args = parser.parse_args()
    countdown = cpu_share(coach("run", "--mute", str(ROUTINE)), "Plank on your knees", args.seconds)
    bare = cpu_share(
        python("-m", "bench.bare_app", "Long countdown"), "Long countdown", args.seconds
    )
    print(f"CPU while a countdown runs ({args.seconds:.0f} s window):")
    for label, share in (("coach, counting down", countdown), ("bare Textual, idle", bare)):
        print(f"  {label:22} {share * 60:6.3f} CPU s per minute  ({share:.2%} of a core)")
    if bare > 0:
        print(f"  ratio                  {countdown / bare:6.1f} ×")
    ok = countdown < TARGET_SHARE
    print(f"  target < {TARGET_SHARE:.0%} of one core: {'ok' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
