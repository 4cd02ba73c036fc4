"""Screens post messages up and the app calls down; every screen speaks its language through the
one base screen, whose footer says what each key does now."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.app import App
from textual.message import Message
from textual.screen import Screen

import coach.ui.screens
from coach.i18n import translate
from coach.kiosk.pin import PinOutcome
from coach.sound.player import SoundCues
from coach.ui.messages import ChangeVolume, OpenHistory, SoundChanged, ToggleMute
from coach.ui.screens.base import Speaks
from coach.ui.screens.history import HistoryScreen
from coach.ui.screens.loading import LoadingScreen
from coach.ui.screens.progression import ProgressionScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.staff_exit import StaffExitScreen
from tests.kiosk.support import PIN, at_attract, kiosk_app
from tests.ui.history_seed import good_weeks, ranges_routine, seed
from tests.ui.support import MANUAL_AND_WAIT, RecordingBackend, coach_app, started, text
from tests.ui.test_progression_screen import MONDAY, on, progression_app, until

SCREENS = Path(coach.ui.screens.__file__).parent


def once(messages: list[Message]) -> list[Message]:
    """Each message once (the hook sees a bubbling message at the screen and at the app)."""
    return list({id(m): m for m in messages}.values())


async def test_mute_and_volume_are_asked_of_the_app_which_answers_the_screen() -> None:
    sound = SoundCues(RecordingBackend(), "en", volume=80)
    messages: list[Message] = []
    app = coach_app(sound=sound)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await started(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        messages.clear()
        await pilot.press("minus", "m")
        await pilot.pause()
        asked = [m for m in once(messages) if isinstance(m, ToggleMute | ChangeVolume)]
        assert [type(m) for m in asked] == [ChangeVolume, ToggleMute]
        assert all(m.control is screen for m in asked)
        answers = [m.muted for m in once(messages) if isinstance(m, SoundChanged)]
        assert answers == [False, True]  # after the volume, after the mute
        assert sound.muted and sound.volume == 70
        assert text(pilot, "#sound-status") == "Sound muted · Voice off"


async def test_the_pickers_h_asks_the_app_for_the_history(tmp_path: Path) -> None:
    messages: list[Message] = []
    app = coach_app(None, data_dir=tmp_path)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert any(isinstance(m, OpenHistory) for m in messages)
        assert isinstance(app.screen, HistoryScreen)


async def test_the_footer_says_what_space_does_now_in_the_sessions_language() -> None:
    app = coach_app(MANUAL_AND_WAIT)  # a Norwegian routine
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        space = app.screen.active_bindings["space"].binding
        assert space.description == translate("ui.action.pause", "nb")
        await pilot.press("space")
        await pilot.pause()
        space = app.screen.active_bindings["space"].binding
        assert space.description == translate("ui.action.resume", "nb")


async def test_a_narrow_footer_leaves_the_sound_keys_out_and_they_still_work() -> None:
    sound = SoundCues(RecordingBackend(), "en", volume=80)
    app = coach_app(sound=sound)
    async with app.run_test(size=(79, 24)) as pilot:
        await started(pilot)
        shown = {k for k, active in app.screen.active_bindings.items() if active.binding.show}
        assert "m" not in shown and "space" in shown and "right" in shown
        await pilot.press("m")
        await pilot.pause()
        assert sound.muted
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        shown = {k for k, active in app.screen.active_bindings.items() if active.binding.show}
        assert "m" in shown


async def test_the_staff_pin_is_told_to_the_app_which_logs_it_and_ends_on_the_right_one(
    tmp_path: Path,
) -> None:
    messages: list[Message] = []
    app = kiosk_app(tmp_path)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await at_attract(pilot)
        await pilot.press("ctrl+x", "ctrl+e", "1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StaffExitScreen)
        await pilot.press(*PIN, "enter")
        await pilot.pause()
    answers = [m.outcome for m in once(messages) if isinstance(m, StaffExitScreen.Answered)]
    assert answers == [PinOutcome.WRONG, PinOutcome.RIGHT]
    assert app.staff_left


def test_every_screen_speaks_through_the_base_screen() -> None:
    """`lang`, `_` and the translated footer come from `CoachScreen` or `CoachModalScreen`."""
    screens = []
    for info in pkgutil.iter_modules([str(SCREENS)]):
        module = importlib.import_module(f"coach.ui.screens.{info.name}")
        for _, kind in inspect.getmembers(module, inspect.isclass):
            if issubclass(kind, Screen) and kind.__module__ == module.__name__:
                screens.append(kind)
    assert len(screens) > 15
    # The loading screen shows the routine's own title, before any language is known.
    alone = [kind.__name__ for kind in screens if not issubclass(kind, Speaks)]
    assert alone == [LoadingScreen.__name__]


def test_no_screen_or_widget_reaches_into_the_app() -> None:
    """`self.app.…` in a screen or widget is Textual's App (push_screen, bell…), never a method
    or attribute of coach's app: those are asked for with a message. Nor do they import coach's
    apps (not even for a type check)."""
    textual_app = set(dir(App))
    apps = {"coach.ui.app", "coach.ui.kiosk"}
    reached = []
    for folder in (SCREENS, SCREENS.parent / "widgets"):
        for path in sorted(folder.glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module in apps:
                    reached.append(f"{path.name}:{node.lineno}: imports {node.module}")
                elif (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "app"
                    and node.attr not in textual_app
                ):
                    reached.append(f"{path.name}:{node.lineno}: app.{node.attr}")
    assert reached == []


async def test_only_the_number_keys_of_steps_up_on_offer_are_active(tmp_path: Path) -> None:
    """Progression's number keys are declared once; `check_action` says which are on offer."""
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, _ = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        offered = set(screen.stay_keys.values())
        assert "3" in offered and "9" not in offered
        active = screen.active_bindings
        assert offered <= set(active) and "9" not in active
        assert not any(active[key].binding.show for key in offered)  # the buttons say them
