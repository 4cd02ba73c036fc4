"""The screens need a terminal: a check the commands that open the app make first.

Without one (stdin or stdout redirected: `coach run FILE </dev/null`, a cron job, a pipe), the
app would wait forever for keys that never come, drawing to nowhere. The check is here and not
in the app: tests drive the app headless with `run_test`, which needs no terminal.

One pipe is welcome: `coach serve` (textual-serve) runs each browser's coach on pipes, with
Textual's web driver selected, which speaks textual-serve's packets instead of a terminal's.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import Final

from coach.i18n import Language, translate

# What textual-serve puts in the environment of the app it starts (textual_serve.app_service).
WEB_DRIVER: Final = "textual.drivers.web_driver:WebDriver"


def has_terminal() -> bool:
    """True when both stdin and stdout are a terminal."""
    return _isatty(sys.stdin) and _isatty(sys.stdout)


def served_to_a_browser() -> bool:
    """True when textual-serve started this process: Textual's web driver is chosen in the
    environment, and stdin and stdout are both pipes (a file or /dev/null is not a browser)."""
    return (
        os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER
        and _is_pipe(sys.stdin)
        and _is_pipe(sys.stdout)
    )


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)  # None when Python started without the stream
    try:
        return bool(isatty()) if callable(isatty) else False
    except ValueError:  # a closed stream
        return False


def _is_pipe(stream: object) -> bool:
    fileno = getattr(stream, "fileno", None)
    try:
        mode = os.fstat(fileno()).st_mode if callable(fileno) else 0
    except (OSError, ValueError):  # a closed stream, or one without a descriptor
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def no_terminal_message(lang: Language) -> str | None:
    """Why the app cannot open here (no terminal), or None when it can."""
    if has_terminal() or served_to_a_browser():
        return None
    return translate("shell.cli.needs_terminal", lang)
