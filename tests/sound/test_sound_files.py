"""The bundled cue sounds: one per cue, regenerable, short, soft-edged, and told apart by ear."""

from __future__ import annotations

import importlib.util
import itertools
import sys
import wave
from array import array
from pathlib import Path
from types import ModuleType

import pytest

from coach.resources import sounds_dir
from coach.sound.wavcheck import CUE_NAMES, check_wav

RATE = 44100


def samples(path: Path) -> array[int]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        return array("h", wav.readframes(wav.getnframes()))


def generator() -> ModuleType:
    path = sounds_dir() / "make_sounds.py"
    spec = importlib.util.spec_from_file_location("make_sounds", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up while the class is built.
    sys.modules["make_sounds"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_sounds"]
    return module


def pitch(window: array[int]) -> float:
    """The fundamental frequency of a short stretch of a tone, from its rising zero crossings."""
    crossings = [i for i in range(1, len(window)) if window[i - 1] < 0 <= window[i]]
    if len(crossings) < 2:
        return 0.0
    return RATE * (len(crossings) - 1) / (crossings[-1] - crossings[0])


def pitch_at(cue: str, start: float, length: float = 0.03) -> float:
    data = samples(sounds_dir() / f"{cue}.wav")
    i = round(start * RATE)
    return pitch(data[i : i + round(length * RATE)])


@pytest.mark.parametrize("cue", CUE_NAMES)
class TestEachCue:
    def test_exists_and_plays(self, cue: str) -> None:
        assert check_wav(sounds_dir() / f"{cue}.wav") is None

    def test_is_short(self, cue: str) -> None:
        seconds = len(samples(sounds_dir() / f"{cue}.wav")) / RATE
        assert 0.04 < seconds <= (0.1 if cue == "tick" else 1.6)

    def test_is_soft_and_has_no_click(self, cue: str) -> None:
        data = samples(sounds_dir() / f"{cue}.wav")
        peak = max(abs(s) for s in data)
        assert peak <= 0.5 * 32767 + 1  # at least 6 dB below full scale
        assert data[0] == 0 and data[-1] == 0
        two_ms = round(0.002 * RATE)
        assert max(abs(s) for s in data[:two_ms]) < 0.5 * peak  # fades in
        assert max(abs(s) for s in data[-two_ms:]) < 0.05 * peak  # fades out to silence
        # No jump between neighbouring samples bigger than a loud 2 kHz tone could make.
        assert max(abs(b - a) for a, b in itertools.pairwise(data)) < 0.3 * 32767


def test_no_other_sounds_are_bundled() -> None:
    assert {p.stem for p in sounds_dir().glob("*.wav")} == set(CUE_NAMES)


def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    written = generator().make_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{c}.wav" for c in CUE_NAMES)
    for path in written:
        assert path.read_bytes() == (sounds_dir() / path.name).read_bytes(), path.name


class TestToldApartByEar:
    """The cues a patient acts on have different shapes, not only different pitches."""

    def test_hold_rises_and_release_falls(self) -> None:
        assert pitch_at("hold_start", 0.3) > 1.3 * pitch_at("hold_start", 0.02)
        assert pitch_at("release", 0.45) < 0.75 * pitch_at("release", 0.02)

    def test_rest_is_the_lowest_and_done_the_longest(self) -> None:
        rest = pitch_at("rest_start", 0.2, 0.1)
        others = [pitch_at(c, 0.02) for c in ("hold_start", "release", "switch_sides", "set_done")]
        assert all(rest < 0.8 * p for p in others)
        lengths = {c: len(samples(sounds_dir() / f"{c}.wav")) for c in CUE_NAMES}
        assert lengths["set_done"] < lengths["exercise_done"] < lengths["session_done"]
        assert lengths["session_done"] == max(lengths.values())

    def test_switch_sides_goes_back_and_forth(self) -> None:
        notes = [pitch_at("switch_sides", 0.02 + i * 0.11, 0.05) for i in range(4)]
        assert notes[0] < notes[1] > notes[2] < notes[3]

    def test_no_two_cues_sound_the_same(self) -> None:
        data = {c: samples(sounds_dir() / f"{c}.wav") for c in CUE_NAMES}
        assert len({d.tobytes() for d in data.values()}) == len(CUE_NAMES)
