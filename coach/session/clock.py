"""Clocks the engine reads: the real monotonic one, a faster one for previews, a fake for tests."""

from __future__ import annotations

import time
from typing import Final, Protocol

MIN_SPEED: Final = 0.1
MAX_SPEED: Final = 100.0


class Clock(Protocol):
    """Anything that tells monotonic time in seconds."""

    def now(self) -> float:
        """The current time in seconds; never goes backwards."""
        ...


class MonotonicClock:
    """The real clock (`time.monotonic`)."""

    def now(self) -> float:
        """The current monotonic time in seconds."""
        return time.monotonic()


class ScaledClock:
    """A clock that runs `speed` times faster than `base`, for previewing a routine (`--speed`).

    It starts at the base clock's reading, so its values stay comparable with the base clock's
    right after construction and only diverge as time passes.
    """

    def __init__(self, speed: float, base: Clock | None = None) -> None:
        if not MIN_SPEED <= speed <= MAX_SPEED:
            raise ValueError(
                f"speed must be between {MIN_SPEED:g} and {MAX_SPEED:g}, not {speed:g}"
            )
        self.speed: Final = float(speed)
        self._base: Final[Clock] = base if base is not None else MonotonicClock()
        self._origin: Final = self._base.now()

    def now(self) -> float:
        """The scaled time in seconds."""
        return self._origin + (self._base.now() - self._origin) * self.speed


class FakeClock:
    """A clock that only moves when told to (tests)."""

    def __init__(self, start: float = 0.0) -> None:
        self._t = float(start)

    def now(self) -> float:
        """The time the clock was last set or advanced to."""
        return self._t

    def advance(self, seconds: float) -> float:
        """Move the clock forward by `seconds` (not negative); returns the new time."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds:g} s)")
        self._t += seconds
        return self._t

    def set(self, t: float) -> None:
        """Move the clock to `t`, which must not be earlier than now."""
        if t < self._t:
            raise ValueError(f"a monotonic clock cannot go back (from {self._t:g} to {t:g})")
        self._t = float(t)
