"""A file coach did not write is never changed, looking changes nothing, and what is wrong is
said (issue 12: a browser's database at the history path got coach's tables)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from coach.cli import main
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore
from coach.store.migrations import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from coach.store.recorder import start_recording
from coach.store.records import NewSession, SessionStatus
from tests.store.builders import START, back_routine


def _places(path: Path, *, user_version: int = 0) -> None:
    """A browser's history, as Firefox keeps it (a few of its tables), renamed."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR);
        CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, place_id INTEGER);
        INSERT INTO moz_places (url, title) VALUES ('https://example.org/', 'Example');
        """
    )
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    path.chmod(0o644)


def _coach_v3(path: Path) -> None:
    """A history written by coach before it marked its files (version 3), with one session."""
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO sessions (routine_title, language, exercises_planned, started_at, status)"
        " VALUES ('Back basics', 'nb', 4, '2025-03-03T18:00:00+01:00', 'completed')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    path.chmod(0o644)


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), stat.S_IMODE(p.stat().st_mode)) for p in folder.iterdir()}


@pytest.mark.parametrize("user_version", [0, 74], ids=["no-version", "firefox-version"])
def test_a_browser_database_at_the_history_path_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], user_version: int
) -> None:
    db = tmp_path / "history.sqlite3"
    _places(db, user_version=user_version)
    before = _state(tmp_path)
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is not a coach history file" in err and "Traceback" not in err
    assert main(["export", "--data-dir", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "is not a coach history file" in err
    # A session is not saved into it either, and says why.
    recorder = start_recording(back_routine(), data_dir=tmp_path)
    assert recorder.failure is not None
    assert recorder.failure.problem is Problem.NOT_A_DATABASE
    with pytest.raises(HistoryUnavailable) as caught:
        HistoryStore.open(db)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    assert _state(tmp_path) == before  # byte for byte, same mode, no journal beside it


def test_a_database_marked_by_another_program_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)  # even with coach's tables
    conn.execute("PRAGMA user_version = 3")
    conn.execute("PRAGMA application_id = 1179402566")  # someone else's mark
    conn.close()
    before = db.read_bytes()
    with pytest.raises(HistoryUnavailable) as caught:
        HistoryStore.open(db)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    assert db.read_bytes() == before


def test_an_unmarked_coach_history_is_recognised_by_its_tables_and_marked(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    _coach_v3(db)
    with HistoryStore.open(db) as store:
        assert [s.routine_title for s in store.sessions()] == ["Back basics"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_a_new_history_is_marked_as_coach_s(tmp_path: Path) -> None:
    HistoryStore.open(tmp_path / "history.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_looking_at_an_older_history_changes_neither_its_content_nor_its_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coach_v3(tmp_path / "history.sqlite3")
    before = _state(tmp_path)
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 0
    assert "Back basics" in capsys.readouterr().out
    assert main(["export", "--format", "json", "--data-dir", str(tmp_path)]) == 0
    assert '"session_status": "completed"' in capsys.readouterr().out
    assert _state(tmp_path) == before  # not migrated, not made 0600, no journal left


def test_looking_at_a_closed_history_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        store.start_session(NewSession("Back basics", None, None, "en", 4, START))
    before = _state(tmp_path)
    assert list(before) == ["history.sqlite3"]
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 0
    assert "Back basics" in capsys.readouterr().out
    assert main(["export", "--data-dir", str(tmp_path)]) == 0
    assert _state(tmp_path) == before  # no -wal or -shm left by a look


def test_looking_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "not-yet"
    assert main(["history", "--list", "--data-dir", str(folder)]) == 0
    assert "No sessions yet." in capsys.readouterr().out
    assert main(["export", "--data-dir", str(folder)]) == 0
    assert not folder.exists()


@pytest.mark.parametrize("command", [["history", "--list"], ["export"]])
def test_a_data_folder_that_is_a_file_is_said_with_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", "utf-8")
    monkeypatch.setenv("COACH_DATA_DIR", str(notes))
    assert main(command) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no "No sessions yet", no empty CSV
    assert f"The history folder {notes} cannot be created or used" in err
    assert notes.read_text("utf-8") == "my notes\n"


_RECORDING_PROCESS = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from pathlib import Path
    from coach.store.history import HistoryStore
    from coach.store.records import NewSession

    store = HistoryStore.open(Path(sys.argv[1]))
    store.start_session(NewSession("Back basics", None, None, "en", 4, datetime.now().astimezone()))
    print("started", flush=True)
    sys.stdin.readline()  # the session runs until the test says
    """
)


def test_a_session_running_in_another_coach_shows_in_progress_until_it_is_cut_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "history.sqlite3"
    other = subprocess.Popen(
        [sys.executable, "-c", _RECORDING_PROCESS, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "started\n"
        assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 0
        assert "in progress" in capsys.readouterr().out
        # Another coach opening the file to write (a second session) leaves it running too.
        with HistoryStore.open(db) as store:
            assert [s.status for s in store.sessions()] == [SessionStatus.IN_PROGRESS]
    finally:
        other.kill()
        other.wait()
    assert main(["history", "--list", "--data-dir", str(tmp_path)]) == 0
    assert "incomplete (cut off)" in capsys.readouterr().out
    with HistoryStore.open(db) as store:
        assert [s.status for s in store.sessions()] == [SessionStatus.INCOMPLETE]


def test_a_full_disk_at_the_start_is_said_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ENOSPC injected where the store creates its files (a real full disk needs a small
    # file system mounted, which the tests cannot do): the folder is made, the file is not.
    def full(path: Path) -> bool:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("coach.store.history.create_private_file", full)
    recorder = start_recording(back_routine(), data_dir=tmp_path / "data")
    failure = recorder.failure
    assert failure is not None and failure.problem is Problem.DISK_FULL
    assert failure.message("en").startswith("The disk is full: coach cannot save")
    assert failure.message("nb").startswith("Disken er full: coach kan ikke lagre")


def test_a_disk_that_fills_during_a_write_is_said_as_full(tmp_path: Path) -> None:
    # SQLite's own SQLITE_FULL, for real: the file may not grow by a single page.
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        long_title = "x" * 20_000
        with pytest.raises(HistoryUnavailable) as caught:
            store.start_session(NewSession(long_title, None, None, "en", 4, START))
        assert caught.value.problem is Problem.DISK_FULL


def test_an_exercise_written_later_counts_a_session_of_this_process_as_running(
    tmp_path: Path,
) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        store.start_session(NewSession("Back basics", None, None, "en", 4, datetime.now()))
        assert store.sessions()[0].status is SessionStatus.IN_PROGRESS
