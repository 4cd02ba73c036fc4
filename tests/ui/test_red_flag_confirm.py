"""A "yes" on the red-flag screen is confirmed before it stops the session: a pain number typed
one screen early (the next screen uses the same digits) must not tell a patient not to train."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from coach.i18n import Language
from coach.ui.screens.confirm_red_flag import ConfirmRedFlagScreen
from coach.ui.screens.red_flags import RedFlagScreen, RedFlagStopScreen
from tests.ui.safety_support import rows, safety_app, screen_name
from tests.ui.support import text


async def test_a_digit_alone_only_asks_and_more_digits_change_nothing(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        await pilot.press("3", "7", "enter", "1", "0")  # a pain number, one screen too early
        await pilot.pause()
        assert isinstance(app.screen, ConfirmRedFlagScreen)
        assert app.screen.flag == app.screen_stack[-2].flags[2]  # type: ignore[attr-defined]
        await pilot.press("escape")  # "no, that was a mistake"
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        await pilot.press("n")  # none of these: the session goes on
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"
    assert [r["all_clear"] for r in rows(tmp_path, "SELECT * FROM red_flag_checks")] == [1]


@pytest.mark.parametrize(("lang", "key"), [("en", "y"), ("nb", "j")])
async def test_yes_confirmed_stops(tmp_path: Path, lang: Language, key: str) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.click("#yes-1")  # the button asks too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmRedFlagScreen)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, RedFlagStopScreen)
        await pilot.press("enter")  # back to the routines: the answer is written on the way
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen"
    assert [r["all_clear"] for r in rows(tmp_path, "SELECT * FROM red_flag_checks")] == [0]


async def test_the_confirmation_fits_small_terminals(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConfirmRedFlagScreen)
        for selector in ("#confirm-yes", "#confirm-no"):
            region = screen.query_one(selector).region
            assert region.height > 0 and screen.region.contains_region(region), selector


@pytest.mark.parametrize(
    ("lang", "body", "no"),
    [
        (
            "en",
            "Is that right? Then the session does not start, and coach tells you what to do now.",
            "No, I pressed the wrong one (Esc)",
        ),
        (
            "nb",
            "Stemmer det? Da starter ikke økten, og coach forteller deg hva du bør gjøre nå.",
            "Nei, jeg trykket feil (Esc)",
        ),
    ],
)
async def test_the_confirmation_says_what_a_yes_leads_to(
    tmp_path: Path, lang: Language, body: str, no: str
) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmRedFlagScreen)
        assert text(pilot, "#confirm-body") == body
        assert str(app.screen.query_one("#confirm-no", Button).label) == no
