"""The routine file format (version 1), declared once as msgspec structs.

These structs are not the model (that is `coach.routine.model`, with every default applied): they
describe what an author may write. The checker reads the known keys, the types and their bounds
from them and validates values with msgspec; `coach schema` turns them into the JSON Schema
editors use. Durations and counts are written as text (`3–5 s`, `10-15`), so their fields carry a
marker telling the checker which parser reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Final, Literal

from msgspec import UNSET, Meta, Struct, UnsetType

from coach.routine.durations import COUNT_PATTERN, DURATION_PATTERN, MAX_COUNT, MAX_SECONDS
from coach.routine.frequency import FREQUENCY_PATTERN, MAX_PER_DAY, MAX_PER_WEEK
from coach.routine.model import (
    BUILTIN_FLARE_PAIN_RISE,
    BUILTIN_GOOD_PAIN_RISE,
    BUILTIN_GOOD_SESSIONS,
    BUILTIN_HOLD_STEP_S,
    BUILTIN_PREPARE_S,
    BUILTIN_REPS_STEP,
    BUILTIN_REST_BETWEEN_REPS_S,
    BUILTIN_REST_BETWEEN_SETS_S,
    MIN_DAYS_BETWEEN_STEPS,
)
from coach.routine.wavfile import CUE_NAMES, CueName


@dataclass(frozen=True, slots=True)
class DurationField:
    """Marks a field read by `parse_duration`."""

    allow_range: bool
    allow_zero: bool


@dataclass(frozen=True, slots=True)
class CountField:
    """Marks a field read by `parse_count`."""


@dataclass(frozen=True, slots=True)
class FrequencyField:
    """Marks a field read by `parse_frequency`."""


@dataclass(frozen=True, slots=True)
class ChoiceWords:
    """Marks a choice written in other words too: each maps a word to the value it means.

    `anywhere` are read in every routine; `nb` only in a routine with `language: nb` (in any
    other, they are a mistake whose hint names the value).
    """

    anywhere: tuple[tuple[str, str], ...]
    nb: tuple[tuple[str, str], ...] = ()

    def allowed(self, language: str) -> dict[str, str]:
        """Every word a routine in `language` may write, and the value it means."""
        return dict(self.anywhere + (self.nb if language == "nb" else ()))


_DURATION_HELP = (
    " Seconds as a number, or text with a unit: 5s, 5 s, 90s, 1min, 1m30s, 1:30, 1.5min, 2 min,"
    " or in Norwegian: 5 sek, 10 sekunder, 1 minutt, 2 minutter."
)
_RANGE_HELP = " A range (3-5s, 3–5 s, 1-2min) is allowed; a session uses its low end."
# Durations are numbers (seconds) or text; the text pattern is the one the parser uses.
_DurationJson = (
    Annotated[float, Meta(ge=0, le=MAX_SECONDS)] | Annotated[str, Meta(pattern=DURATION_PATTERN)]
)
_SINGLE = DurationField(allow_range=False, allow_zero=True)
_POSITIVE = DurationField(allow_range=False, allow_zero=False)
_POSITIVE_RANGE = DurationField(allow_range=True, allow_zero=False)

# Text fields; the bounds keep one runaway value from filling a screen.
Name = Annotated[str, Meta(min_length=1, max_length=120)]
Text = Annotated[str, Meta(min_length=1, max_length=2000)]

Prepare = Annotated[
    _DurationJson,
    Meta(
        description=f"Get-ready countdown before each exercise (built-in default"
        f" {BUILTIN_PREPARE_S:g} s).{_DURATION_HELP}",
        examples=["5s", 10],
    ),
    _SINGLE,
]
RestBetweenReps = Annotated[
    _DurationJson,
    Meta(
        description=f"Rest after each rep (built-in default {BUILTIN_REST_BETWEEN_REPS_S:g} s)."
        f"{_DURATION_HELP}",
        examples=["2s", 0],
    ),
    _SINGLE,
]
RestBetweenSets = Annotated[
    _DurationJson,
    Meta(
        description=f"Rest after each set (built-in default {BUILTIN_REST_BETWEEN_SETS_S:g} s)."
        f"{_DURATION_HELP}",
        examples=["30s", "1min"],
    ),
    _SINGLE,
]
WaitBetweenSets = Annotated[
    bool,
    Meta(
        description="When true, the session waits for the patient to continue after the rest"
        " between sets instead of going on by itself (built-in default false)."
    ),
]
CueText = Annotated[Name, Meta(description="Words shown and spoken, e.g. Breathe in.")]
CueSeconds = Annotated[
    _DurationJson,
    Meta(description=f"How long this prompt lasts.{_DURATION_HELP}", examples=[4, "4s"]),
    _POSITIVE,
]
ExerciseName = Annotated[Name, Meta(description="The exercise's name, e.g. Pelvic tilt.")]
Position = Annotated[Text, Meta(description="How to start, e.g. Lie on your back.")]
Instructions = Annotated[Text, Meta(description="What to do, in words the patient understands.")]
Sets = Annotated[int, Meta(ge=1, le=100, description="How many sets (default 1).")]
Reps = Annotated[
    int | Annotated[str, Meta(pattern=COUNT_PATTERN)],
    Meta(
        description=f"Makes the exercise rep-based: reps per set (and per side), a count (10) or"
        f" a range (10-15, 10–15), at most {MAX_COUNT}. A session uses the low end of a range.",
        examples=[10, "10-15"],
    ),
    CountField(),
]
Duration = Annotated[
    _DurationJson,
    Meta(
        description=f"Makes the exercise timed: how long it lasts.{_DURATION_HELP}{_RANGE_HELP}",
        examples=["1-2min", "90s"],
    ),
    _POSITIVE_RANGE,
]
Hold = Annotated[
    _DurationJson,
    Meta(
        description=f"A hold inside every rep.{_DURATION_HELP}{_RANGE_HELP}",
        examples=["5s", "3-5s"],
    ),
    _POSITIVE_RANGE,
]
HoldCue = Annotated[Name, Meta(description="Words during the hold, e.g. Press your back down.")]
ReleaseCue = Annotated[Name, Meta(description="Words when the hold ends, e.g. Relax.")]
Pace = Annotated[
    _DurationJson,
    Meta(
        description="Reps without a hold: count one rep every this many seconds (without a pace,"
        f" the patient taps a key for each rep).{_DURATION_HELP}",
        examples=["4s"],
    ),
    _POSITIVE,
]
# Sides as written (issue 11): left and right, L and R anywhere; venstre, høyre, V and H in a
# routine with `language: nb`. The model only ever holds left and right.
SIDE_WORDS: Final = ChoiceWords(
    anywhere=(("left", "left"), ("right", "right"), ("L", "left"), ("R", "right")),
    nb=(("venstre", "left"), ("høyre", "right"), ("V", "left"), ("H", "right")),
)
SideWord = Annotated[
    Literal["left", "right", "L", "R", "venstre", "høyre", "V", "H"],
    SIDE_WORDS,
]
Sides = Annotated[
    list[SideWord],
    Meta(
        min_length=1,
        max_length=2,
        description="Every set is done once per side, with a prompt to switch sides: left and"
        " right (or L and R); in a routine with language: nb also venstre and høyre (or V and H).",
        examples=[["left", "right"], ["venstre", "høyre"]],
    ),
]
Posture = Annotated[
    Literal["lying", "all_fours", "sitting", "standing"],
    Meta(
        description="Where the exercise is done: lying or all_fours (on the floor, on a mat),"
        " sitting (on a chair) or standing. A kiosk without a mat area refuses floor exercises.",
        examples=["lying", "sitting"],
    ),
]
Title = Annotated[Name, Meta(description="The routine's name, shown in the picker.")]
LanguageCode = Annotated[
    Literal["en", "nb"],
    Meta(
        description="The language the session speaks: en (English, the default) or nb (Norwegian)."
    ),
]
Description = Annotated[Text, Meta(description="Who the routine is for, shown in the picker.")]
Author = Annotated[Name, Meta(description="Who wrote the routine.")]
Sources = Annotated[
    list[Text], Meta(min_length=1, description="Citations the routine is based on.")
]
Frequency = Annotated[
    str,
    Meta(
        pattern=FREQUENCY_PATTERN,
        description="How often the routine is meant to be done: 3/week, 3 times a week, daily,"
        f" 2/day, or in Norwegian 3/uke, 3 ganger i uka, daglig (at most {MAX_PER_DAY} a day or"
        f" {MAX_PER_WEEK} a week). The history compares the sessions done with it.",
        examples=["3/week", "daily", "2/day"],
    ),
    FrequencyField(),
]
GoodSessions = Annotated[
    int,
    Meta(
        ge=1,
        le=20,
        description="Good sessions in a row (at the same dose) before the dose steps up"
        f" (default {BUILTIN_GOOD_SESSIONS}).",
    ),
]
RepsStep = Annotated[
    int,
    Meta(
        ge=1,
        le=100,
        description=f"Reps added by one step up (default {BUILTIN_REPS_STEP}).",
    ),
]
HoldStep = Annotated[
    _DurationJson,
    Meta(
        description=f"Seconds of hold added by one step up (default {BUILTIN_HOLD_STEP_S:g} s)."
        f"{_DURATION_HELP}",
        examples=["1s", "2s"],
    ),
    _POSITIVE,
]
DurationStep = Annotated[
    _DurationJson,
    Meta(
        description="Time added to a timed exercise by one step up (default: a quarter of its"
        f" duration range, 15 s for 1-2min).{_DURATION_HELP}",
        examples=["15s", "30s"],
    ),
    _POSITIVE,
]
DaysBetweenSteps = Annotated[
    int,
    Meta(
        # No `ge`: a smaller number is read, so that `coach check` can say why it is not allowed
        # (at the key, with a hint); editors are told the real minimum.
        le=60,
        description="Days between two steps up of an exercise, at least"
        f" {MIN_DAYS_BETWEEN_STEPS} (48 h, coach's own minimum; the default): a routine may ask"
        " for more, never for less.",
        extra_json_schema={"minimum": MIN_DAYS_BETWEEN_STEPS},
    ),
]
GoodPainRise = Annotated[
    int,
    Meta(
        ge=0,
        le=9,
        description="A session is good when pain after (0-10) is at most this much above pain"
        f" before (default {BUILTIN_GOOD_PAIN_RISE}).",
    ),
]
FlarePainRise = Annotated[
    int,
    Meta(
        ge=1,
        le=10,
        description="A session is a flare when pain after is at least this much above pain"
        f" before (default {BUILTIN_FLARE_PAIN_RISE}): one holds the dose, two in a row step it"
        " down. Must be above good_pain_rise.",
    ),
]


class Cue(Struct, forbid_unknown_fields=True, kw_only=True):
    """One prompt of a timed exercise's cue cycle."""

    text: CueText
    seconds: CueSeconds


