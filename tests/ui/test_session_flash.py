"""The optional screen flash when a hold ends (issue 14, item 4): off by default, f toggles it,
a routine's `flash: true` turns it on."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.pilot import Pilot

from coach.ui.screens.session import FLASH_S
from tests.ui.support import EVERY_STEP, advance, coach_app, started, text


def flashed(pilot: Pilot[int]) -> bool:
    return pilot.app.screen.has_class("-flash")


async def test_off_by_default_and_f_turns_it_on_for_the_next_hold_end() -> None:
    app = coach_app()
    told: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
        await started(pilot)
        await advance(pilot, 3 + 3)  # get ready, then the first 3 s hold ends
        assert text(pilot, "#phase") == "REST"
        assert not flashed(pilot)
        await pilot.press("f")
        assert told == ["The screen flashes when a hold ends"]
        await advance(pilot, 2)  # the rest: the second hold starts, no flash
        assert text(pilot, "#phase") == "HOLD" and not flashed(pilot)
        await advance(pilot, 3)  # and ends
        assert flashed(pilot)
        await pilot.press("f")
        assert told[-1] == "No screen flash when a hold ends"


async def test_the_flash_is_short(tmp_path: Path) -> None:
    app = coach_app(_routine_with_flash(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 3)
        assert flashed(pilot)
        # Half a second of real time (the flash is drawn, not timed against the session clock);
        # bounded, so a loaded machine only makes this test slower.
        loop = asyncio.get_running_loop()
        give_up = loop.time() + FLASH_S + 2.0
        while flashed(pilot) and loop.time() < give_up:
            await pilot.pause(0.05)
        assert not flashed(pilot)


async def test_a_routine_can_ask_for_it(tmp_path: Path) -> None:
    app = coach_app(_routine_with_flash(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 1)
        assert not flashed(pilot)  # only when a hold ends, not when it starts
        await advance(pilot, 2)
        assert flashed(pilot)


async def test_the_f_key_is_in_the_footer_where_there_is_room() -> None:
    from textual.widgets._footer import FooterKey

    for width, shown in ((120, True), (80, False)):
        app = coach_app()
        async with app.run_test(size=(width, 40 if width == 120 else 24)) as pilot:
            await started(pilot)
            await pilot.pause()
            keys = [key.key_display for key in app.screen.query(FooterKey).results()]
            assert ("f" in keys) is shown, (width, keys)


def _routine_with_flash(folder: Path) -> Path:
    path = folder / "flash.en.yaml"
    text_ = EVERY_STEP.read_text(encoding="utf-8").replace(
        "language: en\n", "language: en\nflash: true\n"
    )
    path.write_text(text_, encoding="utf-8")
    return path
