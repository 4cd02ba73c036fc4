"""The supervisor's side of the terminal: signals, the child process, and a usable terminal
between two runs of the kiosk app (a child that was killed leaves it in raw mode)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import termios
from collections.abc import Sequence
from types import FrameType
from typing import Any, Final, TextIO

# Leave the alternate screen, show the cursor, stop mouse reporting, clear, home.
_RESET_SCREEN: Final = (
    "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[2J\x1b[H"
)
_CLEAR: Final = "\x1b[2J\x1b[H"
# Keys a visitor could use to stop or suspend the supervisor while the app is restarting.
LOCKED_SIGNALS: Final = (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP)


class Supervised:
    """Starts children with `argv`, and stops the current one when told to stop."""

    def __init__(self, argv: Sequence[str], terminal: TextIO | None = None) -> None:
        self.argv = list(argv)
        self.terminal = terminal if terminal is not None else sys.stderr
        self.child: subprocess.Popen[bytes] | None = None
        self.stop_requested = False
        self._saved: list[Any] | None = None
        if self.terminal.isatty():
            try:
                self._saved = termios.tcgetattr(self.terminal.fileno())
            except termios.error:
                self._saved = None

    def install_signals(self) -> None:
        """Ignore the keyboard's signals (inherited by the children); end on SIGTERM/SIGHUP."""
        for sig in LOCKED_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self._stop)

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stop_requested = True
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()

    def stopping(self) -> bool:
        return self.stop_requested

    def start(self) -> subprocess.Popen[bytes]:
        """Start a child (keys typed while none ran are dropped, not handed to it)."""
        if self._saved is not None:
            termios.tcflush(self.terminal.fileno(), termios.TCIFLUSH)
            termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, self._saved)
        if self.terminal.isatty():
            # A blank screen behind the app: what staff see once they leave it.
            self.terminal.write(_CLEAR)
            self.terminal.flush()
        env = dict(os.environ)
        env.pop("TEXTUAL_ALLOW_SIGNALS", None)  # it would let Ctrl+C through to the child
        self.child = subprocess.Popen(self.argv, env=env)
        return self.child

    def between_runs(self, message: str) -> None:
        """The child died: a sane, quiet terminal (no echo, no signals) and `message` on it."""
        if self._saved is not None:
            quiet = list(self._saved)
            quiet[3] = quiet[3] & ~(termios.ECHO | termios.ICANON | termios.ISIG)  # lflag
            termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, quiet)
        if self.terminal.isatty():
            self.terminal.write(_RESET_SCREEN)
        self.terminal.write(message + "\n")
        self.terminal.flush()

    def restore(self, *, reset_screen: bool = False) -> None:
        """The terminal as it was before the kiosk started; `reset_screen` when the last app
        did not leave it tidy (it was stopped by a signal)."""
        if self._saved is not None:
            termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, self._saved)
        if reset_screen and self.terminal.isatty():
            self.terminal.write(_RESET_SCREEN)
            self.terminal.flush()
