"""The history screen: from launching `coach history` until its first useful frame (the sessions
view with its count and rows), on generated histories of one session, a year of daily sessions
and 10,000 sessions.

Compared, in the same run and measured the same way (a pseudo-terminal read until the text is on
the screen), with a bare Textual app that shows one label (the ratio). Runs alternate and the
medians are compared. Target: with a year of daily sessions, the sessions view at most 0.3 s
later than the bare app's label (coach's own start-up included). Also printed: the history's own
part, from coach's first frame (the title over "Reading your history…") to the sessions view
(0 when they come in the same frame).

    python -m bench.history_screen [--runs N] [--smoke] [--profile SESSIONS]

--smoke: one run of each, on the small histories only; the target is printed, not asserted.
--profile SESSIONS: instead of measuring, profile (cProfile) opening the history screen on a
generated history of that many sessions, in this process, and print where the time went.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from bench.modes import add_smoke_option, exit_code, verdict
from bench.pty_process import PtyProcess, coach, median, python
from coach.progression.rules import same_dose, step_up
from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.routine.model import Exercise
from coach.session.plan import Dose, resolve_dose
from coach.store.history import HistoryStore, to_text
from coach.store.paths import database_path

TARGET_S = 0.3
YEAR = 365
SIZES = (1, YEAR, 10_000)
SMOKE_SIZES = (1, 30)
ROUTINE = "back-basics.en.yaml"
# What the first useful frame shows: the sessions view's count line ("365 sessions since …").
USEFUL_ONE, USEFUL = "1 session, on", "sessions since"
OSLO = timezone(timedelta(hours=1))
# Both programs keep their compiled modules, as they do for a patient (a PYTHONDONTWRITEBYTECODE
# set around the benchmark would have every launch compile Textual afresh); the uncounted first
# launches write them.
_BYTECODE = {"PYTHONDONTWRITEBYTECODE": ""}
DAYS_PER_STEP = 10  # the generated patient's dose goes one step up every this many days


def _dose_on(exercise: Exercise, day: int) -> Dose:
    dose = resolve_dose(exercise)
    for _ in range(day // DAYS_PER_STEP):
        higher = step_up(exercise, dose)
        if same_dose(higher, dose):
            break
        dose = higher
    return dose


def generate(data_dir: Path, sessions: int, today: date) -> Path:
    """A history of `sessions` daily sessions of the back-basics routine, the last one `today`,
    pain easing with some noise, doses growing one step every `DAYS_PER_STEP` days. Written in
    one transaction (the store writes a session in several, each synced: 10,000 would take
    minutes) into a file the store itself created."""
    routine = load_routine(routines_dir() / ROUTINE)
    path = database_path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    HistoryStore.open(path).close()  # the schema, the mark, the version
    rng = random.Random(sessions)
    first = today - timedelta(days=sessions - 1)
    session_rows = []
    exercise_rows = []
    for n in range(sessions):
        day = first + timedelta(days=n)
        started = datetime.combine(day, time(18, 0), OSLO)
        base = max(1, 6 - n * 5 // max(sessions, 1))
        before = min(10, max(0, base + rng.choice((-1, 0, 0, 1))))
        after = min(10, max(0, before + rng.choice((-1, -1, 0, 0, 1))))
        session_id = n + 1
        session_rows.append(
            (
                session_id,
                routine.title,
                str(routine.path),
                routine.language,
                len(routine.exercises),
                to_text(started),
                to_text(started + timedelta(minutes=20)),
                before,
                after,
            )
        )
        for index, exercise in enumerate(routine.exercises):
            dose = _dose_on(exercise, n)
            exercise_rows.append(
                (
                    session_id,
                    index,
                    exercise.name,
                    "+".join(exercise.sides or ()),
                    exercise.sets,
                    exercise.sets,
                    dose.reps or 0,
                    dose.reps or 0 if dose.hold else 0,
                    to_text(started + timedelta(minutes=index + 2)),
                    dose.reps,
                    dose.hold,
                    dose.duration,
                )
            )
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO sessions (id, routine_title, routine_path, language, exercises_planned,"
            " started_at, ended_at, status, pain_before, pain_after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?)",
            session_rows,
        )
        conn.executemany(
            "INSERT INTO session_exercises (session_id, exercise_index, name, sides,"
            " sets_planned, sets_done, reps_done, holds_done, completed_at, dose_reps,"
            " dose_hold_s, dose_duration_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            exercise_rows,
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


def first_useful_frame(data_dir: Path, sessions: int) -> tuple[float, float]:
    """Seconds from launching `coach history` until its first frame (the title over "Reading
    your history…"), and until its sessions view showed."""
    terminal = PtyProcess(
        coach("history", "--data-dir", str(data_dir)),
        env={"COACH_LANG": "en", "COACH_DATA_DIR": str(data_dir), **_BYTECODE},
    )
    try:
        first = terminal.wait_for("Your history")
        return first, terminal.wait_for(USEFUL_ONE if sessions == 1 else USEFUL)
    finally:
        terminal.close()


def bare_frame() -> float:
    """Seconds from launching the bare Textual app until its label showed."""
    terminal = PtyProcess(python("-m", "bench.bare_app", "Your history"), env=_BYTECODE)
    try:
        return terminal.wait_for("Your history")
    finally:
        terminal.close()


def profile(sessions: int) -> None:
    """Open the history screen in this process on `sessions` generated sessions, under cProfile,
    and print the functions that took the most time."""
    import asyncio
    import cProfile
    import pstats

    from coach.ui.app import make_app
    from coach.visit.config import AppConfig

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        generate(data_dir, sessions, date.today())

        async def run() -> None:
            app = make_app(AppConfig(system_lang="en", data_dir=data_dir, open_history=True))
            async with app.run_test(size=(80, 24)) as pilot:
                while not app.screen.query("#sessions-count"):
                    await pilot.pause(0.01)

        profiler = cProfile.Profile()
        profiler.enable()
        asyncio.run(run())
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(40)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, help="launches of each program (default 5)")
    parser.add_argument("--profile", type=int, metavar="SESSIONS", help="profile instead")
    add_smoke_option(parser)
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return 0
    runs = args.runs or (1 if args.smoke else 5)
    sizes = SMOKE_SIZES if args.smoke else SIZES
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        folders = {n: Path(folder) / f"history-{n}" for n in sizes}
        for n, data_dir in folders.items():
            generate(data_dir, n, today)
        if not args.smoke:
            # One of each first, not counted: the first launch fills the OS file cache.
            first_useful_frame(folders[sizes[0]], sizes[0])
            bare_frame()
        frames: dict[int, list[float]] = {n: [] for n in sizes}
        times: dict[int, list[float]] = {n: [] for n in sizes}
        bare_times: list[float] = []
        for _ in range(runs):
            for n, data_dir in folders.items():
                first, useful = first_useful_frame(data_dir, n)
                frames[n].append(first)
                times[n].append(useful)
            bare_times.append(bare_frame())
    bare_s = median(bare_times)
    print(f"launch to the first useful frame ({runs} runs each, median):")
    print(f"  bare Textual label               {bare_s * 1000:7.1f} ms")
    for n in sizes:
        coach_s = median(times[n])
        print(
            f"  coach history, {n:>6} sessions  {coach_s * 1000:7.1f} ms"
            f"  {(coach_s - bare_s) * 1000:+.1f} ms  ratio {coach_s / bare_s:.2f}"
        )
    print("the history's own part: from the first frame (title, 'Reading…') to the sessions:")
    own = {n: median([u - f for f, u in zip(frames[n], times[n], strict=True)]) for n in sizes}
    for n in sizes:
        print(f"  {n:>6} sessions                  {own[n] * 1000:7.1f} ms")
    judged = YEAR if YEAR in times else max(sizes)
    extra = median(times[judged]) - bare_s
    ok = extra <= TARGET_S
    print(
        f"  target: {judged} sessions at most {TARGET_S * 1000:.0f} ms over the bare app:"
        f" {verdict(ok, args.smoke)}"
    )
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
