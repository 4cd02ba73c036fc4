"""`coach kiosk [ROUTINE ...]`: the coach on a waiting-room screen, unattended.

The command checks everything it can before starting (the config file, the routines, the log
file) and refuses with a clear message and exit code 2 when something is wrong: someone is
there when it starts. Then it runs the kiosk app as a child process (`--child`) and starts it
again whenever it dies, with a back-off; it ends only when staff leave with the PIN (the child
exits with STAFF_EXIT, the supervisor then with 0) or when it is told to stop (SIGTERM).

`coach kiosk --hash-pin` makes the `pin_hash` line for the config file.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from coach.commands.check import print_problems
from coach.commands.run import _check_events_file, add_playback_options
from coach.i18n import Language, translate
from coach.kiosk.config import (
    KioskConfig,
    KioskConfigError,
    default_config_path,
    load_kiosk_config,
    place_problem,
)
from coach.kiosk.pin import PinTallyFile, WallClock, check_pin_format, hash_pin
from coach.kiosk.signals import install_logging_handlers
from coach.kiosk.supervisor import STAFF_EXIT, Restart, supervise
from coach.resources import routines_dir
from coach.session.clock import MonotonicClock
from coach.store.paths import data_dir_location
from coach.text import inert
from coach.visit.config import AppConfig

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
# A config with very many mistakes (the wrong file, say): the first ones, then how many more.
MAX_PROBLEMS_SHOWN: Final = 20


def register(subparsers: argparse._SubParsersAction[Any], lang: Language) -> None:
    """Add `coach kiosk` to the command line."""
    parser = subparsers.add_parser(
        "kiosk",
        help=translate("kiosk.cli.help", lang),
        description=translate("kiosk.cli.description", lang),
    )
    parser.add_argument(
        "routines",
        nargs="*",
        type=Path,
        metavar="ROUTINE",
        help=translate("kiosk.cli.routines_help", lang),
    )
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help=translate("kiosk.cli.config_help", lang)
    )
    parser.add_argument(
        "--high-contrast", action="store_true", help=translate("kiosk.cli.contrast_help", lang)
    )
    parser.add_argument(
        "--hash-pin", action="store_true", help=translate("kiosk.cli.hash_pin_help", lang)
    )
    # The supervisor starts the app itself with --child; `coach serve --kiosk` does too.
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    add_kiosk_session_options(parser, lang)
    parser.set_defaults(cli_lang=lang)


def add_kiosk_session_options(parser: argparse.ArgumentParser, lang: Language) -> None:
    """The options of `coach run` that make sense in a kiosk (no history, check-ins always)."""
    add_playback_options(parser, lang, speed_help=None, data_dir_help="kiosk.cli.data_dir_help")


@dataclass(frozen=True, slots=True)
class KioskSetup:
    """Everything checked and ready: what the child needs to build the app."""

    config: KioskConfig
    lang: Language
    data_dir: Path
    entries: tuple[Any, ...]  # RoutineEntry (imported late: it loads the routine loader)


def run(args: argparse.Namespace) -> int:
    """`coach kiosk`."""
    lang: Language = args.lang or args.cli_lang
    if args.hash_pin:
        return hash_pin_command(lang)
    setup = prepare(args)
    if isinstance(setup, str):
        if args.child:  # the supervisor will try again: the config may be fixed by then
            _open_supervisors_log()  # a config that broke meanwhile never opened its own
            logging.getLogger("coach.kiosk").error("kiosk cannot start: %s", setup)
        print(f"coach kiosk: {setup}", file=sys.stderr)
        return EXIT_USAGE
    if args.child:
        return run_child(args, setup)
    return run_supervisor(args, setup)


# The supervisor's log file, handed to its app processes: one whose config broke since the
# supervisor started (so it cannot tell its own log) still says why in the supervisor's.
SUPERVISOR_LOG_ENV: Final = "COACH_KIOSK_SUPERVISOR_LOG"


def _open_supervisors_log() -> None:
    # deferred: logging.handlers; `coach --help` imports every command's module
    from coach.kiosk.log import open_kiosk_log

    path = os.environ.get(SUPERVISOR_LOG_ENV)
    if path and not logging.getLogger("coach.kiosk").handlers:
        with contextlib.suppress(OSError):
            open_kiosk_log(Path(path))


def _config_problems(err: KioskConfigError, lang: Language) -> str:
    """Every problem of the config where it has a place, as `coach check` shows a routine's
    (file:line:col, the line, a caret, a hint); else the one problem with the file's name."""
    located = err.located(lang)
    if not located:
        hint = err.problems[0].hint(lang)
        if hint is None:
            return err.message(lang)
        return f"{err.message(lang)}\n{translate('cli.hint', lang)}: {inert(hint)}"
    out = io.StringIO()
    print_problems(located[:MAX_PROBLEMS_SHOWN], out, lang)
    if len(located) > MAX_PROBLEMS_SHOWN:
        more = len(located) - MAX_PROBLEMS_SHOWN
        out.write(translate("kiosk.config.more", lang, count=more) + "\n")
    return out.getvalue().rstrip("\n")


