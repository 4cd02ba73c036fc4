"""A history file held by another program (BEGIN EXCLUSIVE) from before the visit starts: every
store read and write of the check-ins waits on the visit's own thread, never on the UI's loop, so
the screens keep answering, the session starts, and its timer keeps time."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from coach.session.clock import FakeClock
from coach.store.history import HistoryStore
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.red_flags import RedFlagScreen
from coach.ui.screens.session import SessionScreen
from coach.visit.config import AppConfig
from coach.visit.steps import default_steps
from tests.ui.support import EVERY_STEP, coach_app, started, text
from tests.ui.test_progression_screen import on, until


async def test_a_locked_history_waits_off_the_ui_and_the_session_keeps_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    HistoryStore.open_default(tmp_path).close()
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file all along
    opened_on: list[str] = []  # the thread of every opening of the history
    open_default = HistoryStore.open_default.__func__  # type: ignore[attr-defined]

    def watched(cls: type[HistoryStore], *args: object, **kwargs: object) -> HistoryStore:
        opened_on.append(threading.current_thread().name)
        return open_default(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(HistoryStore, "open_default", classmethod(watched))
    app = coach_app(EVERY_STEP, hooks=default_steps(AppConfig()), data_dir=tmp_path)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, on(RedFlagScreen))  # "none of these" was never answered
            await pilot.press("n")  # remembered once the file is free: in the visit's thread
            await until(pilot, on(PainScreen))
            await pilot.press("3")
            # Readers may read a file held for writing: the one-time question is due…
            await until(pilot, lambda screen: bool(screen.query(".onset-answer")))
            await pilot.press("2")  # …and its answer waits for the file, off the UI's loop
            await until(pilot, on(SessionScreen))
            await started(pilot)
            assert text(pilot, "#phase") == "GET READY"
            stalls: list[float] = []
            clock = app.clock
            assert isinstance(clock, FakeClock)
            for seconds, phase in ((3, "HOLD"), (3, "REST"), (2, "HOLD")):
                clock.advance(seconds)
                began = time.perf_counter()
                app.tick()  # what the app's timer does at the deadline, timed
                stalls.append(time.perf_counter() - began)
                await pilot.pause()
                assert text(pilot, "#phase") == phase  # each deadline's phase, on time
            await pilot.press("q", "q")
            await pilot.pause()
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Red flags (read, then write), how long it has hurt (read, write), today's doses (read)
    # and the session's recorder: each opened the history, and none on the UI's thread.
    assert len(opened_on) >= 5
    assert "MainThread" not in opened_on
    assert max(stalls) < 0.1  # no SQLite busy timeout (0.5 s) inside a tick
