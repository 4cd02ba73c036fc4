"""The staff PIN: only its hash is kept, and wrong guesses are slowed down."""

from __future__ import annotations

import pytest

from coach.kiosk.pin import (
    PinFormatError,
    PinGate,
    PinHash,
    PinOutcome,
    RateLimit,
    check_pin_format,
    hash_pin,
)
from coach.session.clock import FakeClock
from tests.kiosk.support import PIN, PIN_HASH


def test_the_hash_holds_neither_the_pin_nor_the_same_text_twice() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert "2468" not in first
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert PinHash.parse(first).matches("2468") and PinHash.parse(second).matches("2468")
    assert not PinHash.parse(first).matches("2469")


@pytest.mark.parametrize(
    "text", ["", "scrypt$1$8$1$x$y", "bcrypt$16384$8$1$c2FsdA$aGFzaA", "scrypt$a$b$c$d$e"]
)
def test_a_malformed_hash_is_refused(text: str) -> None:
    with pytest.raises(PinFormatError):
        PinHash.parse(text)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("123456", None),
        ("123456789012", None),
        ("12345", "kiosk.pin.length"),  # new PINs: 6 digits at least
        ("1234", "kiosk.pin.length"),
        ("1234567890123", "kiosk.pin.length"),
        ("12a4", "kiosk.pin.digits_only"),
        ("١٢٣٤", "kiosk.pin.digits_only"),  # Arabic-Indic digits: isdigit, but not on a keypad
    ],
)
def test_pin_format(pin: str, problem: str | None) -> None:
    assert check_pin_format(pin) == problem


def test_three_wrong_pins_are_free_then_each_wait_doubles_up_to_the_cap() -> None:
    limit = RateLimit(free=3, first=5.0, cap=30.0)
    assert [limit.wait_after(n) for n in range(1, 8)] == [0, 0, 5, 10, 20, 30, 30]


def test_the_gate_refuses_to_check_while_a_wait_runs_even_the_right_pin() -> None:
    clock = FakeClock(0)
    gate = PinGate(PIN_HASH, clock, RateLimit(free=2, first=5.0, cap=60.0))
    assert gate.attempt("1111").outcome is PinOutcome.WRONG
    answer = gate.attempt("2222")
    assert answer == (answer.__class__(PinOutcome.WRONG, 5.0))
    clock.advance(4.0)
    refused = gate.attempt(PIN)
    assert refused.outcome is PinOutcome.WAIT and refused.wait == pytest.approx(1.0)
    clock.advance(1.0)
    assert gate.attempt("3333").wait == 10.0  # the third wrong PIN in a row: twice as long
    clock.advance(10.0)
    assert gate.attempt(PIN).outcome is PinOutcome.RIGHT
    assert gate.wrong_in_a_row == 0 and gate.waiting() == 0


def test_a_pin_that_is_not_digits_is_wrong_without_hashing_trouble() -> None:
    gate = PinGate(PIN_HASH, FakeClock(0))
    assert gate.attempt("").outcome is PinOutcome.WRONG
    assert gate.attempt("x" * 1000).outcome is PinOutcome.WRONG
