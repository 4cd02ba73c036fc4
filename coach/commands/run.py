"""`coach run FILE` starts a routine; `coach [FILE_OR_DIR ...]` opens the picker.

Exit codes: 0 after a session or the picker, 1 when `coach run FILE` cannot use FILE (after its
problems were shown), 2 for bad usage (a missing file, a folder, an events file that cannot be
written, a bad option, no terminal), 70 after an unexpected error (logged, see
`coach.error_log`), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from coach.commands.terminal import no_terminal_message
from coach.i18n import LANGUAGES, Language, translate
from coach.plain.thresholds import DEFAULT_THRESHOLDS, parse_thresholds
from coach.private_files import open_private, private_dir
from coach.session.clock import MAX_SPEED, MIN_SPEED
from coach.store.paths import data_dir_location
from coach.visit.config import AppConfig, prepare_user_routines, user_routines_dir

if TYPE_CHECKING:
    from coach.ui.app import CoachApp

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130  # the shell's code for a program ended by Ctrl+C (SIGINT)


def user_routines_location(data_dir: Path | None = None) -> Path:
    """The patient's routines folder (not created here)."""
    return user_routines_dir(data_dir_location(data_dir))


def picker_epilog(lang: Language) -> str:
    """The end of `coach --help`: how to open the picker, and where the routines folder is."""
    epilog = translate("ui.cli.epilog", lang, folder=user_routines_location())
    return f"{epilog}\n\n{translate('plain.cli.epilog', lang)}"


def _speed(lang: Language) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = float("nan")
        if not MIN_SPEED <= value <= MAX_SPEED:  # also false for nan
            raise argparse.ArgumentTypeError(translate("ui.cli.bad_speed", lang, value=text))
        return value

    return parse


def _volume(lang: Language) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not 0 <= value <= 100:
            raise argparse.ArgumentTypeError(translate("ui.cli.bad_volume", lang, value=text))
        return value

    return parse


def _countdown(lang: Language) -> Callable[[str], tuple[int, ...]]:
    def parse(text: str) -> tuple[int, ...]:
        try:
            return parse_thresholds(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("plain.cli.bad_countdown", lang, value=text)
            ) from None

    return parse


def plain_wanted(args: argparse.Namespace) -> bool:
    """True for plain mode: `--plain`, or a terminal that says it can do nothing else
    (TERM=dumb: Emacs' shell, some screen reader setups)."""
    return bool(getattr(args, "plain", False)) or os.environ.get("TERM") == "dumb"


def add_playback_options(
    parser: argparse.ArgumentParser,
    lang: Language,
    *,
    speed_help: str | None = "ui.cli.speed_help",
    data_dir_help: str = "ui.cli.data_dir_help",
) -> None:
    """The options every way of running sessions shares (`coach run`, the picker, the kiosk);
    `speed_help=None` hides --speed from the help."""
    parser.add_argument(
        "--events", type=Path, metavar="PATH", help=translate("ui.cli.events_help", lang)
    )
    parser.add_argument(
        "--speed",
        type=_speed(lang),
        default=1.0,
        metavar="N",
        help=translate(speed_help, lang) if speed_help else argparse.SUPPRESS,
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("ui.cli.lang_help", lang))
    parser.add_argument("--voice", action="store_true", help=translate("ui.cli.voice_help", lang))
    parser.add_argument(
        "--volume",
        type=_volume(lang),
        default=80,
        metavar="0-100",
        help=translate("ui.cli.volume_help", lang),
    )
    parser.add_argument("--mute", action="store_true", help=translate("ui.cli.mute_help", lang))
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=translate(data_dir_help, lang),
    )


def add_session_options(parser: argparse.ArgumentParser, lang: Language) -> None:
    """The options `coach run` and the picker share."""
    add_playback_options(parser, lang)
    # Safety check-ins and the history (docs/safety.md).
    parser.add_argument(
        "--no-checkins",
        action="store_true",
        help=translate("safety.ui.cli.no_checkins_help", lang),
    )
    parser.add_argument(
        "--no-history", action="store_true", help=translate("safety.ui.cli.no_history_help", lang)
    )
    parser.add_argument(
        "--red-flags",
        choices=("daily", "every-session"),
        default="daily",
        help=translate("safety.ui.cli.red_flags_help", lang),
    )
    # Plain mode (docs/accessibility.md).
    parser.add_argument("--plain", action="store_true", help=translate("plain.cli.help", lang))
    parser.add_argument(
        "--countdown",
        type=_countdown(lang),
        default=None,
        metavar="10,5,3,2,1",
        help=translate("plain.cli.countdown_help", lang),
    )


def register(subparsers: argparse._SubParsersAction[Any], lang: Language) -> None:
    """Add `coach run` to the command line."""
    parser = subparsers.add_parser(
        "run",
        help=translate("ui.cli.run_help", lang),
        description=f"{translate('ui.cli.run_description', lang)}\n\n"
        f"{translate('shell.cli.exit_codes', lang)}",
        epilog=picker_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=translate("ui.cli.file_help", lang))
    add_session_options(parser, lang)
    parser.set_defaults(cli_lang=lang)


