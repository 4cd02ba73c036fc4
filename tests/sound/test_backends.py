"""What happens around playback: a device lost mid-session, bad overrides, CI's audio guard."""

from __future__ import annotations

import importlib.util
import shutil
import time
from pathlib import Path

import pytest

from coach.session.events import Event, EventKind
from coach.sound.backends import BellBackend, CommandBackend
from coach.sound.player import SoundCues
from coach.sound.voice import Voice
from tests.sound import audio_env

K = EventKind


@pytest.mark.skipif(shutil.which("aplay") is None, reason="aplay is not installed (alsa-utils)")
def test_a_player_that_disappears_mid_session_means_one_notice_then_silence(
    tmp_path: Path,
) -> None:
    aplay = shutil.which("aplay")
    assert aplay is not None
    program = tmp_path / "aplay"
    shutil.copy(aplay, program)
    notices: list[str] = []
    sound = SoundCues(CommandBackend(str(program)), "en", notify=notices.append)
    program.unlink()  # the player is uninstalled while the session runs
    for t in range(3):
        sound.handle([Event(K.HOLD_STARTED, t, rep=1)])
    assert notices == ["The sound device stopped working: the session goes on without sound."]
    assert (sound.backend_name, sound.silent, sound.status_text) == ("silent", True, "No sound")
    sound.close()


def test_handling_events_returns_at_once(tmp_path: Path) -> None:
    """The UI's event loop hands over events and goes on: even a player that takes its time to
    start does not hold it up."""
    slow = tmp_path / "slow-player"
    slow.write_text("#!/bin/sh\nsleep 5\n", encoding="utf-8")
    slow.chmod(0o755)
    sound = SoundCues(CommandBackend(str(slow)), "en")
    started = time.monotonic()
    sound.handle([Event(K.HOLD_STARTED, 0, rep=1)])
    sound.handle([Event(K.HOLD_ENDED, 5, rep=1)])
    assert time.monotonic() - started < 0.5
    sound.close()


def test_the_bell_rings_once_per_batch_and_not_when_muted() -> None:
    rings: list[None] = []
    sound = SoundCues(BellBackend(lambda: rings.append(None)), "en")
    sound.handle([Event(K.HOLD_ENDED, 0), Event(K.REP_COUNTED, 0), Event(K.REST_STARTED, 0)])
    sound.handle([Event(K.REP_COUNTED, 1)])  # nothing to act on: no cue
    assert len(rings) == 1
    assert sound.toggle_mute() is True
    sound.handle([Event(K.HOLD_STARTED, 2, rep=2)])
    assert len(rings) == 1
    assert sound.toggle_mute() is False
    sound.set_volume(0)
    sound.handle([Event(K.HOLD_STARTED, 3, rep=3)])
    assert len(rings) == 1


def test_volume_is_kept_within_0_and_100() -> None:
    sound = SoundCues(BellBackend(lambda: None), "nb", volume=250)
    assert sound.volume == 100
    assert sound.set_volume(-5) == 0
    assert sound.set_volume(65) == 65
    # The bell rings at the terminal's own loudness: the status does not pretend otherwise.
    assert sound.status_text == "Bare terminalens pip"


def test_an_override_for_an_unknown_cue_is_a_bug() -> None:
    with pytest.raises(ValueError, match="'hold' is not a cue name"):
        SoundCues(BellBackend(lambda: None), "en", overrides={"hold": Path("x.wav")})


class TestRequireAudio:
    """CI sets COACH_REQUIRE_AUDIO=1: a missing simpleaudio fails the playback tests there."""

    def hide_simpleaudio(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real = importlib.util.find_spec
        monkeypatch.setattr(
            audio_env.importlib.util,
            "find_spec",
            lambda name, *a: None if name == "simpleaudio" else real(name, *a),
        )

    def test_skips_where_audio_is_optional(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.hide_simpleaudio(monkeypatch)
        monkeypatch.delenv("COACH_REQUIRE_AUDIO", raising=False)
        with pytest.raises(pytest.skip.Exception, match="simpleaudio is not installed"):
            audio_env.require_simpleaudio()

    def test_fails_where_audio_is_required(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.hide_simpleaudio(monkeypatch)
        monkeypatch.setenv("COACH_REQUIRE_AUDIO", "1")
        with pytest.raises(pytest.fail.Exception, match="COACH_REQUIRE_AUDIO=1"):
            audio_env.require_simpleaudio()


def test_changing_the_language_changes_the_voice_too() -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng is not installed")
    voice = Voice(espeak, "en")
    sound = SoundCues(BellBackend(lambda: None), "en", voice=voice)
    sound.lang = "nb"
    assert voice.lang == "nb" and sound.status_text == "Bare terminalens pip"
    command = voice.command("Hvil.")
    assert command[command.index("-v") + 1] == "nb"
