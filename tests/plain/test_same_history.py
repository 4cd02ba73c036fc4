"""Plain mode writes the history exactly as the Textual app does: the same visit (red flags, pain
before, how long it has hurt, the session, pain after), once in each, gives the same rows."""

from __future__ import annotations

import asyncio
import io
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from coach.plain.app import PlainApp
from coach.plain.keys import Input
from coach.plain.session import LoopSchedule
from coach.plain.writer import LineWriter
from coach.session.clock import FakeClock
from coach.visit.config import AppConfig
from coach.visit.steps import default_steps
from tests.ui.support import START, coach_app, silent_sound

EVERY_STEP = Path("tests/data/ui/every-step.en.yaml")
PAIN_EACH = Path("tests/data/safety/pain-each-exercise.en.yaml")  # with a red flag of its own
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


async def _textual(data_dir: Path, routine: Path) -> None:
    from coach.ui.screens.pain import PainScreen
    from tests.ui.support import advance, started

    config = AppConfig(run=routine, data_dir=data_dir)
    app = coach_app(routine, hooks=default_steps(config), data_dir=data_dir)
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
            if app.session is not None and isinstance(app.screen, PainScreen):  # mid-session
                await pilot.press("4")
                await pilot.pause()
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


def _plain(data_dir: Path, routine: Path, answers: str) -> list[str]:
    read, write = os.pipe()
    os.write(write, answers.encode())
    os.close(write)
    writer = LineWriter(io.StringIO())
    app = FastPlainApp(
        AppConfig(run=routine, data_dir=data_dir),
        writer=writer,
        keys=Input(read),
        clock=FakeClock(START),
        sound=silent_sound(),
    )
    assert asyncio.run(app.main()) == 0
    return writer.transcript


@pytest.mark.parametrize(
    ("routine", "answers", "exercise_pain"),
    [
        # No red flag, pain 3, 1–2 weeks; the session; pain 2 after, Enter, quit.
        (EVERY_STEP, "no\nno\nno\nno\n3\n2\n2\n\n2\n", [None] * 4),
        # The routine's own red flag too, and pain 4 after the first exercise.
        (PAIN_EACH, "no\nno\nno\nno\nno\n3\n2\n4\n2\n\n2\n", [4, 2]),
    ],
    ids=["every-step", "pain-after-each-exercise"],
)
def test_plain_mode_writes_the_same_history_rows_as_the_app(
    tmp_path: Path, routine: Path, answers: str, exercise_pain: list[int | None]
) -> None:
    app_dir, plain_dir = tmp_path / "app", tmp_path / "plain"
    asyncio.run(_textual(app_dir, routine))
    said = _plain(plain_dir, routine, answers)
    assert "Saved in your history." in said
    app_rows, plain_rows = history_rows(app_dir), history_rows(plain_dir)
    assert app_rows["sessions"][0]["pain_before"] == 3  # the visit really was recorded
    assert app_rows["sessions"][0]["pain_after"] == 2
    assert app_rows["sessions"][0]["status"] == "completed"
    assert [e["pain_after_exercise"] for e in app_rows["session_exercises"]] == exercise_pain
    assert plain_rows == app_rows


def test_an_error_in_the_sessions_timer_ends_the_run_instead_of_being_printed(
    tmp_path: Path,
) -> None:
    """asyncio only prints an exception raised in a callback (a traceback for the patient) and
    goes on; plain mode ends and raises it, so the command line logs it and says so calmly."""
    sound = silent_sound()
    calls = 0

    def broken(events: object) -> None:
        nonlocal calls
        calls += 1
        if calls > 2:  # in a wake, not in the start
            raise RuntimeError("a bug in a listener")

    sound.handle = broken  # type: ignore[method-assign]
    read, write = os.pipe()
    os.close(write)
    app = FastPlainApp(
        AppConfig(run=EVERY_STEP, data_dir=tmp_path, no_checkins=True),
        writer=LineWriter(io.StringIO()),
        keys=Input(read),
        clock=FakeClock(START),
        sound=sound,
    )
    with pytest.raises(RuntimeError, match="a bug in a listener"):
        asyncio.run(app.main())
