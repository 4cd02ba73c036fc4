"""The staff PIN: stored only as a salted scrypt hash, and wrong guesses slowed down.

The hash format is `scrypt$<n>$<r>$<p>$<salt>$<hash>` (salt and hash in URL-safe base64), so the
cost can be raised later without breaking existing config files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from coach.session.clock import Clock

PIN_MIN_DIGITS: Final = 4
PIN_MAX_DIGITS: Final = 12
# scrypt with n=2**14, r=8 costs about 16 MB and a few tens of milliseconds: quick enough for one
# staff member at the keyboard, slow enough that a stolen config file is hard to brute-force.
_N: Final = 2**14
_R: Final = 8
_P: Final = 1
_SALT_BYTES: Final = 16
_HASH_BYTES: Final = 32
_PREFIX: Final = "scrypt"


class PinFormatError(ValueError):
    """A PIN or a PIN hash that is not in the expected form."""


def check_pin_format(pin: str) -> str | None:
    """Why `pin` cannot be a staff PIN (an i18n key), or None."""
    if not pin.isascii() or not pin.isdigit():
        return "kiosk.pin.digits_only"
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        return "kiosk.pin.length"
    return None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * 1024 * 1024
    )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The text to put in the kiosk config for `pin` (a fresh random salt unless given)."""
    salt = secrets.token_bytes(_SALT_BYTES) if salt is None else salt
    digest = _scrypt(pin, salt, _N, _R, _P, _HASH_BYTES)
    return f"{_PREFIX}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True, slots=True)
class PinHash:
    """A parsed PIN hash."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        """Read `scrypt$n$r$p$salt$hash`; PinFormatError when it is not that."""
        parts = text.strip().split("$")
        if len(parts) != 6 or parts[0] != _PREFIX:
            raise PinFormatError(text)
        try:
            n, r, p = (int(x) for x in parts[1:4])
            salt, digest = _unb64(parts[4]), _unb64(parts[5])
        except ValueError as err:  # also binascii.Error, a ValueError
            raise PinFormatError(text) from err
        # n must be a power of two above 1; bounds keep a hostile file from eating the memory.
        if not (1 < n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
            raise PinFormatError(text)
        if len(salt) < 8 or len(digest) < 16:
            raise PinFormatError(text)
        return cls(n, r, p, salt, digest)

    def matches(self, pin: str) -> bool:
        """Whether `pin` is the PIN this hash was made from (compared in constant time)."""
        candidate = _scrypt(pin, self.salt, self.n, self.r, self.p, len(self.digest))
        return hmac.compare_digest(candidate, self.digest)


class PinOutcome(StrEnum):
    RIGHT = "right"
    WRONG = "wrong"
    WAIT = "wait"  # too many wrong PINs lately: not even checked


@dataclass(frozen=True, slots=True)
class PinAnswer:
    """What the gate said to one attempt; `wait` is the seconds before the next is heard."""

    outcome: PinOutcome
    wait: float = 0.0


@dataclass(frozen=True, slots=True)
class RateLimit:
    """How wrong PINs are slowed: `free` tries, then a wait that doubles from `first` to `cap`."""

    free: int = 3
    first: float = 5.0
    cap: float = 300.0

    def wait_after(self, wrong: int) -> float:
        """Seconds to wait after the `wrong`-th wrong PIN in a row."""
        if wrong < self.free:
            return 0.0
        return float(min(self.cap, self.first * 2 ** (wrong - self.free)))


class PinGate:
    """Checks PINs against the hash, refusing to check while a wrong-PIN wait is running.

    It lives as long as the kiosk app does, so closing and reopening the PIN screen does not
    reset the count; a right PIN does.
    """

    def __init__(self, pin_hash: PinHash, clock: Clock, limit: RateLimit | None = None) -> None:
        self._hash = pin_hash
        self._clock = clock
        self._limit = limit or RateLimit()
        self._wrong = 0
        self._open_at = float("-inf")

    @property
    def wrong_in_a_row(self) -> int:
        return self._wrong

    def waiting(self) -> float:
        """Seconds before another PIN is heard (0 when one is heard now)."""
        return max(0.0, self._open_at - self._clock.now())

    def attempt(self, pin: str) -> PinAnswer:
        """Try `pin`."""
        wait = self.waiting()
        if wait > 0:
            return PinAnswer(PinOutcome.WAIT, wait)
        if check_pin_format(pin) is None and self._hash.matches(pin):
            self._wrong = 0
            self._open_at = float("-inf")
            return PinAnswer(PinOutcome.RIGHT)
        self._wrong += 1
        wait = self._limit.wait_after(self._wrong)
        self._open_at = self._clock.now() + wait
        return PinAnswer(PinOutcome.WRONG, wait)
