"""Folders and files only their owner may read: 0700 and 0600, whatever the umask.

Everything coach creates holds something about a patient (a history, a log of a session, an
export for the physio, a kiosk's counts), so every folder and file coach creates goes through
here. The mode is given to the system call that creates it and then set once more with chmod:
the umask can only take bits away at creation, and a umask of 000 must not leave a file 0666.
Existing folders and files keep their mode: a folder the patient chose is theirs.
"""

from __future__ import annotations

import contextlib
import os
from io import TextIOWrapper
from pathlib import Path
from typing import Final, Literal

DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` and any missing parents owner-only (0700); an existing folder is kept.

    Raises OSError as `mkdir` does (FileExistsError when a file is in its place).
    """
    missing: list[Path] = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # another process made it meanwhile: theirs to have set
        folder.chmod(DIR_MODE)
    if not path.is_dir():
        raise FileExistsError(17, os.strerror(17), str(path))
    return path


def _opened(path: Path, flags: int) -> int:
    """Open `path` with `flags`; a file this call created is made 0600 whatever the umask."""
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        if flags & os.O_EXCL:
            raise
        return os.open(path, flags)  # already there: opened as it is, mode untouched
    return _owner_only(fd)


def _owner_only(fd: int) -> int:
    """Make the open file `fd` 0600 (closing it if that fails); returns it."""
    try:
        os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_output(path: Path) -> int:
    """Open a file the user named for an export, a report or a calendar, to be written from the
    start: created or emptied, and made owner-only whatever it was before (it now holds health
    data). A symbolic link is refused (OSError ELOOP): one planted where the file will go could
    put the data in a file others may read."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    return _owner_only(os.open(path, flags, FILE_MODE))


def create_private_file(path: Path) -> bool:
    """Create an empty owner-only file if it is missing (never truncating one); True if made."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    with contextlib.closing(_Fd(fd)):
        os.fchmod(fd, FILE_MODE)
    return True


def open_private(
    path: Path, mode: Literal["a", "w"] = "a", *, newline: str | None = None
) -> TextIOWrapper:
    """Open a text file for writing ("a" appends, "w" truncates), UTF-8; created 0600."""
    if mode == "a":
        return open(
            _opened(path, os.O_WRONLY | os.O_APPEND), "a", encoding="utf-8", newline=newline
        )
    return open(_opened(path, os.O_WRONLY | os.O_TRUNC), "w", encoding="utf-8", newline=newline)


class _Fd:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def close(self) -> None:
        os.close(self.fd)
