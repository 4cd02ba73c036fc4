"""The physio's files written to disk, the same way from the command line and the history screen.

Every file is the patient's health data: created readable by its owner only. Nothing here creates
a history that is not there.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Final, TextIO

from coach.i18n import Language

FILE_MODE: Final = 0o600
FOLDER_MODE: Final = 0o700


@contextlib.contextmanager
def private_text(path: Path) -> Iterator[TextIO]:
    """A text file to write, created (or emptied) readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with open(fd, "w", encoding="utf-8", newline="") as out:
        yield out


def write_private(path: Path, content: str | bytes) -> None:
    """Write a file readable by its owner only (replacing what was there)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    if isinstance(content, bytes):
        with open(fd, "wb") as binary:
            binary.write(content)
        return
    with open(fd, "w", encoding="utf-8", newline="") as out:
        out.write(content)


def report_page(database: Path, since: date | None, lang: Language, today: date) -> str:
    """The report's HTML for the history at `database` (an empty report without one)."""
    from coach.report.data import ReportData, gather
    from coach.report.page import render
    from coach.report.sources import routine_loader

    if database.exists():
        data = gather(database, since, routine_loader(), lang)
    else:
        data = ReportData(since, None, (), (), (), (), (), (), ())
    return render(data, lang, today)


def documents_folder() -> Path:
    """Where the history screen puts the files it makes: `coach` in the user's documents folder
    (a place a patient finds again and can attach to an e-mail), made owner-only."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir()) / "coach"
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return folder


def write_from_screen(
    kind: str, database: Path, folder: Path, lang: Language, today: date
) -> list[Path]:
    """Write the report (`kind` "report": HTML) or the exports ("export": CSV and FHIR) of the
    whole history into `folder`; the files written."""
    from coach.report.fhir import PatientIdentity, write_bundle
    from coach.report.sources import fhir_resources
    from coach.store.export import write_export
    from coach.store.history import HistoryStore

    stem = f"coach-{today.isoformat()}"
    if kind == "report":
        path = folder / f"{stem}-report.html"
        write_private(path, report_page(database, None, lang, today))
        return [path]
    csv_path, fhir_path = folder / f"{stem}-history.csv", folder / f"{stem}-history.fhir.json"
    with HistoryStore.open(database, read_only=True) as store:
        with private_text(csv_path) as out:
            write_export(store.iter_export_rows(), out, "csv")
        with private_text(fhir_path) as out:
            write_bundle(fhir_resources(store, None, lang, PatientIdentity()), out)
    return [csv_path, fhir_path]