class Progression(Struct, forbid_unknown_fields=True, kw_only=True):
    """How doses move through the ranges (reps 10-15, hold 3-5s, duration 1-2min), guided by
    pain; every key is optional."""

    good_sessions: GoodSessions | UnsetType = UNSET
    reps_step: RepsStep | UnsetType = UNSET
    hold_step: HoldStep | UnsetType = UNSET
    duration_step: DurationStep | UnsetType = UNSET
    good_pain_rise: GoodPainRise | UnsetType = UNSET
    flare_pain_rise: FlarePainRise | UnsetType = UNSET
    days_between_steps: DaysBetweenSteps | UnsetType = UNSET


ProgressionSetting = Annotated[
    Literal["off", "on"] | Progression,
    Meta(
        description="Progression through the exercise's ranges: a patient starts at the low end"
        " and steps up after good sessions, never past the high end. off keeps the low end; a"
        " mapping tunes it (an exercise's own progression changes the routine's key by key).",
    ),
]

SoundFile = Annotated[
    str,
    Meta(
        min_length=1,
        description="A WAV file (PCM, mono or stereo, 8/16/24/32-bit), relative to the routine"
        " file.",
        examples=["lyd/hold.wav"],
    ),
]
Sounds = Annotated[
    dict[CueName, SoundFile],
    Meta(
        description="The routine's own sounds instead of coach's: cue name -> WAV file, e.g."
        " hold_start: lyd/hold.wav (a physiotherapist's recorded voice). See docs/sound.md.",
        # msgspec leaves the key names out of the schema; editors complete them from this.
        extra_json_schema={"propertyNames": {"enum": list(CUE_NAMES)}},
    ),
]


