"""Sound really leaves the program: what the sound device receives is captured and compared.

Each test runs the real sound stack in a child process whose ALSA default device is a file
(see `audio_env`), so the bytes asserted on are the bytes a loudspeaker would have played.
"""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from coach.session.events import Event, EventKind
from coach.sound.cues import choose_cue
from tests.sound.audio_env import (
    capture_config,
    cue_frames,
    require_simpleaudio,
    run_scenario,
    slow_capture_config,
)
from tests.sound.sessions import back_routine, run_engine

K = EventKind


def half(frames: bytes) -> bytes:
    """The frames at volume 50: every sample halved, rounded toward zero."""
    return array("h", [int(s / 2) for s in array("h", frames)]).tobytes()


def long_tone(path: Path, seconds: float) -> bytes:
    """Write a WAV of a steady, never-silent pattern; returns its frames."""
    frames = array("h", [1000 + (i % 200) for i in range(round(44100 * seconds))]).tobytes()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(frames)
    return frames


@pytest.fixture
def simpleaudio() -> None:
    require_simpleaudio()


@pytest.mark.usefixtures("simpleaudio")
class TestSimpleAudio:
    def test_a_whole_session_reaches_the_device_cue_by_cue(self, tmp_path: Path) -> None:
        out = tmp_path / "played.raw"
        batches = run_engine(back_routine())
        result = run_scenario(capture_config(tmp_path, out), [{"events": b} for b in batches])
        assert result.notices == ["Sound plays through simpleaudio."]
        assert result.backend == "simpleaudio"
        assert result.stderr == ""
        expected = [c[0] for b in batches if (c := choose_cue(b)) is not None]
        assert expected.count("hold_start") == 6  # Bridge: 2 sets of 2; Side plank: 1 a side
        assert out.read_bytes() == b"".join(cue_frames(cue) for cue in expected)

    def test_volume_and_mute_are_heard(self, tmp_path: Path) -> None:
        out = tmp_path / "played.raw"
        steps = [
            {"events": [Event(K.HOLD_STARTED, 0, rep=1)]},
            {"volume": 50},
            {"events": [Event(K.HOLD_ENDED, 5, rep=1)]},
            {"toggle_mute": True},
            {"events": [Event(K.COUNTDOWN_TICK, 6, remaining=1)]},
            {"toggle_mute": True},
            {"events": [Event(K.SIDE_SWITCHED, 7, side="left")]},
            {"volume": 0},
            {"events": [Event(K.HOLD_STARTED, 8, rep=1)]},
        ]
        result = run_scenario(capture_config(tmp_path, out), steps, volume=100)
        played = out.read_bytes()
        assert played == cue_frames("hold_start") + half(cue_frames("release")) + half(
            cue_frames("switch_sides")
        )
        assert result.extra["status"] == "Sound 0 %"

    def test_starting_muted_plays_nothing(self, tmp_path: Path) -> None:
        out = tmp_path / "played.raw"
        steps = [{"events": [Event(K.HOLD_STARTED, 0, rep=1)]}]
        result = run_scenario(capture_config(tmp_path, out), steps, muted=True, lang="nb")
        assert not out.exists()
        assert result.extra["status"] == "Lyden er av"

    def test_a_routine_replaces_a_cue_with_its_own_recording(self, tmp_path: Path) -> None:
        out = tmp_path / "played.raw"
        own = tmp_path / "hold.wav"
        own_frames = long_tone(own, 0.2)
        steps = [
            {"events": [Event(K.HOLD_STARTED, 0, rep=1)]},
            {"events": [Event(K.HOLD_ENDED, 5, rep=1)]},
            {"overrides": {}},  # the next routine has no sounds of its own
            {"events": [Event(K.HOLD_STARTED, 0, rep=1)]},
        ]
        overrides = {"hold_start": str(own), "release": str(tmp_path / "missing.wav")}
        result = run_scenario(capture_config(tmp_path, out), steps, overrides=overrides)
        assert out.read_bytes() == own_frames + cue_frames("release") + cue_frames("hold_start")
        assert result.notices == [
            "Sound plays through simpleaudio.",
            f"Cannot play {tmp_path / 'missing.wav'}: using the built-in release sound instead.",
        ]

    def test_a_new_cue_cuts_off_the_one_still_playing(self, tmp_path: Path) -> None:
        streams = tmp_path / "streams"
        streams.mkdir()
        # A device taking 8 × 44100 frames a second: a 6 s cue takes 0.75 s to play.
        config = slow_capture_config(tmp_path, streams, bytes_per_second=8 * 88200)
        long_frames = long_tone(tmp_path / "long.wav", 6.0)
        steps = [
            {"events": [Event(K.HOLD_STARTED, 0, rep=1)]},
            {"sleep": 0.2},
            {"events": [Event(K.HOLD_ENDED, 5, rep=1)]},
            {"sleep": 1.0},  # long enough for the first cue to end, had it not been cut off
        ]
        run_scenario(
            config, steps, overrides={"hold_start": str(tmp_path / "long.wav")}, wait=False
        )
        first, second = [p.read_bytes() for p in sorted(streams.iterdir())]
        assert long_frames.startswith(first)
        assert len(first) < 0.75 * len(long_frames)  # cut off, not played to its end
        assert second == cue_frames("release")  # the new cue, whole


