"""`coach kiosk`'s supervisor: starts the kiosk app as a child process and starts it again when
it dies, waiting longer after each quick failure so a broken config does not spin the CPU.

The child exits with STAFF_EXIT only when staff leave with the PIN; then the supervisor ends too.
Every other end (a crash, a kill, an error burst, a config that no longer loads, and exit code 0,
which a Textual app returns whenever it simply stops) is followed by a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Protocol

from coach.session.clock import Clock

# A code nothing else returns: not 0 (any app that just stops), not 1 (an uncaught Python error),
# not 2 (usage), not 64-78 (sysexits, 70 is the app's crash code), not 128+N (killed by a signal).
STAFF_EXIT: Final = 79


class Child(Protocol):
    """A started child process (`subprocess.Popen` is one)."""

    def wait(self) -> int:
        """Block until the child ends; its exit code (negative: killed by that signal)."""
        ...


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits before a restart: `first`, doubling each quick failure, at most `cap`. A child that
    ran `stable_after` seconds or more counts as healthy, and the next wait is `first` again."""

    first: float = 1.0
    factor: float = 2.0
    cap: float = 60.0
    stable_after: float = 120.0

    def delay(self, failures: int) -> float:
        """The wait after the `failures`-th quick failure in a row (1-based)."""
        return float(min(self.cap, self.first * self.factor ** max(0, failures - 1)))


@dataclass(frozen=True, slots=True)
class Restart:
    """One restart, told to `on_restart`: how the child ended and how long until the next."""

    exit_code: int
    ran_for: float
    failures: int
    delay: float


def supervise(
    start: Callable[[], Child],
    *,
    clock: Clock,
    sleep: Callable[[float], None],
    backoff: Backoff = Backoff(),  # frozen, so one shared default is safe
    on_restart: Callable[[Restart], None] | None = None,
    stopping: Callable[[], bool] = lambda: False,
) -> int:
    """Run children until one exits with STAFF_EXIT (returned) or `stopping()` says so (the
    last child's exit code is returned)."""
    failures = 0
    while True:
        started = clock.now()
        code = start().wait()
        if code == STAFF_EXIT or stopping():
            return code
        ran_for = clock.now() - started
        failures = 1 if ran_for >= backoff.stable_after else failures + 1
        delay = backoff.delay(failures)
        if on_restart is not None:
            on_restart(Restart(code, ran_for, failures, delay))
        sleep(delay)
        if stopping():
            return code
