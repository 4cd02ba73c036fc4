"""`ProcessSlot`: one child process at a time, for the player programs and the speech program.

A cue that comes late is worse than no cue, so starting a new process cuts off the one before
(and anything it started), and nothing is ever queued. Killed processes are reaped as later
ones start, without waiting for any of them; `close` waits for them a little, so none is left
behind when coach ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Sequence
from typing import Final

# How long `close` waits for each killed process to be reaped.
_REAP_TIMEOUT_S: Final = 0.5


class ProcessSlot:
    """Holds the one process playing (or saying) something now, and the ones it cut off."""

    def __init__(self) -> None:
        self._current: subprocess.Popen[bytes] | None = None
        self._stopped: list[subprocess.Popen[bytes]] = []

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The process started last (None before the first, and after `stop`)."""
        return self._current

    def start(self, argv: Sequence[str]) -> subprocess.Popen[bytes]:
        """Cut off the process running now and start `argv`; raises OSError if it can't start."""
        self.stop()
        self._current = subprocess.Popen(
            argv,
            # The child must never touch the terminal Textual draws on, nor get its signals.
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return self._current

    def stop(self) -> None:
        """Kill the process running now, if any, and reap the ones killed before."""
        current = self._current
        if current is not None and current.poll() is None:
            kill_group(current)
            self._stopped.append(current)
        self._current = None
        self._stopped = [p for p in self._stopped if p.poll() is None]

    def running(self) -> bool:
        """Whether the process started last is still running."""
        return self._current is not None and self._current.poll() is None

    def wait(self, timeout: float) -> bool:
        """Wait until the process started last has ended; False on timeout."""
        if self._current is None:
            return True
        try:
            self._current.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def close(self) -> None:
        """Kill the process running now and reap every killed one (a little wait for each)."""
        self.stop()
        for process in self._stopped:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(_REAP_TIMEOUT_S)
        self._stopped = []


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill a process started with `start_new_session=True`, and whatever it started."""
    # The process leads its own session (start_new_session), so its process group holds anything
    # it started too (a wrapper script's children, the speech program after `sleep`).
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
