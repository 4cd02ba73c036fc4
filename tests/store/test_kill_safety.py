"""A program killed with SIGKILL mid-session leaves a sound file with every finished exercise."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coach.store.history import HistoryStore
from coach.store.records import SessionStatus

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Records one session of the test routine with the real engine: exercises 0 and 1 to the end,
# one hold of exercise 2, then the process kills itself.
KILLED_MID_SESSION = """
import os, signal, sys
from pathlib import Path
from coach.session.events import EventKind
from coach.store.history import HistoryStore
from tests.store.builders import Session, back_routine

store = HistoryStore.open(Path(sys.argv[1]))
session = Session(store, back_routine())
session.recorder.set_pain_before(6)
session.start()
session.run_until(lambda e: e.kind is EventKind.EXERCISE_COMPLETED and e.exercise_index == 1)
session.run_until(lambda e: e.kind is EventKind.HOLD_ENDED)
os.kill(os.getpid(), signal.SIGKILL)
"""

# Records whole sessions back to back, forever; says "go" once the first write is on disk.
RECORDING_FOREVER = """
import sys
from pathlib import Path
from coach.session.events import EventKind
from coach.store.history import HistoryStore
from tests.store.builders import Session, back_routine

store = HistoryStore.open(Path(sys.argv[1]))
first = True
while True:
    session = Session(store, back_routine())
    session.start()
    if first:
        print("go", flush=True)
        first = False
    session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
"""


def _child(code: str, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_session_killed_midway_keeps_its_finished_exercises(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    child = _child(KILLED_MID_SESSION, db)
    assert child.wait(timeout=30) == -signal.SIGKILL
    assert _integrity(db) == "ok"
    with HistoryStore.open(db) as store:
        [session] = store.sessions()
        assert session.status is SessionStatus.INCOMPLETE
        assert session.pain_before == 6
        rows = store.exercises(session.id)
        # Exercise 2 was under way: that one is lost, nothing else.
        assert [(r.name, r.completed_at is not None) for r in rows] == [
            ("Bekkentilt", True),
            ("Katte-ku", True),
        ]
        assert rows[0].reps_done == 3
    assert _integrity(db) == "ok"


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_a_kill_at_any_moment_never_corrupts_the_file(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "history.sqlite3"
    child = _child(RECORDING_FOREVER, db)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"
    # Not a timer test: the point is a kill at an arbitrary moment in the middle of writes.
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    child.stdout.close()
    assert _integrity(db) == "ok"
    with HistoryStore.open(db) as store:
        newest, *older = store.sessions()
        for finished in older:
            assert finished.status is SessionStatus.COMPLETED
            assert finished.exercises_completed == 4
        # The one being recorded: cut off with whole exercises only, or killed just after it
        # was completed.
        rows = store.exercises(newest.id)
        assert [r.index for r in rows] == list(range(len(rows)))
        assert all(r.completed_at is not None for r in rows)
        if newest.status is SessionStatus.COMPLETED:
            assert len(rows) == 4
        else:
            assert newest.status is SessionStatus.INCOMPLETE
