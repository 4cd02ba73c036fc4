"""The kiosk's log file: unexpected errors with their tracebacks, restarts, staff exits.

A log that runs all week must not fill the disk: it rotates at 1 MB, keeping three old files.
"""

from __future__ import annotations

import logging
import logging.handlers
from io import TextIOWrapper
from pathlib import Path
from typing import Final

from coach.private_files import open_private, private_dir

LOGGER_NAME: Final = "coach.kiosk"
MAX_BYTES: Final = 1_000_000
BACKUPS: Final = 3


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file it opens (the first, and each new one after a rotation) is created 0600."""

    def _open(self) -> TextIOWrapper:
        return open_private(Path(self.baseFilename), "a")


def check_log_file(path: Path) -> str | None:
    """Why `path` cannot be appended to (the OS's reason), or None."""
    try:
        private_dir(path.parent)
        with open_private(path, "a"):
            pass
    except OSError as err:
        return err.strerror or str(err)
    return None


def open_kiosk_log(path: Path) -> logging.Logger:
    """The kiosk logger, writing to `path` (created with its folder if missing)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    private_dir(path.parent)
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # never to the terminal: that is the visitor's screen
    return logger
