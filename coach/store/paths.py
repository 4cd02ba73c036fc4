"""Where the history lives: `--data-dir`, then `COACH_DATA_DIR`, then the user's data folder."""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path
from typing import Final

import platformdirs

from coach.i18n import Language, translate
from coach.private_files import private_dir
from coach.store.errors import HistoryUnavailable, Problem

ENV_VAR: Final = "COACH_DATA_DIR"
DB_FILENAME: Final = "history.sqlite3"
APP_NAME: Final = "coach"


def data_dir_location(override: Path | None = None) -> Path:
    """The data folder to use, without touching the disk."""
    if override is not None:
        return override.expanduser()
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: Path | None = None) -> Path:
    """The data folder, created (owner-only, 0700, with any missing parents) if it does not
    exist yet.

    An existing folder keeps its permissions: the patient may have pointed us at a folder of
    their own, and changing its mode is not ours to do.
    """
    path = data_dir_location(override)
    try:
        private_dir(path)
    except OSError as err:
        problem = Problem.DISK_FULL if err.errno == errno.ENOSPC else Problem.FOLDER
        raise HistoryUnavailable(problem, path, err.strerror or str(err)) from err
    return path


def database_path(folder: Path) -> Path:
    """The history database inside the data folder."""
    return folder / DB_FILENAME


def existing_database(override: Path | None = None) -> Path | None:
    """The history database to look at, or None when there is none yet; creates nothing.

    Raises `HistoryUnavailable` when the data folder is not a folder (a file in its place) or
    cannot be looked into: "no sessions yet" would hide what is wrong.
    """
    folder = data_dir_location(override)
    path = database_path(folder)
    try:
        # The folder, or the nearest part of its path that exists, must be a folder: a file
        # there means the history can never be made, which "no sessions yet" would hide.
        nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if nearest is not None and not nearest.is_dir():
            raise HistoryUnavailable(Problem.FOLDER, folder, os.strerror(errno.ENOTDIR))
        return path if path.exists() else None
    except OSError as err:  # a folder on the way that may not be looked into
        raise HistoryUnavailable(Problem.UNREADABLE, path, err.strerror or str(err)) from err


def add_data_dir_option(parser: argparse.ArgumentParser, lang: Language) -> None:
    """Add the `--data-dir DIR` option every command that touches the history shares."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=translate("history.cli.data_dir_help", lang, env=ENV_VAR),
    )
