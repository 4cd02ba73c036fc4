"""Sound during a session: the cues of the engine's events reach the speaker, and m, v, + and -
change what the screen says about the sound."""

from __future__ import annotations

from coach.i18n import Language
from coach.sound.player import SoundCues
from coach.sound.voice import Voice
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
        assert text(pilot, "#sound-status") == "Sound 80 % · Voice off"
        await pilot.press("minus", "minus")
        assert text(pilot, "#sound-status") == "Sound 60 % · Voice off"
        assert sound.volume == 60
        await pilot.press("plus")
        assert text(pilot, "#sound-status") == "Sound 70 % · Voice off"
        await pilot.press("m")
        assert text(pilot, "#sound-status") == "Sound muted · Voice off"
        assert str(app.screen.query_one("#action-toggle-mute").label) == "Unmute"
        heard = len(backend.played)
        await advance(pilot, 3)  # the hold starts, unheard
        assert len(backend.played) == heard
        await pilot.click("#action-toggle-mute")
        assert text(pilot, "#sound-status") == "Sound 70 % · Voice off"


async def test_the_sound_speaks_the_sessions_language() -> None:
    sound = SoundCues(RecordingBackend(), "en")
    app = coach_app(MANUAL_AND_WAIT, sound=sound)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert sound.lang == "nb"
        assert text(pilot, "#sound-status") == "Lyd 80 % · Tale av"


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


class RecordingVoice(Voice):
    """A voice that writes down what it is asked to say instead of starting a speech program."""

    def __init__(self, lang: Language) -> None:
        super().__init__("espeak-ng", lang)
        self.said: list[str] = []

    def say(self, text: str, *, volume: int = 100, delay: float = 0.0) -> None:
        self.said.append(text)


async def test_v_turns_the_voice_on_and_off_mid_session_and_the_screen_says_so() -> None:
    voice = RecordingVoice("en")
    sound = SoundCues(RecordingBackend(), "en", find_voice=lambda lang: voice)
    app = coach_app(sound=sound)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert text(pilot, "#sound-status") == "Sound 80 % · Voice off"
        await pilot.press("v")
        assert sound.voice_enabled
        assert text(pilot, "#sound-status") == "Sound 80 % · Voice on"
        await advance(pilot, 3)  # the Bridge's first hold
        assert voice.said == ["1, Keep your hips up."]
        await pilot.press("left")  # back to the Bridge's get-ready: its position is said
        assert voice.said[-1] == "Bridge. Get ready. Lie on your back with your knees bent."
        await pilot.click("#action-toggle-voice")
        assert text(pilot, "#sound-status") == "Sound 80 % · Voice off"
        said = len(voice.said)
        await advance(pilot, 3)
        assert len(voice.said) == said  # the hold started, in silence
