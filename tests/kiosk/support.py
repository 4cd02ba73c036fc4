"""Building the kiosk app for tests: a fake clock for the session and for idle time, silent
sound, a log in the test's folder, and the routines of tests/data/ui."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from coach.kiosk.config import KioskConfig
from coach.kiosk.counts import SessionCounts
from coach.kiosk.log import open_kiosk_log
from coach.kiosk.pin import PinHash, RateLimit, hash_pin
from coach.routine.loader import check_routine
from coach.session.clock import FakeClock
from coach.sound.player import SoundCues
from coach.ui.kiosk import KioskApp, make_kiosk_app
from coach.ui.screens.attract import AttractScreen
from coach.visit.config import AppConfig
from coach.visit.flow import VisitSteps
from coach.visit.routine_list import RoutineEntry, Source
from tests.ui.support import EVERY_STEP, MANUAL_AND_WAIT, START, silent_sound

PIN = "2468"
# Made once: scrypt is slow on purpose, and every test would pay for it.
PIN_HASH = PinHash.parse(hash_pin(PIN, salt=b"tests-salt-16byt"))


def entry(path: Path) -> RoutineEntry:
    routine = check_routine(path)[0]
    assert routine is not None
    return RoutineEntry(path, Source.GIVEN, routine, estimate=120.0)


def kiosk_app(
    tmp_path: Path,
    *,
    routines: Sequence[Path] = (EVERY_STEP, MANUAL_AND_WAIT),
    hooks: VisitSteps | None = None,
    counts: bool = False,
    clock: FakeClock | None = None,
    pin: bool = True,
    pin_limit: RateLimit | None = None,
    sound: SoundCues | None = None,
    real_idle_timer: bool = False,
    **kiosk: object,
) -> KioskApp:
    """The kiosk as `coach kiosk` builds it, on one fake clock (session and idle alike)."""
    settings: dict[str, object] = {"title": "Back break at the clinic", "language": "en"}
    settings["pin_hash"] = PIN_HASH if pin else None
    settings.update(kiosk)
    kiosk_config = KioskConfig(**settings)  # type: ignore[arg-type]
    config = AppConfig(kiosk=True, lang="en", data_dir=tmp_path / "data")
    clock = clock or FakeClock(START)
    return make_kiosk_app(
        config,
        kiosk_config,
        [entry(p) for p in routines],
        clock=clock,
        idle_clock=None if real_idle_timer else clock,
        sound=sound or silent_sound(),
        hooks=hooks,
        log=log_to(tmp_path / "kiosk.log"),
        counts=SessionCounts(tmp_path / "counts.json") if counts else None,
        pin_limit=pin_limit,
        # Unless asked for, the tests move the fake clock and call check_visitor themselves.
        idle_timer=real_idle_timer,
    )


def log_to(path: Path) -> logging.Logger:
    return open_kiosk_log(path)


async def at_attract(pilot: Pilot[int]) -> AttractScreen:
    """Wait until the attract screen is on top; it."""
    for _ in range(50):
        await pilot.pause()
        if isinstance(pilot.app.screen, AttractScreen):
            return pilot.app.screen
    raise AssertionError(f"not back at the attract screen: {pilot.app.screen!r}")


async def press_into_trouble(pilot: Pilot[int], key: str) -> None:
    """Press `key`, which breaks the screen on top, and wait until the kiosk has recovered.

    Not `pilot.press`: it waits for the broken screen to take its next message, which it never
    does (the kiosk throws it away).
    """
    app = pilot.app
    broken = app.screen
    app.post_message(events.Key(key, None))
    for _ in range(500):
        await asyncio.sleep(0.01)
        if broken not in app.screen_stack or not app.is_running:
            return
    raise AssertionError("the broken screen is still there")


async def idle_for(pilot: Pilot[int], seconds: float) -> None:
    """Nobody touches the kiosk for `seconds` (fake): move the clock and let it check."""
    app = pilot.app
    assert isinstance(app, KioskApp)
    clock = app.idle_clock
    assert isinstance(clock, FakeClock)
    clock.advance(seconds)
    app.tick()
    app.check_visitor()
    await pilot.pause()
