"""`coach remind FILE --ics OUT`: the routine's `frequency:` as reminders in a calendar."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from coach.commands import say_error
from coach.commands.export import since_parser
from coach.i18n import Language, is_language, translate
from coach.report.files import write_private, write_problem
from coach.report.reminders import calendar_bytes, sessions_a_day
from coach.routine.durations import BadValueError
from coach.routine.frequency import parse_frequency
from coach.routine.model import Frequency
from coach.routine.problems import RoutineError
from coach.session.plan import build_plan


def _hour_parser(lang: Language) -> Callable[[str], time]:
    """The `--at` argument type: a time of day as H:MM or HH:MM, or a clear message."""

    def parse(value: str) -> time:
        hours, _, minutes = value.strip().partition(":")
        try:
            if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
                raise ValueError(value)
            return time(int(hours), int(minutes))
        except ValueError:
            message = translate("report.remind.bad_hour", lang, value=value)
            raise argparse.ArgumentTypeError(message) from None

    return parse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    """Add `coach remind` to the command line."""
    help_text = translate("report.remind.help", lang)
    parser = subparsers.add_parser("remind", help=help_text, description=help_text)
    parser.add_argument("routine", type=Path, metavar="FILE")
    parser.add_argument(
        "--ics",
        type=Path,
        required=True,
        metavar="OUT",
        help=translate("report.remind.ics_help", lang),
    )
    parser.add_argument(
        "--at",
        type=_hour_parser(lang),
        action="append",
        default=[],
        metavar="HH:MM",
        help=translate("report.remind.at_help", lang),
    )
    parser.add_argument(
        "--frequency", metavar="TEXT", help=translate("report.remind.frequency_help", lang)
    )
    parser.add_argument(
        "--start",
        type=since_parser(lang),
        metavar="DATE",
        help=translate("report.remind.start_help", lang),
    )
    parser.add_argument(
        "--until",
        type=since_parser(lang),
        metavar="DATE",
        help=translate("report.remind.until_help", lang),
    )
    parser.add_argument(
        "--lang", choices=("en", "nb"), help=translate("report.remind.lang_help", lang)
    )
    parser.set_defaults(ui_lang=lang)


def _fail(lang: Language, message: str) -> int:
    say_error("remind", lang, message)
    return 2


def run(args: argparse.Namespace) -> int:
    """Write the calendar; 2 with a clear message when the routine or the options say too little."""
    # deferred: the routine loader (yaml); `coach --help` imports every command's module
    from coach.routine.loader import load_routine

    ui: Language = args.ui_lang
    try:
        routine = load_routine(args.routine)
    except RoutineError:
        return _fail(ui, translate("report.remind.bad_routine", ui, path=args.routine))
    lang: Language = args.lang if is_language(args.lang) else routine.language
    frequency: Frequency | None = routine.frequency
    if args.frequency is not None:
        try:
            frequency = parse_frequency(args.frequency)
        except BadValueError:
            return _fail(ui, translate("report.remind.bad_frequency", ui, text=args.frequency))
    if frequency is None:
        return _fail(ui, translate("report.remind.no_frequency", ui, path=args.routine))
    per_day = sessions_a_day(frequency)
    if args.at and len(args.at) != per_day:
        form = "one" if per_day == 1 else "other"
        return _fail(ui, translate(f"report.remind.wrong_hours.{form}", ui, count=per_day))
    start = args.start or date.today()
    if args.until is not None and args.until < start:
        return _fail(ui, translate("report.remind.until_too_early", ui, first=start.isoformat()))
    minutes = max(5, 5 * math.ceil(build_plan(routine).total_duration / 300))
    data = calendar_bytes(
        routine,
        frequency,
        lang,
        start=start,
        minutes=minutes,
        hours=args.at,
        until=args.until,
    )
    try:
        write_private(args.ics, data.decode("utf-8"))
    except OSError as err:
        detail = write_problem(err, ui)
        return _fail(ui, translate("history.export.cannot_write", ui, path=args.ics, detail=detail))
    print(translate("report.remind.written", ui, path=args.ics), file=sys.stderr)
    return 0
