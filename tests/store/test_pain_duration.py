"""Schema version 4: how long the back had hurt at the first session, asked once (issue 11)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from coach.store.errors import HistoryUnavailable
from coach.store.history import HistoryStore
from coach.store.migrations import LATEST_VERSION, MIGRATIONS
from tests.store.builders import START


def test_a_version_3_history_gains_the_answers_and_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO sessions (routine_title, language, exercises_planned, started_at, status,"
        " pain_before) VALUES ('Back basics', 'nb', 2, '2025-03-03T18:00:00+01:00',"
        " 'completed', 4)"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with HistoryStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION == 5
        assert [s.pain_before for s in store.sessions()] == [4]
        assert store.pain_duration() is None  # never asked: the first session asks


def test_the_first_answer_is_the_one_kept(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        store.record_pain_duration(START, "over_3_weeks")
        store.record_pain_duration(START + timedelta(days=9), "under_1_week")
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        assert store.pain_duration() == (START, "over_3_weeks")


def test_only_the_known_answers_are_stored(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        with pytest.raises(HistoryUnavailable):
            store.record_pain_duration(START, "forever")
        assert store.pain_duration() is None
