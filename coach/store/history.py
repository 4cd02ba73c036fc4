"""The history database: one SQLite file, opened safely, written one small transaction at a time.

Every write is its own committed transaction (WAL mode, `synchronous=FULL`), so a program killed
at any moment leaves the file intact with everything up to the last finished write. A session
still marked `in_progress` when a later process opens the file was cut off: it becomes
`incomplete`. A file this code cannot use (unreadable, locked, not a database, corrupt, or
written by a newer coach) raises `HistoryUnavailable` and is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from coach.private_files import FILE_MODE, create_private_file, private_dir
from coach.session.plan import Dose
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.migrations import (
    APPLICATION_ID,
    LATEST_VERSION,
    MARKED_FROM_VERSION,
    migrate,
)
from coach.store.paths import data_dir, database_path
from coach.store.records import (
    DosePoint,
    ExerciseRecord,
    ExportRow,
    NewSession,
    PainPoint,
    SessionRecord,
    SessionStatus,
    WeekCount,
)

DEFAULT_BUSY_TIMEOUT_S: Final = 2.0
# A session still `in_progress` whose recorder started it longer ago than this was cut off, even
# if some process now has the same number (process numbers are reused after a restart).
LONGEST_SESSION: Final = timedelta(hours=12)
# The sessions this process is recording right now, by database path and session id: another
# open of the same file in this process must not take them for sessions cut off.
_RECORDING: set[tuple[str, int]] = set()


def classify(err: sqlite3.Error, default: Problem) -> Problem:
    """The `Problem` an SQLite error stands for; `default` when the code says nothing more."""
    name = getattr(err, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_NOTADB"):
        return Problem.NOT_A_DATABASE
    if name.startswith("SQLITE_CORRUPT"):
        return Problem.CORRUPT
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Problem.LOCKED
    if name.startswith("SQLITE_FULL"):
        return Problem.DISK_FULL
    if name.startswith("SQLITE_READONLY"):
        return Problem.READ_ONLY
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return Problem.UNREADABLE
    return default


def to_text(moment: datetime) -> str:
    """A timestamp as stored: ISO 8601 to the second, with the UTC offset (local if naive)."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return aware.isoformat(timespec="seconds")


def _from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _maybe_time(text: str | None) -> datetime | None:
    return None if text is None else _from_text(text)


def _dose(row: sqlite3.Row) -> Dose:
    return Dose(row["dose_reps"], row["dose_hold_s"], row["dose_duration_s"])


def _create_private(path: Path) -> None:
    """Create the file (and its folder) owner-only if missing; an existing file is never
    truncated."""
    try:
        private_dir(path.parent)
        create_private_file(path)
    except OSError as err:
        problem = Problem.DISK_FULL if err.errno == errno.ENOSPC else Problem.UNREADABLE
        raise HistoryUnavailable(problem, path, err.strerror or str(err)) from err


def _tighten_mode(path: Path) -> None:
    """Make a history file of ours owner-only if something loosened it (never fatal)."""
    with contextlib.suppress(OSError):
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == os.getuid():
            path.chmod(FILE_MODE)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return False
    return True


def _still_recording(path: Path, session_id: int, started_at: str, pid: int | None) -> bool:
    """True while the process that started an `in_progress` session may still be recording it."""
    if pid is None:
        return False  # started by a coach from before the mark: nobody can be recording it
    if pid == os.getpid():
        return (str(path.resolve()), session_id) in _RECORDING
    started = _from_text(started_at)
    if datetime.now(started.tzinfo) - started > LONGEST_SESSION:
        return False
    return _process_alive(pid)


def _status(path: Path, row: sqlite3.Row, prefix: str = "") -> SessionStatus:
    """How a session ended, as read: `in_progress` only while it is really being recorded."""
    status = SessionStatus(row[f"{prefix}status"])
    if status is SessionStatus.IN_PROGRESS and not _still_recording(
        path, row[f"{prefix}id"], row[f"{prefix}started_at"], row["recorder_pid"]
    ):
        return SessionStatus.INCOMPLETE
    return status


