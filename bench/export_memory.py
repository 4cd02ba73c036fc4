"""Peak memory of `coach export` (csv, json, fhir) and `coach report` as the history grows.

    .venv/bin/python -m bench.export_memory [--sessions 1000 10000] [--smoke]

Writes a generated history (daily sessions of the four-exercise basic routine, pain before and
after, a dose change every tenth session, a red-flag check a day) of each size into a temporary
data folder, then runs each command as its own process and reads that process's peak RSS
(ru_maxrss). The baseline, in the same run, is the same command on an empty history: what matters
is the growth over it, and the target is that a history ten times larger costs little more.
`--smoke` runs one history of 200 sessions: the same code path in a few seconds, for CI.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from coach.store.history import HistoryStore

EXERCISES = (
    ("Pelvic tilt lying on your back", 10, 5.0, None),
    ("Cat-cow", None, None, 60.0),
    ("Bridge", 10, 3.0, None),
    ("Diagonal lift", 10, 3.0, None),
)
START = datetime(2006, 1, 2, 18, 0, tzinfo=timezone(timedelta(hours=1)))

# Runs one coach command in this process and prints its peak RSS in kB on the last line.
RUNNER = """
import resource, sys
from coach.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code or 0)
"""


def make_history(data_dir: Path, sessions: int) -> None:
    """A history of `sessions` daily sessions, written in one transaction (fast)."""
    data_dir.mkdir(parents=True)
    database = data_dir / "history.sqlite3"
    HistoryStore.open(database).close()  # coach's own schema, migrated
    conn = sqlite3.connect(database)
    with conn:
        for index in range(sessions):
            started = START + timedelta(days=index)
            ended = started + timedelta(minutes=20)
            cursor = conn.execute(
                "INSERT INTO sessions (routine_title, routine_path, language, exercises_planned,"
                " started_at, ended_at, status, pain_before, pain_after)"
                " VALUES (?, NULL, 'en', 4, ?, ?, 'completed', ?, ?)",
                (
                    "Back basics – core exercises",
                    started.isoformat(timespec="seconds"),
                    ended.isoformat(timespec="seconds"),
                    3 + index % 4,
                    2 + index % 4,
                ),
            )
            step = index // 10 % 5
            for number, (name, reps, hold, duration) in enumerate(EXERCISES):
                conn.execute(
                    "INSERT INTO session_exercises (session_id, exercise_index, name, sets_planned,"
                    " sets_done, reps_done, holds_done, skipped, completed_at, dose_reps,"
                    " dose_hold_s, dose_duration_s) VALUES (?, ?, ?, 1, 1, ?, ?, 0, ?, ?, ?, ?)",
                    (
                        cursor.lastrowid,
                        number,
                        name,
                        (reps or 0) + step,
                        (reps or 0) + step if hold else 0,
                        (started + timedelta(minutes=5 * (number + 1))).isoformat(),
                        None if reps is None else reps + step,
                        hold,
                        duration,
                    ),
                )
            conn.execute(
                "INSERT INTO red_flag_checks (checked_at, all_clear) VALUES (?, 1)",
                (started.isoformat(timespec="seconds"),),
            )
    conn.close()


def peak_rss_kb(args: list[str], env: dict[str, str]) -> int:
    """Run `coach ARGS` in a fresh process; its peak resident memory in kB."""
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"coach {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return int(done.stderr.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--smoke", action="store_true", help="50 and 500 sessions, for CI")
    options = parser.parse_args()
    sizes = [0, *([200] if options.smoke else options.sessions)]
    env = {**os.environ, "MPLCONFIGDIR": tempfile.mkdtemp(prefix="coach-bench-mpl-")}
    commands = {
        "csv": ["export", "--format", "csv", "-o", "{out}.csv"],
        "json": ["export", "--format", "json", "-o", "{out}.json"],
        "fhir": ["export", "--format", "fhir", "-o", "{out}.fhir.json"],
        "report": ["report", "-o", "{out}.html"],
    }
    with tempfile.TemporaryDirectory(prefix="coach-bench-export-") as folder:
        rows: dict[str, list[int]] = {name: [] for name in commands}
        for size in sizes:
            data_dir = Path(folder) / f"h{size}"
            make_history(data_dir, size)
            for name, command in commands.items():
                out = str(Path(folder) / f"out{size}")
                args = [a.format(out=out) for a in command] + ["--data-dir", str(data_dir)]
                rows[name].append(peak_rss_kb(args, env))
        print(f"peak RSS in MB by history size ({', '.join(map(str, sizes))} sessions);")
        print("growth: over the same command on an empty history (the baseline, this run)")
        for name, measured in rows.items():
            cells = "  ".join(f"{rss / 1024:7.1f}" for rss in measured)
            growth = "  ".join(f"+{(rss - measured[0]) / 1024:.1f}" for rss in measured[1:])
            print(f"{name:>6}: {cells}   growth {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
