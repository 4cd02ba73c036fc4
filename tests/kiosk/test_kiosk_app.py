"""The kiosk app with Pilot on a fake clock: the attract screen, the locks, the staff exit,
idle time, and starting afresh for every visitor."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from coach.kiosk.pin import RateLimit
from coach.kiosk.supervisor import STAFF_EXIT
from coach.session.events import EventKind
from coach.sound.player import SoundCues
from coach.ui.kiosk import KioskApp
from coach.ui.kiosk_theme import HIGH_CONTRAST_NAME
from coach.ui.screens.attract import AttractScreen, RoutineButton
from coach.ui.screens.confirm_end import ConfirmEndScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.staff_exit import StaffExitScreen
from coach.ui.screens.still_there import StillThereScreen
from coach.ui.screens.summary import SummaryScreen
from coach.visit.flow import VisitSteps
from tests.kiosk.support import PIN, at_attract, idle_for, kiosk_app
from tests.ui.support import RecordingBackend, advance, started

NO_STAGES = VisitSteps()  # the safety stages are tested with the default hooks elsewhere


def static(app: KioskApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.content)


async def test_the_attract_screen_shows_the_clinic_and_its_routines(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_attract(pilot)
        assert static(app, "#attract-title") == "Back break at the clinic"
        labels = [str(b.label) for b in screen.query(RoutineButton)]
        assert labels[0].startswith("1  Every kind of step\n4 exercises · about")
        assert labels[1].startswith("2  Manuelt og venting\n1 exercise")
        assert "Press any key or touch a routine to start" in static(app, "#attract-hint")
        assert app.session is None


@pytest.mark.parametrize(("keys", "title"), [(["x"], "Every kind of step"), (["2"], "Manuelt")])
async def test_any_key_starts_the_highlighted_routine_and_a_number_that_one(
    tmp_path: Path, keys: list[str], title: str
) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press(*keys)
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.plan.routine.title.startswith(title)


async def test_a_touch_on_a_routine_starts_it(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.click("#routine-2")
        await started(pilot)
        assert app.screen.plan.routine.title.startswith("Manuelt")  # type: ignore[attr-defined]


async def test_arrows_move_the_highlight(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "routine-2"
        await pilot.press("enter")
        await started(pilot)
        assert app.screen.plan.routine.title.startswith("Manuelt")  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["ctrl+c", "ctrl+q", "ctrl+z", "ctrl+backslash", "ctrl+p"])
async def test_the_escape_keys_do_nothing(tmp_path: Path, key: str) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        screen = app.screen
        await pilot.press(key)
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.screen is screen and app.session is not None
    assert f"{key} pressed: ignored" in (tmp_path / "kiosk.log").read_text()


async def test_quit_actions_do_nothing_and_the_summary_leads_back_to_the_attract_screen(
    tmp_path: Path,
) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await app.run_action("app.quit")
        await app.run_action("app.command_palette")
        await app.run_action("app.suspend_process")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, AttractScreen)
        await pilot.press("enter")
        await started(pilot)
        await pilot.press("q", "q")  # end the session early, confirmed
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert not app.screen.query("#quit")  # no Quit in a kiosk
        await pilot.press("q")  # the summary's quit key: back to the start, not out
        await at_attract(pilot)
        assert app.is_running and app.return_code is None


async def test_the_staff_leave_with_the_chord_and_the_pin(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("ctrl+x", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, StaffExitScreen)
        await pilot.press("1", "1", "1", "1", "enter")
        await pilot.pause()
        assert static(app, "#staff-message") == "Wrong PIN."
        assert app.screen.query_one("#pin", Input).value == ""
        assert app.is_running
        await pilot.press("escape")  # back to where the staff member was
        await pilot.pause()
        assert isinstance(app.screen, AttractScreen)
        await pilot.press("ctrl+x", "ctrl+e", *PIN, "enter")
        await pilot.pause()
    assert app.return_code == STAFF_EXIT and app.staff_left
    log = (tmp_path / "kiosk.log").read_text()
    assert "staff PIN wrong" in log and "staff exit" in log
    assert PIN not in log.replace("pid", "")  # the PIN itself is never written


async def test_repeated_wrong_pins_are_slowed(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES, pin_limit=RateLimit(free=2, first=30, cap=300))
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("ctrl+x", "ctrl+e")
        await pilot.press(*"0000", "enter", *"0001", "enter")
        await pilot.pause()
        assert "wait 30 s" in static(app, "#staff-message")
        await pilot.press(*PIN, "enter")  # the right PIN, too soon: not even checked
        await pilot.pause()
        assert app.is_running
        assert "Too many wrong PINs: wait 30 s" in static(app, "#staff-message")
        await pilot.press("escape")
        await idle_for(pilot, 31)
        await pilot.press("ctrl+x", "ctrl+e", *PIN, "enter")
        await pilot.pause()
    assert app.return_code == STAFF_EXIT and app.staff_left


async def test_without_a_pin_the_chord_says_how_to_stop_the_kiosk(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES, pin=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("ctrl+x", "ctrl+e")
        await pilot.pause()
        assert "No staff PIN is set" in static(app, "#staff-body")
        await pilot.press(*PIN, "enter", "escape")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, AttractScreen)


async def test_a_running_session_is_never_idle_but_its_summary_is(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES, routines=[Path("tests/data/ui/every-step.en.yaml")])
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        for _ in range(40):  # the whole routine, untouched: its timers keep the kiosk awake
            await idle_for(pilot, 5)
            if isinstance(app.screen, SummaryScreen):
                break
        assert isinstance(app.screen, SummaryScreen)
        await idle_for(pilot, 59)
        assert isinstance(app.screen, SummaryScreen)
        await idle_for(pilot, 1)
        await at_attract(pilot)


async def test_a_paused_session_asks_still_there_first(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    app.config = app.config.__class__(**{**_fields(app.config), "events": events})
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await advance(pilot, 3)
        await pilot.press("space")  # paused
        await idle_for(pilot, 59)
        assert isinstance(app.screen, SessionScreen)
        await idle_for(pilot, 1)
        assert isinstance(app.screen, StillThereScreen)
        assert "In 20 s coach starts afresh" in static(app, "#still-body")
        await idle_for(pilot, 5)
        assert "In 15 s coach starts afresh" in static(app, "#still-body")
        await pilot.press("x")  # still here: the session waits, still paused
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.session is not None and app.session.engine.paused
        await idle_for(pilot, 60)
        assert isinstance(app.screen, StillThereScreen)
        await idle_for(pilot, 20)
        await at_attract(pilot)
        assert app.session is None
    kinds = [line for line in events.read_text().splitlines() if "session_" in line]
    assert EventKind.SESSION_ENDED_EARLY.value in kinds[-1]


def _fields(config: object) -> dict[str, object]:
    return {name: getattr(config, name) for name in config.__slots__}  # type: ignore[attr-defined]


async def test_idle_anywhere_else_goes_straight_back(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)
        await pilot.press("q")  # "End the session now?" and the visitor walks away
        await pilot.pause()
        assert isinstance(app.screen, ConfirmEndScreen)
        await idle_for(pilot, 60)
        assert isinstance(app.screen, StillThereScreen)  # the session under it is paused
        await idle_for(pilot, 20)
        await at_attract(pilot)
        await pilot.press("ctrl+x", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, StaffExitScreen)
        await idle_for(pilot, 60)
        await at_attract(pilot)


async def test_every_visitor_gets_a_fresh_attract_screen_and_the_kiosk_sound(
    tmp_path: Path,
) -> None:
    sound = SoundCues(RecordingBackend(), "en", volume=80)
    app = kiosk_app(tmp_path, hooks=NO_STAGES, sound=sound)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await at_attract(pilot)
        await pilot.press("down")  # the first visitor highlights routine 2 and starts it
        await pilot.press("enter")
        await started(pilot)
        await pilot.press("m", "minus", "minus")  # mutes and turns the sound down
        await pilot.pause()
        assert sound.muted and sound.volume == 60
        await pilot.press("q", "q", "escape")
        second = await at_attract(pilot)
        assert second is not first
        assert app.focused is not None and app.focused.id == "routine-1"
        assert not sound.muted and sound.volume == 80
        assert len(app.screen_stack) == 2  # nothing of the last visit left underneath
        assert app.visits == 2


async def test_the_idle_timer_wakes_once_per_timeout_not_more(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await idle_for(pilot, 600)  # ten minutes of nobody: the attract screen waits calmly
        assert isinstance(app.screen, AttractScreen) and app.idle_check_in == 60
        await pilot.press("enter")
        await started(pilot)
        await pilot.press("space")
        await idle_for(pilot, 45)
        assert app.idle_check_in == 15  # when the paused session will have been idle a minute
        await idle_for(pilot, 15)
        assert isinstance(app.screen, StillThereScreen) and app.idle_check_in == 20


async def test_anonymous_counts_through_the_app(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES, counts=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        await pilot.press("2")
        await started(pilot)
        await pilot.press("q", "q", "escape")
        await at_attract(pilot)
    counts = json.loads((tmp_path / "counts.json").read_text())
    (day,) = counts["days"].values()
    assert day == {"Manuelt og venting": {"started": 1, "completed": 0}}


async def test_the_high_contrast_setting_switches_the_theme(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path, hooks=NO_STAGES, high_contrast=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_attract(pilot)
        assert app.theme == HIGH_CONTRAST_NAME
        assert app.current_theme.background == "#000000"


@pytest.mark.xfail(
    strict=False,
    reason="known race, open: on a loaded machine the kiosk stayed on the summary for 30 s in 2"
    " of 4 full runs since the session screen stays under the after-session screens (issue 14.8);"
    " passes alone. Kept visible, not skipped, until the idle timer's hand-over is fixed",
)
async def test_the_real_idle_timer_brings_the_attract_screen_back(tmp_path: Path) -> None:
    """With the real clock and timer (and a short idle time): no test calls check_visitor."""
    app = kiosk_app(
        tmp_path, hooks=NO_STAGES, real_idle_timer=True, idle_timeout=1.5, still_there_timeout=1
    )
    async with app.run_test(size=(80, 24)) as pilot:
        first = await at_attract(pilot)
        await pilot.press("enter")
        await started(pilot)

        # Real time, as the timer under test runs on it, bounded (a busy machine is slow). The
        # visitor ends the session and walks away; with an idle time this short, "still there?"
        # may come first (it times out to the attract screen too): press q only where q ends.
        deadline = time.monotonic() + 30
        while not (isinstance(app.screen, AttractScreen) and app.screen is not first):
            assert time.monotonic() < deadline, f"still on {app.screen!r}"
            if isinstance(app.screen, SessionScreen | ConfirmEndScreen):
                await pilot.press("q")
            await pilot.pause(0.05)
