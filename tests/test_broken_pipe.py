"""A reader that goes away early (`coach check DIR | head -c 10`) ends coach quietly: no
BrokenPipeError traceback, the shell's exit code for SIGPIPE (141)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import EXIT_BROKEN_PIPE
from coach.resources import routines_dir


def _with_the_pipe_closed(args: list[str], data: Path) -> tuple[int, str]:
    """Run `coach ARGS` with its stdout a pipe whose reading end is already closed."""
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "coach", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before coach writes a byte
    try:
        err = process.stderr.read().decode()
        code = process.wait(timeout=30)
    finally:
        process.kill()
    return code, err


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(routines_dir())],
        ["check", "--format", "json", str(routines_dir())],
        ["history", "--list"],
        ["schema"],
    ],
    ids=["check", "check-json", "history-list", "schema"],
)
def test_a_closed_pipe_ends_coach_quietly(args: list[str], tmp_path: Path) -> None:
    code, err = _with_the_pipe_closed(args, tmp_path)
    assert err == ""
    assert code == EXIT_BROKEN_PIPE


def test_help_into_a_closed_pipe_says_nothing(tmp_path: Path) -> None:
    _, err = _with_the_pipe_closed(["--help"], tmp_path)  # argparse itself ignores the error
    assert err == ""


def test_head_reads_the_start_and_coach_says_nothing_more(tmp_path: Path) -> None:
    """The reviewer's pipeline, through a real shell."""
    coach = f"{sys.executable} -m coach check --format json {routines_dir()}"
    done = subprocess.run(
        ["sh", "-c", f"{coach} | head -c 10"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "COACH_DATA_DIR": str(tmp_path)},
    )
    assert done.stdout == "[]\n"[:10] and done.stderr == ""
