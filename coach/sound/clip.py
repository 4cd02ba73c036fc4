"""A sound in memory: 16-bit PCM frames and their format, read from WAV files, scaled for volume.

Standard library only; WAV files are read by `coach.routine.wavfile`, the same code with which
`coach check` validates a routine's own sound files.
"""

from __future__ import annotations

import io
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from coach.routine.wavfile import WavData, WavError, read_wav

# A file coach cannot use: raised by `read_clip` with the reason as a message key.
ClipError = WavError


@dataclass(frozen=True, slots=True)
class Clip:
    """Mono or stereo 16-bit little-endian PCM frames, ready for any backend."""

    name: str
    frames: bytes
    channels: int = 1
    rate: int = 44100

    @property
    def sampwidth(self) -> int:
        """Bytes per sample: every clip is 16-bit (files are converted on reading)."""
        return 2

    @property
    def seconds(self) -> float:
        """How long the clip plays."""
        return len(self.frames) / (self.sampwidth * self.channels * self.rate)

    def scaled(self, volume: int) -> Clip:
        """This clip at `volume` percent (0–100) of its recorded loudness."""
        if volume >= 100:
            return self
        samples = _samples(self.frames)
        factor = max(volume, 0) / 100
        # int() truncates toward zero, so scaling is symmetric around silence.
        scaled = array("h", [int(s * factor) for s in samples])
        return Clip(f"{self.name}@{volume}", _frames(scaled), self.channels, self.rate)

    def to_wav(self) -> bytes:
        """The clip as a complete WAV file (for player programs)."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(self.channels)
            out.setsampwidth(self.sampwidth)
            out.setframerate(self.rate)
            out.writeframes(self.frames)
        return buffer.getvalue()


def silence(seconds: float, rate: int = 44100) -> Clip:
    """A clip of silence."""
    return Clip("silence", bytes(2 * round(seconds * rate)), 1, rate)


def read_clip(path: Path, name: str | None = None) -> Clip:
    """Read a PCM WAV file (8, 16, 24 or 32 bits, mono or stereo) into a 16-bit clip.

    Raises `ClipError` with the reason as a message key: missing, unreadable, not a WAV file,
    a format coach cannot play, or no sound in it (the routine loader's `read_wav` decides).
    """
    return _clip(read_wav(path), name or path.stem)


def _clip(wav: WavData, name: str) -> Clip:
    return Clip(name, _to_16_bit(wav.frames, wav.sampwidth), wav.channels, wav.rate)


def _to_16_bit(frames: bytes, sampwidth: int) -> bytes:
    if sampwidth == 2:
        return frames
    count = len(frames) // sampwidth
    out = bytearray(2 * count)
    if sampwidth == 1:  # unsigned 8-bit: flip the sign bit, it becomes the high byte
        out[1::2] = frames.translate(bytes((b ^ 0x80) for b in range(256)))
    else:  # 24 and 32 bits, little-endian: keep the two most significant bytes
        out[0::2] = frames[sampwidth - 2 :: sampwidth]
        out[1::2] = frames[sampwidth - 1 :: sampwidth]
    return bytes(out)


def _samples(frames: bytes) -> array[int]:
    samples = array("h", frames)
    if sys.byteorder == "big":  # WAV data is little-endian
        samples.byteswap()
    return samples


def _frames(samples: array[int]) -> bytes:
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()
