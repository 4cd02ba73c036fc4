"""The big countdown on a real 80x24 terminal (issue 14): tmux runs `coach run`, and the test
reads the countdown's height off the screen `capture-pane` shows, in the get-ready and the hold."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.big_text import shows_big, tallest_block
from tests.e2e.tmux import COACH, Terminal, needs_tmux, terminal

pytestmark = [pytest.mark.e2e, needs_tmux]

ROUTINE = Path(__file__).resolve().parent.parent / "data" / "ui" / "every-step.en.yaml"
WIDTH, HEIGHT = 80, 24


def wait_for_big(term: Terminal, word: str, timeout: float = 20.0) -> str:
    """Wait until the phase band (3 rows at 80x24) shows `word` in big letters, on a whole
    frame (the footer drawn: the first frames come before the size classes are applied)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = term.screen()
        if shows_big(screen, word, WIDTH, 3) and "space Pause" in screen:
            return screen
        time.sleep(0.05)
    raise AssertionError(f"{word!r} never showed big; the screen was:\n{screen}")


def test_the_countdown_takes_at_least_40_percent_of_an_80x24_screen(tmp_path: Path) -> None:
    coach = [*COACH, "run", "--mute", "--no-checkins", str(ROUTINE)]
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with terminal(coach, tmp_path, env, size=(WIDTH, HEIGHT)) as term:
        for phase in ("GET READY", "HOLD"):
            screen = wait_for_big(term, phase)
            assert "Bridge" in screen
            rows = tallest_block(screen)
            assert rows >= 0.4 * HEIGHT, f"{phase}: the countdown is {rows} rows:\n{screen}"
            assert len(screen.splitlines()) <= HEIGHT
        term.press("q")
        term.wait_for("End the session now?")