def prepare(args: argparse.Namespace) -> KioskSetup | str:
    """Read and check the config, the routines and the files; the setup, or why it failed."""
    # deferred: logging.handlers; `coach --help` imports every command's module
    from coach.kiosk.log import check_log_file, open_kiosk_log

    cli_lang: Language = args.lang or args.cli_lang
    data_dir = data_dir_location(args.data_dir)
    path = args.config or default_config_path(data_dir)
    try:
        config = load_kiosk_config(path, required=args.config is not None)
    except KioskConfigError as err:
        return _config_problems(err, args.lang or err.language or cli_lang)
    lang: Language = args.lang or config.language or args.cli_lang
    if args.high_contrast:
        config = replace(config, high_contrast=True)
    log_path = config.log_path(data_dir)
    if (reason := check_log_file(log_path)) is not None:
        return translate("kiosk.cli.log_unwritable", lang, path=log_path, reason=reason)
    open_kiosk_log(log_path)
    if config.pin_hash is not None:
        tally = config.pin_tally_path(data_dir)
        try:
            PinTallyFile(tally).check()
        except OSError as err:
            reason = err.strerror or str(err)
            return translate("kiosk.cli.pin_tally_unwritable", lang, path=tally, reason=reason)
        if not getattr(args, "child", False):  # once, where whoever starts the kiosk reads it
            warn_if_config_readable(config, lang)
    if args.events is not None and (failure := _check_events_file(args.events, lang)):
        return failure
    routines = tuple(args.routines) or config.routines
    entries, problem = load_routines(routines, lang, config)
    if problem is not None:
        return problem
    return KioskSetup(config, lang, data_dir, tuple(entries))


def warn_if_config_readable(config: KioskConfig, lang: Language) -> None:
    """Say (on stderr and in the log) when others can read the file holding the PIN's hash."""
    if config.readable_by_others():
        logging.getLogger("coach.kiosk").warning(
            "the config %s holding the staff PIN's hash can be read by other users", config.source
        )
        warning = translate("kiosk.cli.config_readable", lang, path=config.source)
        print(f"coach kiosk: {warning}", file=sys.stderr)


