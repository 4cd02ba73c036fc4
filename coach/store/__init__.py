"""The history of sessions (SQLite) and its export; see docs/history.md."""

from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore
from coach.store.paths import data_dir, database_path
from coach.store.recorder import HistoryRecorder, NullRecorder, SessionRecorder, start_recording
from coach.store.records import SessionStatus

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
