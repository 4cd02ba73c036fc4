"""textual-serve's server with coach's limits (coach.commands.serve_limits): sizes clamped,
malformed messages dropped, other origins refused, sessions counted.

This module imports aiohttp and textual-serve: import it only when serving.

textual-serve 1.1 has no public hook for its page, its websocket handler or its message loop, so
this is the one module that overrides its private `Server._make_app` and `_process_messages` (and
replaces the public `handle_websocket`). tests/kiosk/test_serve_private_api.py fails loudly when a
textual-serve release renames or reshapes them: read that release's server.py before relaxing it.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from pathlib import Path
from typing import Any, Final

import aiohttp_jinja2
import jinja2
from aiohttp import WSCloseCode, WSMsgType, hdrs, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from coach.commands.serve_limits import (
    MAX_MESSAGE_BYTES,
    MAX_STDIN_CHARS,
    Limits,
    origin_of,
    parse_envelope,
    query_size,
    terminal_size,
)
from coach.i18n import Language, translate

log = logging.getLogger("textual-serve")

_WEB_FONT = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>\s*", re.DOTALL)
_CLOSE_REASON_BYTES: Final = 123  # the most a websocket close frame carries
_DROPS_LOGGED: Final = 5  # malformed messages logged per browser
_TRY_AGAIN_LATER: Final = int(WSCloseCode.TRY_AGAIN_LATER)
# The page covers its terminal with "Session ended." when the websocket closes. When coach
# closed it because every place is taken, the page shows coach's reason there instead.
_SAY_WHY_CLOSED: Final = f"""<script>
(() => {{
  const Native = window.WebSocket;
  window.WebSocket = function (url, protocols) {{
    const socket = new Native(url, protocols);
    socket.addEventListener("close", (event) => {{
      const message = document.querySelector(".closed-dialog .message");
      if (event.code === {_TRY_AGAIN_LATER} && event.reason && message) {{
        message.textContent = event.reason;
      }}
    }});
    return socket;
  }};
  window.WebSocket.prototype = Native.prototype;
  // Keys work before anyone clicks (a keyboard-only kiosk): focus the terminal's input as soon
  // as it exists; textual-serve's page leaves the focus on the page itself.
  const focusTerminal = () => {{
    const input = document.querySelector(".xterm-helper-textarea");
    if (input && document.activeElement !== input) input.focus();
    return Boolean(input);
  }};
  new MutationObserver((_, observer) => {{
    if (focusTerminal()) observer.disconnect();
  }}).observe(document.documentElement, {{ childList: true, subtree: true }});
}})();
</script>
"""


class CoachServer(Server):
    """textual-serve with coach's page, start message and limits. The page textual-serve sends
    would load a web font from the internet; coach's copy leaves that out."""

    def __init__(self, command: str, *, limits: Limits, lang: Language, **options: Any) -> None:
        super().__init__(command, **options)
        self.limits = limits
        self.lang = lang
        self.sessions: set[web.WebSocketResponse] = set()

    async def on_startup(self, app: web.Application) -> None:
        pass  # `coach serve` has said where it listens, in the user's language

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every browser's websocket, so its coach is told to quit and waited for."""
        for websocket in list(self.sessions):
            await websocket.close(code=WSCloseCode.GOING_AWAY)

    async def _make_app(self) -> web.Application:
        web_app = await super()._make_app()
        page = (Path(self.templates_path) / "app_index.html").read_text(encoding="utf-8")
        page = _WEB_FONT.sub("", page).replace("</head>", _SAY_WHY_CLOSED + "</head>", 1)
        env = aiohttp_jinja2.get_env(web_app)
        assert env.loader is not None
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"app_index.html": page}), env.loader])
        return web_app

    def full(self) -> bool:
        """Whether as many coaches run as `--max-sessions` allows."""
        return len(self.sessions) >= self.limits.max_sessions

    def full_message(self) -> str:
        return translate("serve.full", self.lang, count=self.limits.max_sessions)

    async def handle_index(self, request: web.Request) -> Any:
        """The page; when every place is taken, a page that says so and tries again."""
        if not self.full():
            return await super().handle_index(request)
        page = (
            f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="10"><title>{html.escape(self.title)}</title>'
            "<style>body{background:#0c181f;color:#eee;font:1.4em sans-serif;margin:3em}"
            f"</style></head><body><p>{html.escape(self.full_message())}</p></body></html>"
        )
        return web.Response(
            status=503, text=page, content_type="text/html", headers={"Retry-After": "10"}
        )

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """A browser's coach: refused to other origins and beyond `max_sessions`."""
        origin = request.headers.get(hdrs.ORIGIN)
        # No Origin: not a browser, so not a page misusing a visitor's browser (a program can
        # send any Origin it likes anyway).
        if origin is not None and origin_of(origin) not in self.limits.allowed_origins:
            log.warning("refused a websocket from the origin %r", origin[:200])
            raise web.HTTPForbidden(text=translate("serve.origin_refused", self.lang))
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        full = self.full()
        if not full:
            self.sessions.add(websocket)  # before any await: the count is never overrun
        try:
            await websocket.prepare(request)
            if full:
                await self._refuse_as_full(websocket)
                return websocket
            width, height = query_size(request.query)

            async def close() -> None:  # the app ended: the page says "Session ended"
                await websocket.close()

            app_service = AppService(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await app_service.start(width, height)
            try:
                await self._process_messages(websocket, app_service)
            finally:
                await app_service.stop()
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # as textual-serve: log it, end this browser's coach only
            log.exception(error)
        finally:
            self.sessions.discard(websocket)
        return websocket

    async def _refuse_as_full(self, websocket: web.WebSocketResponse) -> None:
        message = self.full_message()
        log.warning("refused a browser: %d coaches run already", len(self.sessions))
        # The page writes what it receives to its terminal: the visitor reads why.
        await websocket.send_bytes(f"\r\n  {message}\r\n".encode())
        short = translate("serve.full_short", self.lang, count=self.limits.max_sessions)
        reason = short.encode()[:_CLOSE_REASON_BYTES].decode("utf-8", "ignore").encode()
        await websocket.close(code=WSCloseCode.TRY_AGAIN_LATER, message=reason)

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """textual-serve's message loop, checking each message's shape first."""
        dropped = 0

        def drop(why: str) -> None:
            nonlocal dropped
            dropped += 1
            if dropped <= _DROPS_LOGGED:  # a page sending rubbish must not flood the log
                more = "; no more are logged for this browser" if dropped == _DROPS_LOGGED else ""
                log.warning("dropped a websocket message: %s%s", why, more)

        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            envelope = parse_envelope(message.data)
            if envelope is None:
                drop("not [type, data]")
                continue
            kind, data = envelope
            if kind == "stdin" and isinstance(data, str):
                if len(data) > MAX_STDIN_CHARS:
                    drop(f"{len(data)} characters of input at once (at most {MAX_STDIN_CHARS})")
                    continue
                await app_service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                size = terminal_size(data.get("width"), data.get("height"))
                if size is None:
                    drop("a resize without whole-number width and height")
                    continue
                await app_service.set_terminal_size(*size)
            elif kind == "ping" and isinstance(data, str):
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()
            else:
                drop(f"type {kind[:40]!r} with data of type {type(data).__name__}")
