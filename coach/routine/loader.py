"""Load routine files: a typed, immutable `Routine`, or every problem in the file at once.

    routine = load_routine(path)                 # raises RoutineError (and nothing else)
    routine, problems = check_routine(path)      # errors and warnings; routine is None on errors

Messages speak the language asked for, else the one the routine declares (`language: nb`), else
English.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from coach.i18n import DEFAULT_LANGUAGE, Language
from coach.routine.build import build_routine
from coach.routine.limits import LIMITS
from coach.routine.model import Routine
from coach.routine.problems import START, Problem, Reporter, RoutineError
from coach.routine.yamltree import decode, read_tree

ROUTINE_SUFFIXES: Final = (".yaml", ".yml")

# Read before the YAML is parsed, so even a file that doesn't parse is explained in its language.
_DECLARED_LANGUAGE_RE: Final = re.compile(
    r"""^language[ \t]*:[ \t]*(["']?)(en|nb)\1[ \t]*(?:#.*)?$""", re.MULTILINE
)

__all__ = [
    "Problem",
    "RoutineError",
    "check_routine",
    "find_routine_files",
    "load_routine",
]


def _read(path: Path, reporter: Reporter) -> bytes | None:
    try:
        # Opening a FIFO would block and a device may never end: only regular files are read.
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            reporter.error("not-a-file", START)
            return None
        if info.st_size > LIMITS.max_bytes:  # its real size, not the bytes a read would take
            reporter.error("file-too-large", START, size=info.st_size, limit=LIMITS.max_bytes)
            return None
        with path.open("rb") as file:
            # One byte over the limit is enough to know the file is too large.
            return file.read(LIMITS.max_bytes + 1)
    except OSError as err:
        reporter.error("unreadable", START, reason=err.strerror or str(err))
        return None


def check_routine(path: Path, lang: Language | None = None) -> tuple[Routine | None, list[Problem]]:
    """Check one routine file: the routine (None if it has errors) and its errors and warnings.

    Problems come in file order; messages are in `lang`, else the routine's language, else
    English. Never raises for anything the file contains.
    """
    reporter = Reporter(path, lang or DEFAULT_LANGUAGE)
    routine = None
    raw = _read(path, reporter)
    text = decode(raw, reporter) if raw is not None else None
    if text is not None:
        if lang is None:
            declared = _DECLARED_LANGUAGE_RE.search(text)
            reporter.lang = "nb" if declared and declared[2] == "nb" else DEFAULT_LANGUAGE
        tree = read_tree(text, reporter)
        if tree is not None:
            routine = build_routine(tree, reporter, path)
    return (None if reporter.has_errors else routine), reporter.sorted()


def load_routine(path: Path) -> Routine:
    """The routine in `path`; raises `RoutineError` with every error the file has."""
    routine, problems = check_routine(path)
    if routine is None:
        raise RoutineError(tuple(p for p in problems if p.severity == "error"))
    return routine


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def find_routine_files(paths: Iterable[Path]) -> list[Path]:
    """The routine files among `paths`: files as named, and `*.yaml`/`*.yml` under folders.

    Folders are searched recursively (skipping hidden ones), in sorted order; a path named twice
    is listed once. Named files are returned whatever their name, even if they don't exist, so
    the caller can report them; so are FIFOs and other files that are not regular (never
    opened: `check_routine` says what they are).
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if (
                    candidate.suffix in ROUTINE_SUFFIXES
                    and not _hidden(candidate, path)
                    and not candidate.is_dir()
                ):
                    found.setdefault(candidate)
        else:
            found.setdefault(path)
    return list(found)
