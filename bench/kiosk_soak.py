"""Kiosk soak: many simulated visits through the real kiosk app, memory at the start and end.

The app is the one `coach kiosk` runs (attract screen, the real red-flag and pain stages, the
session, the guidance, the summary), driven by Pilot on a fake clock: no visit waits for real
time. Visits vary as they do in a waiting room: some finish the routine, some end it early,
some walk away from a paused session ("still there?"), some answer a red flag, and some leave
the summary to the idle timeout.

Memory is the process's resident set (RSS) after a full garbage collection, measured after a
warm-up (the first visits import and build what every later visit reuses), and at the end;
with --tracemalloc, Python's own allocations are traced too (slower). Target: growth < 5 MB.
The baseline is the process itself after the warm-up (memory, unlike time, does not depend on
how busy the machine is). A visit that gets stuck, or an error in the kiosk's log (the kiosk
would have started afresh and hidden it), stops the run: it no longer measures visits.

    python -m bench.kiosk_soak [--visits 1000] [--warmup 25] [--tracemalloc] [--smoke]

--smoke: one warm-up visit and one visit of each kind; the target is printed, not asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from textual import events

from bench.modes import add_smoke_option, exit_code, verdict
from coach.kiosk.config import KioskConfig
from coach.kiosk.counts import SessionCounts
from coach.kiosk.log import open_kiosk_log
from coach.resources import routines_dir
from coach.session.clock import FakeClock
from coach.sound.backends import SilentBackend
from coach.sound.player import SoundCues
from coach.ui.kiosk import KioskApp, make_kiosk_app
from coach.ui.screens.attract import AttractScreen
from coach.ui.screens.still_there import StillThereScreen
from coach.visit.config import AppConfig
from coach.visit.routine_list import Source, load_entry

TARGET_GROWTH_MB = 5.0
KINDS = ("finish", "end_early", "walk_away", "red_flag", "idle_summary")


def rss_mb() -> float:
    """The resident set size of this process, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def settled_rss() -> float:
    gc.collect()
    return rss_mb()


