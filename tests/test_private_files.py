"""Everything coach creates is its owner's only, whatever the umask (issue 12: under umask 000
the data folder was 0777, kiosk.log and the --events file 0666).

Each case runs a real coach process with umask 000 and looks at the modes it left."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from coach.store.history import HistoryStore
from tests.store.builders import START

ROUTINE = Path(__file__).resolve().parent / "data" / "safety" / "pain-each-exercise.en.yaml"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _umask_000() -> None:
    os.umask(0)


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        preexec_fn=_umask_000,
        env={**os.environ, "COACH_LANG": "en", **(env or {})},
        timeout=60,
        check=False,
    )


# A session recorded as the app records it, an events file, an error log, the kiosk's log and
# counts, and the patient's routines folder; the modes are read while the history is open (its
# -wal and -shm exist only then).
EVERYTHING = textwrap.dedent(
    """
    import json, os, stat, sys
    from datetime import date
    from pathlib import Path
    from coach.kiosk.counts import SessionCounts
    from coach.kiosk.log import open_kiosk_log
    from coach.routine.loader import load_routine
    from coach.session.eventlog import EventLog
    from coach.session.events import Event, EventKind
    from coach.store.recorder import start_recording
    from coach.visit.config import prepare_user_routines, user_routines_dir
    from coach.error_log import new_error_log_path, write_error_log

    root = Path(sys.argv[1])
    data = root / "data" / "coach"
    routine = load_routine(Path(sys.argv[2]))
    recorder = start_recording(routine, data_dir=data)
    assert recorder.failure is None, recorder.failure
    recorder.handle([Event(EventKind.SESSION_STARTED, 0.0)])
    assert recorder.flush(10)
    modes = {}
    for p in sorted(data.iterdir()):
        modes[p.name] = stat.S_IMODE(p.stat().st_mode)
    recorder.close()
    with EventLog(root / "events" / "run.jsonl") as log:
        log([Event(EventKind.SESSION_STARTED, 0.0)])
    write_error_log(new_error_log_path(data), RuntimeError("planted"))
    logger = open_kiosk_log(root / "kiosk" / "kiosk.log")
    logger.info("started")
    SessionCounts(root / "kiosk" / "counts.json").add("Back basics", "started")
    assert prepare_user_routines(user_routines_dir(data)) is None
    print(json.dumps(modes))
    """
)


def test_every_file_and_folder_coach_creates_is_private_under_umask_000(tmp_path: Path) -> None:
    done = _run([sys.executable, "-c", EVERYTHING, str(tmp_path), str(ROUTINE)])
    assert done.returncode == 0, done.stderr
    open_modes = json.loads(done.stdout.strip().splitlines()[-1])
    assert open_modes["history.sqlite3"] == 0o600
    assert open_modes["history.sqlite3-wal"] == 0o600  # SQLite's journal, beside it while open
    assert open_modes["history.sqlite3-shm"] == 0o600
    data = tmp_path / "data" / "coach"
    folders = [tmp_path / "data", data, data / "logs", data / "routines"]
    folders += [tmp_path / "events", tmp_path / "kiosk"]
    assert {str(f): oct(_mode(f)) for f in folders} == {str(f): "0o700" for f in folders}
    files = [data / "history.sqlite3", tmp_path / "events" / "run.jsonl"]
    files += list((data / "logs").iterdir())
    files += [tmp_path / "kiosk" / "kiosk.log", tmp_path / "kiosk" / "counts.json"]
    assert len(files) == 5
    assert {str(f): oct(_mode(f)) for f in files} == {str(f): "0o600" for f in files}


def test_the_events_file_and_an_export_from_the_command_line_are_private(tmp_path: Path) -> None:
    events = tmp_path / "new" / "events.jsonl"
    # Without a terminal `coach run` stops after checking (and creating) the events file.
    _run([sys.executable, "-m", "coach", "run", "--events", str(events), str(ROUTINE)])
    assert (_mode(events.parent), _mode(events)) == (0o700, 0o600)
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        from coach.store.records import NewSession

        store.start_session(NewSession("Back basics", None, None, "en", 4, START))
    for fmt in ("csv", "json"):
        out = tmp_path / f"export.{fmt}"
        done = _run(
            [sys.executable, "-m", "coach", "export", "--format", fmt, "-o", str(out)],
            env={"COACH_DATA_DIR": str(tmp_path)},
        )
        assert done.returncode == 0, done.stderr
        assert _mode(out) == 0o600


def test_a_data_folder_the_patient_made_keeps_its_mode(tmp_path: Path) -> None:
    data = tmp_path / "data" / "coach"
    data.mkdir(parents=True)
    data.chmod(0o755)  # theirs: coach does not change it
    done = _run([sys.executable, "-c", EVERYTHING, str(tmp_path), str(ROUTINE)])
    assert done.returncode == 0, done.stderr
    assert _mode(data) == 0o755
    assert _mode(data / "history.sqlite3") == 0o600
