"""Anonymous counts: sessions started and completed, per routine, per day. Nothing else.

The file is JSON (docs/kiosk.md shows it); it is rewritten whole through a temporary file and a
rename, so a power cut leaves the old counts or the new ones, never half a file. A count that
cannot be written is reported once through `on_failure` and the kiosk goes on.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Final

from coach.private_files import private_dir
from coach.session.events import Event, EventKind

FORMAT: Final = "coach-kiosk-counts"
VERSION: Final = 1
STARTED: Final = "started"
COMPLETED: Final = "completed"

Counts = dict[str, dict[str, dict[str, int]]]  # day -> routine title -> started/completed -> n


def read_counts(path: Path) -> Counts:
    """The counts in `path`; empty when there is no file yet (ValueError when it is not ours)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a coach kiosk counts file")
    days = data.get("days", {})
    if not isinstance(days, dict):
        raise ValueError(f"{path} is not a coach kiosk counts file")
    return {
        str(day): {
            str(title): {k: int(v) for k, v in figures.items() if k in (STARTED, COMPLETED)}
            for title, figures in routines.items()
        }
        for day, routines in days.items()
    }


class SessionCounts:
    """Adds one to a routine's count for today when a session starts, and when it completes."""

    def __init__(
        self,
        path: Path,
        *,
        today: Callable[[], date] = date.today,
        on_failure: Callable[[OSError | ValueError], None] | None = None,
    ) -> None:
        self.path = path
        self._today = today
        self._on_failure = on_failure
        self._failed = False

    def listener(self, routine_title: str) -> Callable[[Sequence[Event]], None]:
        """An event listener for one session of `routine_title`."""

        def handle(events: Sequence[Event]) -> None:
            for event in events:
                if event.kind is EventKind.SESSION_STARTED:
                    self.add(routine_title, STARTED)
                elif event.kind is EventKind.SESSION_COMPLETED:
                    self.add(routine_title, COMPLETED)

        return handle

    def add(self, routine_title: str, what: str) -> None:
        """Count one more `what` (started or completed) for `routine_title` today."""
        if self._failed:
            return
        try:
            counts = read_counts(self.path)
            day = counts.setdefault(self._today().isoformat(), {})
            figures = day.setdefault(routine_title, {STARTED: 0, COMPLETED: 0})
            figures[what] = figures.get(what, 0) + 1
            self._write(counts)
        except (OSError, ValueError) as err:
            self._failed = True  # once: a full disk must not cost a notice per event
            if self._on_failure is not None:
                self._on_failure(err)

    def _write(self, counts: Counts) -> None:
        private_dir(self.path.parent)
        data = {"format": FORMAT, "version": VERSION, "days": counts}
        text = json.dumps(data, indent=1, ensure_ascii=False)  # routine titles as written
        fd, tmp = tempfile.mkstemp(prefix=".kiosk-counts-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text + "\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
