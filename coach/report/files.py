"""The physio's files written to disk, the same way from the command line and the history screen.

Every file is the patient's health data: made readable by its owner only, also when it replaces
a file that was there (whatever that file's mode was), and never written through a symbolic link
(a link planted where a report will go could put the data in a file others read). Nothing here
creates a history that is not there.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from platformdirs import user_documents_dir

from coach.i18n import Language, translate
from coach.private_files import DIR_MODE, open_output, private_dir
from coach.store.export import write_export
from coach.store.history import HistoryStore


def write_problem(err: OSError, lang: Language) -> str:
    """Why a file could not be written, for the message that names it."""
    if err.errno == errno.ELOOP:
        return translate("report.symlink", lang)
    return err.strerror or str(err)


@contextlib.contextmanager
def private_text(path: Path) -> Iterator[TextIO]:
    """A text file to write, owner-only (see the module's docstring)."""
    with open(open_output(path), "w", encoding="utf-8", newline="") as out:
        yield out


def write_private(path: Path, content: str | bytes) -> None:
    """Write a whole file, owner-only (see the module's docstring)."""
    fd = open_output(path)
    if isinstance(content, bytes):
        with open(fd, "wb") as binary:
            binary.write(content)
        return
    with open(fd, "w", encoding="utf-8", newline="") as out:
        out.write(content)


def report_page(database: Path | None, since: date | None, lang: Language, today: date) -> str:
    """The report's HTML for the history at `database` (an empty report without one)."""
    # deferred: the report's page and the routine loader (yaml) only when a report is written;
    # `coach --help` and the history screen import this module
    from coach.report.data import ReportData, gather
    from coach.report.page import render
    from coach.report.sources import routine_loader

    if database is not None and database.exists():
        data = gather(database, since, routine_loader(), lang)
    else:
        data = ReportData(since, None, (), (), (), (), (), (), ())
    return render(data, lang, today)


def documents_folder() -> Path:
    """Where the history screen puts the files it makes: `coach` in the user's documents folder
    (a place a patient finds again and can attach to an e-mail). The folder is coach's: made
    owner-only, and made so again if it was loosened; a documents folder that is missing is
    made owner-only too."""
    folder = private_dir(Path(user_documents_dir()) / "coach")
    if folder.is_symlink() or not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if folder.stat().st_mode & 0o077:
        folder.chmod(DIR_MODE)
    return folder


def write_from_screen(
    kind: str, database: Path, folder: Path, lang: Language, today: date
) -> list[Path]:
    """Write the report (`kind` "report": HTML) or the exports ("export": CSV and FHIR) of the
    whole history into `folder`; the files written."""
    # deferred: the FHIR export and the routine loader (yaml) only when the files are written;
    # `coach --help` and the history screen import this module
    from coach.report.fhir import PatientIdentity, write_bundle
    from coach.report.sources import fhir_resources

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
