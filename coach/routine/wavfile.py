"""The cues a routine's `sounds:` may replace, and reading a WAV file with the standard library.

It lives with the routine format because `coach check` must say whether a routine's own sound
will play, and the domain may not import `coach.sound` (which plays things). The sound package
builds its clips on `read_wav`, so the loader and the player accept exactly the same files.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, get_args

CueName = Literal[
    "get_ready",
    "tick",
    "start",
    "hold_start",
    "release",
    "rep",
    "cue_change",
    "rest_start",
    "rest_over",
    "waiting",
    "switch_sides",
    "set_done",
    "exercise_done",
    "session_done",
    "paused",
    "resumed",
]

# Every cue a routine can replace, in the order `sounds/README.md` explains them.
CUE_NAMES: Final[tuple[CueName, ...]] = get_args(CueName)

# The message keys `check_wav` returns and `WavError` carries; each takes one placeholder, `path`.
WAV_PROBLEM_KEYS: Final = (
    "sound.wav.missing",
    "sound.wav.unreadable",
    "sound.wav.not_wav",
    "sound.wav.unsupported",
    "sound.wav.empty",
)

# The sample rates simpleaudio accepts; a file at another rate would play nowhere but through a
# player program, so it is refused up front.
SAMPLE_RATES: Final = frozenset(
    {8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000, 192000}
)


class WavError(Exception):
    """A WAV file coach cannot use; `key` is the i18n message key (`sound.wav.*`, takes `path`)."""

    def __init__(self, key: str, path: Path) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.path = path


@dataclass(frozen=True, slots=True)
class WavData:
    """The PCM frames of a WAV file as stored (1 to 4 bytes a sample), and their format."""

    frames: bytes
    channels: int
    sampwidth: int
    rate: int


def read_wav(path: Path) -> WavData:
    """Read a PCM WAV file (8, 16, 24 or 32 bits, mono or stereo, a common rate).

    Raises `WavError` with the reason as a message key: missing, unreadable, not a WAV file, a
    format coach cannot play, or no sound in it.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WavError("sound.wav.missing", path) from None
    except OSError:  # a directory, no permission, an I/O error
        raise WavError("sound.wav.unreadable", path) from None
    return parse_wav_bytes(data, path)


def parse_wav_bytes(data: bytes, path: Path) -> WavData:
    """The frames of the WAV file `data` (read from `path`, named in errors)."""
    if len(data) < 12 or data[8:12] != b"WAVE":
        raise WavError("sound.wav.not_wav", path)
    if data[:4] != b"RIFF":  # RIFX (big-endian) and RF64 are WAV files, but rare and unsupported
        raise WavError("sound.wav.unsupported", path)
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            channels, sampwidth, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except wave.Error as error:
        # The wave module reads only integer PCM; float or compressed data says "unknown format".
        unsupported = "unknown format" in str(error)
        key = "sound.wav.unsupported" if unsupported else "sound.wav.unreadable"
        raise WavError(key, path) from None
    except (EOFError, ValueError, OSError):  # a truncated or garbled header
        raise WavError("sound.wav.unreadable", path) from None
    if channels not in (1, 2) or sampwidth not in (1, 2, 3, 4) or rate not in SAMPLE_RATES:
        raise WavError("sound.wav.unsupported", path)
    # Drop a trailing partial frame, which a truncated file may end with.
    frames = frames[: len(frames) - len(frames) % (channels * sampwidth)]
    if not frames:
        raise WavError("sound.wav.empty", path)
    return WavData(frames, channels, sampwidth, rate)


def check_wav(path: Path) -> str | None:
    """None if `path` is a WAV file coach can play, else the i18n key saying why not."""
    try:
        read_wav(path)
    except WavError as error:
        return error.key
    return None