def load_routines(
    paths: Sequence[Path], lang: Language, config: KioskConfig | None = None
) -> tuple[list[Any], str | None]:
    """The kiosk's routines (the bundled ones in `lang` when none are named): every one must
    load, since a visitor can do nothing about a broken file, and fit the room: without the
    config's `mat_area`, a named routine with a floor exercise is refused and the bundled ones
    on the floor are left out."""
    # deferred: the routine loader (yaml); `coach --help` imports every command's module
    from coach.routine.loader import find_routine_files
    from coach.visit.routine_list import Source, list_routines, load_entry

    # A path quoted from the config or the command line is shown inert: it may hold anything.
    if paths:
        missing = [p for p in paths if not p.exists()]
        if missing:
            text = translate("kiosk.cli.no_such_routine", lang, path=inert(str(missing[0])))
            return [], _where_routines_are_named(config, paths) + text
        entries = [load_entry(p, Source.GIVEN, lang) for p in find_routine_files(paths)]
    else:
        bundled = list_routines(routines_dir(), None, (), lang)
        entries = [e for e in bundled if e.routine is not None and e.routine.language == lang]
    for entry in entries:
        if entry.routine is None:
            first = entry.problems[0]
            where = inert(f"{entry.path}:{first.line}:{first.column}")
            problem = inert(first.message)
            text = translate("kiosk.cli.bad_routine", lang, where=where, problem=problem)
            return [], _where_routines_are_named(config, paths) + text
    room = config or KioskConfig()
    # Every entry has its routine here (a broken one was refused above).
    placed = [(e, place_problem(room, e.routine)) for e in entries if e.routine is not None]
    if not paths:
        entries = [e for e, misplaced in placed if misplaced is None]
    else:
        for entry, misplaced in placed:
            if misplaced is not None:
                return [], inert(misplaced.message(lang, entry.path))
    if not entries:
        return [], translate("kiosk.cli.no_routines", lang)
    return entries, None


def _where_routines_are_named(config: KioskConfig | None, paths: Sequence[Path]) -> str:
    """Where the config names its routines ("FILE:LINE:COL: ") when `paths` are its own, else ""."""
    if config is None or config.routines_place is None or config.source is None:
        return ""
    if tuple(paths) != config.routines:
        return ""  # named on the command line
    line, column = config.routines_place
    return inert(f"{config.source}:{line}:{column}: ")


def child_argv(args: argparse.Namespace) -> list[str]:
    """The command line of the kiosk app process: this one's, with --child."""
    argv = [sys.executable, "-m", "coach", "kiosk", "--child"]
    if args.config is not None:
        argv += ["--config", str(args.config.resolve())]
    if args.data_dir is not None:
        argv += ["--data-dir", str(args.data_dir.resolve())]
    if args.events is not None:
        argv += ["--events", str(args.events.resolve())]
    if args.lang:
        argv += ["--lang", args.lang]
    if args.speed != 1:
        argv += ["--speed", repr(args.speed)]
    argv += ["--volume", str(args.volume)]
    argv += [flag for flag, on in (("--mute", args.mute), ("--voice", args.voice)) if on]
    if args.high_contrast:
        argv.append("--high-contrast")
    argv += ["--", *(str(p.resolve()) for p in args.routines)]
    return argv


def run_supervisor(args: argparse.Namespace, setup: KioskSetup) -> int:
    """Run the app as a child, again and again, until the staff exit."""
    # deferred: subprocess, for the supervisor only; `coach --help` imports every command's module
    from coach.kiosk.process import Supervised

    log = logging.getLogger("coach.kiosk")
    own_log = str(setup.config.log_path(setup.data_dir))
    children = Supervised(child_argv(args), env={SUPERVISOR_LOG_ENV: own_log})
    children.install_signals()

    def on_restart(restart: Restart) -> None:
        log.warning(
            "the kiosk app ended with exit code %d after %.1f s; starting again in %.0f s",
            restart.exit_code,
            restart.ran_for,
            restart.delay,
        )
        children.between_runs(translate("kiosk.cli.restarting", setup.lang, seconds=restart.delay))

    log.info("supervisor started (pid %d)", os.getpid())
    code = 1
    try:
        code = supervise(
            children.start,
            clock=MonotonicClock(),
            sleep=time.sleep,
            on_restart=on_restart,
            stopping=children.stopping,
        )
    finally:
        children.restore(reset_screen=code != STAFF_EXIT)
    log.info("supervisor ended (the app's exit code %d)", code)
    return EXIT_OK if code == STAFF_EXIT else _exit_status(code)


