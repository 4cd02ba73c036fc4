"""How often a routine is meant to be done, as people write it: `3/week`, `daily`, `2 ganger om
dagen`.

As with durations, one regular expression describes the text; the parser uses it and the JSON
Schema carries the same pattern, so editors and `coach check` agree.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from coach.routine.durations import BadValueError
from coach.routine.model import Frequency

# Nobody trains more often than this; more is a typo (and a history screen could not show it).
MAX_PER_DAY: Final = 3
MAX_PER_WEEK: Final = 21

_DAY = r"(?:day|dag|dagen|døgn|døgnet)"
_WEEK = r"(?:week|uke|uka|veke|veka)"
_TIMES = r"(?:x|×|times|ganger|gang)"
_PER = r"(?:/|per|a|an|i|om|in)"
_WORDS: Final = {
    "daily": Frequency(1, "day"),
    "every day": Frequency(1, "day"),
    "daglig": Frequency(1, "day"),
    "hver dag": Frequency(1, "day"),
    "weekly": Frequency(1, "week"),
    "ukentlig": Frequency(1, "week"),
}
# Spaces inside a word as ` +`: JSON Schema's regular expressions have no escaped space.
_WORD_PATTERN = "|".join(word.replace(" ", " +") for word in _WORDS)
_COUNT = rf"([0-9]{{1,3}}) *(?:{_TIMES})? *{_PER} *({_DAY}|{_WEEK})"

_COUNT_RE: Final = re.compile(rf" *{_COUNT} *")
_DAY_RE: Final = re.compile(_DAY)
FREQUENCY_PATTERN: Final = rf"^ *(?:{_WORD_PATTERN}|{_COUNT}) *$"


def parse_frequency(value: object) -> Frequency:
    """A frequency from `3/week`, `3 per week`, `3 times a week`, `2/day`, `daily`, `weekly`,
    or in Norwegian `3/uke`, `3 ganger i uka`, `2 ganger om dagen`, `daglig`.

    Raises `BadValueError` for anything else, for zero, and for more than `MAX_PER_DAY` a day
    or `MAX_PER_WEEK` a week.
    """
    if not isinstance(value, str):
        raise BadValueError("bad-frequency", str(value).lower())
    text = value.strip()
    word = _WORDS.get(" ".join(text.split()))
    if word is not None:
        return word
    match = _COUNT_RE.fullmatch(text)
    if match is None:
        raise BadValueError("bad-frequency", text)
    times = int(match[1])
    period: Literal["day", "week"] = "day" if _DAY_RE.fullmatch(match[2]) else "week"
    if times < 1:
        raise BadValueError("count-too-small", text)
    if times > (MAX_PER_DAY if period == "day" else MAX_PER_WEEK):
        raise BadValueError(
            "frequency-too-high", text, day_limit=MAX_PER_DAY, week_limit=MAX_PER_WEEK
        )
    return Frequency(times, period)
