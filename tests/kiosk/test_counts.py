"""Anonymous counts: started and completed sessions per routine per day, nothing more."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coach.kiosk.counts import SessionCounts, read_counts
from coach.session.events import Event, EventKind


def test_counts_per_routine_per_day(tmp_path: Path) -> None:
    days = iter([date(2025, 3, 3)] * 3 + [date(2025, 3, 4)] * 2)
    counts = SessionCounts(tmp_path / "counts.json", today=lambda: next(days))
    back = counts.listener("Back basics")
    acute = counts.listener("Acute back")
    back([Event(EventKind.SESSION_STARTED, 0.0), Event(EventKind.EXERCISE_STARTED, 0.0)])
    back([Event(EventKind.SESSION_COMPLETED, 90.0)])
    acute([Event(EventKind.SESSION_STARTED, 100.0)])
    acute([Event(EventKind.SESSION_ENDED_EARLY, 120.0)])  # not counted: only started/completed
    acute([Event(EventKind.SESSION_STARTED, 200.0)])
    back([Event(EventKind.SESSION_STARTED, 300.0)])
    assert read_counts(tmp_path / "counts.json") == {
        "2025-03-03": {
            "Back basics": {"started": 1, "completed": 1},
            "Acute back": {"started": 1, "completed": 0},
        },
        "2025-03-04": {
            "Acute back": {"started": 1, "completed": 0},
            "Back basics": {"started": 1, "completed": 0},
        },
    }
    data = json.loads((tmp_path / "counts.json").read_text(encoding="utf-8"))
    assert set(data) == {"format", "version", "days"}  # nothing else is kept


def test_a_count_that_cannot_be_written_is_told_once_and_the_session_goes_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "blocked").write_text("a file where the folder should be")
    failures: list[Exception] = []
    counts = SessionCounts(tmp_path / "blocked" / "counts.json", on_failure=failures.append)
    listen = counts.listener("Back basics")
    listen([Event(EventKind.SESSION_STARTED, 0.0)])
    listen([Event(EventKind.SESSION_COMPLETED, 1.0)])
    assert len(failures) == 1 and isinstance(failures[0], OSError)


def test_a_file_that_is_not_ours_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "counts.json"
    path.write_text('{"something": "else"}')
    failures: list[Exception] = []
    SessionCounts(path, on_failure=failures.append).add("Back basics", "started")
    assert path.read_text() == '{"something": "else"}'
    assert len(failures) == 1
    with pytest.raises(ValueError):
        read_counts(path)
