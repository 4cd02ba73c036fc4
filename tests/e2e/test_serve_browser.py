"""End to end in a real browser: `coach serve` and `coach serve --kiosk` on a free loopback
port, opened by Debian's Chromium through Playwright (never a downloaded browser).

The page is a canvas, so the test finds things by colour in screenshots: the highlighted routine
button to click, the coloured phase band of a running session. Requests to anything but this
computer are aborted and counted (there should be none: coach's page loads no web fonts).
"""

from __future__ import annotations

import base64
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from coach.session.eventlog import read_event_log

CHROMIUM = Path("/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROUTINE = Path(__file__).resolve().parent.parent / "data" / "ui" / "every-step.en.yaml"
PRIMARY = (1, 120, 212)  # textual-dark's $primary: the highlighted routine, the phase band
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
VIEWPORT = {"width": 1000, "height": 700}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(tmp_path: Path, *options: str) -> Iterator[tuple[str, Path, Path]]:
    """`coach serve OPTIONS` on a free loopback port; its URL, events file and data folder."""
    port = free_port()
    events = tmp_path / "events.jsonl"
    data = tmp_path / "data"
    command = [sys.executable, "-m", "coach", "serve", *options, "--port", str(port)]
    if "--kiosk" in options:
        config = tmp_path / "kiosk.toml"
        config.write_text("mat_area = true\n", encoding="utf-8")  # the test routine is on the floor
        command += ["--config", str(config)]
    command += ["--events", str(events), "--mute", str(ROUTINE)]
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_LANG": "en"}
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert process.stdout is not None
        said = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in said and "only this computer" in said, said
        wait_until_listening(port)
        yield f"http://127.0.0.1:{port}/", events, data
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise AssertionError("coach serve did not stop on SIGTERM") from None
    assert_no_coach_left(events)


def assert_no_coach_left(events: Path, timeout: float = 10.0) -> None:
    """Every coach a browser started (the events file is on its command line) has ended."""
    deadline = time.monotonic() + timeout
    while True:
        leftovers = subprocess.run(
            ["pgrep", "-a", "-f", str(events)], capture_output=True, text=True, check=False
        ).stdout.splitlines()
        if not leftovers:
            return
        assert time.monotonic() < deadline, f"a browser's coach outlived the server: {leftovers}"
        time.sleep(0.2)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """`coach serve --kiosk`."""
    with serving(tmp_path, "--kiosk") as served:
        yield served


@pytest.fixture
def picker_server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """`coach serve`: the routine picker, for one browser at a time."""
    with serving(tmp_path, "--max-sessions", "1") as served:
        yield served


def wait_until_listening(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


class Pixels:
    """Finds colours in a screenshot, decoded by the browser itself (no imaging library)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        page.set_content("<canvas id=c></canvas>")

    def rows_of(self, png: bytes, rgb: tuple[int, int, int], tol: int = 16) -> list[int]:
        """For each pixel row of `png`, how many pixels have the colour `rgb`."""
        script = """async ([data, r, g, b, tol]) => {
            const img = new Image();
            img.src = "data:image/png;base64," + data;
            await img.decode();
            const c = document.getElementById("c");
            c.width = img.width; c.height = img.height;
            const ctx = c.getContext("2d");
            ctx.drawImage(img, 0, 0);
            const d = ctx.getImageData(0, 0, c.width, c.height).data;
            const rows = [];
            for (let y = 0; y < c.height; y++) {
                let n = 0;
                for (let x = 0; x < c.width; x++) {
                    const i = (y * c.width + x) * 4;
                    if (Math.abs(d[i] - r) <= tol && Math.abs(d[i + 1] - g) <= tol
                        && Math.abs(d[i + 2] - b) <= tol) n++;
                }
                rows.push(n);
            }
            return rows;
        }"""
        encoded = base64.b64encode(png).decode("ascii")
        rows: list[int] = self.page.evaluate(script, [encoded, *rgb, tol])
        return rows


def tallest_band(rows: list[int], min_width: int) -> tuple[int, int] | None:
    """The longest run of rows with at least `min_width` pixels of a colour: (top, bottom)."""
    best: tuple[int, int] | None = None
    start: int | None = None
    for y, n in enumerate([*rows, 0]):
        if n >= min_width and start is None:
            start = y
        elif n < min_width and start is not None:
            if best is None or y - start > best[1] - best[0]:
                best = (start, y)
            start = None
    return best


def open_kiosk(
    browser: Any, url: str, blocked: list[str], connected: bool = True, page_html: str = ""
) -> Any:
    """A new browser page at `url` (served `page_html` for it, when given), waiting until its
    terminal is connected unless told otherwise."""
    page = browser.new_page(viewport=VIEWPORT)

    def route(request_route: Any) -> None:
        host = urlsplit(request_route.request.url).hostname or ""
        if page_html and request_route.request.url == url:
            request_route.fulfill(status=200, content_type="text/html", body=page_html)
        elif host in LOOPBACK:
            request_route.continue_()
        else:  # a web font, or anything else from the internet
            blocked.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(url)
    if connected:
        page.wait_for_selector("body.-first-byte", timeout=30_000)
    return page


def wait_for_band(
    page: Any,
    pixels: Pixels,
    min_width: int,
    min_height: int = 20,
    timeout: float = 20.0,
    *,
    top_above: int | None = None,
) -> Any:
    """Wait for a band of the primary colour (`top_above`: one that starts above that pixel)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        png = page.screenshot()
        band = tallest_band(pixels.rows_of(png, PRIMARY), min_width)
        if (
            band is not None
            and band[1] - band[0] >= min_height
            and (top_above is None or band[0] < top_above)
        ):
            return band, png
        time.sleep(0.2)
    raise AssertionError("the expected screen never showed")


def records_of(events: Path) -> list[dict[str, object]]:
    return read_event_log(events) if events.exists() else []


def test_keys_work_before_anyone_clicks_the_page(
    server: tuple[str, Path, Path], tmp_path: Path
) -> None:
    """A keyboard-only kiosk: the attract screen says "press any key", so a key must start
    without a click or a touch first."""
    url, events, _ = server
    blocked: list[str] = []
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            pixels = Pixels(browser.new_page())
            visitor = open_kiosk(browser, url, blocked)
            wait_for_band(visitor, pixels, min_width=600)
            visitor.keyboard.press("Enter")  # no click anywhere
            for _ in range(10):
                visitor.wait_for_timeout(500)
                visitor.keyboard.press("n")
                visitor.wait_for_timeout(500)
                visitor.keyboard.press("s")
                if records_of(events):
                    break
            assert records_of(events), "the keys never reached coach"
        finally:
            browser.close()
    assert blocked == [] or all("fonts" in u for u in blocked)


def test_a_visitor_starts_a_routine_in_the_browser(
    server: tuple[str, Path, Path], tmp_path: Path
) -> None:
    url, events, data = server
    blocked: list[str] = []
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            pixels = Pixels(browser.new_page())
            visitor = open_kiosk(browser, url, blocked)
            # The attract screen: the highlighted routine is a wide band of the primary colour.
            (top, bottom), png = wait_for_band(visitor, pixels, min_width=600)
            (tmp_path / "attract.png").write_bytes(png)
            visitor.mouse.click(VIEWPORT["width"] / 2, (top + bottom) / 2)
            for _ in range(5):  # the red flags take N only once all are on screen: try again
                visitor.wait_for_timeout(500)
                visitor.keyboard.press("n")  # no red flag
                visitor.wait_for_timeout(500)
                visitor.keyboard.press("s")  # no pain answer
                if records_of(events):
                    break
            # A running session: the phase band spans the whole width, at the top; its big
            # word (GET READY, in dark block letters) takes its share of every row of it.
            (band_top, _), png = wait_for_band(visitor, pixels, min_width=550, top_above=100)
            (tmp_path / "session.png").write_bytes(png)
            assert band_top < 100

            # A second browser gets its own coach, at its own attract screen.
            other = open_kiosk(browser, url, blocked)
            (other_top, other_bottom), _ = wait_for_band(other, pixels, min_width=600)
            assert 150 < (other_top + other_bottom) / 2 < 600
        finally:
            browser.close()
    assert blocked == []
    records = read_event_log(events)
    kinds = [r["event"] for r in records]
    assert kinds[:2] == ["session_started", "exercise_started"]
    assert records[1]["exercise"] == "Bridge"
    log = (data / "kiosk.log").read_text()
    pids = set(re.findall(r"^\S+ \S+ (\d+) INFO kiosk started$", log, re.MULTILINE))
    assert len(pids) == 2  # one coach per browser


def wait_for_event(events: Path, kind: str, timeout: float = 30.0) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        records = records_of(events)
        if any(r["event"] == kind for r in records):
            return records
        time.sleep(0.2)
    raise AssertionError(f"no {kind} in the events file: {records_of(events)}")


def test_a_patient_picks_a_routine_and_holds_in_the_browser(
    picker_server: tuple[str, Path, Path], tmp_path: Path
) -> None:
    """The picker opens in the browser (it did not: coach refused textual-serve's pipes as "no
    terminal"); the last routine is chosen with the keys, the red flags and the pain question
    answered, and the session reaches its first hold. A second browser, beyond --max-sessions,
    is told so instead of waiting on the splash screen."""
    url, events, _data = picker_server
    blocked: list[str] = []
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # A page loaded while a place is free, waiting (?delay) to connect.
            late = open_kiosk(browser, f"{url}?delay=1", blocked, connected=False)
            pixels = Pixels(browser.new_page())
            patient = open_kiosk(browser, url, blocked)
            # The picker: its title bar is a full-width band of the primary colour at the top.
            (top, _), png = wait_for_band(patient, pixels, min_width=800, min_height=15)
            (tmp_path / "picker.png").write_bytes(png)
            assert top < 10
            patient.focus(".xterm-helper-textarea")  # the keyboard goes to the terminal
            patient.keyboard.press("End")  # the routine from the command line, listed last
            patient.keyboard.press("Enter")
            for _ in range(5):  # the red flags take N only once all are on screen: try again
                patient.wait_for_timeout(500)
                patient.keyboard.press("n")  # no red flag
                patient.wait_for_timeout(500)
                patient.keyboard.press("s")  # no pain answer
                if records_of(events):
                    break
            records = wait_for_event(events, "hold_started")
            patient.wait_for_timeout(300)  # the screen follows the event
            (tmp_path / "hold.png").write_bytes(patient.screenshot())

            # Every place is taken: the page says so (and reloads itself to try again)…
            second = open_kiosk(browser, url, blocked, connected=False)
            full = "coach is already open in as many browsers as this server allows (1)"
            assert full in second.inner_text("body")
            (tmp_path / "full.png").write_bytes(second.screenshot())
            # …and a page loaded just before the last place went says it where it would have
            # said "Session ended." (it connects as textual-serve's page does without ?delay).
            late.evaluate("() => { history.replaceState(null, '', '/'); window.onload(); }")
            late.wait_for_selector("body.-closed", timeout=20_000)
            said = late.inner_text(".closed-dialog .message")
            assert said.startswith("coach is already open in as many browsers as allowed (1)")
            (tmp_path / "full-closed.png").write_bytes(late.screenshot())
        finally:
            browser.close()
    assert blocked == []
    kinds = [r["event"] for r in records]
    assert kinds[:2] == ["session_started", "exercise_started"]
    hold = records[kinds.index("hold_started")]
    assert (hold["exercise"], hold["rep"], hold["cue"]) == ("Bridge", 1, "Keep your hips up")
    assert "session_ended_early" not in kinds[: kinds.index("hold_started")]
