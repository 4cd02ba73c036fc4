"""`coach schema`: print the JSON Schema of routine files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coach.i18n import Language, translate


def register(subparsers: argparse._SubParsersAction[Any], lang: Language) -> None:
    """Add `coach schema` to the command line."""
    help_text = translate("check.schema-help", lang)
    subparsers.add_parser("schema", help=help_text, description=help_text)


def run(args: argparse.Namespace) -> int:
    """Print the schema; editors read it to complete keys and explain values."""
    # deferred: `coach --help` imports every command's module
    from coach.routine.schema import schema_text

    sys.stdout.write(schema_text())
    return 0
