"""What the safety screens tell a visitor at the clinic: not the gentle routine (it is done
lying on the floor) with severe pain, but to tell the staff; and after a red flag, to tell the
staff at the reception now."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.i18n import translate
from coach.ui.screens.before_advice import BeforeSessionAdviceScreen
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.red_flags import RedFlagScreen, RedFlagStopScreen
from coach.ui.screens.session import SessionScreen
from tests.kiosk.support import at_attract, kiosk_app
from tests.kiosk.test_privacy import everything_shown, wait_for
from tests.ui.support import visible


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_severe_pain_at_the_kiosk_says_to_tell_the_staff_not_to_lie_on_the_floor(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = kiosk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await wait_for(app, pilot, RedFlagScreen)
        await pilot.press("n")
        await wait_for(app, pilot, PainScreen)
        await pilot.press("8")
        await wait_for(app, pilot, BeforeSessionAdviceScreen)
        shown = everything_shown(app)
        assert "You are at the clinic: tell the staff how much it hurts before you start." in shown
        assert "(coach's own advice)" in shown
        assert "gentle routine" not in shown.lower()
        assert "go back to the routines" not in shown.lower()
        # The article's advice for acute pain is still there.
        assert translate("safety.before.comfort_zone", "en") in shown
        assert visible(pilot, "#before-start")  # the text fits: Start is not pushed off


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_red_flag_at_the_kiosk_says_to_tell_the_reception_now(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = kiosk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await wait_for(app, pilot, RedFlagScreen)
        await pilot.press("2", "y")  # reduced bladder or bowel control, confirmed
        await wait_for(app, pilot, RedFlagStopScreen)
        shown = everything_shown(app)
        assert "This is a red flag. Contact a doctor immediately." in shown
        assert "Tell the staff at the reception now." in shown
        assert "In Norway, call 113" in shown
        assert app.session is None and not isinstance(app.screen, SessionScreen)


def test_the_staff_lines_are_in_both_languages() -> None:
    assert translate("safety.stop.kiosk", "nb") == "Si fra til personalet i resepsjonen nå."
    assert translate("safety.before.kiosk", "nb").startswith(
        "Du er på klinikken: si fra til personalet om hvor vondt du har før du begynner."
    )
