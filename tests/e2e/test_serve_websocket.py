"""End to end over a real websocket: `coach serve` on a free loopback port, spoken to by aiohttp's
client as a hostile page or program would. One message must not cost the computer its memory,
kill a session, or let another website or an N+1th browser in.

Memory is read from /proc: the VmRSS of the coach processes the server started.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from pathlib import Path

import aiohttp
import pytest

pytestmark = pytest.mark.e2e

ROUTINE = Path(__file__).resolve().parent.parent / "data" / "ui" / "every-step.en.yaml"
MB = 1024 * 1024


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_listening(port: int, timeout: float = 15.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


class Served:
    """A running `coach serve`: its address and process."""

    def __init__(self, port: int, process: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.process = process
        self.origin = f"http://127.0.0.1:{port}"

    def coaches(self) -> list[int]:
        """The process ids of the browsers' coaches (descendants running `-m coach`)."""
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
        found, todo = [], list(children.get(self.process.pid, []))
        while todo:
            pid = todo.pop()
            todo += children.get(pid, [])
            try:
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"coach" in argv and b"-m" in argv:
                found.append(pid)
        return found

    def rss(self) -> int:
        """The resident memory of all the browsers' coaches together, in bytes."""
        total = 0
        for pid in self.coaches():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        return total


@contextmanager
def serving(tmp_path: Path, *options: str) -> Iterator[Served]:
    """`coach serve OPTIONS` (the picker) on a free loopback port, always stopped after."""
    port = free_port()
    command = [sys.executable, "-m", "coach", "serve", *options, "--port", str(port), "--mute"]
    command.append(str(ROUTINE))
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with (tmp_path / "server.log").open("w") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    served = Served(port, process)
    try:
        wait_until_listening(port)
        yield served
    finally:
        coaches = served.coaches()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for pid in coaches:  # never leave a coach behind, even when the test failed
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