class Defaults(Struct, forbid_unknown_fields=True, kw_only=True):
    """Values for every exercise of the routine; an exercise may set its own instead."""

    prepare: Prepare | UnsetType = UNSET
    rest_between_reps: RestBetweenReps | UnsetType = UNSET
    rest_between_sets: RestBetweenSets | UnsetType = UNSET
    wait_between_sets: WaitBetweenSets | UnsetType = UNSET


class Exercise(Struct, forbid_unknown_fields=True, kw_only=True):
    """One exercise: rep-based (with `reps`) or timed (with `duration`), never both."""

    name: ExerciseName
    posture: Posture | UnsetType = UNSET
    position: Position | UnsetType = UNSET
    instructions: Instructions | UnsetType = UNSET
    sets: Sets | UnsetType = UNSET
    reps: Reps | UnsetType = UNSET
    duration: Duration | UnsetType = UNSET
    hold: Hold | UnsetType = UNSET
    hold_cue: HoldCue | UnsetType = UNSET
    release_cue: ReleaseCue | UnsetType = UNSET
    cues: (
        Annotated[
            list[Cue],
            Meta(
                min_length=1,
                description="Timed exercises: prompts repeated for the whole duration.",
            ),
        ]
        | UnsetType
    ) = UNSET
    sides: Sides | UnsetType = UNSET
    pace: Pace | UnsetType = UNSET
    prepare: Prepare | UnsetType = UNSET
    rest_between_reps: RestBetweenReps | UnsetType = UNSET
    rest_between_sets: RestBetweenSets | UnsetType = UNSET
    wait_between_sets: WaitBetweenSets | UnsetType = UNSET
    progression: ProgressionSetting | UnsetType = UNSET


