"""What a routine's `sounds:` mapping may name, and whether a WAV file will play.

For the routine loader and `coach check`: standard library only, and no audio is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal, get_args

from coach.sound.clip import ClipError, read_clip

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

# The message keys `check_wav` returns; each message takes one placeholder, `path`.
WAV_PROBLEM_KEYS: Final = (
    "sound.wav.missing",
    "sound.wav.unreadable",
    "sound.wav.not_wav",
    "sound.wav.unsupported",
    "sound.wav.empty",
)


def check_wav(path: Path) -> str | None:
    """None if `path` is a WAV file coach can play, else the i18n key saying why not."""
    try:
        read_clip(path)
    except ClipError as error:
        return error.key
    return None
