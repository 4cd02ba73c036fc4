"""Building the app with the safety hooks for tests: a fixed wall clock, a data folder in
`tmp_path`, and plain reads of the history file it writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from coach.ui.app import CoachApp
from coach.visit.flow import VisitSteps
from coach.visit.safety import SafetyStages
from tests.ui.support import EVERY_STEP, coach_app

SAFETY_DATA = Path(__file__).resolve().parent.parent / "data" / "safety"
# Two short exercises, pain after each, and one red-flag question of the routine's own.
PAIN_EACH = SAFETY_DATA / "pain-each-exercise.en.yaml"

MONDAY_9AM = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@dataclass
class WallClock:
    """The wall clock the stages read; tests move it to another day."""

    now: datetime = MONDAY_9AM

    def __call__(self) -> datetime:
        return self.now


def safety_hooks(clock: WallClock | None = None) -> VisitSteps:
    """The hooks of issue 5, as `default_steps` registers them, on `clock`."""
    safety = SafetyStages(now=clock or WallClock())
    return VisitSteps(
        before=(safety.red_flags, safety.pain_before, safety.severe_pain_before),
        after=(safety.pain_after, safety.guidance),
        listeners=(safety.history, safety.exercise_pain),
    )


def safety_app(
    data_dir: Path,
    routine: Path | None = EVERY_STEP,
    *,
    clock: WallClock | None = None,
    hooks: VisitSteps | None = None,
    **config: Any,
) -> CoachApp:
    """`coach run ROUTINE --data-dir DATA_DIR` with the safety hooks, on fake clocks."""
    return coach_app(routine, hooks=hooks or safety_hooks(clock), data_dir=data_dir, **config)


def screen_name(pilot: Pilot[int]) -> str:
    return type(pilot.app.screen).__name__


def rows(data_dir: Path, sql: str) -> list[dict[str, Any]]:
    """Rows of the history file, read with plain sqlite3 (what the physio's tools would see)."""
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def session_recorder(app: CoachApp) -> Any:
    """The running session's history recorder (the listener the history stage added)."""
    from coach.visit.recording import RecordingListener

    assert app.session is not None
    for listener in app.session.listeners:
        owner = getattr(listener, "__self__", None)
        if isinstance(owner, RecordingListener):
            return owner._recorder
    raise AssertionError("no history recorder in this session")


async def writes_done(pilot: Pilot[int], recorder: Any) -> None:
    """Wait (in a thread: the app's loop must go on) until the recorder's writes are done, then
    until the app has shown what they said."""
    import asyncio

    assert await asyncio.to_thread(recorder.flush, 10)
    await pilot.pause()
