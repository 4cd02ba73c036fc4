"""The typed, immutable model of a routine file (format version 1).

The loader fills in every default (built-in, then the file's `defaults:`), so an `Exercise` carries
the values a session uses and nothing downstream needs to know where a value came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from coach.i18n import Language

Side = Literal["left", "right"]

BUILTIN_PREPARE_S = 5.0
BUILTIN_REST_BETWEEN_REPS_S = 2.0
BUILTIN_REST_BETWEEN_SETS_S = 30.0


@dataclass(frozen=True, slots=True)
class IntRange:
    """A count or a range of counts (`10` or `10-15`); `low == high` for a single count."""

    low: int
    high: int

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True, slots=True)
class SecondsRange:
    """A duration or a range of durations in seconds (`5s` or `3-5s`)."""

    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True, slots=True)
class Cue:
    """One prompt of a timed exercise's cue cycle."""

    text: str
    seconds: float


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise, with every default already applied.

    Exactly one of `reps` and `duration` is set. A rep-based exercise with a `hold` times each
    rep; without a hold, reps are counted every `pace` seconds, or by the patient when `pace` is
    None.
    """

    name: str
    reps: IntRange | None = None
    duration: SecondsRange | None = None
    sets: int = 1
    position: str | None = None
    instructions: str | None = None
    hold: SecondsRange | None = None
    hold_cue: str | None = None
    release_cue: str | None = None
    cues: tuple[Cue, ...] = ()
    sides: tuple[Side, ...] = ()
    pace: float | None = None
    prepare: float = BUILTIN_PREPARE_S
    rest_between_reps: float = BUILTIN_REST_BETWEEN_REPS_S
    rest_between_sets: float = BUILTIN_REST_BETWEEN_SETS_S
    # When true, the between-set prompt waits for the patient instead of continuing by itself
    # when the rest ends.
    wait_between_sets: bool = False

    @property
    def is_timed(self) -> bool:
        return self.duration is not None


@dataclass(frozen=True, slots=True)
class Routine:
    """A whole routine file."""

    title: str
    exercises: tuple[Exercise, ...]
    language: Language = "en"
    description: str | None = None
    author: str | None = None
    sources: tuple[str, ...] = ()
    # Where the routine was read from; None for one built in code (tests).
    path: Path | None = field(default=None, compare=False)
