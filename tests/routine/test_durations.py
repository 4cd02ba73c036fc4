"""Durations and counts as physiotherapists write them, in English and Norwegian."""

from __future__ import annotations

import re

import pytest

from coach.routine.durations import (
    COUNT_PATTERN,
    DURATION_PATTERN,
    BadValueError,
    parse_count,
    parse_duration,
)
from coach.routine.model import IntRange, SecondsRange

DURATIONS = [
    ("5", 5, 5),
    ("5s", 5, 5),
    ("5 s", 5, 5),
    ("90s", 90, 90),
    ("1min", 60, 60),
    ("1m30s", 90, 90),
    ("1 min 30 s", 90, 90),
    ("1:30", 90, 90),
    ("0:05", 5, 5),
    ("1.5min", 90, 90),
    ("1,5 min", 90, 90),
    ("2 min", 120, 120),
    ("5 sek", 5, 5),
    ("10 sekunder", 10, 10),
    ("1 minutt", 60, 60),
    ("2 minutter", 120, 120),
    ("3-5s", 3, 5),
    ("3–5 s", 3, 5),  # an en dash, as the article writes it
    ("3 – 5 sek", 3, 5),
    ("1-2min", 60, 120),
    ("1–2 min", 60, 120),
    ("30s-1min", 30, 60),
    ("1:00-1:30", 60, 90),
]


@pytest.mark.parametrize(("text", "low", "high"), DURATIONS)
def test_duration_forms(text: str, low: float, high: float) -> None:
    assert parse_duration(text) == SecondsRange(low, high)


@pytest.mark.parametrize("number", [0, 5, 2.5, 90])
def test_a_yaml_number_is_seconds(number: float) -> None:
    assert parse_duration(number) == SecondsRange(float(number), float(number))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "bad-duration"),
        ("abc", "bad-duration"),
        ("-5", "bad-duration"),
        ("5 hours", "bad-duration"),
        ("1:75", "bad-duration"),  # seconds of a clock time stop at 59
        ("1-2-3s", "bad-duration"),
        ("5S", "bad-duration"),  # units are lower case, as documented
        ("5-3s", "range-order"),
        ("5s-5s", "range-order"),  # a range's low end must be below its high end
        ("2min-90s", "range-order"),
        ("3h", "bad-duration"),
        ("121 min", "duration-too-long"),
        # No slow or failing int() on huge digit strings; a number too long to read is a
        # duration too long, not an unreadable one.
        ("9" * 5000, "duration-too-long"),
        ("0" * 5000 + "x", "bad-duration"),
        ("1-9999999999 min", "duration-too-long"),
        ("9999999s", "duration-too-long"),
        ("1.00000001 min", "bad-duration"),  # seven decimals: not a number the format reads
    ],
)
def test_bad_durations_say_why(text: str, code: str) -> None:
    with pytest.raises(BadValueError) as caught:
        parse_duration(text)
    assert caught.value.code == code
    assert caught.value.key == f"routine.{code}"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [True, -1, float("nan"), float("inf")])
def test_bad_duration_numbers(value: float) -> None:
    with pytest.raises(BadValueError):
        parse_duration(value)


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [(10, 10, 10), ("10", 10, 10), ("10-15", 10, 15), ("10–15", 10, 15), (" 3 - 4 ", 3, 4)],
)
def test_counts(value: str | int, low: int, high: int) -> None:
    assert parse_count(value) == IntRange(low, high)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("15-10", "range-order"),
        ("10-10", "range-order"),
        ("0", "count-too-small"),
        (0, "count-too-small"),
        ("abc", "bad-count"),
        ("10.5", "bad-count"),
        ("5000", "count-too-large"),
        ("10-99999999", "count-too-large"),  # beyond the digits the pattern reads
        (True, "bad-count"),
    ],
)
def test_bad_counts(value: str | int, code: str) -> None:
    with pytest.raises(BadValueError) as caught:
        parse_count(value)
    assert caught.value.code == code


@pytest.mark.parametrize(("text", "low", "high"), DURATIONS)
def test_the_schema_pattern_accepts_what_the_parser_reads(
    text: str, low: float, high: float
) -> None:
    # Python's re stands in for the editor's ECMA regex: the pattern uses only the common subset.
    assert re.search(DURATION_PATTERN, text)


@pytest.mark.parametrize("text", ["abc", "-5", "1:75", "5 hours", "1-2-3s", "5S"])
def test_the_schema_pattern_rejects_what_the_parser_rejects(text: str) -> None:
    assert not re.search(DURATION_PATTERN, text)


def test_the_schema_patterns_have_no_python_only_syntax() -> None:
    for pattern in (DURATION_PATTERN, COUNT_PATTERN):
        assert "?P<" not in pattern
        assert "\\Z" not in pattern