# The article's four red flags and at most five of the routine's own: one number key each.
MAX_ROUTINE_RED_FLAGS = 5

RedFlagQuestion = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=200,
        description="A symptom to ask about, in the patient's words, shown under \"Do you have"
        " any of these right now?\" with the article's red flags. Any yes stops the session"
        " before it starts.",
        examples=["New or increasing pain in your chest"],
    ),
]
RedFlagAdvice = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=500,
        description="What to do when the patient has it, shown instead of the session (default:"
        " This is a red flag. Contact a doctor immediately.). The emergency number is always"
        " added.",
        examples=["Call your doctor before you train again."],
    ),
]


class RedFlag(Struct, forbid_unknown_fields=True, kw_only=True):
    """One of the routine's own red-flag questions, and what to do on a yes."""

    question: RedFlagQuestion
    advice: RedFlagAdvice | UnsetType = UNSET


RedFlags = Annotated[
    list[RedFlag],
    Meta(
        min_length=1,
        max_length=MAX_ROUTINE_RED_FLAGS,
        description="The routine's own red-flag questions, asked after the article's (sudden"
        " paralysis or weakness in the legs, reduced bladder or bowel control, widespread"
        " numbness between the legs or in the buttocks, a fall or injury or a suspected fracture"
        f" or prolapse) before every session of this routine; at most {MAX_ROUTINE_RED_FLAGS}.",
    ),
]
PainCheck = Annotated[
    Literal["session", "after_each_exercise"],
    Meta(
        description="When the patient is asked about pain (0-10): session (before and after the"
        " session, the default) or after_each_exercise (also after every exercise).",
    ),
]
Flash = Annotated[
    bool,
    Meta(
        description="When true, the session screen flashes when a hold ends, for a noisy room or"
        " a patient who is hard of hearing (default false; the patient can turn it on or off"
        " with the f key).",
    ),
]


class Routine(Struct, forbid_unknown_fields=True, kw_only=True):
    """A coach routine file (format version 1)."""

    title: Title
    language: LanguageCode | UnsetType = UNSET
    description: Description | UnsetType = UNSET
    author: Author | UnsetType = UNSET
    sources: Sources | UnsetType = UNSET
    frequency: Frequency | UnsetType = UNSET
    progression: ProgressionSetting | UnsetType = UNSET
    sounds: Sounds | UnsetType = UNSET
    red_flags: RedFlags | UnsetType = UNSET
    pain_check: PainCheck | UnsetType = UNSET
    flash: Flash | UnsetType = UNSET
    defaults: (
        Annotated[Defaults, Meta(description="Overrides the built-in defaults for every exercise.")]
        | UnsetType
    ) = UNSET
    exercises: Annotated[list[Exercise], Meta(min_length=1, description="The exercises, in order.")]
