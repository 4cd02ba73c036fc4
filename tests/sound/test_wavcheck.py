"""`check_wav` says why a routine's sound file will not play; clips read and scale correctly."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from coach.i18n import LANGUAGES, translate
from coach.sound.clip import read_clip
from coach.sound.wavcheck import WAV_PROBLEM_KEYS, check_wav


def write_wav(
    path: Path, samples: list[int], *, channels: int = 1, width: int = 2, rate: int = 44100
) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        if width == 1:
            out.writeframes(bytes(s + 128 for s in samples))
        elif width == 2:
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        else:  # the sample in the top two bytes, zeros below
            pad = bytes(width - 2)
            out.writeframes(b"".join(pad + struct.pack("<h", s) for s in samples))
    return path


class TestCheckWav:
    def test_a_good_file(self, tmp_path: Path) -> None:
        assert check_wav(write_wav(tmp_path / "ok.wav", [0, 1000, -1000, 0])) is None

    def test_missing(self, tmp_path: Path) -> None:
        assert check_wav(tmp_path / "nope.wav") == "sound.wav.missing"

    def test_a_folder_is_unreadable(self, tmp_path: Path) -> None:
        assert check_wav(tmp_path) == "sound.wav.unreadable"

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
    def test_no_permission_is_unreadable(self, tmp_path: Path) -> None:
        path = write_wav(tmp_path / "locked.wav", [0, 1])
        path.chmod(0)
        assert check_wav(path) == "sound.wav.unreadable"

    def test_not_a_wav(self, tmp_path: Path) -> None:
        mp3 = tmp_path / "voice.mp3"
        mp3.write_bytes(b"ID3\x04\x00" + bytes(200))
        text = tmp_path / "notes.wav"
        text.write_text("hold for five seconds\n", encoding="utf-8")
        assert check_wav(mp3) == "sound.wav.not_wav"
        assert check_wav(text) == "sound.wav.not_wav"

    def test_a_truncated_header_is_unreadable(self, tmp_path: Path) -> None:
        good = write_wav(tmp_path / "good.wav", [0, 5, 0])
        cut = tmp_path / "cut.wav"
        cut.write_bytes(good.read_bytes()[:30])
        assert check_wav(cut) == "sound.wav.unreadable"

    def test_float_samples_are_unsupported(self, tmp_path: Path) -> None:
        # A 32-bit float WAV (format tag 3), as some editors export by default.
        data = struct.pack("<4f", 0.0, 0.5, -0.5, 0.0)
        fmt = struct.pack("<HHIIHH", 3, 1, 44100, 44100 * 4, 4, 32)
        body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
        body += b"data" + struct.pack("<I", len(data)) + data
        path = tmp_path / "float.wav"
        path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
        assert check_wav(path) == "sound.wav.unsupported"

    def test_odd_rates_and_many_channels_are_unsupported(self, tmp_path: Path) -> None:
        odd_rate = write_wav(tmp_path / "r.wav", [0, 1], rate=12345)
        assert check_wav(odd_rate) == "sound.wav.unsupported"
        six = write_wav(tmp_path / "c.wav", [0] * 6, channels=6)
        assert check_wav(six) == "sound.wav.unsupported"

    def test_empty(self, tmp_path: Path) -> None:
        assert check_wav(write_wav(tmp_path / "empty.wav", [])) == "sound.wav.empty"

    @pytest.mark.parametrize("key", WAV_PROBLEM_KEYS)
    def test_every_problem_has_a_message_naming_the_file(self, key: str) -> None:
        for lang in LANGUAGES:
            assert "lyd/hold.wav" in translate(key, lang, path="lyd/hold.wav")


class TestReadClip:
    @pytest.mark.parametrize("width", [1, 2, 3, 4])
    def test_every_pcm_width_becomes_16_bit(self, tmp_path: Path, width: int) -> None:
        samples = [0, 100, -100, 0] if width == 1 else [0, 12345, -12345, 0]
        clip = read_clip(write_wav(tmp_path / "w.wav", samples, width=width))
        expected = [s * 256 for s in samples] if width == 1 else samples
        assert list(array("h", clip.frames)) == expected
        assert (clip.channels, clip.sampwidth, clip.rate) == (1, 2, 44100)

    def test_stereo_keeps_its_channels(self, tmp_path: Path) -> None:
        clip = read_clip(write_wav(tmp_path / "s.wav", [1, 2, 3, 4], channels=2, rate=48000))
        assert (clip.channels, clip.rate, clip.seconds) == (2, 48000, 2 / 48000)

    def test_volume_scales_every_sample(self, tmp_path: Path) -> None:
        clip = read_clip(write_wav(tmp_path / "v.wav", [0, 20000, -20000, 7, -7, 32767]))
        assert list(array("h", clip.scaled(50).frames)) == [0, 10000, -10000, 3, -3, 16383]
        assert list(array("h", clip.scaled(0).frames)) == [0] * 6
        assert clip.scaled(100) is clip

    def test_a_clip_round_trips_through_a_wav_file(self, tmp_path: Path) -> None:
        clip = read_clip(write_wav(tmp_path / "r.wav", [0, 300, -300, 0], rate=22050))
        copy = tmp_path / "copy.wav"
        copy.write_bytes(clip.to_wav())
        assert read_clip(copy) == read_clip(tmp_path / "r.wav", name="copy")


def test_checking_a_wav_file_loads_no_audio() -> None:
    """The routine loader checks sound files with `coach.routine.wavfile`: it pulls in the
    standard library's `wave` and nothing that plays, spawns or calls C, and no `coach.sound`
    (the domain may not import it); the sound package's old names still work."""
    code = (
        "import json, sys\n"
        "import coach.routine.wavfile\n"
        "before = sorted(sys.modules)\n"
        "import coach.sound.wavcheck\n"
        "print(json.dumps([before, sorted(sys.modules)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = (set(modules) for modules in json.loads(out.stdout))
    assert not {m for m in before if m.startswith("coach.sound")}
    assert {m for m in after if m.startswith("coach.sound")} == {
        "coach.sound",
        "coach.sound.wavcheck",
    }
    assert not after & {"simpleaudio", "ctypes", "subprocess", "textual", "sqlite3"}


def test_the_sound_package_and_the_loader_share_one_reader() -> None:
    from coach.routine import wavfile
    from coach.sound import clip, wavcheck

    assert wavcheck.check_wav is wavfile.check_wav
    assert wavcheck.CUE_NAMES is wavfile.CUE_NAMES
    assert clip.ClipError is wavfile.WavError
