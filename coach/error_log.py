"""An unexpected error (a bug) is written to a log file; the patient sees a calm line instead.

A traceback on the screen frightens someone in the middle of an exercise and helps nobody there;
the file can be sent to whoever looks after coach. Nothing here may raise: it runs while the app
is already failing.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path
from typing import Final

from coach import __version__
from coach.i18n import Language, translate

# sysexits.h's EX_SOFTWARE: "an internal software error has been detected".
EXIT_UNEXPECTED_ERROR: Final = 70
LOGS_FOLDER: Final = "logs"


def error_log_folder(data_dir: Path | None) -> Path:
    """Where error logs go: `logs/` in coach's data folder, else in the temporary folder."""
    try:
        # deferred: only when an error is logged (`import coach.ui.app` stays small)
        from coach.private_files import private_dir
        from coach.store.paths import data_dir as make_data_dir  # the store loads lazily

        folder = private_dir(make_data_dir(data_dir) / LOGS_FOLDER)
    except Exception:  # no data folder to be had (read-only home, a file in its place…)
        folder = Path(tempfile.gettempdir())
    return folder


def new_error_log_path(data_dir: Path | None, now: datetime | None = None) -> Path:
    """A file name for this run's errors, unique to the moment and the process."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H-%M-%S")
    return error_log_folder(data_dir) / f"coach-error-{stamp}-{os.getpid()}.log"


def write_error_log(path: Path, error: BaseException) -> str | None:
    """Append `error` and its traceback to `path`; None when written, else the reason it wasn't."""
    lines = [
        f"{datetime.now().isoformat(timespec='seconds')}  coach {__version__}, Python "
        f"{platform.python_version()}, {platform.platform()}\n",
        f"command: {' '.join(sys.argv)}\n",
        *traceback.format_exception(error),
        "\n",
    ]
    try:
        # deferred: only when an error is logged (`import coach.ui.app` stays small)
        from coach.private_files import open_private

        with open_private(path, "a") as file:
            file.writelines(lines)
    except OSError as err:
        return err.strerror or str(err)
    return None


def unexpected_error_text(lang: Language, log: Path, failure: str | None = None) -> str:
    """What the terminal shows after an unexpected error: calm, short, where the details are."""
    said = translate("shell.error.stopped", lang)
    if failure is None:
        return f"{said}\n{translate('shell.error.log', lang, path=log)}"
    return f"{said}\n{translate('shell.error.no_log', lang, reason=failure)}"