def _exit_status(code: int) -> int:
    """A child's code as this process's exit status (killed by signal N: 128 + N, as a shell
    says it)."""
    return 128 - code if code < 0 else code


def run_child(args: argparse.Namespace, setup: KioskSetup) -> int:
    """The kiosk app itself (in the supervisor's child process, or under `coach serve`)."""
    # deferred: the app process's own (Textual): the supervisor never loads them
    from coach.kiosk.counts import SessionCounts
    from coach.ui.kiosk import EXIT_CRASHED, make_kiosk_app

    log = logging.getLogger("coach.kiosk")

    def log_uncaught(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        log.error("uncaught error", exc_info=(kind, error, tb))  # not on the visitor's screen

    sys.excepthook = log_uncaught
    install_logging_handlers(log, "app")  # until the app's own take over, and after them
    counts = None
    if setup.config.anonymous_counts:
        path = setup.config.counts_path(setup.data_dir)

        def counts_failed(err: OSError | ValueError) -> None:
            log.error("anonymous counts not written to %s: %s", path, err)

        counts = SessionCounts(path, on_failure=counts_failed)
    config = AppConfig(
        kiosk=True,
        lang=setup.lang,
        system_lang=setup.lang,
        speed=args.speed,
        events=args.events,
        voice=args.voice,
        volume=args.volume,
        mute=args.mute,
        data_dir=setup.data_dir,
        flash=setup.config.flash,
    )
    pin_tally = PinTallyFile(setup.config.pin_tally_path(setup.data_dir))
    app = make_kiosk_app(
        config,
        setup.config,
        setup.entries,
        log=log,
        counts=counts,
        pin_tally=pin_tally,
        pin_clock=WallClock(),
        own_signals=True,
    )
    try:
        app.run()
    except Exception as err:  # Textual itself failed: log it, and let the supervisor restart
        log.error("the kiosk app failed", exc_info=err)
        return EXIT_CRASHED
    finally:
        install_logging_handlers(log, "app")  # closing its loop set the defaults back
    return child_exit_code(app.staff_left, app.return_code)


def child_exit_code(staff_left: bool, return_code: int | None) -> int:
    """The kiosk app process's exit code: STAFF_EXIT only after the staff PIN; any other end is
    one the supervisor restarts (a Textual app that just stops says 0 or None: EXIT_CRASHED)."""
    # deferred: the app process has it loaded; `coach --help` imports every command's module
    from coach.error_log import EXIT_UNEXPECTED_ERROR

    if staff_left:
        return STAFF_EXIT
    if not return_code or return_code == STAFF_EXIT:
        return EXIT_UNEXPECTED_ERROR
    return return_code


def hash_pin_command(lang: Language, stdin: Any = None) -> int:
    """Ask for a PIN (twice at a terminal, once from a pipe) and print its `pin_hash` line."""
    source = stdin or sys.stdin
    if source.isatty():
        pin = getpass.getpass(translate("kiosk.cli.pin_prompt", lang))
        # Said at once, not after the PIN was typed a second time.
        if (problem := check_pin_format(pin)) is not None:
            print(f"coach kiosk: {translate(problem, lang)}", file=sys.stderr)
            return EXIT_USAGE
        again = getpass.getpass(translate("kiosk.cli.pin_again", lang))
        if pin != again:
            print(f"coach kiosk: {translate('kiosk.cli.pin_mismatch', lang)}", file=sys.stderr)
            return EXIT_USAGE
    else:
        pin = source.readline().strip()
    if (problem := check_pin_format(pin)) is not None:
        print(f"coach kiosk: {translate(problem, lang)}", file=sys.stderr)
        return EXIT_USAGE
    print(translate("kiosk.cli.pin_paste", lang), file=sys.stderr)
    print(f'pin_hash = "{hash_pin(pin)}"')
    return EXIT_OK
