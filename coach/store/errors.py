"""The one error the history store raises: the history cannot be used, with a reason and a path."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from coach.i18n import Language, translate


class Problem(StrEnum):
    """Why the history cannot be used; each has its own message in the `history` catalog."""

    FOLDER = "folder"  # the data folder cannot be created or is not a folder
    UNREADABLE = "unreadable"  # the file cannot be opened at all
    READ_ONLY = "read_only"  # the file can be read but not written
    LOCKED = "locked"  # another program holds the database
    NOT_A_DATABASE = "not_a_database"  # some other kind of file is where the history should be
    CORRUPT = "corrupt"  # an SQLite file that fails its integrity check
    NEWER = "newer"  # written by a newer coach; never migrated or overwritten
    DISK_FULL = "disk_full"  # no space left: said first, whatever else went wrong
    WRITE_FAILED = "write_failed"  # a write during the session failed (disk full, lost lock, ...)


class HistoryUnavailable(Exception):
    """The history cannot be read or written; the session can still run without saving."""

    def __init__(
        self, problem: Problem, path: Path, detail: str = "", *, found_version: int = 0
    ) -> None:
        super().__init__(f"{problem.value}: {path}: {detail}".rstrip(": "))
        self.problem = problem
        self.path = path
        self.detail = detail
        self.found_version = found_version

    def message(self, lang: Language) -> str:
        """What went wrong and what to do, in `lang`; the app adds that the session is not saved."""
        # deferred: sqlite3 is not needed for the first frame (bench/startup.py)
        from coach.store.migrations import LATEST_VERSION

        text = translate(
            f"history.unavailable.{self.problem.value}",
            lang,
            path=self.path,
            found=self.found_version,
            supported=LATEST_VERSION,
        )
        if self.detail:
            text += " " + translate("history.unavailable.detail", lang, detail=self.detail)
        return text


def exit_code(failure: HistoryUnavailable) -> int:
    """The exit code of a command that could not use the history: 2 when the data folder or the
    history file is something else than coach's (the command was pointed at the wrong place),
    1 when coach's own history cannot be used right now."""
    return 2 if failure.problem in (Problem.FOLDER, Problem.NOT_A_DATABASE) else 1
