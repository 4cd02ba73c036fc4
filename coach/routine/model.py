"""The typed, immutable model of a routine file (format version 1).

The loader fills in every default (built-in, then the file's `defaults:`), so an `Exercise` carries
the values a session uses and nothing downstream needs to know where a value came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from coach.i18n import Language

Side = Literal["left", "right"]
# Where an exercise is done (`posture:`); the first two are on the floor.
Posture = Literal["lying", "all_fours", "sitting", "standing"]
FLOOR_POSTURES: frozenset[Posture] = frozenset({"lying", "all_fours"})

_NO_SOUNDS: Mapping[str, Path] = MappingProxyType({})

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


# How a dose grows (issue 6): built-in progression settings, see docs/routine-format.md.
BUILTIN_GOOD_SESSIONS = 2
BUILTIN_REPS_STEP = 1
BUILTIN_HOLD_STEP_S = 1.0
BUILTIN_GOOD_PAIN_RISE = 1
BUILTIN_FLARE_PAIN_RISE = 2
# Coach's own (the article says only "over weeks and months"): at least this many days (48 h)
# between two steps up of an exercise. A routine may ask for more, never for less.
MIN_DAYS_BETWEEN_STEPS = 2
BUILTIN_DAYS_BETWEEN_STEPS = MIN_DAYS_BETWEEN_STEPS


@dataclass(frozen=True, slots=True)
class Progression:
    """How one exercise's dose moves through its ranges from session to session.

    A session is *good* when pain after is at most `good_pain_rise` above pain before, a *flare*
    when it is at least `flare_pain_rise` above. After `good_sessions` good sessions in a row the
    dose steps up; two flares in a row step it down. `duration_step` None means a quarter of the
    exercise's duration range. Two steps up are at least `days_between_steps` days apart.
    """

    enabled: bool = True
    good_sessions: int = BUILTIN_GOOD_SESSIONS
    reps_step: int = BUILTIN_REPS_STEP
    hold_step: float = BUILTIN_HOLD_STEP_S
    duration_step: float | None = None
    good_pain_rise: int = BUILTIN_GOOD_PAIN_RISE
    flare_pain_rise: int = BUILTIN_FLARE_PAIN_RISE
    days_between_steps: int = BUILTIN_DAYS_BETWEEN_STEPS


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often the routine is meant to be done: `times` sessions a day or a week."""

    times: int
    period: Literal["day", "week"]

    @property
    def per_week(self) -> int:
        """Sessions a week this frequency asks for."""
        return self.times * 7 if self.period == "day" else self.times


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
    posture: Posture | None = None  # None: the routine does not say
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
    progression: Progression = Progression()

    @property
    def is_timed(self) -> bool:
        return self.duration is not None

    @property
    def on_floor(self) -> bool:
        """True when the exercise is done lying or on all fours (a mat, not a chair)."""
        return self.posture in FLOOR_POSTURES


# When the pain questions are asked (issue 5): before and after the session, or also after each
# exercise.
PainCheck = Literal["session", "after_each_exercise"]


@dataclass(frozen=True, slots=True)
class RedFlagQuestion:
    """A routine's own red-flag question, asked with the article's before a session.

    Any "yes" stops the session before it starts, with `advice` (None: the article's "contact a
    doctor immediately").
    """

    question: str
    advice: str | None = None


@dataclass(frozen=True, slots=True)
class Routine:
    """A whole routine file."""

    title: str
    exercises: tuple[Exercise, ...]
    language: Language = "en"
    description: str | None = None
    author: str | None = None
    sources: tuple[str, ...] = ()
    frequency: Frequency | None = None  # how often it is meant to be done; None: not said
    # The routine's own sounds (`sounds:`): cue name -> WAV file, resolved against the routine's
    # folder. Read-only; left out of the hash (a mapping has none), not out of equality.
    sounds: Mapping[str, Path] = field(default_factory=lambda: _NO_SOUNDS, hash=False)
    red_flags: tuple[RedFlagQuestion, ...] = ()  # the routine's own, after the article's
    pain_check: PainCheck = "session"
    flash: bool = False  # flash the screen when a hold ends (noisy rooms, hard of hearing)
    # Where the routine was read from; None for one built in code (tests).
    path: Path | None = field(default=None, compare=False)
