"""The staff PIN: stored only as a salted scrypt hash, and wrong guesses slowed down.

The hash format is `scrypt$<n>$<r>$<p>$<salt>$<hash>` (salt and hash in URL-safe base64), so the
cost can be raised later without breaking existing config files.

The count of wrong PINs and the wait it imposes are kept in one small file (`PinTallyFile`) that
every kiosk process shares, locked while a PIN is checked: `coach serve --kiosk` starts a process
per browser tab, and a fresh tab must not bring fresh free guesses.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import math
import os
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from coach.session.clock import Clock

# New PINs have at least 6 digits: the same config can be served to browsers, where anyone who
# reaches the page can guess around the clock; at 12 checks an hour a 4-digit PIN falls in
# about 17 days on average, a 6-digit one in about 4.7 years (docs/kiosk.md).
PIN_MIN_DIGITS: Final = 6
# Hashes made before that rule may hold a 4-digit PIN: the PIN box still checks those.
PIN_MIN_DIGITS_ACCEPTED: Final = 4
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


def check_pin_format(pin: str, *, min_digits: int = PIN_MIN_DIGITS) -> str | None:
    """Why `pin` cannot be a staff PIN (an i18n key), or None."""
    if not pin.isascii() or not pin.isdigit():
        return "kiosk.pin.digits_only"
    if not min_digits <= len(pin) <= PIN_MAX_DIGITS:
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
        doublings = min(wrong - self.free, 64)  # past the cap anyway; keeps the float finite
        return float(min(self.cap, self.first * 2.0**doublings))


class WallClock:
    """Seconds since the epoch: the one clock every process (and the next boot) reads alike. It
    can jump; `PinGate` never waits longer than the rate limit's cap, whatever it reads."""

    def now(self) -> float:
        return time.time()


@dataclass(slots=True)
class PinTally:
    """Wrong PINs in a row, and the clock's time before which no PIN is heard."""

    wrong: int = 0
    open_at: float = -math.inf


class PinTallyStore(Protocol):
    """Where a `PinGate` keeps its tally: `holding()` gives it, exclusively, for one attempt;
    changes made to it are kept when the block ends."""

    def holding(self) -> AbstractContextManager[PinTally]: ...


class PinTallyInMemory:
    """A tally for one process (tests, and the fallback when the shared file fails)."""

    def __init__(self) -> None:
        self._tally = PinTally()
        self._lock = threading.Lock()

    @contextmanager
    def holding(self) -> Iterator[PinTally]:
        with self._lock:
            yield self._tally


# A tally file that cannot be read (cut short by a power cut) counts as this many wrong PINs:
# the right PIN still works at once, a wrong one brings the longest wait.
UNREADABLE_WRONG: Final = 20
_TALLY_FORMAT: Final = "coach-kiosk-pin-tally"


class PinTallyFile:
    """The tally in a small JSON file shared by every kiosk process of a data folder: created
    0600, locked with `fcntl.flock` while a PIN is checked (so two processes cannot both spend
    the same free guess), and rewritten in place."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def check(self) -> None:
        """Create the file (and its folder) if missing; OSError if that or locking fails."""
        with self.holding():
            pass

    @contextmanager
    def holding(self) -> Iterator[PinTally]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW
        fd = os.open(self.path, flags, 0o600)
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) != 0o600:
                os.fchmod(fd, 0o600)  # made by hand or by an older coach: nobody else's business
            fcntl.flock(fd, fcntl.LOCK_EX)
            before = _read_tally(fd)
            tally = PinTally(before.wrong, before.open_at)
            yield tally
            if tally != before:
                text = json.dumps(
                    {
                        "format": _TALLY_FORMAT,
                        "wrong": tally.wrong,
                        "open_at": tally.open_at if math.isfinite(tally.open_at) else None,
                    }
                ).encode("ascii")
                os.ftruncate(fd, 0)
                os.pwrite(fd, text, 0)
        finally:
            os.close(fd)  # and the lock goes with it


def _read_tally(fd: int) -> PinTally:
    raw = os.pread(fd, 4096, 0)
    if not raw:
        return PinTally()
    try:
        data = json.loads(raw.decode("ascii"))
        wrong, open_at = data["wrong"], data["open_at"]
        if data["format"] != _TALLY_FORMAT or isinstance(wrong, bool) or not isinstance(wrong, int):
            raise ValueError(data)
        if open_at is not None and not isinstance(open_at, int | float):
            raise ValueError(data)
        return PinTally(max(0, wrong), -math.inf if open_at is None else float(open_at))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return PinTally(UNREADABLE_WRONG)


class PinGate:
    """Checks PINs against the hash, refusing to check while a wrong-PIN wait is running.

    Its tally lives in `tally` (by default in this process only; the kiosk gives it the shared
    `PinTallyFile`), so closing and reopening the PIN screen, a new app process or a new browser
    tab does not reset the count; a right PIN does. When the shared tally fails (a disk error),
    `on_failure` is told and this process's own tally is used meanwhile.
    """

    def __init__(
        self,
        pin_hash: PinHash,
        clock: Clock,
        limit: RateLimit | None = None,
        *,
        tally: PinTallyStore | None = None,
        on_failure: Callable[[OSError], None] | None = None,
    ) -> None:
        self._hash = pin_hash
        self._clock = clock
        self._limit = limit or RateLimit()
        self._own = PinTallyInMemory()
        self._tally: PinTallyStore = tally or self._own
        self._on_failure = on_failure

    def _holding(self) -> AbstractContextManager[PinTally]:
        if self._tally is self._own:
            return self._own.holding()
        return _falling_back(self._tally, self._own, self._on_failure)

    @property
    def wrong_in_a_row(self) -> int:
        with self._holding() as tally:
            return tally.wrong

    def _wait(self, tally: PinTally) -> float:
        # Never more than the cap: a clock set back (or a tally from a wrong clock) cannot lock
        # the staff out for longer.
        return min(self._limit.cap, max(0.0, tally.open_at - self._clock.now()))

    def waiting(self) -> float:
        """Seconds before another PIN is heard (0 when one is heard now)."""
        with self._holding() as tally:
            return self._wait(tally)

    def attempt(self, pin: str) -> PinAnswer:
        """Try `pin` (the tally stays locked while it is checked)."""
        with self._holding() as tally:
            wait = self._wait(tally)
            if wait > 0:
                return PinAnswer(PinOutcome.WAIT, wait)
            format_ok = check_pin_format(pin, min_digits=PIN_MIN_DIGITS_ACCEPTED) is None
            if format_ok and self._hash.matches(pin):
                tally.wrong = 0
                tally.open_at = -math.inf
                return PinAnswer(PinOutcome.RIGHT)
            tally.wrong += 1
            wait = self._limit.wait_after(tally.wrong)
            tally.open_at = self._clock.now() + wait
            return PinAnswer(PinOutcome.WRONG, wait)


@contextmanager
def _falling_back(
    shared: PinTallyStore,
    own: PinTallyInMemory,
    on_failure: Callable[[OSError], None] | None,
) -> Iterator[PinTally]:
    """`shared`'s tally; this process's own when the shared one cannot be opened."""
    try:
        holding = shared.holding()
        tally = holding.__enter__()
    except OSError as err:
        if on_failure is not None:
            on_failure(err)
        with own.holding() as tally:
            yield tally
        return
    try:
        yield tally
    except BaseException as err:
        if not holding.__exit__(type(err), err, err.__traceback__):
            raise
    else:
        try:
            holding.__exit__(None, None, None)
        except OSError as err:  # the tally could not be written back
            if on_failure is not None:
                on_failure(err)
