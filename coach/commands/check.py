"""`coach check FILE_OR_DIR...`: check routine files and explain every mistake.

Exit codes: 0 when every file is clean (warnings allowed unless `--strict`), 1 when a file has
problems, 2 for bad usage or a path that can't be read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from coach.i18n import LANGUAGES, Language, translate
from coach.routine.problems import Problem
from coach.text import CONTROL, inert

EXIT_CLEAN: Final = 0
EXIT_PROBLEMS: Final = 1
EXIT_USAGE: Final = 2

# Problems about the path rather than its content: the caller gave coach something unreadable.
_UNREADABLE: Final = frozenset({"unreadable", "not-a-file"})
# Problems shown without a source line: the path can't be read, or it is too large to read.
_NO_SOURCE: Final = _UNREADABLE | {"file-too-large"}
# A longer source line is shown as a window around the column, so the caret stays in sight.
MAX_SHOWN_CHARS: Final = 120


def register(subparsers: argparse._SubParsersAction[Any], lang: Language) -> None:
    """Add `coach check` to the command line."""
    parser = subparsers.add_parser(
        "check",
        help=translate("check.help", lang),
        description=translate("check.description", lang),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="FILE_OR_DIR",
        help=translate("check.paths-help", lang),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("check.format-help", lang),
    )
    parser.add_argument("--strict", action="store_true", help=translate("check.strict-help", lang))
    parser.add_argument(
        "--plain", action="store_true", help=translate("plain.cli.check_help", lang)
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("check.lang-help", lang))
    parser.set_defaults(cli_lang=lang)


def run(args: argparse.Namespace) -> int:
    """Check the routine files named by `args.paths` and print what is wrong."""
    # deferred: the routine loader (yaml); `coach --help` imports every command's module
    from coach.routine.loader import check_routine, find_routine_files

    ui_lang: Language = args.lang or args.cli_lang
    paths: list[Path] = args.paths
    try:
        for path in paths:
            if not path.exists():
                return _usage_error(translate("check.no-such-path", ui_lang, path=path))
            if path.is_dir() and not find_routine_files([path]):
                return _usage_error(translate("check.no-routines", ui_lang, path=path))
        files = find_routine_files(paths)
    except OSError as err:  # a name too long for the system, a folder that can't be listed…
        reason = err.strerror or str(err)
        return _usage_error(translate("check.unreadable-path", ui_lang, reason=reason))
    problems: list[Problem] = []
    for file in files:
        _, found = check_routine(file, args.lang)
        problems.extend(found)
    if args.strict:
        problems = [dataclasses.replace(p, severity="error") for p in problems]
    if args.format == "json":
        json.dump([p.as_dict() for p in problems], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        plain = getattr(args, "plain", False) or os.environ.get("TERM") == "dumb"
        print_problems(problems, sys.stdout, ui_lang, plain=plain)
        errors = sum(p.severity == "error" for p in problems)
        summary = translate(
            "plain.check.summary" if plain else "check.summary",
            ui_lang,
            files=len(files),
            errors=errors,
            warnings=len(problems) - errors,
        )
        print(summary)
    if any(p.code in _UNREADABLE for p in problems):
        return EXIT_USAGE
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_CLEAN


def _usage_error(message: str) -> int:
    print(f"coach check: {message}", file=sys.stderr)
    return EXIT_USAGE


def print_problems(
    problems: Sequence[Problem], out: TextIO, lang: Language, *, plain: bool = False
) -> None:
    """Print problems GNU style, each with its source line, a caret and the hint; `plain`
    leaves out the source line and the caret (a picture a screen reader cannot show)."""
    sources: dict[Path, list[str]] = {}
    hint_label = translate("cli.hint", lang)
    for problem in problems:
        # In the reader's language, as the message and the hint are ("feil:", "advarsel:");
        # English stays `error:` and `warning:`, which editors and CI match.
        severity = translate("cli.error" if problem.severity == "error" else "cli.warning", lang)
        out.write(
            inert(f"{problem.file}:{problem.line}:{problem.column}: {severity}: {problem.message}")
            + "\n"
        )
        if problem.code in _NO_SOURCE or plain:
            lines: list[str] = []
        elif problem.file in sources:
            lines = sources[problem.file]
        else:
            lines = sources[problem.file] = _source_lines(problem.file)
        if 0 < problem.line <= len(lines):
            line, column = shown_part(lines[problem.line - 1], problem.column)
            out.write(f"    {inert(line)}\n    {_caret_padding(line, column)}^\n")
        if problem.hint:
            out.write(inert(f"{hint_label}: {problem.hint}") + "\n")


def _source_lines(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError:
        return []
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    # Lines as they are: print_problems shows them inert, its caret counting what it shows.
    return text.replace("\r\n", "\n").split("\n")


def shown_part(line: str, column: int, width: int = MAX_SHOWN_CHARS) -> tuple[str, int]:
    """`line` as shown under a problem, and the caret's column in it: a long line is cut to
    `width` characters around `column`, with "…" where text was left out."""
    if len(line) <= width:
        return line, column
    start = min(max(0, column - 1 - width // 2), len(line) - width)
    part = line[start : start + width]
    before = "…" if start > 0 else ""
    after = "…" if start + width < len(line) else ""
    return f"{before}{part}{after}", column - start + len(before)


def _caret_padding(line: str, column: int) -> str:
    """Blanks as wide as `line` up to `column` as shown: tabs stay tabs, wide characters count
    twice, a control character as wide as the sign `inert` shows for it."""
    padding = []
    for char in line[: column - 1]:
        if char == "\t":
            padding.append("\t")
        elif CONTROL.match(char):
            padding.append(" " * len(inert(char)))
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            padding.append("  ")
        else:
            padding.append(" ")
    return "".join(padding)