def _recognised(conn: sqlite3.Connection, path: Path) -> int:
    """The `user_version` of a file that is coach's history (or an empty file, or a new one);
    raises NOT_A_DATABASE for any other SQLite file, or NEWER for a newer coach's."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == APPLICATION_ID:
        ours = True
    elif app_id != 0:
        ours = False  # another program marked it as its own
    elif not tables:
        ours = found == 0  # an empty file: a history about to be made
    else:
        # Written by a coach from before the mark (versions 1 to 3): known by its tables.
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        ours = (
            1 <= found < MARKED_FROM_VERSION
            and {"sessions", "session_exercises"} <= tables
            and {"routine_title", "started_at", "status", "pain_before"} <= columns
        )
    if not ours:
        raise HistoryUnavailable(Problem.NOT_A_DATABASE, path)
    if found > LATEST_VERSION:
        raise HistoryUnavailable(Problem.NEWER, path, found_version=found)
    return found


def _checked_version(conn: sqlite3.Connection, path: Path) -> int:
    """The version of coach's own, undamaged history at `path` (read before anything is written
    or migrated); raises `HistoryUnavailable` for another program's file or a damaged one."""
    try:
        found = _recognised(conn, path)
    except sqlite3.Error as err:
        raise HistoryUnavailable(classify(err, Problem.UNREADABLE), path, str(err)) from err
    try:
        check = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as err:
        raise HistoryUnavailable(classify(err, Problem.CORRUPT), path, str(err)) from err
    if check != ["ok"]:
        raise HistoryUnavailable(Problem.CORRUPT, path, "; ".join(map(str, check[:3])))
    return found