class Browser:
    """One websocket to `/ws`, as the page opens it."""

    def __init__(self, websocket: aiohttp.ClientWebSocketResponse) -> None:
        self.websocket = websocket

    async def send(self, message: object) -> None:
        if isinstance(message, str):
            await self.websocket.send_str(message)
        else:
            await self.websocket.send_json(message)

    async def screen_bytes(self, timeout: float = 20.0) -> int:
        """Wait for the coach to draw something; how many bytes came in one go."""
        async with asyncio.timeout(timeout):
            while True:
                message = await self.websocket.receive()
                if message.type == aiohttp.WSMsgType.BINARY and len(message.data) > 10:
                    return len(message.data)
                assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), message

    async def drain(self, seconds: float) -> None:
        """Read whatever comes for `seconds` (a browser keeps reading)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = await self.websocket.receive(timeout=left)
            except TimeoutError:
                return
            assert message.type != aiohttp.WSMsgType.CLOSE, "the session was closed"

    async def redraws_at(self, width: int, height: int) -> None:
        """The session is alive: a proper resize makes its coach draw again."""
        await self.drain(0.5)
        await self.send(["resize", {"width": width, "height": height}])
        await self.screen_bytes()


@asynccontextmanager
async def browser(
    served: Served, origin: str | None = "", query: str = "?width=80&height=24"
) -> AsyncIterator[Browser]:
    headers = {} if origin is None else {"Origin": origin or served.origin}
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{served.port}/ws{query}"
        async with session.ws_connect(url, headers=headers, heartbeat=None) as websocket:
            yield Browser(websocket)


async def fetch(url: str, origin: str | None = None) -> tuple[int, str]:
    """GET `url`: the status and the text."""
    headers = {} if origin is None else {"Origin": origin}
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as reply:
        return reply.status, await reply.text()


def wait_for_coaches(served: Served, count: int, timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while len(pids := served.coaches()) != count:
        assert time.monotonic() < deadline, f"{len(pids)} coaches running, expected {count}"
        time.sleep(0.1)
    return pids


def test_an_oversize_resize_keeps_memory_bounded(tmp_path: Path) -> None:
    """The bug: a 100000×100000 resize took a coach from 41 MB to 1.5 GB in 5 s, at 100 % CPU,
    still growing after the browser left. Now the size is clamped to 500×200."""
    with serving(tmp_path) as served:

        async def scenario() -> None:
            async with browser(served) as page:
                await page.screen_bytes()
                await page.drain(1.0)
                before = served.rss()
                await page.send(["resize", {"width": 100_000, "height": 100_000}])
                peak = before
                for _ in range(20):  # 5 s, as long as the bug took to reach 1.5 GB
                    await page.drain(0.25)
                    peak = max(peak, served.rss())
                print(
                    f"\ncoach's memory before the oversize resize: {before / MB:.1f} MB; "
                    f"after it: {served.rss() / MB:.1f} MB (highest in 5 s: {peak / MB:.1f} MB)"
                )
                assert before > 10 * MB  # the measurement found the coach
                assert peak < before + 60 * MB
                await page.redraws_at(80, 24)

        asyncio.run(scenario())
        wait_for_coaches(served, 0)  # the browser left: its coach ended


def test_a_flood_of_keys_in_one_message_keeps_memory_bounded_and_ends_with_its_browser(
    tmp_path: Path,
) -> None:
    """The bug: `["stdin", "A" * 1_000_000]` kept a coach busy, growing past 1 GB and running on
    after its browser left (so repeating it also got round --max-sessions). Now input longer than
    MAX_STDIN_CHARS is dropped, and a message over MAX_MESSAGE_BYTES closes the connection."""
    with serving(tmp_path) as served:

        async def scenario() -> None:
            async with browser(served) as page:
                await page.screen_bytes()
                await page.drain(1.0)
                before = served.rss()
                await page.send(["stdin", "A" * 60_000])  # under the message limit: dropped
                peak = before
                for _ in range(12):
                    await page.drain(0.25)
                    peak = max(peak, served.rss())
                print(f"60,000 keys in one message: {peak / MB:.1f} MB (from {before / MB:.1f})")
                assert peak < before + 30 * MB
                await page.redraws_at(80, 24)  # the session goes on
            async with browser(served) as page:  # over the message limit: closed
                await page.screen_bytes()
                await page.websocket.send_str('["stdin", "' + "A" * 200_000 + '"]')
                async with asyncio.timeout(10):
                    while (await page.websocket.receive()).type not in (
                        aiohttp.WSMsgType.CLOSE,
                        aiohttp.WSMsgType.CLOSED,
                        aiohttp.WSMsgType.ERROR,
                    ):
                        pass

        asyncio.run(scenario())
        wait_for_coaches(served, 0)  # every browser left: no coach runs on
    assert "characters of input at once" in (tmp_path / "server.log").read_text()


@pytest.mark.parametrize(
    "messages",
    [
        [["resize", {"width": 0, "height": 0}]],
        [["resize", {"width": "wide", "height": 24}], ["resize", {"width": 80.5, "height": 24}]],
        [["resize", {"width": 80}], ["resize"], ["resize", [80, 24]], ["resize", None]],
        ["not json", "[1, 2", "{}", "[]", "[42]", ["stdin", 42], ["ping", {"a": 1}]],
        [["resize", {"width": -5, "height": 10**400}], ["what", "ever"]],
    ],
    ids=["zero-size", "text-and-fraction", "missing-parts", "not-a-message", "extremes"],
)
def test_a_malformed_message_does_not_end_the_session(
    messages: list[object], tmp_path: Path
) -> None:
    with serving(tmp_path) as served:

        async def scenario() -> None:
            async with browser(served) as page:
                await page.screen_bytes()
                [coach] = wait_for_coaches(served, 1)
                for message in messages:
                    await page.send(message)
                await page.redraws_at(81, 25)
                assert served.coaches() == [coach]  # the same coach, still running
                await page.send(["ping", "17"])
                async with asyncio.timeout(10):
                    while (reply := await page.websocket.receive()).type != aiohttp.WSMsgType.TEXT:
                        pass
                assert reply.json() == ["pong", "17"]

        asyncio.run(scenario())
    said = (tmp_path / "server.log").read_text()
    assert said.count("dropped a websocket message") <= 5  # noted, without flooding
    assert ("no more are logged" in said) == (len(messages) > 5)
    assert "Traceback" not in said


def test_a_page_from_another_website_is_refused(tmp_path: Path) -> None:
    with serving(tmp_path, "--allow-origin", "https://intranet.example") as served:

        async def scenario() -> None:
            for foreign in ("http://evil.example", "null", f"http://127.0.0.1:{served.port + 1}"):
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    async with browser(served, origin=foreign):
                        pass
                assert refused.value.status == 403
            status, text = await fetch(f"{served.origin}/ws", origin="http://evil.example")
            assert status == 403 and "coach opens only from its own page" in text
            for welcome in (
                served.origin,
                f"http://localhost:{served.port}",
                "https://intranet.example",
                None,  # not a browser: no Origin header
            ):
                async with browser(served, origin=welcome) as page:
                    await page.screen_bytes()

        asyncio.run(scenario())
    assert served.coaches() == []


def test_the_browser_after_max_sessions_is_told_so(tmp_path: Path) -> None:
    with serving(tmp_path, "--max-sessions", "2") as served:
        full = "coach is already open in as many browsers as this server allows (2)"

        async def scenario() -> None:
            async with browser(served) as first, browser(served) as second:
                await first.screen_bytes()
                await second.screen_bytes()
                async with browser(served) as third:
                    said = await third.websocket.receive(timeout=10)
                    assert said.type == aiohttp.WSMsgType.BINARY
                    assert full in said.data.decode()
                    closed = await third.websocket.receive(timeout=10)
                    assert closed.type == aiohttp.WSMsgType.CLOSE
                    assert third.websocket.close_code == aiohttp.WSCloseCode.TRY_AGAIN_LATER
                    assert "as many browsers as allowed (2). Try again soon" in closed.extra
                status, text = await fetch(f"{served.origin}/")
                assert status == 503 and full in text
                assert len(served.coaches()) == 2
            # Both left: a place is free again.
            await asyncio.to_thread(wait_for_coaches, served, 0)
            async with browser(served) as again:
                await again.screen_bytes()
            status, text = await fetch(f"{served.origin}/")
            assert status == 200 and "textual-terminal" in text

        asyncio.run(scenario())
