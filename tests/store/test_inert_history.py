"""A history that holds an escape sequence (a routine title written before coach check refused
them, or written by anything else): `coach history --list` and `coach export` show it inert."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.store.builders import OSLO_WINTER, seed_years

PWNED = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED"
SHOWN = "␛]0;pwned␇␛[2J␛[31mRED"
NAME = "Bridge\x9b2J\x7f"
NAME_SHOWN = "Bridge\\x9b2J␡"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pwned")
    path = folder / "history.sqlite3"
    start = datetime(2025, 3, 3, 18, tzinfo=OSLO_WINTER)
    seed_years(path, start, start, count=1)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE sessions SET routine_title = ?", (PWNED,))
        conn.execute("UPDATE session_exercises SET name = ?", (NAME,))
    conn.close()
    return folder


def _coach(data_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir), "COACH_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "coach", *args], capture_output=True, timeout=60, env=env
    )
    for output in (result.stdout, result.stderr):
        assert b"\x1b" not in output and b"\x07" not in output, output
        assert b"\xc2\x9b" not in output and b"\x7f" not in output, output  # C1 CSI, DEL
    assert result.returncode == 0, result.stderr
    return result


def test_history_list_shows_the_title_inert(data_dir: Path) -> None:
    out = _coach(data_dir, "history", "--list").stdout.decode()
    session = next(line for line in out.splitlines() if line.startswith("  2025-03-03 18:00"))
    assert session.startswith(f"  2025-03-03 18:00  {SHOWN}  completed")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_export_shows_the_title_and_the_exercise_inert(data_dir: Path, fmt: str) -> None:
    out = _coach(data_dir, "export", "--format", fmt).stdout.decode()
    if fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out)))
    else:
        (row,) = json.loads(out)["rows"]
    assert (row["routine_title"], row["exercise_name"]) == (SHOWN, NAME_SHOWN)