class HistoryStore:
    """An open history database. Use from one thread at a time; close it (or use `with`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._recording: set[tuple[str, int]] = set()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S,
        read_only: bool = False,
    ) -> HistoryStore:
        """Open (creating if missing) and migrate the database at `path`.

        With `read_only` (looking: `coach history`, `coach export`) nothing is created and
        nothing is changed, not even the file's mode; an older file is read through an
        up-to-date copy in memory. Raises `HistoryUnavailable` without changing the file when
        it cannot be used, and for any SQLite file that is not coach's.
        """
        if read_only:
            return cls._open_read_only(path, busy_timeout)
        _create_private(path)
        try:
            conn = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise HistoryUnavailable(classify(err, Problem.UNREADABLE), path, str(err)) from err
        conn.row_factory = sqlite3.Row
        try:
            cls._prepare(conn, path)
        except BaseException:
            conn.close()
            raise
        _tighten_mode(path)
        for journal in ("-wal", "-shm"):
            _tighten_mode(path.with_name(path.name + journal))
        return cls(conn, path)

    @classmethod
    def _open_read_only(cls, path: Path, busy_timeout: float) -> HistoryStore:
        if not path.is_file():
            reason = os.strerror(errno.ENOENT if not path.exists() else errno.EISDIR)
            raise HistoryUnavailable(Problem.UNREADABLE, path, reason)
        # With no journal beside the file, nobody is writing it: read it as it stands, or SQLite
        # would leave an empty -wal and a -shm behind after a mere look.
        journal = path.with_name(path.name + "-wal").exists()
        options = "mode=ro" if journal else "mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?{options}",
                uri=True,
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as err:
            raise HistoryUnavailable(classify(err, Problem.UNREADABLE), path, str(err)) from err
        conn.row_factory = sqlite3.Row
        try:
            found = _checked_version(conn, path)
            if found < LATEST_VERSION:
                # Read an older file as this code knows it, without upgrading the file itself.
                copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                conn.backup(copy)
                conn.close()
                conn = copy
                conn.row_factory = sqlite3.Row
                migrate(conn)
        except sqlite3.Error as err:
            conn.close()
            raise HistoryUnavailable(classify(err, Problem.UNREADABLE), path, str(err)) from err
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, read_only=True)

    @classmethod
    def open_default(
        cls, override: Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S
    ) -> HistoryStore:
        """Open the history in the data folder (`--data-dir` > `COACH_DATA_DIR` > user data)."""
        return cls.open(database_path(data_dir(override)), busy_timeout=busy_timeout)

    @staticmethod
    def _prepare(conn: sqlite3.Connection, path: Path) -> None:
        # Read before writing anything: neither a newer file nor some other program's database
        # may even get its journal mode set.
        found = _checked_version(conn, path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: each commit reaches the disk, so a power cut keeps finished exercises too.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            if found < LATEST_VERSION:
                found = migrate(conn)
                if found > LATEST_VERSION:  # a newer coach migrated it while we waited
                    raise HistoryUnavailable(Problem.NEWER, path, found_version=found)
            live = conn.execute(
                "SELECT id, started_at, recorder_pid FROM sessions WHERE status = 'in_progress'"
            ).fetchall()
            cut_off = [r[0] for r in live if not _still_recording(path, r[0], r[1], r[2])]
            for session_id in cut_off:
                conn.execute(
                    "UPDATE sessions SET status = 'incomplete' WHERE id = ?", (session_id,)
                )
        except sqlite3.Error as err:
            raise HistoryUnavailable(classify(err, Problem.UNREADABLE), path, str(err)) from err

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before it fails as LOCKED."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        _RECORDING.difference_update(self._recording)
        self._recording.clear()
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; any database error becomes `HistoryUnavailable`."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as err:
            # A failed COMMIT (disk full, lost lock) leaves the transaction open; close it so the
            # next write starts clean.
            # (A closed connection raises even when asked whether a transaction is open.)
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            if isinstance(err, sqlite3.Error):
                raise HistoryUnavailable(
                    classify(err, Problem.WRITE_FAILED), self.path, str(err)
                ) from err
            raise

    def _read(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise HistoryUnavailable(
                classify(err, Problem.UNREADABLE), self.path, str(err)
            ) from err

    def _cursor(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> Iterator[Any]:
        """The rows of a query, fetched as they are iterated."""
        try:
            cursor = self._conn.execute(sql, params)
            while rows := cursor.fetchmany(256):
                yield from rows
        except sqlite3.Error as err:
            raise HistoryUnavailable(
                classify(err, Problem.UNREADABLE), self.path, str(err)
            ) from err

    @property
    def schema_version(self) -> int:
        """The `PRAGMA user_version` of the open file."""
        return int(self._read("PRAGMA user_version")[0][0])

    # -- writing a session -------------------------------------------------------------------

    def start_session(self, new: NewSession) -> int:
        """Write the row of a session that has just started; returns its id."""
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (routine_title, routine_path, routine_sha256, language,"
                " exercises_planned, started_at, status, pain_before, recorder_pid)"
                " VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, ?)",
                (
                    new.routine_title,
                    new.routine_path,
                    new.routine_sha256,
                    new.language,
                    new.exercises_planned,
                    to_text(new.started_at),
                    new.pain_before,
                    os.getpid(),
                ),
            )
            assert cur.lastrowid is not None
        self._mark_recording(cur.lastrowid)
        return cur.lastrowid

    def write_exercise(self, session_id: int, record: ExerciseRecord) -> None:
        """Write (or rewrite, after going back to it) one exercise of a running session."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO session_exercises (session_id, exercise_index, name, sides,"
                " sets_planned, sets_done, reps_done, holds_done, skipped, completed_at,"
                " pain_after_exercise, dose_reps, dose_hold_s, dose_duration_s)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, exercise_index) DO UPDATE SET"
                " name = excluded.name, sides = excluded.sides,"
                " sets_planned = excluded.sets_planned, sets_done = excluded.sets_done,"
                " reps_done = excluded.reps_done, holds_done = excluded.holds_done,"
                " skipped = excluded.skipped, completed_at = excluded.completed_at,"
                " pain_after_exercise = excluded.pain_after_exercise,"
                " dose_reps = excluded.dose_reps, dose_hold_s = excluded.dose_hold_s,"
                " dose_duration_s = excluded.dose_duration_s",
                (
                    session_id,
                    record.index,
                    record.name,
                    "+".join(record.sides),
                    record.sets_planned,
                    record.sets_done,
                    record.reps_done,
                    record.holds_done,
                    int(record.skipped),
                    None if record.completed_at is None else to_text(record.completed_at),
                    record.pain_after_exercise,
                    record.dose.reps,
                    record.dose.hold,
                    record.dose.duration,
                ),
            )
            # Another process that opened the file meanwhile took this live session for a
            # cut-off one; it is still running, so say so again.
            conn.execute(
                "UPDATE sessions SET status = 'in_progress', recorder_pid = ?"
                " WHERE id = ? AND status = 'incomplete'",
                (os.getpid(), session_id),
            )
        self._mark_recording(session_id)

    def _mark_recording(self, session_id: int) -> None:
        key = (str(self.path.resolve()), session_id)
        _RECORDING.add(key)
        self._recording.add(key)

    def set_pain_before(self, session_id: int, pain: int) -> None:
        """Record the pain reported before the session."""
        with self._write() as conn:
            conn.execute("UPDATE sessions SET pain_before = ? WHERE id = ?", (pain, session_id))

    def set_pain_after(self, session_id: int, pain: int) -> None:
        """Record the pain reported after the session."""
        with self._write() as conn:
            conn.execute("UPDATE sessions SET pain_after = ? WHERE id = ?", (pain, session_id))

    def set_exercise_pain(self, session_id: int, index: int, pain: int) -> bool:
        """Record the pain after exercise `index`; False if that exercise is not written yet."""
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE session_exercises SET pain_after_exercise = ?"
                " WHERE session_id = ? AND exercise_index = ?",
                (pain, session_id, index),
            )
            return cur.rowcount > 0

    def finish_session(self, session_id: int, status: SessionStatus, ended_at: datetime) -> None:
        """Mark a session completed or ended early (or anything else `status` says)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?",
                (status.value, to_text(ended_at), session_id),
            )
        key = (str(self.path.resolve()), session_id)
        _RECORDING.discard(key)
        self._recording.discard(key)

    # -- state between sessions --------------------------------------------------------------

    def record_red_flag_check(self, when: datetime, *, all_clear: bool) -> None:
        """Remember that the red-flag questions were answered (all clear or not) at `when`."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO red_flag_checks (checked_at, all_clear) VALUES (?, ?)",
                (to_text(when), int(all_clear)),
            )

    def last_all_clear_day(self) -> date | None:
        """The local day the red-flag questions were last answered "none of these"."""
        rows = self._read(
            "SELECT checked_at FROM red_flag_checks WHERE all_clear = 1 ORDER BY id DESC LIMIT 1"
        )
        return date.fromisoformat(rows[0][0][:10]) if rows else None

    def record_advice_shown(self, when: datetime, reason: str) -> None:
        """Remember that the advice to contact a physiotherapist (`reason`: why) was shown."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO physio_advice_shown (shown_at, reason) VALUES (?, ?)",
                (to_text(when), reason),
            )

    def red_flag_checks(self, since: date | None = None) -> list[tuple[datetime, bool]]:
        """When the red-flag questions were answered, and whether all clear, oldest first."""
        rows = self._read(
            "SELECT checked_at, all_clear FROM red_flag_checks"
            " WHERE :since IS NULL OR substr(checked_at, 1, 10) >= :since ORDER BY id",
            {"since": None if since is None else since.isoformat()},
        )
        return [(_from_text(r[0]), bool(r[1])) for r in rows]

    def advice_shown(self, since: date | None = None) -> list[tuple[datetime, str]]:
        """When the advice to contact a physiotherapist was shown, and why, oldest first."""
        rows = self._read(
            "SELECT shown_at, reason FROM physio_advice_shown"
            " WHERE :since IS NULL OR substr(shown_at, 1, 10) >= :since ORDER BY id",
            {"since": None if since is None else since.isoformat()},
        )
        return [(_from_text(r[0]), str(r[1])) for r in rows]

    def last_advice_day(self) -> date | None:
        """The local day the advice to contact a physiotherapist was last shown."""
        rows = self._read("SELECT shown_at FROM physio_advice_shown ORDER BY id DESC LIMIT 1")
        return date.fromisoformat(rows[0][0][:10]) if rows else None

    def record_pain_duration(self, when: datetime, answer: str) -> None:
        """Remember how long the back had hurt when the patient started (`answer`: one of the
        values the schema allows, 'not_sure' when skipped)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO pain_duration_answers (answered_at, answer) VALUES (?, ?)",
                (to_text(when), answer),
            )

    def pain_duration(self) -> tuple[datetime, str] | None:
        """When the first answer to "how long has your back hurt?" was given, and the answer."""
        rows = self._read(
            "SELECT answered_at, answer FROM pain_duration_answers ORDER BY id LIMIT 1"
        )
        return (_from_text(rows[0][0]), rows[0][1]) if rows else None

    # -- reading -----------------------------------------------------------------------------

    def sessions(
        self, limit: int | None = None, *, before: int | None = None
    ) -> list[SessionRecord]:
        """Past sessions, newest first: at most `limit`, and with `before` only those older than
        the session of that id (the next page of a long history)."""
        rows = self._read(
            "SELECT s.*, count(e.exercise_index) AS recorded,"
            " coalesce(sum(e.completed_at IS NOT NULL), 0) AS completed,"
            " coalesce(sum(e.skipped), 0) AS skipped"
            " FROM sessions s LEFT JOIN session_exercises e ON e.session_id = s.id"
            " WHERE :before IS NULL OR s.id < :before"
            " GROUP BY s.id ORDER BY s.id DESC LIMIT :limit",
            {"limit": -1 if limit is None else limit, "before": before},
        )
        return [
            SessionRecord(
                id=r["id"],
                routine_title=r["routine_title"],
                routine_path=r["routine_path"],
                started_at=_from_text(r["started_at"]),
                ended_at=_maybe_time(r["ended_at"]),
                status=_status(self.path, r),
                pain_before=r["pain_before"],
                pain_after=r["pain_after"],
                exercises_planned=r["exercises_planned"],
                exercises_recorded=r["recorded"],
                exercises_completed=r["completed"],
                exercises_skipped=r["skipped"],
            )
            for r in rows
        ]

    def session_count(self) -> tuple[int, datetime | None]:
        """How many sessions there are, and when the first one started (None: no sessions)."""
        rows = self._read(
            "SELECT count(*), (SELECT started_at FROM sessions ORDER BY id LIMIT 1) FROM sessions"
        )
        count, first = rows[0]
        return int(count), _maybe_time(first)

    def exercises(self, session_id: int) -> list[ExerciseRecord]:
        """The exercises recorded for one session, in routine order."""
        rows = self._read(
            "SELECT * FROM session_exercises WHERE session_id = ? ORDER BY exercise_index",
            (session_id,),
        )
        return [
            ExerciseRecord(
                index=r["exercise_index"],
                name=r["name"],
                sides=tuple(r["sides"].split("+")) if r["sides"] else (),
                sets_planned=r["sets_planned"],
                sets_done=r["sets_done"],
                reps_done=r["reps_done"],
                holds_done=r["holds_done"],
                skipped=bool(r["skipped"]),
                completed_at=_maybe_time(r["completed_at"]),
                pain_after_exercise=r["pain_after_exercise"],
                dose=_dose(r),
            )
            for r in rows
        ]

    def sessions_per_week(
        self, until: date | None = None, *, routine_title: str | None = None
    ) -> list[WeekCount]:
        """Sessions started per ISO week (local time), oldest first, empty weeks included.

        The weeks run from the first session's to the last session's, or to `until`'s week.
        With `routine_title`, only the sessions of that routine count.
        """
        counts: dict[tuple[int, int], list[int]] = {}
        # Counted per local day by SQLite: years of sessions are a few hundred rows a year.
        rows = self._read(
            "SELECT substr(started_at, 1, 10) AS day, count(*), sum(status = :completed)"
            " FROM sessions WHERE :title IS NULL OR routine_title = :title GROUP BY day",
            {"title": routine_title, "completed": SessionStatus.COMPLETED.value},
        )
        for day, done, completed in rows:
            iso = date.fromisoformat(day).isocalendar()
            entry = counts.setdefault((iso.year, iso.week), [0, 0])
            entry[0] += done
            entry[1] += completed
        if not counts:
            return []
        first = date.fromisocalendar(*min(counts), 1)
        last = date.fromisocalendar(*max(counts), 1)
        if until is not None:
            until_iso = until.isocalendar()
            last = max(last, date.fromisocalendar(until_iso.year, until_iso.week, 1))
        weeks = []
        monday = first
        while monday <= last:
            iso = monday.isocalendar()
            done, completed = counts.get((iso.year, iso.week), [0, 0])
            weeks.append(WeekCount(iso.year, iso.week, done, completed))
            monday += timedelta(weeks=1)
        return weeks

    def pain_series(self) -> list[PainPoint]:
        """Pain before and after each session that has either, oldest first."""
        rows = self._read(
            "SELECT id, started_at, pain_before, pain_after FROM sessions"
            " WHERE pain_before IS NOT NULL OR pain_after IS NOT NULL ORDER BY id"
        )
        return [
            PainPoint(r["id"], _from_text(r["started_at"]), r["pain_before"], r["pain_after"])
            for r in rows
        ]

    def dose_history(self, routine_title: str, exercise_name: str) -> list[DosePoint]:
        """The dose of one exercise of a routine in each session that recorded it, oldest first."""
        rows = self._read(
            "SELECT s.id, s.started_at, s.status, s.pain_before, s.pain_after, s.recorder_pid,"
            " e.*"
            " FROM session_exercises e JOIN sessions s ON s.id = e.session_id"
            " WHERE s.routine_title = ? AND e.name = ? ORDER BY s.id, e.exercise_index",
            (routine_title, exercise_name),
        )
        return [
            DosePoint(
                session_id=r["id"],
                started_at=_from_text(r["started_at"]),
                status=_status(self.path, r),
                dose=_dose(r),
                skipped=bool(r["skipped"]),
                completed=r["completed_at"] is not None,
                pain_before=r["pain_before"],
                pain_after=r["pain_after"],
                pain_after_exercise=r["pain_after_exercise"],
            )
            for r in rows
        ]

    def dose_series(self, routine_title: str, exercise_name: str) -> list[tuple[datetime, Dose]]:
        """When each session of a routine that recorded an exercise started, and the exercise's
        dose in it (the first one of that name, when a routine names two alike), oldest first:
        one row per session, chosen by SQLite, for years of sessions."""
        rows = self._read(
            "SELECT s.started_at, min(e.exercise_index), e.dose_reps, e.dose_hold_s,"
            " e.dose_duration_s"
            " FROM session_exercises e JOIN sessions s ON s.id = e.session_id"
            " WHERE s.routine_title = ? AND e.name = ? GROUP BY s.id ORDER BY s.id",
            (routine_title, exercise_name),
        )
        return [(_from_text(r[0]), _dose(r)) for r in rows]

    def routine_files(self) -> list[tuple[str, str | None]]:
        """The titles of the routines in the history, the most recently done first, each with
        the file its latest session was started from."""
        # SQLite takes a bare column from the row that gave max(id).
        rows = self._read(
            "SELECT routine_title, routine_path, max(id) FROM sessions"
            " GROUP BY routine_title ORDER BY max(id) DESC"
        )
        return [(r[0], r[1]) for r in rows]

    def routine_titles(self) -> list[str]:
        """The titles of the routines in the history, the most recently done first."""
        rows = self._read(
            "SELECT routine_title FROM sessions GROUP BY routine_title ORDER BY max(id) DESC"
        )
        return [r[0] for r in rows]

    def exercise_names(self, routine_title: str) -> list[str]:
        """The names of the exercises recorded for a routine, in routine order (by the first
        place each was recorded at)."""
        rows = self._read(
            "SELECT e.name FROM session_exercises e JOIN sessions s ON s.id = e.session_id"
            " WHERE s.routine_title = ? GROUP BY e.name ORDER BY min(e.exercise_index), e.name",
            (routine_title,),
        )
        return [r[0] for r in rows]

    def export_rows(self, since: date | None = None) -> list[ExportRow]:
        """One row per exercise per session (oldest first), from sessions started on or after
        `since` (the patient's local date)."""
        return list(self.iter_export_rows(since))

    def iter_export_rows(self, since: date | None = None) -> Iterator[ExportRow]:
        """The rows of `export_rows`, read from the database one at a time, so an export of
        any length holds one row in memory."""
        cursor = self._cursor(
            "SELECT s.id AS session_id, s.started_at AS session_started_at,"
            " s.ended_at AS session_ended_at, s.status AS session_status, s.routine_title,"
            " s.routine_path AS routine_file, s.routine_sha256, s.language,"
            " s.exercises_planned, s.pain_before, s.pain_after, s.recorder_pid, e.*"
            " FROM sessions s LEFT JOIN session_exercises e ON e.session_id = s.id"
            " WHERE :since IS NULL OR substr(s.started_at, 1, 10) >= :since"
            " ORDER BY s.id, e.exercise_index",
            {"since": None if since is None else since.isoformat()},
        )
        for r in cursor:
            yield ExportRow(
                session_id=r["session_id"],
                session_started_at=_from_text(r["session_started_at"]),
                session_ended_at=_maybe_time(r["session_ended_at"]),
                session_status=_status(self.path, r, "session_"),
                routine_title=r["routine_title"],
                routine_file=r["routine_file"],
                routine_sha256=r["routine_sha256"],
                language=r["language"],
                exercises_planned=r["exercises_planned"],
                pain_before=r["pain_before"],
                pain_after=r["pain_after"],
                exercise_number=None if r["exercise_index"] is None else r["exercise_index"] + 1,
                exercise_name=r["name"],
                sides=r["sides"],
                sets_planned=r["sets_planned"],
                sets_done=r["sets_done"],
                reps_done=r["reps_done"],
                holds_done=r["holds_done"],
                skipped=None if r["skipped"] is None else bool(r["skipped"]),
                completed_at=_maybe_time(r["completed_at"]),
                pain_after_exercise=r["pain_after_exercise"],
                dose_reps=r["dose_reps"],
                dose_hold_s=r["dose_hold_s"],
                dose_duration_s=r["dose_duration_s"],
            )
