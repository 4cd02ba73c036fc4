"""+ and - say the new level at once (a notice) and in the status line; with no sound device
nothing pretends: no "Sound 80 %", no "Voice on"."""

from __future__ import annotations

from coach.sound.backends import BellBackend, SilentBackend
from coach.sound.player import SoundCues
from coach.ui.app import CoachApp
from tests.ui.support import RecordingBackend, coach_app, started, text
from tests.ui.test_sound_in_session import RecordingVoice


def _notices(app: CoachApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_volume_key_shows_the_new_level_at_once() -> None:
    app = coach_app(sound=SoundCues(RecordingBackend(), "nb", volume=80), lang="nb")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(pilot)
        await pilot.press("plus")
        await pilot.pause()
        assert _notices(app)[-1] == "Volum 90 %"
        assert text(pilot, "#sound-status") == "Lyd 90 % · Tale av"
        await pilot.press("m", "minus")
        await pilot.pause()
        assert _notices(app)[-1] == "Volum 80 % – lyden er av (M slår den på)"


async def test_with_no_sound_device_nothing_pretends() -> None:
    voice = RecordingVoice("en")
    app = coach_app(sound=SoundCues(SilentBackend(), "en", find_voice=lambda lang: voice))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(pilot)
        await pilot.press("plus")
        await pilot.pause()
        assert _notices(app)[-1] == "No sound device: the volume changes nothing."
        assert text(pilot, "#sound-status") == "No sound · Voice off"
        await pilot.press("v")
        await pilot.pause()
        assert _notices(app)[-1] == "No sound device: the voice can't be heard either."
        assert text(pilot, "#sound-status") == "No sound · Voice off"


async def test_the_terminal_bell_does_not_pretend_to_have_a_volume() -> None:
    app = coach_app(sound=SoundCues(BellBackend(lambda: None), "en", volume=80))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(pilot)
        assert text(pilot, "#sound-status") == "Terminal bell only · Voice off"
        await pilot.press("minus")
        await pilot.pause()
        assert _notices(app)[-1] == (
            "Volume 70 % – the terminal bell rings at its own loudness (0 % silences it)"
        )


async def test_a_voice_asked_for_on_a_silent_machine_is_not_said_to_be_on() -> None:
    voice = RecordingVoice("en")
    app = coach_app(sound=SoundCues(SilentBackend(), "en", voice=voice))  # `--voice`
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert text(pilot, "#sound-status") == "No sound · Voice off"