def picker_parser(lang: Language) -> argparse.ArgumentParser:
    """`coach [FILE_OR_DIR ...]`: the picker's own command line."""
    parser = argparse.ArgumentParser(
        prog="coach",
        description=translate("ui.cli.picker_description", lang),
        epilog=picker_epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="FILE_OR_DIR",
        help=translate("ui.cli.paths_help", lang),
    )
    add_session_options(parser, lang)
    return parser


def _fail(message: str) -> int:
    print(f"coach: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    """`coach run FILE`: guide the patient through FILE.

    Only what is cheap is checked here (the file exists, the events file can be written): the
    app shows the routine's title at once and loads it right after, and a routine with problems
    is explained on the screen (`coach check FILE` explains them on the command line).
    """
    lang: Language = args.lang or args.cli_lang
    path: Path = args.file
    if path.is_dir():
        return _fail(translate("ui.cli.is_a_folder", lang, path=path))
    if not path.exists():
        return _fail(translate("ui.cli.no_such_file", lang, path=path))
    if not path.is_file():  # a FIFO or a device: opening it to read the title would hang
        return _fail(translate("ui.cli.not_a_file", lang, path=path))
    if args.events is not None and (failure := _check_events_file(args.events, lang)):
        return _fail(failure)
    return _run_app(args, run=path)


def run_picker(argv: Sequence[str], lang: Language) -> int:
    """`coach [FILE_OR_DIR ...]`: the picker, with the paths given listed too."""
    args = picker_parser(lang).parse_args(list(argv))
    if args.events is not None and (failure := _check_events_file(args.events, args.lang or lang)):
        return _fail(failure)
    args.cli_lang = lang
    return _run_app(args, picker_paths=tuple(args.paths))


def _check_events_file(path: Path, lang: Language) -> str | None:
    """Why the events file cannot be appended to, or None (it is created, empty, if missing)."""
    try:
        private_dir(path.parent)
        with open_private(path, "a"):
            pass
    except OSError as err:
        return translate("ui.cli.events_unwritable", lang, path=path, reason=err.strerror or err)
    return None


def _run_app(args: argparse.Namespace, **fields: Any) -> int:
    plain = plain_wanted(args)
    # Plain mode reads a pipe as well as a terminal; the screens need a terminal.
    if not plain and (failure := no_terminal_message(args.lang or args.cli_lang)):
        return _fail(failure)

    user_routines = user_routines_location(args.data_dir)
    prepare_user_routines(user_routines)  # created on the first run; the picker says if it fails
    config = AppConfig(
        user_routines=user_routines,
        lang=args.lang,
        system_lang=args.cli_lang,
        speed=args.speed,
        events=args.events,
        voice=args.voice,
        volume=args.volume,
        mute=args.mute,
        data_dir=args.data_dir,
        no_checkins=args.no_checkins,
        no_history=args.no_history,
        red_flag_frequency="every_session" if args.red_flags == "every-session" else "daily",
        **fields,
    )
    if plain:
        return _run_plain(config, args.countdown)
    # deferred: Textual only for the screens (not plain mode); `coach --help` and the kiosk's
    # command line import this module too
    from coach.ui.app import make_app

    app: CoachApp | None = None
    try:
        app = make_app(config)
        result = app.run()
    except KeyboardInterrupt:  # SIGINT from outside; in the app, Ctrl+C is a key
        return EXIT_INTERRUPTED
    except Exception as error:  # outside the app's own handling (CoachApp.on_unexpected_error)
        if app is not None:
            return app.ended_by_outside_error(error)
        return _unexpected_error(error, config.data_dir, config.ui_lang)
    # The app's return code says how it ended (1: FILE unusable, 70: a bug); a plain exit is 0.
    return app.return_code or (EXIT_OK if result is None else result)


def _run_plain(config: AppConfig, countdown: tuple[int, ...] | None) -> int:
    """Plain mode (coach.plain), with the same calm line and log as the app after a bug."""
    # Imported here: the screens never need plain mode's modules, nor plain mode the screens'.
    from coach.plain.app import run_plain

    try:
        return run_plain(config, thresholds=DEFAULT_THRESHOLDS if countdown is None else countdown)
    except BrokenPipeError:  # the reader went away (`| head`): the command line says so quietly
        raise
    except Exception as error:
        return _unexpected_error(error, config.data_dir, config.ui_lang)


def _unexpected_error(error: Exception, data_dir: Path | None, lang: Language) -> int:
    """No traceback for the patient: log it, say so calmly, exit 70."""
    # deferred: only after an error (`coach --help` imports this module too)
    from coach.error_log import (
        EXIT_UNEXPECTED_ERROR,
        new_error_log_path,
        unexpected_error_text,
        write_error_log,
    )

    log = new_error_log_path(data_dir)
    print(unexpected_error_text(lang, log, write_error_log(log, error)), file=sys.stderr)
    return EXIT_UNEXPECTED_ERROR
