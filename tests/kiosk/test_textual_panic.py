"""When Textual itself cannot go on (its input thread failed, say), it panics with a traceback to
print once the terminal is restored: in a kiosk that goes to the log, never to the visitor's
screen, and the supervisor restarts the app (a Textual app that just stops is a crash to it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text

from coach.commands.kiosk import child_exit_code
from coach.ui.kiosk import EXIT_CRASHED
from coach.visit.flow import VisitSteps
from tests.kiosk.support import at_attract, kiosk_app


async def test_a_textual_panic_is_logged_and_nothing_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = kiosk_app(tmp_path, hooks=VisitSteps())
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        app.panic(Text("Textual's input thread failed"))
    captured = capsys.readouterr()
    assert "input thread" not in captured.err + captured.out
    log = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "Textual ended the app:\nTextual's input thread failed" in log
    assert child_exit_code(app.staff_left, app.return_code) == EXIT_CRASHED
