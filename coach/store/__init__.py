"""The history of sessions (SQLite) and its export; see docs/history.md."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.store.errors import HistoryUnavailable, Problem
    from coach.store.history import HistoryStore
    from coach.store.paths import data_dir, database_path
    from coach.store.recorder import (
        HistoryRecorder,
        NullRecorder,
        SessionRecorder,
        start_recording,
    )
    from coach.store.records import SessionStatus

# Imported on first use: `coach run` reads `coach.store.paths` (where the data folder is) and
# must not pay for SQLite and the recorder before its first frame.
_HOMES = {
    "HistoryUnavailable": "errors",
    "Problem": "errors",
    "HistoryStore": "history",
    "data_dir": "paths",
    "database_path": "paths",
    "HistoryRecorder": "recorder",
    "NullRecorder": "recorder",
    "SessionRecorder": "recorder",
    "start_recording": "recorder",
    "SessionStatus": "records",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)


__all__ = [
    "HistoryRecorder",
    "HistoryStore",
    "HistoryUnavailable",
    "NullRecorder",
    "Problem",
    "SessionRecorder",
    "SessionStatus",
    "data_dir",
    "database_path",
    "start_recording",
]
