"""`coach report -o FILE.html|FILE.pdf [--since DATE] [--lang]`: the history for the physio."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Final

from coach.commands import say_error
from coach.commands.export import since_parser
from coach.i18n import Language, is_language, translate
from coach.report.files import report_page, write_private, write_problem
from coach.store.errors import HistoryUnavailable, exit_code
from coach.store.paths import add_data_dir_option, existing_database

BROWSERS: Final = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Chromium without its background traffic: the report is a local file and nothing else is fetched.
CHROMIUM_FLAGS: Final = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
)
PDF_TIMEOUT_S: Final = 120


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    """Add `coach report` to the command line."""
    help_text = translate("report.help", lang)
    parser = subparsers.add_parser("report", help=help_text, description=help_text)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("report.output_help", lang),
    )
    parser.add_argument(
        "--since",
        type=since_parser(lang),
        metavar="DATE",
        help=translate("report.since_help", lang),
    )
    parser.add_argument("--lang", choices=("en", "nb"), help=translate("report.lang_help", lang))
    add_data_dir_option(parser, lang)
    parser.set_defaults(ui_lang=lang)


def _fail(lang: Language, message: str) -> int:
    say_error("report", lang, message)
    return 2


def _browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _pdf(browser: str, page: str, out: Path) -> str | None:
    """Print `page` to the PDF `out` with headless Chromium; why it failed, or None."""
    with tempfile.TemporaryDirectory(prefix="coach-report-") as folder:
        html = Path(folder) / "report.html"
        html.write_text(page, encoding="utf-8")
        pdf = Path(folder) / "report.pdf"
        command = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={folder}/profile",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            return str(err)
        if done.returncode != 0 or not pdf.exists():
            return f"exit {done.returncode}"
        write_private(out, pdf.read_bytes())
    return None


def run(args: argparse.Namespace) -> int:
    """Write the report; 2 with a clear message when it cannot be written as asked."""
    ui: Language = args.ui_lang
    lang: Language = args.lang if is_language(args.lang) else ui
    out: Path = args.output
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        return _fail(ui, translate("report.bad_suffix", ui, path=out))
    browser = _browser() if suffix == ".pdf" else None
    if suffix == ".pdf" and browser is None:
        return _fail(ui, translate("report.no_chromium", ui))
    today = date.today()
    try:
        database = existing_database(args.data_dir)  # None: no history yet (never created)
        page = report_page(database, args.since, lang, today)
    except HistoryUnavailable as err:
        say_error("report", ui, err.message(ui))
        return exit_code(err)
    try:
        if browser is not None:
            failed = _pdf(browser, page, out)
            if failed is not None:
                return _fail(ui, translate("report.pdf_failed", ui, detail=failed))
        else:
            write_private(out, page)
    except OSError as err:
        detail = write_problem(err, ui)
        return _fail(ui, translate("history.export.cannot_write", ui, path=out, detail=detail))
    print(translate("report.written", ui, path=out), file=sys.stderr)
    return 0
