"""The routines the picker lists: bundled, the patient's folder, and paths from the command line.

A file with problems is listed too, with its problems, so the patient (or the author) sees why it
cannot start; nothing here raises for anything a file contains.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coach.i18n import Language
from coach.routine.loader import check_routine, find_routine_files
from coach.routine.model import Routine
from coach.routine.problems import Problem
from coach.session.plan import build_plan
from coach.text import inert


class Source(StrEnum):
    """Where a listed routine comes from (the picker's groups, in this order)."""

    BUNDLED = "bundled"
    USER = "user"
    GIVEN = "given"


@dataclass(frozen=True, slots=True)
class RoutineEntry:
    """One row of the picker: a routine that can start, or a file that cannot and why."""

    path: Path
    source: Source
    routine: Routine | None = None
    problems: tuple[Problem, ...] = ()  # the errors; empty when the routine loaded
    missing: bool = False  # a path from the command line that does not exist
    estimate: float = 0.0  # seconds (Plan.total_duration)

    @property
    def usable(self) -> bool:
        """Whether the routine can start."""
        return self.routine is not None

    @property
    def title(self) -> str:
        """The routine's title, or the file's name when it has none to offer."""
        return self.routine.title if self.routine is not None else inert(self.path.name)

    @property
    def exercise_count(self) -> int:
        return 0 if self.routine is None else len(self.routine.exercises)


def load_entry(path: Path, source: Source, lang: Language) -> RoutineEntry:
    """Check one file; problems are worded in `lang`."""
    if not path.exists():
        return RoutineEntry(path, source, missing=True)
    routine, problems = check_routine(path, lang)
    errors = tuple(p for p in problems if p.severity == "error")
    if routine is None:
        return RoutineEntry(path, source, problems=errors)
    return RoutineEntry(path, source, routine, estimate=build_plan(routine).total_duration)


def _files(paths: Iterable[Path]) -> list[Path]:
    return find_routine_files([p for p in paths if p.exists()])


def list_routines(
    bundled: Path | None,
    user: Path | None,
    given: Sequence[Path],
    lang: Language,
) -> list[RoutineEntry]:
    """Every routine to list, grouped by source; bundled ones in `lang` first.

    A file found twice (a bundled routine also named on the command line) is listed once, in the
    first group that has it.
    """
    seen: set[Path] = set()
    entries: list[RoutineEntry] = []

    def add(path: Path, source: Source) -> RoutineEntry | None:
        key = path.resolve()
        if key in seen:
            return None
        seen.add(key)
        entry = load_entry(path, source, lang)
        entries.append(entry)
        return entry

    if bundled is not None and bundled.is_dir():
        loaded = [load_entry(p, Source.BUNDLED, lang) for p in _files([bundled])]
        loaded.sort(key=lambda e: (e.routine is None or e.routine.language != lang, e.path.name))
        for entry in loaded:
            seen.add(entry.path.resolve())
            entries.append(entry)
    if user is not None and user.is_dir():
        for path in _files([user]):
            add(path, Source.USER)
    for path in given:
        if not path.exists():
            add(path, Source.GIVEN)
            continue
        for found in _files([path]):
            add(found, Source.GIVEN)
    return entries
