"""The `coach` subcommands, one module each with `register(subparsers)` and `run(args)`."""

from __future__ import annotations

import sys

from coach.i18n import Language, translate


def say_error(command: str, lang: Language, message: str) -> None:
    """One error line on stderr, as every command writes it: "coach report: error: …"."""
    print(f"coach {command}: {translate('cli.error', lang)}: {message}", file=sys.stderr)
