"""The `coach` command: the picker by default, and subcommands for authors, kiosks and history."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Final

from coach import __version__
from coach.i18n import DEFAULT_LANGUAGE, Language, translate

# Each name is a module in `coach.commands` with `register(subparsers, lang)` and `run(args)`.
SUBCOMMANDS: tuple[str, ...] = (
    "run",
    "check",
    "schema",
    "history",
    "export",
    "report",
    "remind",
    "kiosk",
    "serve",
)

# The shell's code for a program ended by SIGPIPE (128 + 13); Python ignores SIGPIPE and raises
# BrokenPipeError instead, which is no reason for a traceback.
EXIT_BROKEN_PIPE: Final = 141


def system_language() -> Language:
    """The language the environment asks for: COACH_LANG, then the locale variables."""
    for var in ("COACH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").lower()
        if value:
            return "nb" if value[:2] in ("nb", "no", "nn") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"coach.commands.{name.replace('-', '_')}")


def build_parser(lang: Language, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, in `lang`; with `only`, just that subcommand (whose module alone
    is imported: `coach run` starts faster without the history's)."""
    parser = argparse.ArgumentParser(
        prog="coach",
        description=translate("cli.description", lang),
        epilog=_command("run").picker_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS if only is None else (only,):
        _command(name).register(subparsers, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `coach` command; returns the exit code (141 when the reader of its output went
    away early, as in `coach check DIR | head -1`: quietly, as a killed-by-SIGPIPE program)."""
    try:
        try:
            code = _run(argv)
        finally:  # also after --help's SystemExit
            sys.stdout.flush()  # a reader gone early shows here, not as noise at exit
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    return code


def _discard_stdout() -> None:
    """Point stdout at the null device: what is still buffered for the closed pipe must not
    raise again when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (a test's capture) or already closed
        pass


def _run(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = system_language()
    # No command (or files and folders instead of one): the routine picker.
    if not args_list or (
        args_list[0] not in SUBCOMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        result_code: int = _command("run").run_picker(args_list, lang)
        return result_code
    parser = build_parser(lang, only=args_list[0] if args_list[0] in SUBCOMMANDS else None)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 0
    result: int = _command(args.command).run(args)
    return result
