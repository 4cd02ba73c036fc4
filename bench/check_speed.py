"""How fast `coach check` is, beside yamllint on the same files in the same run.

    python -m bench.check_speed [--files 1000] [--repeat 3] [--smoke]

Generates a corpus of routine files in a temporary folder (valid routines of 3 to 8 exercises,
every tenth with a mistake), then times, as one process each (interpreter start-up included):

    coach check DIR              (python -m coach check, text output to /dev/null)
    yamllint -d default DIR      (yamllint's default rules; it checks only syntax and style)

and prints the median of the repeats and the ratio. The target: coach takes less time.
A run in which either tool fails stops with an error, as it measured nothing: coach check must
find the mistakes (exit 1), yamllint must exit 0 or 1 (warnings, or errors: one of the mistakes
is a YAML syntax error), and neither may write to stderr (a crash, a missing module).

--smoke: 20 files, once each; the target is printed, not asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.modes import add_smoke_option, exit_code, verdict

SMOKE_FILES, SMOKE_REPEAT = 20, 1
EXERCISES = [
    ("Pelvic tilt", "reps: 10-15\n    hold: 5s\n    hold_cue: Press your lower back down"),
    (
        "Cat-cow",
        'duration: 1–2 min\n    cues:\n      - {text: "Breathe in", seconds: 4}\n'
        '      - {text: "Breathe out", seconds: 4}',
    ),
    ("Bridge", "reps: 10-15\n    hold: 3–5 s\n    release_cue: Lower slowly"),
    ("Bird dog", "reps: 10\n    hold: 3s\n    sides: [left, right]"),
    ("Sit-to-stand", "reps: 8\n    pace: 4s\n    sets: 2"),
    ("Plank", "duration: 30s\n    sets: 3\n    rest_between_sets: 1min"),
]
MISTAKES = ["rep: 10", "hold: 5-3s", "sides: [left, rihgt]", "reps:10", "duration: soon"]


def routine_text(rng: random.Random, index: int) -> str:
    """One routine file; every tenth has a mistake, as a real folder of drafts might."""
    lines = [
        "# yaml-language-server: $schema=../docs/routine.schema.json",
        f"title: Generated routine {index}",
        f"language: {rng.choice(['en', 'nb'])}",
        "description: >-\n  A routine generated for the benchmark, long enough to look like a real"
        "\n  one, with a folded description over several lines.",
        "sources:\n  - A source\n  - Another source",
        "defaults:\n  prepare: 5s\n  rest_between_sets: 30s",
        "exercises:",
    ]
    for number in range(rng.randint(3, 8)):
        name, body = rng.choice(EXERCISES)
        lines.append(
            f"  - name: {name} {number}\n    position: Lie on your back.\n"
            f"    instructions: Move slowly and breathe.\n    {body}"
        )
    if index % 10 == 0:
        lines.append(f"  - name: Broken\n    instructions: x\n    {rng.choice(MISTAKES)}")
    return "\n".join(lines) + "\n"


def timed(command: list[str], cwd: Path, expected_exit: set[int]) -> float:
    """Seconds `command` took, as one process; raises if it did not do its job."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if done.returncode not in expected_exit or done.stderr:
        expected = " or ".join(map(str, sorted(expected_exit)))
        raise RuntimeError(
            f"{' '.join(command[1:3])} exited {done.returncode} (expected {expected}): "
            f"{done.stderr.decode(errors='replace')[-2000:]}"
        )
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, help="routine files (default 1000)")
    parser.add_argument("--repeat", type=int, help="runs of each tool (default 3)")
    add_smoke_option(parser)
    args = parser.parse_args()
    files = args.files or (SMOKE_FILES if args.smoke else 1000)
    repeat = args.repeat or (SMOKE_REPEAT if args.smoke else 3)
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "routines"
        corpus.mkdir()
        for index in range(files):
            (corpus / f"routine-{index:04}.yaml").write_text(
                routine_text(rng, index), encoding="utf-8"
            )
        size = sum(p.stat().st_size for p in corpus.iterdir())
        coach = [sys.executable, "-m", "coach", "check", str(corpus)]
        yamllint = [sys.executable, "-m", "yamllint", "-d", "default", str(corpus)]
        coach_times, yamllint_times = [], []
        for _ in range(repeat):  # interleaved, so a busy machine slows both alike
            coach_times.append(timed(coach, Path(folder), expected_exit={1}))
            yamllint_times.append(timed(yamllint, Path(folder), expected_exit={0, 1}))
    coach_s, yamllint_s = statistics.median(coach_times), statistics.median(yamllint_times)
    print(f"corpus: {files} routine files, {size / 1024:.0f} KiB")
    for label, seconds in (("coach check", coach_s), ("yamllint -d default", yamllint_s)):
        per_file = seconds / files * 1000
        print(f"{label + ':':<28} {seconds:7.3f} s  ({per_file:.2f} ms/file, one process)")
    print(f"{'yamllint / coach check:':<28} {yamllint_s / coach_s:7.1f}x")
    ok = coach_s < yamllint_s
    print(f"target: coach check faster than yamllint: {verdict(ok, args.smoke)}")
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
