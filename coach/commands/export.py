"""`coach export --format csv|json|fhir [--since DATE] [-o FILE]`: the history for the physio."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from coach.i18n import Language, translate
from coach.report.files import private_text, write_problem
from coach.store.errors import HistoryUnavailable, exit_code
from coach.store.export import FORMATS, write_export
from coach.store.history import HistoryStore
from coach.store.paths import add_data_dir_option, existing_database


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
        choices=(*FORMATS, "fhir"),
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
    parser.add_argument(
        "--fhir-transaction",
        action="store_true",
        help=translate("history.export.fhir_transaction_help", lang),
    )
    parser.add_argument(
        "--patient-name", metavar="NAME", help=translate("history.export.patient_name_help", lang)
    )
    parser.add_argument(
        "--patient-id", metavar="ID", help=translate("history.export.patient_id_help", lang)
    )
    add_data_dir_option(parser, lang)
    parser.set_defaults(lang=lang)


def _write(args: argparse.Namespace, store: HistoryStore | None, out: TextIO) -> int:
    """Stream the export of `store` (None: no history yet) to `out`; the number of rows."""
    if args.format == "fhir":
        # deferred: only the FHIR export needs these (and the routine loader)
        from coach.report.fhir import PatientIdentity, write_bundle
        from coach.report.sources import fhir_resources

        identity = PatientIdentity(args.patient_name, args.patient_id)
        resources = fhir_resources(store, args.since, args.lang, identity)
        return write_bundle(resources, out, transaction=args.fhir_transaction)
    rows = store.iter_export_rows(args.since) if store is not None else iter(())
    return write_export(rows, out, args.format)


@contextlib.contextmanager
def _destination(path: Path | None) -> Iterator[TextIO]:
    """The output file (owner-only: health data), or standard output."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with private_text(path) as out:
        yield out


def run(args: argparse.Namespace) -> int:
    """Write the export as it is read (its memory does not grow with the history); with a clear
    message, 2 when the history path holds something not coach's, 1 when the history or the file
    cannot be used."""
    lang: Language = args.lang
    error = translate("cli.error", lang)
    try:
        # Exporting must not create a history: without one, only the header (or the patient).
        path = existing_database(args.data_dir)
        with contextlib.ExitStack() as stack:
            store = (
                None
                if path is None
                else stack.enter_context(HistoryStore.open(path, read_only=True))
            )
            out = stack.enter_context(_destination(args.output))
            count = _write(args, store, out)
    except HistoryUnavailable as err:
        print(f"coach export: {error}: {err.message(lang)}", file=sys.stderr)
        return exit_code(err)
    except BrokenPipeError:
        raise  # a reader gone early (| head): coach.cli ends quietly
    except OSError as err:
        detail = write_problem(err, lang)
        message = translate("history.export.cannot_write", lang, path=args.output, detail=detail)
        print(f"coach export: {error}: {message}", file=sys.stderr)
        return 1
    if args.output is not None:
        message = translate("history.export.written", lang, rows=count, path=args.output)
        print(message, file=sys.stderr)
    return 0
