"""`coach serve`: coach in a web browser, through textual-serve.

Each browser that opens the page gets its own coach process (its own session, its own screen);
with `--kiosk`, each runs the kiosk app. It listens on the loopback address unless told
otherwise, and says at start who can reach it. The page textual-serve sends would load a web
font from the internet; coach's copy of the page leaves that out, so a browser showing coach
talks to this computer only.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any, Final

from coach.commands.serve_limits import Limits, allowed_origins, is_loopback, origin_of
from coach.i18n import Language, translate

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000
DEFAULT_MAX_SESSIONS: Final = 4


def register(subparsers: argparse._SubParsersAction[Any], lang: Language) -> None:
    """Add `coach serve` to the command line."""
    parser = subparsers.add_parser(
        "serve",
        help=translate("serve.cli.help", lang),
        description=translate("serve.cli.description", lang),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="FILE_OR_DIR",
        help=translate("serve.cli.paths_help", lang),
    )
    parser.add_argument("--kiosk", action="store_true", help=translate("serve.cli.kiosk", lang))
    parser.add_argument(
        "--host", default=DEFAULT_HOST, metavar="ADDRESS", help=translate("serve.cli.host", lang)
    )
    parser.add_argument(
        "--port",
        type=_port(lang),
        default=DEFAULT_PORT,
        metavar="N",
        help=translate("serve.cli.port", lang),
    )
    parser.add_argument("--public-url", metavar="URL", help=translate("serve.cli.public_url", lang))
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        type=_origin(lang),
        metavar="ORIGIN",
        help=translate("serve.cli.allow_origin", lang),
    )
    parser.add_argument(
        "--max-sessions",
        type=_max_sessions(lang),
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=translate("serve.cli.max_sessions", lang, default=DEFAULT_MAX_SESSIONS),
    )
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help=translate("serve.cli.config", lang)
    )
    parser.add_argument(
        "--events", type=Path, metavar="PATH", help=translate("ui.cli.events_help", lang)
    )
    parser.add_argument("--lang", choices=("en", "nb"), help=translate("ui.cli.lang_help", lang))
    parser.add_argument("--speed", type=float, default=1.0, help=argparse.SUPPRESS)  # tests
    parser.add_argument("--mute", action="store_true", help=translate("ui.cli.mute_help", lang))
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help=translate("ui.cli.data_dir_help", lang)
    )
    parser.set_defaults(cli_lang=lang)


def _port(lang: Language) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not 0 < value < 65536:
            raise argparse.ArgumentTypeError(translate("serve.cli.bad_port", lang, value=text))
        return value

    return parse


def _origin(lang: Language) -> Any:
    def parse(text: str) -> str:
        if origin_of(text) is None:
            raise argparse.ArgumentTypeError(translate("serve.cli.bad_origin", lang, value=text))
        return text

    return parse


def _max_sessions(lang: Language) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(
                translate("serve.cli.bad_max_sessions", lang, value=text)
            )
        return value

    return parse


def app_command(args: argparse.Namespace) -> list[str]:
    """The command each browser's coach runs."""
    if args.kiosk:
        argv = [sys.executable, "-m", "coach", "kiosk", "--child"]
        if args.config is not None:
            argv += ["--config", str(args.config.resolve())]
    else:
        argv = [sys.executable, "-m", "coach"]
    for option, value in (
        ("--events", args.events),
        ("--data-dir", args.data_dir),
    ):
        if value is not None:
            argv += [option, str(value.resolve())]
    if args.lang:
        argv += ["--lang", args.lang]
    if args.speed != 1:
        argv += ["--speed", repr(args.speed)]
    if args.mute:
        argv.append("--mute")
    if args.kiosk:
        argv.append("--")
    argv += [str(p.resolve()) for p in args.paths]
    return argv


def start_message(host: str, port: int, lang: Language) -> str:
    """What `coach serve` says at start: the address, and who can open it."""
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    key = "serve.cli.loopback_only" if is_loopback(host) else "serve.cli.on_network"
    return translate(key, lang, url=url, host=host)


def run(args: argparse.Namespace) -> int:
    """`coach serve`."""
    lang: Language = args.lang or args.cli_lang
    if args.config is not None and not args.kiosk:
        print(f"coach serve: {translate('serve.cli.config_needs_kiosk', lang)}", file=sys.stderr)
        return EXIT_USAGE
    if args.kiosk:
        # Check the kiosk's setup once here, where its mistakes can be read.
        from coach.commands.kiosk import prepare

        kiosk_args = argparse.Namespace(
            lang=args.lang,
            cli_lang=args.cli_lang,
            data_dir=args.data_dir,
            config=args.config,
            high_contrast=False,
            events=args.events,
            routines=args.paths,
        )
        setup = prepare(kiosk_args)
        if isinstance(setup, str):
            print(f"coach serve: {setup}", file=sys.stderr)
            return EXIT_USAGE
    try:
        server = make_server(args, lang)
    except ImportError as err:  # installed without its dependencies
        print(
            f"coach serve: {translate('serve.cli.no_textual_serve', lang, reason=err)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    print(start_message(args.host, args.port, lang), flush=True)
    try:
        server.serve()
    except OSError as err:  # the port is taken, the address is not this computer's…
        reason = err.strerror or str(err)
        print(
            f"coach serve: {translate('serve.cli.cannot_listen', lang, reason=reason)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_OK


def make_server(args: argparse.Namespace, lang: Language) -> Any:
    """The textual-serve server for `args` (imported here: aiohttp is slow to import)."""
    # deferred: aiohttp is slow to import, and only serving needs it
    from coach.commands.serve_server import CoachServer

    public_url = args.public_url
    if public_url is None:
        shown = f"[{args.host}]" if ":" in args.host else args.host
        public_url = f"http://{shown}:{args.port}"
    limits = Limits(
        max_sessions=args.max_sessions,
        allowed_origins=allowed_origins(args.host, args.port, public_url, args.allow_origin),
    )
    return CoachServer(
        shlex.join(app_command(args)),
        limits=limits,
        lang=lang,
        host=args.host,
        port=args.port,
        title=translate("serve.page_title", lang),
        public_url=public_url,
    )
