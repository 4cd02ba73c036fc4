"""`coach history --list`: past sessions, sessions per week, pain over time, in plain text."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.history import print_history
from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.migrations import APPLICATION_ID
from coach.store.records import ExerciseRecord, NewSession, SessionStatus
from tests.store.builders import START


def _fill(store: HistoryStore) -> None:
    for day, (before, after, status) in enumerate(
        [(5, 4, SessionStatus.COMPLETED), (4, 2, SessionStatus.ENDED_EARLY), (3, None, None)]
    ):
        started = START + timedelta(days=day * 8)
        sid = store.start_session(NewSession("Back basics", None, None, "en", 4, started))
        store.set_pain_before(sid, before)
        record = ExerciseRecord(0, "Broen", 1, 1, 10, 10, False, started, Dose(reps=10))
        store.write_exercise(sid, record)
        if after is not None:
            store.set_pain_after(sid, after)
        if status is not None:
            store.finish_session(sid, status, started + timedelta(minutes=9))


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        _fill(opened)
        yield opened


def test_the_list_shows_sessions_weeks_and_pain(store: HistoryStore) -> None:
    out = io.StringIO()
    print_history(store, out, "en", today=date(2025, 3, 20))
    text = out.getvalue()
    sessions = text.split("Sessions, newest first\n")[1].split("\n\n")[0].splitlines()
    assert [line.split()[:2] for line in sessions] == [
        ["2025-03-19", "18:00"],
        ["2025-03-11", "18:00"],
        ["2025-03-03", "18:00"],
    ]
    assert "in progress" in sessions[0] and "pain 3 → –" in sessions[0]
    assert "ended early" in sessions[1] and "1 of 4 exercises" in sessions[1]
    assert "completed" in sessions[2] and "pain 5 → 4" in sessions[2]
    weeks = text.split("Sessions per week, the last 12 weeks\n")[1].split("\n\n")[0]
    assert weeks.splitlines() == [
        "  2025-W10  #        sessions: 1, completed: 1",
        "  2025-W11  #        sessions: 1, completed: 0",
        "  2025-W12  #        sessions: 1, completed: 0",
    ]
    pain = text.split("Pain before and after, oldest first (0–10)\n")[1].splitlines()
    assert pain[0] == "  2025-03-03 18:00  before  5 #####       after   4 ####"
    assert pain[2] == "  2025-03-19 18:00  before  3 ###         after   –"


def test_the_list_speaks_norwegian(store: HistoryStore) -> None:
    out = io.StringIO()
    print_history(store, out, "nb", today=date(2025, 3, 20))
    text = out.getvalue()
    assert "Økter, nyeste først" in text and "avsluttet tidlig" in text
    assert "smerte 5 → 4" in text and "Økter per uke, de siste 12 ukene" in text


def test_the_command_prints_the_list(
    tmp_path: Path, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"History in {tmp_path / 'history.sqlite3'}\n")
    assert "pain 4 → 2" in out


def test_no_history_yet_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "fresh"))
    assert main(["history", "--list"]) == 0
    assert "No sessions yet." in capsys.readouterr().out
    assert not (tmp_path / "fresh").exists()


def test_an_unusable_history_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coach history: error: The history file")
    assert "history version 42" in err and "Traceback" not in err
