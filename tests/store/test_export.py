"""`coach export`: what a scripted session did is exactly what the CSV and the JSON say."""

from __future__ import annotations

import csv
import io
import json
import stat
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from coach.cli import main
from coach.session.events import EventKind
from coach.session.plan import Dose
from coach.store.export import COLUMNS
from coach.store.history import HistoryStore
from coach.store.migrations import APPLICATION_ID
from tests.store.builders import START, Session, back_routine, write_routine_file

DOCS = Path(__file__).resolve().parents[2] / "docs" / "history.md"


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Path, Session]:
    """A session with a chosen dose, a skipped exercise and pain answers, in a data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    routine_file = write_routine_file(tmp_path)
    with HistoryStore.open(folder / "history.sqlite3") as store:
        session = Session(
            store, back_routine(routine_file), routine_file, doses={3: Dose(reps=4, hold=4.0)}
        )
        session.recorder.set_pain_before(5)
        session.start()
        session.run_until(lambda e: e.kind is EventKind.EXERCISE_COMPLETED)
        session.recorder.set_exercise_pain(0, 4)
        session.run_until(lambda e: e.kind is EventKind.TIMED_STARTED)
        session.command("skip")  # Katte-ku
        session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
        session.recorder.set_pain_after(3)
        session.recorder.flush()
    return folder, session


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def _expected_by_exercise(session: Session) -> dict[int, dict[str, object]]:
    """What the engine's events say each exercise did, counted independently of the store."""
    counts: dict[EventKind, Counter[int]] = {
        kind: Counter(e.exercise_index for e in session.events if e.kind is kind)
        for kind in (EventKind.REP_COUNTED, EventKind.HOLD_ENDED, EventKind.SET_COMPLETED)
    }
    completed = {
        e.exercise_index: e.t for e in session.events if e.kind is EventKind.EXERCISE_COMPLETED
    }
    skipped = {e.exercise_index for e in session.events if e.kind is EventKind.SKIPPED}
    expected = {}
    for index in range(4):
        done_at = completed.get(index)
        expected[index] = {
            "reps_done": counts[EventKind.REP_COUNTED][index],
            "holds_done": counts[EventKind.HOLD_ENDED][index],
            "sets_done": counts[EventKind.SET_COMPLETED][index],
            "skipped": index in skipped and done_at is None,
            "completed_at": None
            if done_at is None
            else (START + timedelta(seconds=int(done_at - 100.0))).isoformat(),
        }
    return expected


def test_the_csv_says_exactly_what_the_session_did(
    recorded: tuple[Path, Session], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, session = recorded
    rows = list(csv.DictReader(io.StringIO(_export(capsys, "--data-dir", str(folder)))))
    assert len(rows) == 4
    assert list(rows[0]) == list(COLUMNS)
    expected = _expected_by_exercise(session)
    for index, row in enumerate(rows):
        want = expected[index]
        assert row["exercise_number"] == str(index + 1)
        assert int(row["reps_done"]) == want["reps_done"]
        assert int(row["holds_done"]) == want["holds_done"]
        assert int(row["sets_done"]) == want["sets_done"]
        assert row["skipped"] == ("true" if want["skipped"] else "false")
        assert row["completed_at"] == (want["completed_at"] or "")
        assert (row["session_status"], row["pain_before"], row["pain_after"]) == (
            "completed",
            "5",
            "3",
        )
        assert row["session_started_at"] == "2025-03-03T18:00:00+01:00"
    assert [r["exercise_name"] for r in rows] == ["Bekkentilt", "Katte-ku", "Diagonalløft", "Broen"]
    assert [r["pain_after_exercise"] for r in rows] == ["4", "", "", ""]
    assert [(r["dose_reps"], r["dose_hold_s"], r["dose_duration_s"]) for r in rows] == [
        ("3", "2", ""),
        ("", "", "6"),
        ("2", "1", ""),
        ("4", "4", ""),
    ]
    assert [r["sides"] for r in rows] == ["", "", "left+right", ""]
    assert rows[1]["skipped"] == "true" and rows[3]["reps_done"] == "8"


def test_the_json_says_the_same_as_the_csv(
    recorded: tuple[Path, Session], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = recorded
    from_csv = list(csv.DictReader(io.StringIO(_export(capsys, "--data-dir", str(folder)))))
    document = json.loads(_export(capsys, "--format", "json", "--data-dir", str(folder)))
    assert document["format"] == "coach-history" and document["version"] == 1
    assert document["columns"] == list(COLUMNS)
    assert len(document["rows"]) == len(from_csv)

    def as_csv(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    for obj, row in zip(document["rows"], from_csv, strict=True):
        assert {k: as_csv(v) for k, v in obj.items()} == row
    first = document["rows"][0]
    assert first["skipped"] is False and first["reps_done"] == 3 and first["dose_hold_s"] == 2


def test_since_keeps_sessions_from_that_day_on(
    recorded: tuple[Path, Session], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = recorded
    args = ["--format", "json", "--data-dir", str(folder)]
    assert len(json.loads(_export(capsys, *args, "--since", "2025-03-03"))["rows"]) == 4
    assert json.loads(_export(capsys, *args, "--since", "2025-03-04"))["rows"] == []


@pytest.mark.parametrize("value", ["yesterday", "2025-02-30", "03/03/2025", "20250303"])
def test_a_bad_since_date_is_a_clear_error(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--since", value, "--data-dir", str(tmp_path)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"'{value}' is not a date: write it as YYYY-MM-DD" in err
    assert "Traceback" not in err


def test_a_bad_since_date_is_explained_in_norwegian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_LANG", "nb")
    with pytest.raises(SystemExit):
        main(["export", "--since", "i går", "--data-dir", str(tmp_path)])
    assert "'i går' er ikke en dato: skriv den som ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_export_to_a_file_is_private_and_says_how_many_rows(
    recorded: tuple[Path, Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = recorded
    out = tmp_path / "for-the-physio.csv"
    assert main(["export", "-o", str(out), "--data-dir", str(folder)]) == 0
    assert f"4 rows written to {out}" in capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text("utf-8").splitlines()[0] == ",".join(COLUMNS)


def test_export_to_an_impossible_file_is_a_clear_error(
    recorded: tuple[Path, Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = recorded
    target = tmp_path / "no-such-folder" / "out.csv"
    assert main(["export", "-o", str(target), "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {target}" in err and "Traceback" not in err


def test_export_without_a_history_writes_only_the_header_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    assert _export(capsys, "--data-dir", str(folder)).splitlines() == [",".join(COLUMNS)]
    assert not folder.exists()


def test_export_of_a_newer_history_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert main(["export", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "coach export: error:" in err and "newer version of coach" in err


def test_every_export_column_is_documented() -> None:
    docs = DOCS.read_text("utf-8")
    missing = [column for column in COLUMNS if f"| `{column}` |" not in docs]
    assert missing == []
