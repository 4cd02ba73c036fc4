"""Plain mode writes the history exactly as the Textual app does: the same visit (red flags, pain
before, how long it has hurt, the session, pain after), once in each, gives the same rows."""

from __future__ import annotations

import asyncio
import io
import os
import sqlite3
from pathlib import Path
from typing import Any

from coach.plain.app import PlainApp
from coach.plain.keys import Input
from coach.plain.session import LoopSchedule
from coach.plain.writer import LineWriter
from coach.session.clock import FakeClock
from coach.ui.config import AppConfig
from coach.ui.hooks import default_hooks
from tests.ui.support import START, coach_app, silent_sound

ROUTINE = Path("tests/data/ui/every-step.en.yaml")
# Columns that say when (or which process): they differ between any two runs.
WHEN = {
    "id",
    "session_id",
    "started_at",
    "ended_at",
    "completed_at",
    "checked_at",
    "answered_at",
    "shown_at",
    "updated_at",
    "recorder_pid",
}


def history_rows(data_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, without the columns that say when."""
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            table: [
                # A Row iterates over its values: its names come from keys().
                {k: row[k] for k in row.keys() if k not in WHEN}  # noqa: SIM118
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            ]
            for table in sorted(tables)
        }
    finally:
        conn.close()


async def _textual(data_dir: Path) -> None:
    from tests.ui.support import advance, started

    config = AppConfig(run=ROUTINE, data_dir=data_dir)
    app = coach_app(ROUTINE, hooks=default_hooks(config), data_dir=data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")  # none of the red flags
        await pilot.press("3")  # pain now
        await pilot.pause()
        await pilot.press("2")  # 1–2 weeks
        await started(pilot)
        for _ in range(200):
            if app.session is None:
                break
            await advance(pilot, 1)
            if app.session is not None and app.session.engine.waiting:
                await pilot.press("enter")
        await pilot.pause()
        await pilot.press("2")  # pain after
        await pilot.pause()
        await pilot.press("enter")  # the guidance
        await pilot.pause()
        await pilot.press("q")  # the summary: quit
        await pilot.pause()


class FastForward(LoopSchedule):
    """The runner's wake, at once, with the fake clock moved on to when it was due."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock

    def __call__(self, delay: float | None) -> None:
        self.cancel()
        if delay is not None:
            self.clock.advance(delay)
            self._handle = asyncio.get_running_loop().call_later(0, self._fire)


class FastPlainApp(PlainApp):
    def schedule(self) -> LoopSchedule:
        assert isinstance(self.clock, FakeClock)
        return FastForward(self.clock)


def _plain(data_dir: Path, answers: str) -> list[str]:
    read, write = os.pipe()
    os.write(write, answers.encode())
    os.close(write)
    writer = LineWriter(io.StringIO())
    app = FastPlainApp(
        AppConfig(run=ROUTINE, data_dir=data_dir),
        writer=writer,
        keys=Input(read),
        clock=FakeClock(START),
        sound=silent_sound(),
    )
    assert asyncio.run(app.main()) == 0
    return writer.transcript


def test_plain_mode_writes_the_same_history_rows_as_the_app(tmp_path: Path) -> None:
    app_dir, plain_dir = tmp_path / "app", tmp_path / "plain"
    asyncio.run(_textual(app_dir))
    said = _plain(plain_dir, "no\nno\nno\nno\n3\n2\n2\n\n2\n")
    assert "Saved in your history." in said
    app_rows, plain_rows = history_rows(app_dir), history_rows(plain_dir)
    assert app_rows["sessions"][0]["pain_before"] == 3  # the visit really was recorded
    assert app_rows["sessions"][0]["status"] == "completed"
    assert len(app_rows["session_exercises"]) == 4
    assert plain_rows == app_rows
