"""The app's shell in a real terminal: a file that can't be used ends `coach run` with exit code
1, and a bug ends it with a calm line and exit code 70, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.i18n import translate
from tests.e2e.tmux import COACH, needs_tmux, terminal

pytestmark = [pytest.mark.e2e, needs_tmux]

HERE = Path(__file__).resolve().parent
ROUTINE = HERE.parent / "data" / "ui" / "every-step.en.yaml"


def test_a_file_that_cannot_be_used_ends_with_exit_code_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: Broken\nexercises:\n  - name: X\n    repz: 3\n", encoding="utf-8")
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with terminal([*COACH, "run", str(broken)], tmp_path, env) as term:
        screen = term.wait_for("broken.yaml can't be used")
        assert "Line 4, column 5: unknown key 'repz'" in screen
        term.press("Escape")
        term.wait_for("EXIT=1")
        assert "Traceback" not in term.written()


def test_a_bug_shows_a_calm_line_and_no_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"COACH_DATA_DIR": str(data), "COACH_LANG": "en"}
    command = [sys.executable, str(HERE / "planted_bug.py"), "run", "--lang", "nb", str(ROUTINE)]
    with terminal(command, tmp_path, env) as term:
        screen = term.wait_for("EXIT=70")
        written = term.written()
    (log,) = (data / "logs").glob("coach-error-*.log")
    assert "RuntimeError: a planted bug" in log.read_text(encoding="utf-8")
    said = [translate("shell.error.stopped", "nb"), translate("shell.error.log", "nb", path=log)]
    # The terminal wraps the long line; joined again, it is the calm text, in Norwegian.
    assert " ".join(said).replace(" ", "") in screen.replace("\n", "").replace(" ", "")
    for noise in ("Traceback", "RuntimeError", "planted", "textual"):
        assert noise not in screen and noise not in written
