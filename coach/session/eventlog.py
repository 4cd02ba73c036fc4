"""The `--events` file: one JSON object per line for every event (format in docs/events.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from coach.private_files import open_private, private_dir
from coach.session.events import Event


class EventLog:
    """Appends events to a JSON Lines file, flushing every line so a crash loses nothing.

    Use it as a listener: `log = EventLog(path); log(engine.tick(now))`. The file is opened (and
    created owner-only, with its folder) right away, so a bad path fails before the session
    starts.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        private_dir(self.path.parent)
        self._file: IO[str] | None = open_private(self.path, "a")

    def __call__(self, events: Iterable[Event]) -> None:
        """Append `events`, one line each."""
        if self._file is None:
            raise ValueError(f"the event log {self.path} is closed")
        for event in events:
            self._file.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            self._file.flush()

    def close(self) -> None:
        """Close the file; closing twice is harmless."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> EventLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_event_log(path: str | Path) -> list[dict[str, object]]:
    """The objects of an events file, in order (blank lines ignored)."""
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