class TestPlayerProgram:
    """Without simpleaudio, a player program plays the same sounds."""

    def test_aplay_plays_the_cues(self, tmp_path: Path) -> None:
        out = tmp_path / "played.raw"
        steps = [{"events": [Event(K.HOLD_STARTED, 0, rep=1)]}]
        result = run_scenario(
            capture_config(tmp_path, out), steps, no_simpleaudio=True, players=["aplay"]
        )
        assert result.notices == ["Sound plays through aplay."]
        played = out.read_bytes()
        hold = cue_frames("hold_start")
        # aplay pads its last period with silence; the probe before it played only silence.
        start = played.index(hold)
        assert played[:start].count(0) == start
        assert played[start + len(hold) :].count(0) == len(played) - start - len(hold)

    def test_a_new_cue_kills_the_player_still_playing(self, tmp_path: Path) -> None:
        streams = tmp_path / "streams"
        streams.mkdir()
        config = slow_capture_config(tmp_path, streams, bytes_per_second=8 * 88200)
        long_frames = long_tone(tmp_path / "long.wav", 6.0)
        steps = [
            {"events": [Event(K.HOLD_STARTED, 0, rep=1)]},
            {"sleep": 0.2},
            {"events": [Event(K.HOLD_ENDED, 5, rep=1)]},
            {"sleep": 1.0},  # long enough for the first cue to end, had it not been cut off
        ]
        run_scenario(
            config,
            steps,
            overrides={"hold_start": str(tmp_path / "long.wav")},
            no_simpleaudio=True,
            players=["aplay"],
            wait=False,
        )
        probe, first, second = [p.read_bytes() for p in sorted(streams.iterdir())]
        assert probe.count(0) == len(probe)
        assert long_frames.startswith(first)
        assert len(first) < 0.75 * len(long_frames)
        release = cue_frames("release")
        assert second.startswith(release) and second[len(release) :].count(0) == len(second) - len(
            release
        )


class TestFallbacks:
    def test_no_player_at_all_rings_the_terminal_bell(self, tmp_path: Path) -> None:
        batches = run_engine(back_routine())
        steps = [{"events": b} for b in batches]
        result = run_scenario(None, steps, no_simpleaudio=True, players=[], bell=True)
        assert result.notices == ["No sound player found: cues use the terminal bell."]
        assert result.bells == sum(1 for b in batches if choose_cue(b) is not None)

    def test_no_player_and_no_bell_is_silent(self, tmp_path: Path) -> None:
        steps = [{"events": [Event(K.HOLD_STARTED, 0, rep=1)]}]
        result = run_scenario(None, steps, no_simpleaudio=True, players=[], lang="nb")
        assert result.notices == ["Fant ingen lydavspiller: økten går uten lyd."]
        assert (result.backend, result.extra["status"]) == ("silent", "Uten lyd")
