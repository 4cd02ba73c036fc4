"""Spoken cues: the right words in the routine's language, really spoken, never blocking."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import time
from array import array
from pathlib import Path

import pytest

from coach.session.events import Event, EventKind
from coach.sound.backends import SilentBackend
from coach.sound.player import SoundCues
from coach.sound.voice import Voice
from tests.sound.audio_env import capture_config, cue_frames, require_simpleaudio, run_scenario

K = EventKind

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)


def measure(wav: Path) -> tuple[float, float]:
    """(seconds, RMS amplitude 0–1) of a sound file, as sox measures them."""
    stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
    length = re.search(r"Length \(seconds\):\s+([\d.]+)", stat)
    rms = re.search(r"RMS\s+amplitude:\s+([\d.]+)", stat)
    assert length and rms, stat
    return float(length.group(1)), float(rms.group(1))


def espeak() -> str:
    program = shutil.which("espeak-ng")
    assert program is not None
    return program


@needs_espeak
class TestEspeak:
    def test_speaks_the_routines_language(self) -> None:
        nb = Voice(espeak(), "nb").command("Bytt til venstre side.", volume=40)
        en = Voice(espeak(), "en").command("-3, hold.")
        assert nb[nb.index("-v") + 1] == "nb" and nb[nb.index("-a") + 1] == "40"
        assert nb[-2:] == ["--", "Bytt til venstre side."]
        assert en[en.index("-v") + 1] == "en"
        assert en[-2:] == ["--", "-3, hold."]  # a phrase is never mistaken for an option

    @pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
    def test_each_spoken_cue_is_real_speech(self, tmp_path: Path) -> None:
        spoken: dict[str, list[tuple[float, float]]] = {}
        for lang in ("en", "nb"):
            record = tmp_path / lang
            record.mkdir()
            voice = Voice(espeak(), lang, record_to=record)
            sound = SoundCues(SilentBackend(), lang, voice=voice, volume=100)
            for batch in (
                [Event(K.EXERCISE_STARTED, 0, exercise="Bekkentilt")],
                [Event(K.HOLD_STARTED, 3, rep=1)],
                [Event(K.HOLD_ENDED, 8, rep=1), Event(K.SIDE_SWITCHED, 8, side="left")],
                [Event(K.COUNTDOWN_TICK, 9, remaining=3)],  # heard, not said
            ):
                sound.handle(batch)
                assert sound.wait_until_quiet(10)
            sound.close()
            assert len(voice.recordings) == 3
            spoken[lang] = [measure(path) for path in voice.recordings]
        for lang, measured in spoken.items():
            for seconds, rms in measured:
                assert seconds > 0.3 and rms > 0.02, (lang, seconds, rms)
        # Other words: "Release. Switch to the left side." / "Slipp opp. Bytt til venstre side."
        assert spoken["en"][2] != spoken["nb"][2]

    def test_a_new_phrase_cuts_off_the_one_being_said(self) -> None:
        voice = Voice(espeak(), "en")
        started = time.monotonic()
        voice.say("first", delay=5)
        first = voice.process
        voice.say("second", delay=5)
        assert time.monotonic() - started < 1  # neither call waited for the speech
        assert first is not None and first.wait(2) == -signal.SIGKILL
        second = voice.process
        voice.close()
        assert second is not None and second.wait(2) == -signal.SIGKILL

    def test_muted_says_nothing(self, tmp_path: Path) -> None:
        voice = Voice(espeak(), "en", record_to=tmp_path)
        sound = SoundCues(SilentBackend(), "en", voice=voice, muted=True)
        sound.handle([Event(K.HOLD_STARTED, 0, rep=1)])
        assert voice.process is None and voice.recordings == []

    def test_speech_reaches_the_sound_device_after_the_tone(self, tmp_path: Path) -> None:
        require_simpleaudio()
        out = tmp_path / "played.raw"
        steps = [{"events": [Event(K.SIDE_SWITCHED, 0, side="left")]}]
        run_scenario(capture_config(tmp_path, out), steps, voice=True, lang="nb")
        played = out.read_bytes()
        tone = cue_frames("switch_sides")
        assert played.startswith(tone)
        speech = array("h", played[len(tone) :])
        assert len(speech) > 0.5 * 22050  # espeak-ng speaks at 22050 Hz
        assert max(abs(s) for s in speech) > 3000


def test_no_speech_program_means_one_notice_and_tones_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    notices: list[str] = []
    assert Voice.find("nb", notify=notices.append) is None
    assert notices == [
        "Fant ikke noe taleprogram (espeak-ng eller say): signalene spilles bare som toner."
    ]


class TestVoiceSwitch:
    """`set_voice`: the patient turns the spoken cues on and off mid-session (v)."""

    class Said(Voice):
        def __init__(self) -> None:
            super().__init__("espeak-ng", "en")
            self.said: list[str] = []

        def say(self, text: str, *, volume: int = 100, delay: float = 0.0) -> None:
            self.said.append(text)

    def test_turned_on_without_a_voice_at_the_start_it_finds_one_and_speaks(self) -> None:
        voice = self.Said()
        sound = SoundCues(SilentBackend(), "en", find_voice=lambda lang: voice)
        sound.handle([Event(K.HOLD_STARTED, 0, rep=1)])
        assert not sound.voice_enabled and voice.said == []
        assert sound.set_voice(True) and sound.voice_enabled
        sound.handle([Event(K.HOLD_STARTED, 0, rep=2)])
        assert voice.said == ["2, hold."]
        assert not sound.set_voice(False) and not sound.voice_enabled
        sound.handle([Event(K.HOLD_STARTED, 0, rep=3)])
        assert voice.said == ["2, hold."]

    def test_a_voice_given_at_the_start_can_be_silenced_and_brought_back(self) -> None:
        voice = self.Said()
        sound = SoundCues(SilentBackend(), "en", voice=voice, find_voice=lambda lang: None)
        assert sound.voice_enabled
        sound.set_voice(False)
        sound.handle([Event(K.PAUSED, 0)])
        assert sound.set_voice(True)  # the same voice again, no search
        sound.handle([Event(K.RESUMED, 0)])
        assert voice.said == ["Continuing."]

    def test_no_speech_program_keeps_the_voice_off(self) -> None:
        searched: list[str] = []
        sound = SoundCues(
            SilentBackend(), "nb", find_voice=lambda lang: searched.append(lang) or None
        )
        assert not sound.set_voice(True) and not sound.voice_enabled
        assert searched == ["nb"]
