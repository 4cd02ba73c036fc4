"""Building the app for tests: a fake clock, a sound that records what it would play, and helpers
to move the clock and read the screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Digits, Static

from coach.i18n import Language
from coach.routine.loader import check_routine
from coach.session.clock import FakeClock
from coach.sound.backends import SilentBackend
from coach.sound.clip import Clip
from coach.sound.player import SoundCues
from coach.ui.app import CoachApp, make_app
from coach.visit.config import AppConfig
from coach.visit.flow import VisitSteps

DATA = Path(__file__).resolve().parent.parent / "data" / "ui"
EVERY_STEP = DATA / "every-step.en.yaml"  # holds in 2 sets, sides, a timed exercise, paced reps
MANUAL_AND_WAIT = DATA / "manual-and-wait.nb.yaml"  # manual reps, a set break that waits

START = 1000.0  # the fake clock's reading when a test begins


@dataclass
class RecordingBackend:
    """A real backend's contract (play, stop, …), remembering the clips instead of playing them."""

    played: list[str] = field(default_factory=list)
    name: str = "recording"

    def play(self, clip: Clip) -> None:
        self.played.append(clip.name.partition("@")[0])  # "hold_start@80": scaled to the volume

    def stop(self) -> None:
        pass

    def is_playing(self) -> bool:
        return False

    def close(self) -> None:
        pass


def silent_sound(lang: Language = "en") -> SoundCues:
    """Sound that plays nothing (what a machine without a device gets)."""
    return SoundCues(SilentBackend(), lang)


def coach_app(
    routine: Path | None = EVERY_STEP,
    *,
    clock: FakeClock | None = None,
    sound: SoundCues | None = None,
    hooks: VisitSteps | None = None,
    preload: bool = True,
    **config: object,
) -> CoachApp:
    """The app as `coach run ROUTINE` builds it, on a fake clock, with silent sound by default.

    Without a routine the picker opens; it lists the routines of tests/data/ui as if they were
    the bundled ones, so the bundled routines can change without breaking these tests.
    """
    settings: dict[str, object] = {"bundled_routines": DATA}
    settings.update(config)
    app_config = AppConfig(run=routine, **settings)  # type: ignore[arg-type]
    return make_app(
        app_config,
        clock=clock or FakeClock(START),
        sound=sound or silent_sound(),
        hooks=hooks or VisitSteps(),
        # Loaded here unless `preload` is False: then the app loads it after its first frame,
        # as it does for `coach run`.
        routine=check_routine(routine)[0] if routine is not None and preload else None,
    )


async def advance(pilot: Pilot[int], seconds: float) -> None:
    """Move the app's fake clock on, let the app tick as its timer would, and wait for the
    screen to catch up."""
    app = pilot.app
    assert isinstance(app, CoachApp)
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(seconds)
    app.tick()
    await pilot.pause()


async def started(pilot: Pilot[int]) -> None:
    """Wait until the session has started (the first frame shows before the clock starts)."""
    app = pilot.app
    assert isinstance(app, CoachApp)
    for _ in range(50):
        await pilot.pause()
        if app.session is not None and app.session.started:
            return
    raise AssertionError("the session did not start")


def text(pilot: Pilot[int], selector: str) -> str:
    """What a Static or Digits shows, as plain text."""
    widget = pilot.app.screen.query_one(selector)
    if isinstance(widget, Digits):
        return widget.value
    assert isinstance(widget, Static)
    return str(widget.content).strip()


def visible(pilot: Pilot[int], selector: str) -> bool:
    """Whether a widget is displayed and lies wholly inside the terminal."""
    widget = pilot.app.screen.query_one(selector)
    region = widget.region
    screen = pilot.app.screen.region
    return bool(
        widget.display and region.width > 0 and region.height > 0 and screen.contains_region(region)
    )
