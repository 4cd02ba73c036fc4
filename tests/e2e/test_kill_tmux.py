"""End to end: the real `coach run` in tmux, killed with SIGKILL in the middle of a session.

The patient answers the red flags ("none of these") and pain before with keys, the first
exercise runs to its end (a short routine at the real speed: a `--speed` preview is never
saved), and during the second the process is killed without warning.
Then the history file must pass SQLite's integrity check, hold the completed exercise and the
pain answer, and show the session as cut off (incomplete), in the file's readers and in
`coach history --list`.
"""

from __future__ import annotations

import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.store.history import HistoryStore
from coach.store.records import SessionStatus
from tests.e2e.tmux import COACH, Terminal, needs_tmux
from tests.e2e.tmux import terminal as tmux_terminal

pytestmark = [
    pytest.mark.e2e,
    needs_tmux,
]

ROUTINE = (
    Path(__file__).resolve().parent.parent / "data" / "history" / "short-first-exercise.en.yaml"
)


@pytest.fixture
def coach_in_tmux(tmp_path: Path) -> Iterator[tuple[Terminal, Path, Path]]:
    """`coach run` in a tmux pane; the process's own id is written to a file (the shell execs
    into it), so the test kills exactly the program it started."""
    data = tmp_path / "data"
    pid_file = tmp_path / "coach.pid"
    coach = shlex.join([*COACH, "run", "--mute", str(ROUTINE)])
    # The shell writes its own id, then becomes coach (exec keeps the id).
    command = ["sh", "-c", f"echo $$ > {shlex.quote(str(pid_file))} && exec {coach}"]
    env = {"COACH_DATA_DIR": str(data), "COACH_LANG": "en"}
    with tmux_terminal(command, tmp_path, env) as term:
        yield term, data, pid_file


def _gone(pid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_sigkill_mid_session_keeps_a_sound_history(
    coach_in_tmux: tuple[Terminal, Path, Path],
) -> None:
    term, data, pid_file = coach_in_tmux
    term.wait_for("new, getting worse or not yet examined")
    term.press("n")  # none of these
    term.wait_for("How much does your back hurt right now?")
    term.press("3")
    term.wait_for("How long has your back been hurting this time?")  # asked at the first session
    term.press("4")  # more than 3 weeks
    term.wait_for("Pelvic tilt")
    term.wait_for("Exercise 2 of 2", timeout=20)  # the first exercise is done (≈5 s)
    time.sleep(0.5)  # well into Cat-cow
    pid = int(pid_file.read_text().strip())
    os.kill(pid, signal.SIGKILL)
    assert _gone(pid), "coach did not die"

    db = data / "history.sqlite3"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        session = conn.execute("SELECT status, pain_before, ended_at FROM sessions").fetchall()
        onset = conn.execute("SELECT answer FROM pain_duration_answers").fetchall()
        exercises = conn.execute(
            "SELECT name, reps_done, holds_done, completed_at IS NOT NULL, skipped"
            " FROM session_exercises ORDER BY exercise_index"
        ).fetchall()
    finally:
        conn.close()
    # As the killed program left it: still running, no end; the first exercise complete.
    assert session == [("in_progress", 3, None)]
    assert onset == [("over_3_weeks",)]
    assert exercises[0] == ("Pelvic tilt", 2, 2, 1, 0)
    assert len(exercises) == 1  # the exercise in progress is all that is lost

    # Whoever opens the history next sees a session that was cut off.
    with HistoryStore.open(db) as store:
        (summary,) = store.sessions()
    assert summary.status is SessionStatus.INCOMPLETE
    assert summary.exercises_completed == 1
    listing = subprocess.run(
        [sys.executable, "-m", "coach", "history", "--list", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COACH_LANG": "en"},
    ).stdout
    assert "incomplete (cut off)" in listing
