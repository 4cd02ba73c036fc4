"""The session's wake: an absolute moment on the event loop's clock (`loop.call_at`), and a bug
in it is logged like any other unexpected error, never lost in asyncio's log."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from coach.error_log import EXIT_UNEXPECTED_ERROR
from coach.ui.app import CoachApp
from tests.ui.support import coach_app, started


class Injected(RuntimeError):
    """The bug this test plants."""


async def test_a_bug_in_the_wake_is_logged_and_ends_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_tick(self: CoachApp) -> list[object]:
        raise Injected("the wake is broken")

    app = coach_app(data_dir=tmp_path)
    with pytest.raises(Injected):
        async with app.run_test(size=(80, 24)) as pilot:
            await started(pilot)
            monkeypatch.setattr(CoachApp, "tick", broken_tick)
            # The first wake is due a second after the start (the get-ready's 3 becomes 2); the
            # fake clock stands still, so the app wakes for real: at most 3 s of real time.
            loop = asyncio.get_running_loop()
            give_up = loop.time() + 3.0
            while app.return_code is None and loop.time() < give_up:
                await pilot.pause(0.05)
    assert app.return_code == EXIT_UNEXPECTED_ERROR
    (log,) = sorted((tmp_path / "logs").glob("coach-error-*.log"))
    assert "Injected: the wake is broken" in log.read_text(encoding="utf-8")