class Visitor:
    """Keys as the terminal sends them, and waiting for what they lead to.

    Not Pilot's `press` and `pause`: they sleep at least 20 ms a key to let the CPU go idle, and
    a thousand visits would take most of an hour. Here the test polls what it waits for.
    """

    def __init__(self, app: KioskApp) -> None:
        self.app = app

    def press(self, *keys: str) -> None:
        for key in keys:
            self.app.post_message(events.Key(key, key if len(key) == 1 else None))

    async def until(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            await asyncio.sleep(0.001)
            if check():
                await asyncio.sleep(0.005)  # let the screen finish what its mount started
                return
        raise AssertionError(f"stuck on {self.app.screen!r}")

    async def press_until(self, key: str, check: Callable[[], bool]) -> None:
        """Press `key` again until it has its effect, as a visitor would: a screen may refuse a
        key it is not ready for (the red flags, before every question has been shown)."""
        for _ in range(20):
            self.press(key)
            try:
                await self.until(check, timeout=0.5)
                return
            except AssertionError:
                continue
        raise AssertionError(f"{key} never worked on {self.app.screen!r}")

    def on(self, screen_name: str) -> Callable[[], bool]:
        """The screen is on top and mounted (its keys work): a key sent any sooner is lost."""

        def check() -> bool:
            screen = self.app.screen
            return type(screen).__name__ == screen_name and screen.is_mounted

        return check


async def visit(you: Visitor, clock: FakeClock, kind: str) -> None:
    """One visitor, from the attract screen back to a fresh one."""
    app = you.app
    await you.until(lambda: isinstance(app.screen, AttractScreen) and not app._resetting)
    attract = app.screen
    you.press("enter")
    await you.until(you.on("RedFlagScreen"))
    if kind == "red_flag":
        you.press("1")  # a yes, confirmed: the advice, and back to the start without a session
        await you.until(you.on("ConfirmRedFlagScreen"))
        you.press("y")
        await you.until(you.on("RedFlagStopScreen"))
        you.press("escape")
    else:
        await you.press_until("n", you.on("PainScreen"))
        you.press("3")
        await you.until(lambda: app.session is not None and app.session.started)
        clock.advance(7)
        app.tick()
        if kind == "walk_away":
            you.press("space")
            await you.until(lambda: app.session is not None and app.session.engine.paused)
            clock.advance(61)
            app.check_visitor()
            await you.until(lambda: isinstance(app.screen, StillThereScreen))
            clock.advance(21)
            app.check_visitor()
        else:
            if kind == "finish":
                while app.session is not None and not app.session.finished:
                    clock.advance(3600)  # the rest of the routine at once: the engine catches up
                    app.tick()
                    if app.session is not None and app.session.engine.waiting:
                        you.press("enter")
                    await asyncio.sleep(0.001)
            else:
                you.press("q")
                await you.until(you.on("ConfirmEndScreen"))
                you.press("q")
            await you.until(you.on("PainScreen"))
            you.press("2")
            await you.until(you.on("AfterSessionScreen"))
            you.press("enter")
            await you.until(you.on("SummaryScreen"))
            if kind == "idle_summary":
                clock.advance(61)
                app.check_visitor()
            else:
                you.press("escape")
    await you.until(lambda: isinstance(app.screen, AttractScreen) and app.screen is not attract)


async def soak(visits: int, warmup: int, trace: bool, smoke: bool = False) -> int:
    folder = Path(tempfile.mkdtemp(prefix="coach-soak-"))
    clock = FakeClock(1000.0)
    entries = [load_entry(routines_dir() / "back-acute.en.yaml", Source.BUNDLED, "en")]
    config = AppConfig(kiosk=True, lang="en", data_dir=folder / "data")
    app = make_kiosk_app(
        config,
        KioskConfig(title="Soak test", language="en", anonymous_counts=True),
        entries,
        clock=clock,
        idle_clock=clock,
        sound=SoundCues(SilentBackend(), "en"),
        log=open_kiosk_log(folder / "kiosk.log"),
        counts=SessionCounts(folder / "counts.json"),
        idle_timer=False,  # idle time is the fake clock's: the visits call check_visitor
    )
    async with app.run_test(size=(80, 24)):
        you = Visitor(app)
        for n in range(warmup):
            await visit(you, clock, KINDS[n % len(KINDS)])
        start_rss = settled_rss()
        if trace:
            tracemalloc.start()
        start_objects = len(gc.get_objects())
        began = time.perf_counter()
        for n in range(visits):
            await visit(you, clock, KINDS[n % len(KINDS)])
            if (n + 1) % 100 == 0:
                print(f"  {n + 1:5d} visits  RSS {rss_mb():7.1f} MB", flush=True)
        elapsed = time.perf_counter() - began
        traced = tracemalloc.get_traced_memory()[0] / 1e6 if trace else None
        end_rss = settled_rss()
        end_objects = len(gc.get_objects())
        stack = len(app.screen_stack)
    errors = [
        line
        for line in (folder / "kiosk.log").read_text(encoding="utf-8").splitlines()
        if " ERROR " in line or " CRITICAL " in line
    ]
    if errors:
        raise RuntimeError(f"the kiosk logged {len(errors)} error(s), the first: {errors[0]}")
    growth = end_rss - start_rss
    print(
        f"visits: {visits} after {warmup} warm-up visits, {elapsed:.1f} s "
        f"({elapsed / visits * 1000:.0f} ms a visit)"
    )
    print(
        f"RSS: {start_rss:.1f} MB at the start, {end_rss:.1f} MB at the end: "
        f"growth {growth:+.2f} MB"
    )
    print(
        f"objects tracked by the GC: {start_objects} -> {end_objects} "
        f"({end_objects - start_objects:+d}); screens in the stack at the end: {stack}"
    )
    if traced is not None:
        print(f"tracemalloc: {traced:.2f} MB allocated since the start and still alive")
    print("errors in the kiosk log: 0")
    print(f"log: {folder / 'kiosk.log'}  counts: {folder / 'counts.json'}")
    ok = growth < TARGET_GROWTH_MB
    print(f"target: growth < {TARGET_GROWTH_MB:.0f} MB: {verdict(ok, smoke)}")
    return exit_code(ok, smoke)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, help="visits measured (default 1000)")
    parser.add_argument("--warmup", type=int, help="visits before the first measure (default 25)")
    parser.add_argument("--tracemalloc", action="store_true")
    add_smoke_option(parser)
    args = parser.parse_args()
    visits = args.visits or (len(KINDS) if args.smoke else 1000)
    warmup = args.warmup if args.warmup is not None else (1 if args.smoke else 25)
    return asyncio.run(soak(visits, warmup, args.tracemalloc, args.smoke))


if __name__ == "__main__":
    raise SystemExit(main())
