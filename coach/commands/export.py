"""`coach export --format csv|json [--since DATE] [-o FILE]`: the history for the physio."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coach.i18n import Language, translate
from coach.private_files import open_private
from coach.store.errors import HistoryUnavailable, exit_code
from coach.store.export import FORMATS, ExportFormat, write_export
from coach.store.history import HistoryStore
from coach.store.paths import add_data_dir_option, existing_database
from coach.store.records import ExportRow


def since_parser(lang: Language) -> Callable[[str], date]:
    """The `--since` argument type: a YYYY-MM-DD date, or a clear message in `lang`."""

    def parse(value: str) -> date:
        try:
            # fromisoformat alone would also take "20250301"; the message promises YYYY-MM-DD.
            if len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("history.export.bad_date", lang, value=value)
            ) from None

    return parse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    """Add `coach export` to the command line."""
    help_text = translate("history.export.help", lang)
    parser = subparsers.add_parser("export", help=help_text, description=help_text)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help=translate("history.export.format_help", lang),
    )
    parser.add_argument(
        "--since",
        type=since_parser(lang),
        metavar="DATE",
        help=translate("history.export.since_help", lang),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("history.export.output_help", lang),
    )
    add_data_dir_option(parser, lang)
    parser.set_defaults(lang=lang)


def _rows(data_dir: Path | None, since: date | None) -> list[ExportRow]:
    path = existing_database(data_dir)
    if path is None:
        return []  # exporting must not create a history
    with HistoryStore.open(path, read_only=True) as store:
        return store.export_rows(since)


def _write_private(path: Path, text: str) -> None:
    # The export is health data: a new file is readable by its owner only, whatever the umask.
    with open_private(path, "w", newline="") as out:
        out.write(text)


def run(args: argparse.Namespace) -> int:
    """Write the export; with a clear message, 2 when the history path holds something not
    coach's, 1 when the history or the file cannot be used."""
    lang: Language = args.lang
    fmt: ExportFormat = args.format
    error = translate("cli.error", lang)
    try:
        rows = _rows(args.data_dir, args.since)
    except HistoryUnavailable as err:
        print(f"coach export: {error}: {err.message(lang)}", file=sys.stderr)
        return exit_code(err)
    buffer = io.StringIO(newline="")
    write_export(rows, buffer, fmt)
    if args.output is None:
        sys.stdout.write(buffer.getvalue())
        sys.stdout.flush()
        return 0
    try:
        _write_private(args.output, buffer.getvalue())
    except OSError as err:
        detail = err.strerror or str(err)
        message = translate("history.export.cannot_write", lang, path=args.output, detail=detail)
        print(f"coach export: {error}: {message}", file=sys.stderr)
        return 1
    print(
        translate("history.export.written", lang, rows=len(rows), path=args.output), file=sys.stderr
    )
    return 0
