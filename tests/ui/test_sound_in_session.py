"""Sound during a session: the cues of the engine's events reach the speaker, and m, + and -
change what the screen says about the sound."""

from __future__ import annotations

from coach.sound.player import SoundCues
from tests.ui.support import MANUAL_AND_WAIT, RecordingBackend, advance, coach_app, started, text


async def test_each_phase_sounds_its_cue() -> None:
    backend = RecordingBackend()
    app = coach_app(sound=SoundCues(backend, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert backend.played == ["get_ready"]
        await advance(pilot, 1)
        assert backend.played[-1] == "tick"  # 2 s left of the get-ready
        await advance(pilot, 2)
        assert backend.played[-1] == "hold_start"
        await advance(pilot, 3)
        assert backend.played[-1] == "release"  # the hold ended; the rest began with it


async def test_mute_and_volume_keys_show_on_screen_and_reach_the_sound() -> None:
    backend = RecordingBackend()
    sound = SoundCues(backend, "en", volume=80)
    app = coach_app(sound=sound)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert text(pilot, "#sound-status") == "Sound 80 %"
        await pilot.press("minus", "minus")
        assert text(pilot, "#sound-status") == "Sound 60 %"
        assert sound.volume == 60
        await pilot.press("plus")
        assert text(pilot, "#sound-status") == "Sound 70 %"
        await pilot.press("m")
        assert text(pilot, "#sound-status") == "Sound muted"
        assert str(app.screen.query_one("#action-toggle-mute").label) == "Unmute"
        heard = len(backend.played)
        await advance(pilot, 3)  # the hold starts, unheard
        assert len(backend.played) == heard
        await pilot.click("#action-toggle-mute")
        assert text(pilot, "#sound-status") == "Sound 70 %"


async def test_the_sound_speaks_the_sessions_language() -> None:
    sound = SoundCues(RecordingBackend(), "en")
    app = coach_app(MANUAL_AND_WAIT, sound=sound)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert sound.lang == "nb"
        assert text(pilot, "#sound-status") == "Lyd 80 %"


async def test_a_sound_notice_shows_whichever_thread_sends_it() -> None:
    """A device that stops mid-session is reported from the app's own thread; the start-up
    notices come from the sound's worker thread. Both must reach the screen, not crash."""
    import asyncio

    app = coach_app(sound=SoundCues(RecordingBackend(), "en"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(pilot)
        app.notify_from_any_thread("device gone")
        await asyncio.to_thread(app.notify_from_any_thread, "no sound device")
        await pilot.pause()
        shown = [n.message for n in app._notifications]
        assert shown == ["device gone", "no sound device"]
