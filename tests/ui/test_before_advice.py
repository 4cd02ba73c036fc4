"""Before the session, with severe pain now (7 or more): the article's advice for acute pain
(movement in the comfort zone) and the gentle routine by name; Enter starts, Escape goes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from coach.i18n import Language
from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.ui.screens.before_advice import BeforeSessionAdviceScreen
from coach.ui.screens.session import SessionScreen
from tests.ui.safety_support import safety_app, screen_name
from tests.ui.support import started, visible

COMFORT_ZONE = {
    "en": (
        "With acute pain, movement in the comfort zone is important, but avoid activities that"
        " increase the pain significantly."
    ),
    "nb": (
        "Ved akutte smerter er bevegelse i komfortsonen viktig, men unngå aktiviteter som øker"
        " smerten betydelig."
    ),
}
GENTLE = {"en": "back-acute.en.yaml", "nb": "rygg-akutt.nb.yaml"}


def _lines(screen: BeforeSessionAdviceScreen) -> list[str]:
    return [str(w.content) for w in screen.query(".guidance-line").results(Static)]


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("pain", ["7", "8", "9", "t"])
async def test_severe_pain_before_gives_the_comfort_zone_and_names_the_gentle_routine(
    tmp_path: Path, lang: Language, pain: str
) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", pain)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BeforeSessionAdviceScreen)
        lines = _lines(screen)
        assert COMFORT_ZONE[lang] in lines
        gentle = load_routine(routines_dir() / GENTLE[lang]).title
        assert any(f"{gentle}" in line for line in lines), lines
        assert "coach" in lines[-1]  # the threshold is said to be coach's own
        assert visible(pilot, "#before-start") and visible(pilot, "#before-back")
        assert app.session is None  # nothing has started yet
        await pilot.press("enter")  # the patient may still start
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)


async def test_escape_goes_back_to_the_routines_without_starting(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "8", "escape")
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen" and app.session is None


@pytest.mark.parametrize("pain", ["0", "3", "6", "s"])
async def test_below_severe_or_unanswered_there_is_no_advice(tmp_path: Path, pain: str) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", pain)
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)


@pytest.mark.parametrize("lang", ["en", "nb"])
async def test_in_the_gentle_routine_it_says_so_instead_of_sending_the_patient_away(
    tmp_path: Path, lang: Language
) -> None:
    app = safety_app(tmp_path, routines_dir() / GENTLE[lang], lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "9")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BeforeSessionAdviceScreen)
        lines = _lines(screen)
        assert COMFORT_ZONE[lang] in lines
        chosen = (
            "You have chosen the gentle routine" if lang == "en" else "Du har valgt det skånsomme"
        )
        assert any(line.startswith(chosen) for line in lines)
        assert not any("go back" in line or "Gå tilbake" in line for line in lines)


@pytest.mark.parametrize("lang", ["en", "nb"])
async def test_start_and_back_are_whole_at_40x12(tmp_path: Path, lang: Language) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("n", "8")
        await pilot.pause()
        assert isinstance(app.screen, BeforeSessionAdviceScreen)
        assert visible(pilot, "#before-start") and visible(pilot, "#before-back")
        assert visible(pilot, "#safety-title")
