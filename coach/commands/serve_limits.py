"""What one browser may ask of `coach serve`: the limits its server (serve_server) keeps.

textual-serve trusts the page: a websocket message `["resize", {"width": 100000, ...}]` made one
coach draw a screen of ten billion cells (1.5 GB in 5 s, still growing after the browser left),
a 0×0 size or a text width killed the session, any web page could open a coach on this computer
through the visitor's browser, and every connection started another coach. Here:

- sizes are whole numbers clamped to `COLUMNS` × `ROWS` (smaller is unreadable, 0×0 no screen
  at all; larger is more than any screen shows and costs memory);
- a message that is not JSON, not `[type, data]`, or has data of the wrong shape is dropped
  (logged on the server) and the session goes on;
- the websocket is refused (403) to a page from another origin than this server's own
  addresses (see `allowed_origins`) or one given with `--allow-origin`;
- at most `max_sessions` coaches run at once; the next browser is told so, plainly.
"""

from __future__ import annotations

import ipaddress
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

COLUMNS: Final = range(10, 501)  # a browser's terminal: 10 to 500 columns…
ROWS: Final = range(5, 201)  # …and 5 to 200 rows
DEFAULT_SIZE: Final = (80, 24)  # textual-serve's, when the page does not say
# What one browser message may carry: the page sends each key press on its own, a paste at most
# a few lines. One megabyte of "keys" kept a coach busy and growing past 1 GB after its browser
# had gone; longer input is dropped, and a longer message closes the connection.
MAX_STDIN_CHARS: Final = 4096
MAX_MESSAGE_BYTES: Final = 64 * 1024
_LOOPBACK_NAMES: Final = ("localhost", "127.0.0.1", "[::1]")
_WILDCARD_HOSTS: Final = ("0.0.0.0", "::", "")


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this computer only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Limits:
    """What `coach serve` allows the browsers."""

    max_sessions: int
    allowed_origins: frozenset[str]


def clamp(value: int, bounds: range) -> int:
    """`value` within `bounds` (a range of whole numbers)."""
    return max(bounds[0], min(bounds[-1], value))


def terminal_size(width: object, height: object) -> tuple[int, int] | None:
    """The size to give coach for a browser's (width, height), clamped; None unless both are
    whole numbers (JSON has no integer type: 80.0 is 80, 80.5 and "80" are refused)."""
    whole = [_whole_number(value) for value in (width, height)]
    if whole[0] is None or whole[1] is None:
        return None
    return clamp(whole[0], COLUMNS), clamp(whole[1], ROWS)


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def query_size(query: Any) -> tuple[int, int]:
    """The starting size from the websocket's `?width=…&height=…`, clamped (textual-serve's
    default 80×24 for what is missing or not a number)."""
    numbers = []
    for key, default in zip(("width", "height"), DEFAULT_SIZE, strict=True):
        try:
            numbers.append(int(query.get(key, default)))
        except ValueError:
            numbers.append(default)
    return clamp(numbers[0], COLUMNS), clamp(numbers[1], ROWS)


def parse_envelope(text: str) -> tuple[str, object] | None:
    """A browser's message `[type, data?]`, or None when it is not one."""
    try:
        envelope = json.loads(text)
    except ValueError:  # not JSON (json.JSONDecodeError), or a number too long to read
        return None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
        return None
    return envelope[0], envelope[1] if len(envelope) > 1 else None


def origin_of(url: str) -> str | None:
    """`scheme://host:port` of a URL or an Origin header, lower case, with the scheme's default
    port written out; None for anything that is not an http(s) origin (such as "null")."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is not a number, a malformed IPv6 address
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port = port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{host}:{port}"


def allowed_origins(
    host: str, port: int, public_url: str, extra: Iterable[str] = ()
) -> frozenset[str]:
    """The pages allowed to open a coach: those of this server itself (its public URL, and
    http://HOST:PORT; on a loopback or every-address listen, localhost, 127.0.0.1 and [::1] at
    the port too) and the origins given with `--allow-origin`. A page from anywhere else,
    one that a visitor's browser opened, gets a 403 (cross-site websocket hijacking)."""
    shown = f"[{host}]" if ":" in host else host
    urls = [public_url, f"http://{shown}:{port}", *extra]
    if is_loopback(host) or host in _WILDCARD_HOSTS:
        urls += [f"http://{name}:{port}" for name in _LOOPBACK_NAMES]
    return frozenset(origin for url in urls if (origin := origin_of(url)) is not None)
