"""The screens need a terminal: a check the commands that open the app make first.

Without one (stdin or stdout redirected: `coach run FILE </dev/null`, a cron job, a pipe), the
app would wait forever for keys that never come, drawing to nowhere. The check is here and not
in the app: tests drive the app headless with `run_test`, which needs no terminal.
"""

from __future__ import annotations

import sys

from coach.i18n import Language, translate


def has_terminal() -> bool:
    """True when both stdin and stdout are a terminal."""
    return _isatty(sys.stdin) and _isatty(sys.stdout)


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)  # None when Python started without the stream
    try:
        return bool(isatty()) if callable(isatty) else False
    except ValueError:  # a closed stream
        return False


def no_terminal_message(lang: Language) -> str | None:
    """Why the app cannot open here (no terminal), or None when it can."""
    return None if has_terminal() else translate("shell.cli.needs_terminal", lang)
