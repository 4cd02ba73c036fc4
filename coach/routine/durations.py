"""Durations and counts the way physiotherapists write them: `5 s`, `1:30`, `1–2 min`, `10-15`.

One regular expression describes a single duration; the parser uses it (with named groups) and the
JSON Schema uses the same text (without them), so editors and `coach check` agree on what is valid.
"""

from __future__ import annotations

import math
import re
from typing import Final

from coach.routine.model import IntRange, SecondsRange

MAX_SECONDS: Final = 2 * 60 * 60  # nothing in a routine lasts longer; more is a typo
MAX_COUNT: Final = 1000

# Digits are bounded so that no text, however long, makes int() or float() slow or fail.
_NUMBER = r"[0-9]{1,6}(?:[.,][0-9]{1,6})?"  # a decimal comma too, as Norwegians write it
_SECONDS = r"(?:sekunder|sekund|seconds|second|secs|sec|sek|s)"
_MINUTES = r"(?:minutter|minutt|minutes|minute|mins|min|m)"
_AMOUNT = (
    r"(?:(?P<clock_min>[0-9]{1,4}):(?P<clock_sec>[0-5][0-9])"  # 1:30
    rf"|(?P<min>{_NUMBER}) *{_MINUTES} *(?P<sec>{_NUMBER}) *{_SECONDS}?"  # 1m30s, 1 min 30 s
    rf"|(?P<number>{_NUMBER}) *(?:(?P<s>{_SECONDS})|(?P<m>{_MINUTES}))?)"  # 90, 90s, 1.5 min
)
_DASH = r" *[-–] *"  # a hyphen, or an en dash as the article writes ranges

_AMOUNT_RE: Final = re.compile(_AMOUNT)
# A whole number of seven digits or more: beyond what the patterns read, but plainly a number,
# so the value is too large rather than unreadable (`1-9999999999 min`).
_HUGE_RE: Final = re.compile(r"(?<![0-9.,])0*[1-9][0-9]{6,}")
_DASH_RE: Final = re.compile(_DASH)
_COUNT_RE: Final = re.compile(rf" *([0-9]{{1,6}})(?:{_DASH}([0-9]{{1,6}}))? *")


def _without_group_names(pattern: str) -> str:
    # JSON Schema patterns are ECMA 262 regular expressions, which spell named groups differently.
    return re.sub(r"\(\?P<\w+>", "(", pattern)


DURATION_PATTERN: Final = _without_group_names(rf"^ *{_AMOUNT}(?:{_DASH}{_AMOUNT})? *$")
COUNT_PATTERN: Final = rf"^ *[0-9]{{1,6}}(?:{_DASH}[0-9]{{1,6}})? *$"


class BadValueError(ValueError):
    """A duration or count that cannot be read; `key` names its message in the i18n catalog."""

    def __init__(self, code: str, text: str, **params: object) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.params: dict[str, object] = {"text": text, **params}

    @property
    def key(self) -> str:
        """The catalog key of the message explaining the problem."""
        return f"routine.{self.code}"


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _amount(text: str, whole: str) -> tuple[float, float | None]:
    """Seconds of one end of a range, and the unit (in seconds) a bare number at the other end
    takes: None when this end is itself a bare number, seconds after a clock time like 1:30."""
    match = _AMOUNT_RE.fullmatch(text)
    if match is None:
        if _HUGE_RE.search(text) and _AMOUNT_RE.fullmatch(_HUGE_RE.sub("999999", text)):
            raise BadValueError("duration-too-long", whole, limit=MAX_SECONDS // 3600)
        raise BadValueError("bad-duration", whole)
    if match["clock_min"] is not None:
        return float(int(match["clock_min"]) * 60 + int(match["clock_sec"])), 1.0
    if match["min"] is not None:
        return _number(match["min"]) * 60 + _number(match["sec"]), 1.0
    unit = 60.0 if match["m"] else 1.0 if match["s"] else None
    return _number(match["number"]) * (unit or 1.0), unit


def _check_range(low: float, high: float, whole: str) -> None:
    if not low < high:
        raise BadValueError("range-order", whole)


def parse_duration(value: str | float) -> SecondsRange:
    """Seconds (or a range of seconds) from `5`, `5s`, `1m30s`, `1:30`, `1.5 min`, `3–5 sek`…

    A bare number is seconds; in a range a bare end takes the unit of the other (`1-2min`).
    Raises `BadValueError` for anything else, for a range whose low end is not below its high
    end, and for durations over two hours.
    """
    if isinstance(value, bool):
        raise BadValueError("bad-duration", str(value).lower())
    if isinstance(value, int | float):
        if not math.isfinite(value) or value < 0:
            raise BadValueError("bad-duration", str(value))
        return _bounded(SecondsRange(float(value), float(value)), str(value))
    text = value.strip()
    parts = _DASH_RE.split(text)
    if len(parts) == 1:
        seconds, _ = _amount(text, text)
        return _bounded(SecondsRange(seconds, seconds), text)
    if len(parts) != 2:
        raise BadValueError("bad-duration", text)
    (low, low_unit), (high, high_unit) = _amount(parts[0], text), _amount(parts[1], text)
    if low_unit is None and high_unit is not None:
        low *= high_unit
    elif high_unit is None and low_unit is not None:
        high *= low_unit
    _check_range(low, high, text)
    return _bounded(SecondsRange(low, high), text)


def _bounded(seconds: SecondsRange, text: str) -> SecondsRange:
    if seconds.high > MAX_SECONDS:
        raise BadValueError("duration-too-long", text, limit=MAX_SECONDS // 3600)
    return seconds


def parse_count(value: str | int) -> IntRange:
    """A count (`10`) or a range of counts (`10-15`, `10–15`) of at least 1 and at most 1000."""
    if isinstance(value, bool):
        raise BadValueError("bad-count", str(value).lower())
    if isinstance(value, int):
        low = high = value
        text = str(value)
    else:
        text = value.strip()
        match = _COUNT_RE.fullmatch(text)
        if match is None:
            if _HUGE_RE.search(text) and _COUNT_RE.fullmatch(_HUGE_RE.sub("999999", text)):
                raise BadValueError("count-too-large", text, limit=MAX_COUNT)
            raise BadValueError("bad-count", text)
        low = int(match[1])
        high = int(match[2]) if match[2] is not None else low
        if match[2] is not None:
            _check_range(low, high, text)
    if low < 1:
        raise BadValueError("count-too-small", text)
    if high > MAX_COUNT:
        raise BadValueError("count-too-large", text, limit=MAX_COUNT)
    return IntRange(low, high)
