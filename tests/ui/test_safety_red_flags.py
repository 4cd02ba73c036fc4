"""The red-flag screen before a session: any "yes" stops it from starting, "none of these" goes
on, and at home it is asked once a day."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from textual.widgets import Static

from coach.i18n import Language
from coach.routine.loader import load_routine
from coach.safety import builtin_red_flags
from coach.session.clock import FakeClock
from coach.ui.screens.red_flags import RedFlagScreen, RedFlagStopScreen
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps
from coach.visit.safety import SafetyStages
from coach.visit.steps import default_steps
from coach.visit.ui import VisitUI
from tests.ui.safety_support import PAIN_EACH, WallClock, rows, safety_app, screen_name
from tests.ui.support import EVERY_STEP, started


def _texts(screen: object, selector: str) -> list[str]:
    assert isinstance(screen, RedFlagStopScreen)
    return [str(w.content) for w in screen.query(selector).results(Static)]


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("index", range(4))
async def test_every_yes_stops_the_session_before_it_starts(
    tmp_path: Path, lang: Language, index: int
) -> None:
    flag = builtin_red_flags(lang)[index]
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        await pilot.press(str(index + 1), "y")  # a "yes", confirmed
        await pilot.pause()
        stop = app.screen
        assert isinstance(stop, RedFlagStopScreen)
        assert _texts(stop, ".stop-flag") == [f"• {flag.text}"]
        assert _texts(stop, ".stop-advice") == [flag.advice]
        assert ("lege" if lang == "nb" else "doctor") in flag.advice
        assert "113" in _texts(stop, "#stop-emergency")[0]
        await pilot.press("enter")  # "back to the routines"
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen"
        assert app.session is None
    assert rows(tmp_path, "SELECT count(*) AS n FROM sessions") == [{"n": 0}]
    assert [r["all_clear"] for r in rows(tmp_path, "SELECT * FROM red_flag_checks")] == [0]


@pytest.mark.parametrize("lang", ["en", "nb"])
async def test_the_routines_own_question_stops_with_its_own_advice(
    tmp_path: Path, lang: Language
) -> None:
    app = safety_app(tmp_path, PAIN_EACH, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        assert len(app.screen.flags) == 5  # the article's four, then the routine's
        await pilot.click("#yes-4")  # a button does what its key does
        await pilot.pause()
        await pilot.press("y" if lang == "en" else "j")
        await pilot.pause()
        stop = app.screen
        assert _texts(stop, ".stop-flag") == ["• Fever, or redness or fluid from the scar"]
        assert _texts(stop, ".stop-advice") == [
            "Contact the hospital that operated on you before you train again."
        ]
        await pilot.press("escape")
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen" and app.session is None


async def test_none_of_these_goes_on_and_enter_alone_answers_nothing(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # still held from the picker, say: nothing is focused
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"
        await pilot.press("s")  # no pain answer this time
        await started(pilot)
    assert [r["all_clear"] for r in rows(tmp_path, "SELECT * FROM red_flag_checks")] == [1]


async def test_the_big_button_answers_none_of_these_too(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.click("#red-flags-none")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"


async def test_escape_goes_back_without_an_answer(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen" and app.session is None
    assert rows(tmp_path, "SELECT * FROM red_flag_checks") == []


async def test_asked_once_a_day_at_home_and_again_after_a_yes(tmp_path: Path) -> None:
    clock = WallClock()

    async def first_screen(**config: Any) -> str:
        app = safety_app(tmp_path, clock=clock, **config)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            name = screen_name(pilot)
            if name == "RedFlagScreen":
                await pilot.press("n")
                await pilot.pause()
        return name

    assert await first_screen() == "RedFlagScreen"
    clock.now += timedelta(hours=8)
    assert await first_screen() == "PainScreen"  # answered today
    assert await first_screen(red_flag_frequency="every_session") == "RedFlagScreen"
    clock.now += timedelta(days=1)
    assert await first_screen() == "RedFlagScreen"  # a new day

    # A "yes" is never remembered as an answer: the next session asks again.
    clock.now += timedelta(days=1)
    app = safety_app(tmp_path, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "y")
        await pilot.pause()
        assert isinstance(app.screen, RedFlagStopScreen)
    assert await first_screen() == "RedFlagScreen"


def _due(data_dir: Path, routine: Path = EVERY_STEP, **config: object) -> bool:
    """Whether the step asks the questions for this session (a "none of these" was given today)."""
    app_config = AppConfig(run=routine, data_dir=data_dir, **config)  # type: ignore[arg-type]
    loaded = load_routine(routine)
    ctx = Visit(app_config, loaded, steps=VisitSteps(), clock=FakeClock(0.0), schedule=print)
    asked: list[bool] = []

    class Asking:
        async def ask_red_flags(self, flags: object, *, kiosk: bool) -> None:
            asked.append(True)
            return None  # went back: nothing is remembered

    step = SafetyStages(now=WallClock()).red_flags(ctx, cast(VisitUI, Asking()))
    with ThreadPoolExecutor(1) as other_loop:  # the test's own loop is running
        other_loop.submit(asyncio.run, step).result()
    ctx.close()
    return bool(asked)


@pytest.mark.parametrize(
    ("config", "routine", "due"),
    [
        ({}, EVERY_STEP, False),  # answered today
        ({"red_flag_frequency": "every_session"}, EVERY_STEP, True),
        ({}, PAIN_EACH, True),  # a routine's own questions are asked with it, every time
        ({"kiosk": True}, EVERY_STEP, True),  # every visitor is someone new
        ({"no_history": True}, EVERY_STEP, True),  # nothing read, so nothing known
        ({"no_checkins": True}, EVERY_STEP, False),  # an author previewing
        ({"no_checkins": True}, PAIN_EACH, False),
        ({"no_checkins": True, "kiosk": True}, EVERY_STEP, True),  # never skipped in a kiosk
    ],
)
async def test_when_the_screen_is_due(
    tmp_path: Path, config: dict[str, Any], routine: Path, due: bool
) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the questions on screen: "none of these" counts from then
        await pilot.press("n")  # none of these, today
        await pilot.pause()
    assert _due(tmp_path, routine, **config) is due


async def test_in_kiosk_mode_no_history_is_opened_or_written(tmp_path: Path) -> None:
    app = safety_app(tmp_path, kiosk=True, no_checkins=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RedFlagScreen)
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"  # pain is asked in a kiosk too
        await pilot.press("4")
        await started(pilot)
        await pilot.press("q", "q")
        await pilot.pause()
    assert list(tmp_path.iterdir()) == []


def test_the_real_app_asks_red_flags_first_then_pain() -> None:
    hooks = default_steps(AppConfig())
    assert [stage.__name__ for stage in hooks.before[:3]] == [
        "red_flags",
        "pain_before",
        "severe_pain_before",  # the comfort zone and the gentle routine, with pain 7 or more
    ]
    assert [stage.__name__ for stage in hooks.after[:2]] == ["pain_after", "guidance"]
    assert [factory.__name__ for factory in hooks.listeners[:2]] == ["history", "exercise_pain"]
