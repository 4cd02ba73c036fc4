"""Start-up: from launching `coach run FILE` until the first frame shows the routine's title.

Compared, in the same run and measured the same way (a pseudo-terminal read until the title is
on the screen), with a bare Textual app that shows the title in one label. Runs alternate, and
the medians are compared. Target: a ratio of at most 1.2.

Also shown, not compared: when the whole session screen is up (the first exercise's name), after
the routine has been loaded behind the first frame.

    python -m bench.startup [--runs N] [--smoke]

--smoke: one run of each, without the uncounted first launches; the target is printed, not
asserted.
"""

from __future__ import annotations

import argparse
import tempfile

from bench.modes import add_smoke_option, exit_code, verdict
from bench.pty_process import PtyProcess, coach, median, python
from coach.resources import routines_dir
from coach.routine.loader import load_routine

TARGET_RATIO = 1.2


def measure(argv: list[str], data_dir: str, *texts: str) -> list[float]:
    """Seconds from the launch until each of `texts` showed, in order."""
    terminal = PtyProcess(argv, env={"COACH_DATA_DIR": data_dir, "COACH_LANG": "en"})
    try:
        return [terminal.wait_for(text) for text in texts]
    finally:
        terminal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, help="launches of each program (default 10)")
    add_smoke_option(parser)
    args = parser.parse_args()
    runs = args.runs or (1 if args.smoke else 10)
    routine = routines_dir() / "back-basics.en.yaml"
    loaded = load_routine(routine)
    title, first_exercise = loaded.title, loaded.exercises[0].name
    # --no-checkins: the session screen comes straight after the first frame, as it is measured.
    run = coach("run", "--mute", "--no-checkins", str(routine))
    bare = python("-m", "bench.bare_app", title)
    coach_times: list[float] = []
    screen_times: list[float] = []
    bare_times: list[float] = []
    with tempfile.TemporaryDirectory() as data_dir:
        if not args.smoke:
            # One of each first, not counted: the first launch fills the OS file cache.
            measure(run, data_dir, title)
            measure(bare, data_dir, title)
        for _ in range(runs):
            first_frame, session_screen = measure(run, data_dir, title, first_exercise)
            coach_times.append(first_frame)
            screen_times.append(session_screen)
            bare_times.append(measure(bare, data_dir, title)[0])
    coach_s, bare_s = median(coach_times), median(bare_times)
    ratio = coach_s / bare_s
    print(f"start-up to the first frame with the routine ({runs} runs each, median):")
    print(f"  coach run FILE      {coach_s * 1000:7.1f} ms  (min {min(coach_times) * 1000:.1f})")
    print(f"  bare Textual label  {bare_s * 1000:7.1f} ms  (min {min(bare_times) * 1000:.1f})")
    print(f"  (coach's whole session screen, routine loaded: {median(screen_times) * 1000:.1f} ms)")
    ok = ratio <= TARGET_RATIO
    print(f"  ratio               {ratio:7.2f}")
    print(f"  target: ratio ≤ {TARGET_RATIO}: {verdict(ok, args.smoke)}")
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
