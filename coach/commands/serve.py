"""`coach serve`: coach in a web browser, through textual-serve.

Each browser that opens the page gets its own coach process (its own session, its own screen);
with `--kiosk`, each runs the kiosk app. It listens on the loopback address unless told
otherwise, and says at start who can reach it. The page textual-serve sends would load a web
font from the internet; coach's copy of the page leaves that out, so a browser showing coach
talks to this computer only.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import shlex
import sys
from pathlib import Path
from typing import Any, Final

from coach.i18n import Language, translate

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000
_WEB_FONT = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>\s*", re.DOTALL)


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


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this computer only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
    import aiohttp_jinja2
    import jinja2
    from aiohttp import web
    from textual_serve.server import Server

    command = shlex.join(app_command(args))

    class CoachServer(Server):
        """textual-serve, with its page free of web fonts and coach's own start message."""

        async def on_startup(self, app: web.Application) -> None:
            pass  # `run` has said where it listens, in the user's language

        async def _make_app(self) -> web.Application:
            web_app = await super()._make_app()
            page = (Path(self.templates_path) / "app_index.html").read_text(encoding="utf-8")
            env = aiohttp_jinja2.get_env(web_app)
            assert env.loader is not None
            env.loader = jinja2.ChoiceLoader(
                [jinja2.DictLoader({"app_index.html": _WEB_FONT.sub("", page)}), env.loader]
            )
            return web_app

    public_url = args.public_url
    if public_url is None and ":" in args.host:
        public_url = f"http://[{args.host}]:{args.port}"
    return CoachServer(
        command,
        host=args.host,
        port=args.port,
        title=translate("serve.page_title", lang),
        public_url=public_url,
    )
