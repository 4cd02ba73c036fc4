"""Where the physio's files get their facts: the history database and the routine files it names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

from coach.i18n import Language
from coach.report.fhir import PatientIdentity, RedFlagCheck, Resource, bundle_resources
from coach.routine.loader import load_routine
from coach.routine.model import Routine
from coach.routine.problems import RoutineError
from coach.store.history import HistoryStore
from coach.store.records import ExportRow


def routine_loader() -> Callable[[str | None], Routine | None]:
    """The routine in a file the history names, read once per file; None when there is no file,
    or it is gone or no longer loads."""

    @cache
    def load(path: str | None) -> Routine | None:
        if path is None:
            return None
        try:
            return load_routine(Path(path))
        except (RoutineError, OSError):
            return None

    return load


def routine_finder() -> Callable[[ExportRow], Routine | None]:
    """The routine a session (an export row) was done with, as `routine_loader` reads it."""
    load = routine_loader()
    return lambda row: load(row.routine_file)


def fhir_resources(
    store: HistoryStore | None, since: date | None, lang: Language, identity: PatientIdentity
) -> Iterator[Resource]:
    """The FHIR resources of the history in `store` (None: no history yet, only the patient),
    read as they are written."""
    if store is None:
        yield from bundle_resources([], [], routine_finder(), lang, identity)
        return
    checks = [RedFlagCheck(when, clear) for when, clear in store.red_flag_checks(since)]
    rows = store.iter_export_rows(since)
    yield from bundle_resources(rows, checks, routine_finder(), lang, identity)
