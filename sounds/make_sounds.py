"""Regenerate coach's cue sounds: `python sounds/make_sounds.py [OUT_DIR]` (default: this folder).

Standard library only and deterministic: the same code writes the same WAV files, so the committed
files can be checked against it. Every cue is 44.1 kHz, 16-bit, mono, peaks well below full scale
and is built from notes that fade in over a few milliseconds and out to exact silence, so no cue
starts or ends with a click. `sounds/README.md` says what each one means.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100

# Equal-tempered pitches (Hz) of the notes the cues use; C major keeps them friendly together.
C4, G4, A4 = 261.63, 392.00, 440.00
C5, D5, E5, G5, A5 = 523.25, 587.33, 659.25, 783.99, 880.00
C6, E6 = 1046.50, 1318.51

# (frequency multiple, relative amplitude) of the partials that give a note its colour.
PURE: tuple[tuple[float, float], ...] = ((1.0, 1.0),)
WARM = ((1.0, 1.0), (2.0, 0.25), (3.0, 0.08))
BELL = ((1.0, 1.0), (2.0, 0.35), (2.76, 0.18), (5.4, 0.06))
WOOD = ((1.0, 1.0), (2.0, 0.2))
MARIMBA = ((1.0, 1.0), (4.0, 0.15))


@dataclass(frozen=True)
class Note:
    """One note: where it starts in the cue, its pitch (optionally gliding) and its envelope."""

    at: float  # seconds from the start of the cue
    freq: float
    dur: float
    decay: float  # time constant of the exponential decay, seconds
    partials: Sequence[tuple[float, float]] = WARM
    attack: float = 0.012
    glide_to: float | None = None  # end frequency of a smooth pitch glide
    gain: float = 1.0


def _render(note: Note) -> list[float]:
    n = round(note.dur * RATE)
    attack_n = max(1, round(note.attack * RATE))
    # The last stretch fades to exact silence whatever the decay has left.
    release_n = max(1, min(round(0.03 * RATE), n // 3))
    out = [0.0] * n
    phase = 0.0
    end_freq = note.glide_to if note.glide_to is not None else note.freq
    for i in range(n):
        t = i / RATE
        # Exponential pitch glide: equal musical steps per unit of time.
        freq = note.freq * (end_freq / note.freq) ** (i / n)
        phase += 2.0 * math.pi * freq / RATE
        wave_value = sum(amp * math.sin(mult * phase) for mult, amp in note.partials)
        env = math.exp(-t / note.decay)
        if i < attack_n:  # raised-cosine attack from exactly zero
            env *= 0.5 - 0.5 * math.cos(math.pi * i / attack_n)
        left = n - 1 - i
        if left < release_n:  # raised-cosine release down to exactly zero
            env *= 0.5 - 0.5 * math.cos(math.pi * left / release_n)
        out[i] = note.gain * env * wave_value
    return out


def render(notes: Sequence[Note], peak: float) -> array[int]:
    """Mix `notes` and scale the mix so its loudest sample is `peak` of full scale."""
    length = max(round(n.at * RATE) + round(n.dur * RATE) for n in notes)
    mix = [0.0] * length
    for note in notes:
        start = round(note.at * RATE)
        for i, value in enumerate(_render(note)):
            mix[start + i] += value
    scale = peak * 32767 / max(abs(v) for v in mix)
    samples = array("h", (round(v * scale) for v in mix))
    # A few samples of silence at the end, so a player that pads or cuts never lands on sound.
    samples.extend([0] * 32)
    return samples


def _staccato(freqs: Sequence[float], step: float, dur: float = 0.09) -> list[Note]:
    return [Note(i * step, f, dur, decay=0.06, partials=WARM) for i, f in enumerate(freqs)]


def _arpeggio(freqs: Sequence[float], step: float, last_dur: float) -> list[Note]:
    notes = [Note(i * step, f, step + 0.08, decay=0.15) for i, f in enumerate(freqs[:-1])]
    notes.append(Note((len(freqs) - 1) * step, freqs[-1], last_dur, decay=last_dur / 2.5))
    return notes


# Each cue: how it is made. The shapes differ (click, bell, rising, falling glide, low hum, double
# tap, alternation, arpeggio) so they can be told apart with eyes closed, not only by pitch.
CUES: dict[str, Callable[[], array[int]]] = {
    "tick": lambda: render([Note(0, E6, 0.06, decay=0.015, partials=WOOD, attack=0.005)], 0.3),
    "get_ready": lambda: render([Note(0, A5, 0.9, decay=0.3, partials=BELL, attack=0.008)], 0.45),
    "start": lambda: render(_staccato([C5, C5], step=0.16), 0.45),
    "hold_start": lambda: render(
        [Note(0, C5, 0.14, decay=0.2), Note(0.11, G5, 0.5, decay=0.6)], 0.5
    ),
    "release": lambda: render(
        [Note(0, G5, 0.55, decay=0.5, partials=((1.0, 1.0), (2.0, 0.1)), glide_to=G4)], 0.45
    ),
    "rep": lambda: render([Note(0, G4, 0.18, decay=0.07, partials=MARIMBA, attack=0.006)], 0.45),
    "cue_change": lambda: render([Note(0, D5, 0.35, decay=0.15, partials=PURE, attack=0.02)], 0.35),
    "rest_start": lambda: render(
        [Note(0, C4, 0.9, decay=0.45, partials=((1.0, 1.0), (2.0, 0.3)), attack=0.05)], 0.45
    ),
    "rest_over": lambda: render(_staccato([E5, E5], step=0.16), 0.45),
    "waiting": lambda: render(
        [Note(0, E5, 0.4, decay=0.3, partials=BELL), Note(0.3, C5, 0.7, decay=0.35, partials=BELL)],
        0.45,
    ),
    "switch_sides": lambda: render(
        [Note(i * 0.11, f, 0.1, decay=0.08, partials=WOOD) for i, f in enumerate([A4, E5] * 2)],
        0.45,
    ),
    "set_done": lambda: render(_arpeggio([C5, E5, G5], step=0.1, last_dur=0.4), 0.5),
    "exercise_done": lambda: render(_arpeggio([C5, E5, G5, C6], step=0.11, last_dur=0.7), 0.5),
    "session_done": lambda: render(
        _arpeggio([C5, E5, G5], step=0.13, last_dur=0.3)
        + [Note(0.42, f, 1.1, decay=0.6, gain=0.6) for f in (C5, E5, G5, C6)],
        0.5,
    ),
    "paused": lambda: render(
        [Note(0, G4, 0.2, decay=0.15), Note(0.15, C4, 0.35, decay=0.15)], 0.35
    ),
    "resumed": lambda: render(
        [Note(0, C4, 0.2, decay=0.15), Note(0.15, G4, 0.35, decay=0.15)], 0.35
    ),
}


def write_wav(path: Path, samples: array[int]) -> None:
    """Write mono 16-bit little-endian samples as a WAV file."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


def make_all(out_dir: Path) -> list[Path]:
    """Write every cue into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in CUES.items():
        path = out_dir / f"{name}.wav"
        write_wav(path, make())
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for written_path in make_all(target):
        print(written_path)
